// Stable heading ids: derived from the heading text, so they survive rebuilds
// and re-ordering of unrelated sections, unique within a document.

extension Document {
    /// A copy in which every heading without an id gets one derived from its text
    /// ("1905 and the theory of permanent revolution" → `and-the-theory-of-permanent-revolution`,
    /// as pandoc does), made unique with `-2`, `-3`... Existing ids are kept.
    public func assigningHeadingIDs() -> Document {
        var used = Set<String>()
        forEachBlock { if case .heading(_, let id, _) = $0, !id.isEmpty { used.insert(id) } }
        var copy = self
        copy.blocks = blocks.map { HeadingIDs.assign($0, used: &used) }
        return copy
    }
}

/// The slug rule for heading ids.
public enum HeadingIDs {
    /// An XML-safe identifier (an NCName) from heading text.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            let isDigit = ("0"..."9").contains(scalar)
            if isLetter || (isDigit && !out.isEmpty) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" || scalar == "_" {
                pendingHyphen = true
            }
            // Other punctuation is dropped, like pandoc's auto_identifiers.
            if out.unicodeScalars.count >= 60 { break }
        }
        return out.isEmpty ? "section" : out
    }

    static func assign(_ block: Block, used: inout Set<String>) -> Block {
        switch block {
        case .heading(let level, let id, let inlines) where id.isEmpty:
            let base = slug(inlines.plainText)
            var candidate = base
            var counter = 1
            while used.contains(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            used.insert(candidate)
            return .heading(level: level, id: candidate, inlines: inlines)
        case .blockQuote(var quote):
            quote.blocks = quote.blocks.map { assign($0, used: &used) }
            return .blockQuote(quote: quote)
        case .division(var division):
            division.blocks = division.blocks.map { assign($0, used: &used) }
            return .division(division: division)
        case .list(var list):
            list.items = list.items.map { $0.map { assign($0, used: &used) } }
            return .list(list: list)
        case .heading, .paragraph, .verse, .preformatted, .sceneBreak, .table, .figure, .raw:
            return block
        }
    }
}
