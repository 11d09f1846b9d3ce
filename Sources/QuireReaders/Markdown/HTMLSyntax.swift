/// Recognises raw HTML the way CommonMark defines it: the seven kinds of HTML
/// block start (and their end conditions), and inline tags, comments,
/// processing instructions, declarations and CDATA sections.
enum HTMLBlockStart {
    static let blockNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]
    static let rawNames: Set<String> = ["script", "pre", "textarea", "style"]

    /// The HTML block type (1-7) starting at `start`, or nil.
    static func type(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, interruptsParagraph: Bool) -> Int? {
        guard start < end, b[start] == 0x3C else { return nil }
        if hasPrefix(b, start + 1, end, "!--") { return 2 }
        if hasPrefix(b, start + 1, end, "?") { return 3 }
        if hasPrefix(b, start + 1, end, "![CDATA[") { return 5 }
        if start + 2 < end, b[start + 1] == 0x21, isLetter(b[start + 2]) { return 4 }
        var index = start + 1
        let closing = index < end && b[index] == 0x2F
        if closing { index += 1 }
        let nameStart = index
        while index < end, isLetter(b[index]) || isDigit(b[index]) { index += 1 }
        guard index > nameStart, isLetter(b[nameStart]) else { return nil }
        let name = lowercased(b, nameStart, index)
        let next: UInt8 = index < end ? b[index] : 0x0A
        if !closing, rawNames.contains(name), next == 0x20 || next == 0x09 || next == 0x3E || next == 0x0A { return 1 }
        if blockNames.contains(name) {
            if next == 0x20 || next == 0x09 || next == 0x3E || next == 0x0A { return 6 }
            if next == 0x2F, index + 1 < end, b[index + 1] == 0x3E { return 6 }
        }
        guard !interruptsParagraph else { return nil }
        // Type 7: one complete open or closing tag, alone on its line.
        guard let tagEnd = closing ? InlineHTML.closingTag(b, start, end) : InlineHTML.openTag(b, start, end) else { return nil }
        var rest = tagEnd
        while rest < end, b[rest] == 0x20 || b[rest] == 0x09 { rest += 1 }
        return rest == end ? 7 : nil
    }

    /// Whether the line holds the end condition of a type 1-5 block.
    static func endsBlock(type: Int, _ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        switch type {
        case 1:
            var index = start
            while index + 1 < end {
                if b[index] == 0x3C, b[index + 1] == 0x2F {
                    for name in ["script", "pre", "textarea", "style"] where hasPrefixCaseless(b, index + 2, end, name + ">") {
                        return true
                    }
                }
                index += 1
            }
            return false
        case 2: return contains(b, start, end, "-->")
        case 3: return contains(b, start, end, "?>")
        case 4: return contains(b, start, end, ">")
        case 5: return contains(b, start, end, "]]>")
        default: return false
        }
    }

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func lowercased(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: b[start..<end].map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= end else { return false }
        let p = prefix.utf8Start
        for i in 0..<count where b[start + i] != p[i] { return false }
        return true
    }

    static func hasPrefixCaseless(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard start + bytes.count <= end else { return false }
        for i in 0..<bytes.count {
            let c = b[start + i]
            if (isLetter(c) ? c | 0x20 : c) != bytes[i] { return false }
        }
        return true
    }

    static func contains(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ needle: StaticString) -> Bool {
        var index = start
        while index < end {
            if hasPrefix(b, index, end, needle) { return true }
            index += 1
        }
        return false
    }
}

/// Inline raw HTML: each scanner returns the index just past the construct.
enum InlineHTML {
    /// Any of the inline HTML forms starting at `start` (a `<`).
    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start + 1 < end else { return nil }
        switch b[start + 1] {
        case 0x2F: return closingTag(b, start, end)
        case 0x21:
            if HTMLBlockStart.hasPrefix(b, start, end, "<!--") { return comment(b, start, end) }
            if HTMLBlockStart.hasPrefix(b, start, end, "<![CDATA[") { return until(b, start + 9, end, "]]>") }
            if start + 2 < end, HTMLBlockStart.isLetter(b[start + 2]) { return until(b, start + 2, end, ">") }
            return nil
        case 0x3F: return until(b, start + 2, end, "?>")
        default: return openTag(b, start, end)
        }
    }

    /// `<!-->`, `<!--->` and `<!-- ... -->`.
    static func comment(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        if HTMLBlockStart.hasPrefix(b, start, end, "<!-->") { return start + 5 }
        if HTMLBlockStart.hasPrefix(b, start, end, "<!--->") { return start + 6 }
        return until(b, start + 4, end, "-->")
    }

    static func until(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ terminator: StaticString) -> Int? {
        var index = from
        let length = terminator.utf8CodeUnitCount
        while index < end {
            if HTMLBlockStart.hasPrefix(b, index, end, terminator) { return index + length }
            index += 1
        }
        return nil
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    static func tagName(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start < end, HTMLBlockStart.isLetter(b[start]) else { return nil }
        var index = start + 1
        while index < end, HTMLBlockStart.isLetter(b[index]) || HTMLBlockStart.isDigit(b[index]) || b[index] == 0x2D { index += 1 }
        return index
    }

    static func closingTag(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start + 1 < end, b[start + 1] == 0x2F, var index = tagName(b, start + 2, end) else { return nil }
        while index < end, isSpace(b[index]) { index += 1 }
        return index < end && b[index] == 0x3E ? index + 1 : nil
    }

    static func openTag(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard var index = tagName(b, start + 1, end) else { return nil }
        while true {
            // An attribute needs whitespace before it.
            var afterSpace = index
            while afterSpace < end, isSpace(b[afterSpace]) { afterSpace += 1 }
            guard afterSpace < end else { return nil }
            let c = b[afterSpace]
            if c == 0x3E { return afterSpace + 1 }
            if c == 0x2F { return afterSpace + 1 < end && b[afterSpace + 1] == 0x3E ? afterSpace + 2 : nil }
            guard afterSpace > index, let attributeEnd = attribute(b, afterSpace, end) else { return nil }
            index = attributeEnd
        }
    }

    static func attribute(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let first = b[start]
        guard HTMLBlockStart.isLetter(first) || first == 0x5F || first == 0x3A else { return nil }
        var index = start + 1
        while index < end {
            let c = b[index]
            if HTMLBlockStart.isLetter(c) || HTMLBlockStart.isDigit(c) || c == 0x5F || c == 0x2E || c == 0x3A || c == 0x2D {
                index += 1
            } else { break }
        }
        // Optional value specification.
        var probe = index
        while probe < end, isSpace(b[probe]) { probe += 1 }
        guard probe < end, b[probe] == 0x3D else { return index }
        probe += 1
        while probe < end, isSpace(b[probe]) { probe += 1 }
        guard probe < end else { return nil }
        let quote = b[probe]
        if quote == 0x22 || quote == 0x27 {
            var close = probe + 1
            while close < end, b[close] != quote { close += 1 }
            return close < end ? close + 1 : nil
        }
        var valueEnd = probe
        while valueEnd < end {
            let c = b[valueEnd]
            if isSpace(c) || c == 0x22 || c == 0x27 || c == 0x3D || c == 0x3C || c == 0x3E || c == 0x60 { break }
            valueEnd += 1
        }
        return valueEnd > probe ? valueEnd : nil
    }
}
