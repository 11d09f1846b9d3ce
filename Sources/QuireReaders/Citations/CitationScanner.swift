import QuireModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the source given in parentheses right after a quotation, as in
/// “…” (<cite>My Life</cite>) or “…” (<i>Capital</i>, vol. i, p. 298), and turns
/// it into a `Citation`. A parenthesis that names no work, such as “…” (says he) “…”,
/// stays text: only a cited or italic title, or a page or volume reference, makes one.
/// Shared by the readers of marked-up text, where italics say what is a title
/// (HTML and EPUB, Word and ODT).
enum CitationScanner {
    static let closingQuotes: Set<Character> = ["\u{201D}", "\u{2019}", "\u{BB}", "\""]
    static let locatorWords = ["p.", "pp.", "vol.", "vols.", "ch.", "chap.", "l.", "ll.", "bk.", "sec.", "§"]

    static func attach(_ inlines: [Inline]) -> [Inline] {
        // Most paragraphs have no parenthesis after a quote: leave them untouched.
        guard inlines.contains(where: { if case .text(let text) = $0 { return hasParenthesis(text) } else { return false } }) else {
            return inlines
        }
        var result = inlines
        var index = 0
        while index < result.count {
            if let rebuilt = citeAfterQuote(result, at: index) {
                result = rebuilt
            }
            index += 1
        }
        return result
    }

    /// Whether `text` holds "(": memchr looks at many bytes at a time, and every
    /// paragraph of the article is asked.
    private static func hasParenthesis(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
            return memchr(base, 0x28, bytes.count) != nil
        }
        return found ?? text.utf8.contains(UInt8(ascii: "("))
    }

    /// Where a parenthesis opens: inline index and the offset just after "(".
    private struct Opening {
        var index: Int
        var prefix: String
        var rest: Substring
    }

    private static func citeAfterQuote(_ inlines: [Inline], at index: Int) -> [Inline]? {
        let opening: Opening
        var quotedAt: Int?
        switch inlines[index] {
        case .quoted(_, _, let citation) where citation == nil:
            guard index + 1 < inlines.count, case .text(let text) = inlines[index + 1],
                  let found = parenthesis(in: Substring(text)) else { return nil }
            opening = Opening(index: index + 1, prefix: String(text[..<found.start]), rest: found.rest)
            quotedAt = index
        case .text(let text):
            guard let found = quoteThenParenthesis(in: text) else { return nil }
            opening = Opening(index: index, prefix: String(text[..<found.start]), rest: found.rest)
        default:
            return nil
        }
        // Gather the parenthesis' content up to ")".
        var content: [Inline] = []
        var after: Substring?
        var cursor = opening.index
        var rest = opening.rest
        while true {
            if let close = rest.firstIndex(of: ")") {
                if close > rest.startIndex { content.append(.text(text: String(rest[..<close]))) }
                after = rest[rest.index(after: close)...]
                break
            }
            if !rest.isEmpty { content.append(.text(text: String(rest))) }
            cursor += 1
            guard cursor < inlines.count else { return nil }
            switch inlines[cursor] {
            case .text(let text): rest = Substring(text)
            case .workTitle, .emphasis, .strong, .link: content.append(inlines[cursor]); rest = ""
            default: return nil
            }
        }
        guard let after, let citation = citation(from: content) else { return nil }
        var result = Array(inlines[..<opening.index])
        if let quotedAt, case .quoted(let kind, let quoted, _) = inlines[quotedAt] {
            result[quotedAt] = .quoted(kind: kind, inlines: quoted, citation: citation)
            let prefix = opening.prefix.trimmingCharacters(in: " ")
            if !prefix.isEmpty { result.append(.text(text: prefix)) }
        } else {
            if !opening.prefix.isEmpty { result.append(.text(text: opening.prefix)) }
            result.append(.citation(citation: citation))
        }
        if !after.isEmpty { result.append(.text(text: String(after))) }
        result += inlines[(cursor + 1)...]
        return result.mergingAdjacentText
    }

    /// "(" at the start of `text`, after optional punctuation and spaces.
    private static func parenthesis(in text: Substring) -> (start: String.Index, rest: Substring)? {
        var position = text.startIndex
        if position < text.endIndex, ".,;:!?".contains(text[position]) { position = text.index(after: position) }
        while position < text.endIndex, text[position] == " " || text[position] == "\u{A0}" { position = text.index(after: position) }
        guard position < text.endIndex, text[position] == "(" else { return nil }
        return (position, text[text.index(after: position)...])
    }

    /// A closing quotation mark followed by "(" within one text, found on the UTF-8
    /// bytes (”, ’, », ") since most paragraphs have brackets and quotes but not both.
    private static func quoteThenParenthesis(in text: String) -> (start: String.Index, rest: Substring)? {
        var text = text
        let found: Int? = text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                var after = -1
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99 {
                    after = index + 3
                } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xBB {
                    after = index + 2
                } else if byte == 0x22 {
                    after = index + 1
                }
                guard after >= 0 else {
                    index += 1
                    continue
                }
                var position = after
                if position < count, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F].contains(bytes[position]) { position += 1 }
                while position < count {
                    if bytes[position] == 0x20 {
                        position += 1
                    } else if bytes[position] == 0xC2, position + 1 < count, bytes[position + 1] == 0xA0 {
                        position += 2
                    } else {
                        break
                    }
                }
                if position < count, bytes[position] == 0x28 { return position }
                index = after
            }
            return nil
        }
        guard let found else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: found)
        return (start, text[text.utf8.index(after: start)...])
    }

    /// A citation when the parenthesis names a work (a cited or italic title) or
    /// gives a page, volume or chapter.
    static func citation(from content: [Inline]) -> Citation? {
        let text = content.plainText.collapsingWhitespace
        guard !text.isEmpty, text.count <= 200 else { return nil }
        var title: String?
        for inline in content {
            switch inline {
            case .workTitle(let inlines), .emphasis(let inlines):
                if title == nil { title = inlines.plainText.collapsingWhitespace }
            default:
                continue
            }
        }
        let lower = text.lowercased()
        let locatorStart = locatorWords.compactMap { word -> String.Index? in
            if lower.hasPrefix(word + " ") || lower.hasPrefix(word) && word == "§" { return lower.startIndex }
            return lower.firstRange(of: " " + word + " ")?.lowerBound
        }.min()
        guard title != nil || locatorStart != nil else { return nil }
        var citation = Citation(text: text, title: title, year: year(in: text))
        if let locatorStart {
            let offset = lower.distance(from: lower.startIndex, to: locatorStart)
            let locator = String(text.dropFirst(offset)).trimmingCharacters(in: " ,")
            citation.locator = locator
            // An italic run over the title and its page ("Journal, p. 41"): the title is the part before.
            if let whole = title, whole.hasSuffix(locator), whole.count > locator.count {
                citation.title = String(whole.dropLast(locator.count)).trimmingCharacters(in: " ,")
            }
        }
        return citation
    }

    /// A four-digit year (1000–2099) standing as a word.
    static func year(in text: String) -> String? {
        for word in text.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
            if let value = Int(word), (1000...2099).contains(value) { return String(word) }
        }
        return nil
    }
}
