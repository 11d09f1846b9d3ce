/// Where a link reference points.
struct LinkReference {
    var url: String
    var title: String?
}

/// The pieces of link syntax shared by reference definitions and inline
/// links: labels, destinations, titles, and how they are unescaped.
enum LinkSyntax {
    struct Definition {
        var label: String
        var reference: LinkReference
    }

    static func isSpaceOrTab(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }

    /// `[label]: destination "title"` at `start`; the definition and the bytes it used (through its LF).
    static func referenceDefinition(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (Definition, Int)? {
        let end = b.count
        guard let labelEnd = label(b, start, end), labelEnd < end, b[labelEnd] == 0x3A else { return nil }
        let rawLabel = String(decoding: UnsafeBufferPointer(rebasing: b[(start + 1)..<(labelEnd - 1)]), as: UTF8.self)
        guard !normalizeLabel(rawLabel).isEmpty else { return nil }
        var index = skipSpacesAndOneNewline(b, labelEnd + 1, end)
        guard let (destination, destinationEnd) = destination(b, index, end) else { return nil }
        index = destinationEnd
        let beforeTitle = index
        index = skipSpacesAndOneNewline(b, index, end)
        var title: String? = nil
        var finish: Int? = nil
        if index != beforeTitle, let (parsed, titleEnd) = self.title(b, index, end) {
            if let lineEnd = restOfLineBlank(b, titleEnd, end) {
                title = parsed
                finish = lineEnd
            }
        }
        if finish == nil {
            guard let lineEnd = restOfLineBlank(b, beforeTitle, end) else { return nil }
            finish = lineEnd
        }
        let definition = Definition(label: rawLabel, reference: LinkReference(url: destination, title: title))
        return (definition, finish! - start)
    }

    /// The index after the LF ending the line, if only spaces remain on it.
    static func restOfLineBlank(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end, isSpaceOrTab(b[index]) { index += 1 }
        if index == end { return end }
        return b[index] == 0x0A ? index + 1 : nil
    }

    static func skipSpacesAndOneNewline(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, isSpaceOrTab(b[index]) { index += 1 }
        if index < end, b[index] == 0x0A {
            index += 1
            while index < end, isSpaceOrTab(b[index]) { index += 1 }
        }
        return index
    }

    /// A link label `[...]` at `start`: the index after its `]`.
    static func label(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start < end, b[start] == 0x5B else { return nil }
        var index = start + 1
        var hasContent = false
        while index < end {
            let c = b[index]
            if c == 0x5D { return hasContent && index - start - 1 <= 999 ? index + 1 : nil }
            if c == 0x5B { return nil }
            if c == 0x5C, index + 1 < end, isPunctuation(b[index + 1]) {
                index += 2
                hasContent = true
                continue
            }
            if !isWhitespace(c) { hasContent = true }
            index += 1
            if index - start > 1001 { return nil }
        }
        return nil
    }

    /// A destination at `start`: the normalised URL and the index after it.
    static func destination(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Int)? {
        guard start < end else { return nil }
        if b[start] == 0x3C {
            var index = start + 1
            while index < end {
                let c = b[index]
                if c == 0x3E { return (normalizeURL(unescape(b, start + 1, index)), index + 1) }
                if c == 0x0A || c == 0x3C { return nil }
                if c == 0x5C, index + 1 < end, isPunctuation(b[index + 1]) { index += 2 } else { index += 1 }
            }
            return nil
        }
        var depth = 0
        var index = start
        while index < end {
            let c = b[index]
            if c == 0x5C, index + 1 < end, isPunctuation(b[index + 1]) {
                index += 2
                continue
            }
            if c == 0x28 {
                depth += 1
                if depth > 32 { return nil }
            } else if c == 0x29 {
                if depth == 0 { break }
                depth -= 1
            } else if c <= 0x20 || c == 0x7F {
                break
            }
            index += 1
        }
        guard index > start, depth == 0 else { return nil }
        return (normalizeURL(unescape(b, start, index)), index)
    }

    /// A title in `"`, `'` or `()` at `start`: its text and the index after it.
    static func title(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Int)? {
        guard start < end else { return nil }
        let open = b[start]
        let close: UInt8
        switch open {
        case 0x22: close = 0x22
        case 0x27: close = 0x27
        case 0x28: close = 0x29
        default: return nil
        }
        var index = start + 1
        var previousNewline = false
        while index < end {
            let c = b[index]
            if c == 0x5C, index + 1 < end, isPunctuation(b[index + 1]) {
                index += 2
                previousNewline = false
                continue
            }
            if c == close { return (unescape(b, start + 1, index), index + 1) }
            if open == 0x28 && c == 0x28 { return nil }
            // A blank line ends the paragraph, so it cannot be inside a title.
            if c == 0x0A {
                if previousNewline { return nil }
                previousNewline = true
            } else if !isSpaceOrTab(c) {
                previousNewline = false
            }
            index += 1
        }
        return nil
    }

    /// Case-folded, with runs of whitespace as one space: how labels match.
    static func normalizeLabel(_ label: String) -> String {
        var words: [Substring] = []
        for word in label.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) { words.append(word) }
        let folded = words.joined(separator: " ").lowercased()
        return folded.contains("ß") ? folded.replacing("ß", with: "ss") : folded
    }

    static func isPunctuation(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    /// Backslash escapes and character references resolved.
    static func unescape(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var index = start
        while index < end {
            let c = b[index]
            if c == 0x5C, index + 1 < end, isPunctuation(b[index + 1]) {
                out.append(b[index + 1])
                index += 2
            } else if c == 0x26, let (decoded, after) = Entities.reference(b, index, end) {
                out.append(contentsOf: decoded)
                index = after
            } else {
                out.append(c)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Percent-encodes what may not stand in a URL, leaving existing escapes alone.
    static func normalizeURL(_ url: String) -> String {
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        var changed = false
        for c in url.utf8 {
            if isURLSafe(c) {
                out.append(c)
            } else {
                changed = true
                out.append(0x25)
                out.append(hex[Int(c >> 4)])
                out.append(hex[Int(c & 0x0F)])
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : url
    }

    static func isURLSafe(_ c: UInt8) -> Bool {
        if (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) { return true }
        switch c {
        case 0x2D, 0x5F, 0x2E, 0x2B, 0x21, 0x2A, 0x27, 0x28, 0x29, 0x2C, 0x25, 0x23, 0x40, 0x3F, 0x3D, 0x3B, 0x3A,
             0x2F, 0x24, 0x7E, 0x26:
            return true
        default:
            return false
        }
    }
}

