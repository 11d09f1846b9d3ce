// Stable heading ids: derived from the heading text, so they survive rebuilds
// and re-ordering of unrelated sections, unique within a document.

extension Document {
    /// A copy in which every heading without an id gets one derived from its text
    /// ("1905 and the theory of permanent revolution" → `and-the-theory-of-permanent-revolution`,
    /// as pandoc does), made unique with `-2`, `-3`... Existing ids are kept.
    public func assigningHeadingIDs() -> Document {
        var ids = HeadingIDs.Registry()
        forEachBlock { if case .heading(_, let id, _) = $0, !id.isEmpty { ids.used.insert(id) } }
        var copy = self
        copy.blocks = blocks.map { HeadingIDs.assign($0, ids: &ids) }
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

    /// The ids taken so far, and for each base the last suffix handed out, so
    /// 8,000 sections all called "Notes" cost one lookup each, not a count from 1.
    struct Registry {
        var used = Set<String>()
        var lastSuffix: [String: Int] = [:]

        mutating func unique(_ base: String) -> String {
            var candidate = base
            var counter = lastSuffix[base] ?? 1
            while used.contains(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            lastSuffix[base] = counter
            used.insert(candidate)
            return candidate
        }
    }

    static func assign(_ block: Block, ids: inout Registry) -> Block {
        switch block {
        case .heading(let level, let id, let inlines) where id.isEmpty:
            return .heading(level: level, id: ids.unique(slug(inlines.plainText)), inlines: inlines)
        case .blockQuote(var quote):
            quote.blocks = quote.blocks.map { assign($0, ids: &ids) }
            return .blockQuote(quote: quote)
        case .division(var division):
            division.blocks = division.blocks.map { assign($0, ids: &ids) }
            return .division(division: division)
        case .list(var list):
            list.items = list.items.map { $0.map { assign($0, ids: &ids) } }
            return .list(list: list)
        case .heading, .paragraph, .verse, .preformatted, .sceneBreak, .table, .figure, .raw:
            return block
        }
    }
}
