import QuireModel

/// A parenthesis is a citation when it names a work: right after a quotation
/// any title-like reference counts ("(My Life)"); elsewhere only a title with a
/// year or a page, volume or canto reference does ("(Comintern after Lenin, 1928)",
/// "(Capital, vol. i, p. 298)"), or a page or volume alone ("(vol. i, p. 458)"), perhaps
/// after "see" ("(see Capital, vol. i)"). Asides ("(says he)"), acronyms ("(KPD)"),
/// date ranges ("(1789-1794)"), cross-references ("(chapter 3)") and names alone stay text.
enum CitationRule {
    static let locatorWords: Set<String> = ["p.", "pp.", "vol.", "vols.", "ch.", "chap.", "chapter", "canto", "book", "part",
                                            "sect.", "section", "act", "scene", "line", "ll.", "l.", "no.", "art.", "§", "fol.", "col."]

    /// The citation `content` (the text inside the parentheses) makes, or nil.
    static func citation<S: StringProtocol>(_ content: S, afterQuote: Bool) -> Citation? {
        let text = String(TextFacts.trimmed(content))
        guard !text.isEmpty, text.utf8.count <= 200 else { return nil }
        // "see Capital, vol. i": the pointer is not part of the source's name.
        let source = seeing(text)
        guard let first = source.unicodeScalars.first else { return nil }
        let words = TextFacts.words(source)
        let parts = source.split(separator: ",").map { String(TextFacts.trimmed($0)) }

        // A page, volume or canto reference: the parts from the first one on are the locator.
        if let locatorStart = parts.firstIndex(where: isLocator) {
            let title = parts[..<locatorStart].joined(separator: ", ")
            // Without a title, only a page or a volume is a source on its own ("(chapter 3)" points within the text).
            guard title.isEmpty ? afterQuote || isPageOrVolume(parts[locatorStart]) : isTitleLike(title) else { return nil }
            return Citation(text: text, title: title.isEmpty ? nil : title,
                            locator: parts[locatorStart...].joined(separator: ", "))
        }
        // A title and a year: "Comintern after Lenin, 1928" or "My Life 1930".
        if let lastWord = words.last, TextFacts.isYear(lastWord.filter { $0 != "." }) {
            let year = String(lastWord.filter { $0 != "." })
            var title = String(TextFacts.trimmed(source.dropLast(lastWord.count)))
            if title.hasSuffix(",") { title.removeLast() }
            // A year alone dates the quoted thing ("“The German revolution ...” (1932)"); it names no source.
            if title.isEmpty { return nil }
            guard isTitleLike(title), afterQuote || TextFacts.words(title).count >= 2 else { return nil }
            return Citation(text: text, title: title, year: year)
        }
        guard afterQuote, TextFacts.isUpper(first), words.count <= 10, isTitleLike(source) else { return nil }
        return Citation(text: text, title: source)
    }

    /// The text after a leading "see" or "cf.", which point to a source.
    static func seeing(_ text: String) -> String {
        for pointer in ["see ", "See ", "cf. ", "Cf. "] where text.hasPrefix(pointer) {
            return String(TextFacts.trimmed(text.dropFirst(pointer.count)))
        }
        return text
    }

    static func isPageOrVolume(_ part: String) -> Bool {
        guard let first = TextFacts.words(part).first?.lowercased() else { return false }
        return ["p.", "pp.", "vol.", "vols."].contains(first)
    }

    static func isLocator(_ part: String) -> Bool {
        let words = TextFacts.words(part)
        guard let first = words.first?.lowercased(), locatorWords.contains(first), words.count >= 2 else { return false }
        let number = words[1].filter { $0 != "." && $0 != "," }
        return TextFacts.isArabicNumeral(number) || TextFacts.isRomanNumeral(number)
            || number.contains("-") || number.contains("\u{2013}")
    }

    /// Starts with a capital, is not an acronym, a number or a range, and reads as a name of a work.
    static func isTitleLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, TextFacts.isUpper(first) || TextFacts.isDigit(first) else { return false }
        if !text.unicodeScalars.contains(where: TextFacts.isLower) { return false }  // "KPD", "1923-27"
        let words = TextFacts.words(text)
        // A clause ("He said so") is an aside, not a title.
        let pronouns: Set<String> = ["he", "she", "they", "i", "we", "says", "said", "see", "cf.", "i.e.", "e.g."]
        return !words.contains { pronouns.contains($0.lowercased()) } && words.count <= 14
    }
}
