import QuireModel

/// Typographic dashes and ellipses for typed ASCII, and the plain-text
/// reader's citation rule applied to Markdown inlines. Quotation marks are
/// matched as delimiters by the inline parser and become `Inline.quoted`, whose
/// marks each writer chooses for the document language.
enum SmartPunctuation {
    static let enDash: [UInt8] = [0xE2, 0x80, 0x93]
    static let emDash: [UInt8] = [0xE2, 0x80, 0x94]
    static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]

    /// `--` → en dash, `---` → em dash (longer runs split as evenly as the
    /// smart-punctuation spec does), `...` → ellipsis.
    static func dashesAndEllipses(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let c = bytes[index]
            if c == 0x2D, index + 1 < count, bytes[index + 1] == 0x2D {
                var run = 0
                while index < count, bytes[index] == 0x2D { run += 1; index += 1 }
                var em = 0
                var en = 0
                if run % 3 == 0 { em = run / 3 } else if run % 2 == 0 { en = run / 2 } else if run % 3 == 2 {
                    en = 1; em = (run - 2) / 3
                } else {
                    en = 2; em = (run - 4) / 3
                }
                for _ in 0..<em { out.append(contentsOf: emDash) }
                for _ in 0..<en { out.append(contentsOf: enDash) }
            } else if c == 0x2E, index + 2 < count, bytes[index + 1] == 0x2E, bytes[index + 2] == 0x2E {
                out.append(contentsOf: ellipsis)
                index += 3
            } else {
                out.append(c)
                index += 1
            }
        }
        return out
    }

    /// Attaches "(My Life)" after a quotation to it, and makes a standalone
    /// titled reference with a year or locator a citation, by `CitationRule`.
    static func citations(_ inlines: [Inline]) -> [Inline] {
        let inlines = workTitles(inlines)
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        var index = 0
        while index < inlines.count {
            var inline = inlines[index]
            switch inline {
            case .quoted(let kind, let inner, nil):
                inline = .quoted(kind: kind, inlines: citations(inner), citation: nil)
                if index + 1 < inlines.count, case .text(let following) = inlines[index + 1],
                   let (citation, rest) = leadingCitation(following) {
                    out.append(.quoted(kind: kind, inlines: citations(inner), citation: citation))
                    index += 1
                    out.append(contentsOf: standaloneCitations(rest))
                    index += 1
                    continue
                }
                out.append(inline)
            case .text(let text):
                out.append(contentsOf: standaloneCitations(text))
            case .emphasis(let inner): out.append(.emphasis(inlines: citations(inner)))
            case .strong(let inner): out.append(.strong(inlines: citations(inner)))
            case .link(let url, let title, let inner): out.append(.link(url: url, title: title, inlines: citations(inner)))
            case .quoted, .citation, .workTitle, .note, .lineBreak, .code, .image, .raw:
                out.append(inline)
            }
            index += 1
        }
        return out
    }

    /// `<cite>Capital</cite>`, the HTML Quire's writer uses for a cited title, is a work title.
    static func workTitles(_ inlines: [Inline]) -> [Inline] {
        guard inlines.contains(.raw(format: "html", text: "<cite>")) else { return inlines }
        var out: [Inline] = []
        var index = 0
        while index < inlines.count {
            if inlines[index] == .raw(format: "html", text: "<cite>"),
               let close = inlines[(index + 1)...].firstIndex(of: .raw(format: "html", text: "</cite>")) {
                out.append(.workTitle(inlines: Array(inlines[(index + 1)..<close])))
                index = close + 1
            } else {
                out.append(inlines[index])
                index += 1
            }
        }
        return out
    }

    /// " (My Life) and so on" → the citation and the text after it.
    static func leadingCitation(_ text: String) -> (Citation, String)? {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == 0x20 { start = utf8.index(after: start) }
        guard start < utf8.endIndex, utf8[start] == 0x28,
              let close = closingParenthesis(utf8, from: start),
              let citation = CitationRule.citation(text[utf8.index(after: start)..<close], afterQuote: true) else { return nil }
        return (citation, String(text[utf8.index(after: close)...]))
    }

    static func standaloneCitations(_ text: String) -> [Inline] {
        guard contains(text, 0x28) else { return text.isEmpty ? [] : [.text(text: text)] }
        var out: [Inline] = []
        let utf8 = text.utf8
        var cursor = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == 0x28, let close = closingParenthesis(utf8, from: index),
               let citation = CitationRule.citation(text[utf8.index(after: index)..<close], afterQuote: false) {
                if cursor < index { out.append(.text(text: String(text[cursor..<index]))) }
                out.append(.citation(citation: citation))
                cursor = utf8.index(after: close)
                index = cursor
                continue
            }
            index = utf8.index(after: index)
        }
        if cursor < utf8.endIndex { out.append(.text(text: String(text[cursor...]))) }
        return out
    }

    /// A byte search over the string's contiguous UTF-8, not a generic walk.
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(byte) }
    }

    /// Whether `--` or `...` occurs: only then is there anything to replace.
    static func needsDashesOrEllipses(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        for index in 1..<bytes.count where bytes[index] == 0x2D && bytes[index - 1] == 0x2D
            || (bytes[index] == 0x2E && bytes[index - 1] == 0x2E && index + 1 < bytes.count && bytes[index + 1] == 0x2E) {
            return true
        }
        return false
    }

    static func closingParenthesis(_ utf8: String.UTF8View, from open: String.Index) -> String.Index? {
        // A citation is at most 200 bytes (CitationRule), so the search stops
        // soon after: unmatched parentheses cannot make a paragraph quadratic.
        var depth = 0
        var index = open
        var budget = 260
        while index < utf8.endIndex, budget > 0 {
            budget -= 1
            if utf8[index] == 0x28 { depth += 1 } else if utf8[index] == 0x29 {
                depth -= 1
                if depth == 0 { return index }
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
