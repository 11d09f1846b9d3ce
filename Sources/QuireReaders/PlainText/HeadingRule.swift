/// A heading is a short line that does not read as a sentence: no final
/// full stop, comma, colon or semicolon, a capital or a numeral first, and real
/// text after it. Labels ("CHAPTER XIII.", "Lecture VIII", "SECTION 2"), bare
/// numerals ("II") and numbered titles ("1. THE TITLE") are headings even with
/// a full stop.
enum HeadingRule {
    /// What a heading is made of; levels are given by the order kinds first appear.
    enum Kind: String, Sendable, Hashable {
        case part, chapter, section, numeral
        /// "I. Title", "1. Title", "(A) Title": each numbering style is its own kind, so
        /// sections numbered in Roman and subsections in Arabic get two levels.
        case numberedRoman, numberedArabic, numberedLetter
        case title

        var isNumbered: Bool { self == .numberedRoman || self == .numberedArabic || self == .numberedLetter }
    }

    static let partLabels: Set<String> = ["part", "book", "volume"]
    static let chapterLabels: Set<String> = ["chapter", "lecture", "letter", "canto", "essay", "act", "article", "stave",
                                             "sermon", "epistle", "discourse", "dialogue", "lesson", "tale", "story",
                                             "sonnet", "psalm", "fable", "eclogue", "idyl", "meditation", "night", "day"]
    static let sectionLabels: Set<String> = ["section", "scene", "§", "paragraph", "clause", "question"]
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "first", "second", "third", "fourth", "fifth", "last", "the"]

    /// The kind of heading `unit` could be, with the evidence, judged on its own.
    static func candidate(_ unit: TextUnit, layout: LayoutRule.Layout) -> (kind: Kind, evidence: String)? {
        guard unit.isSingleLine, unit.wordCount <= 16, unit.text.utf8.count <= 120 else { return nil }
        let text = unit.text
        let words = TextFacts.words(text)
        if let kind = label(words) {
            return (kind, "a label and a numeral (\(words.prefix(2).joined(separator: " ")))")
        }
        if TextFacts.isBareNumeral(text) {
            return (.numeral, "a numeral alone on its line")
        }
        let numbered: Kind? = words.count >= 2 ? numberingKind(words[0]) : nil
        guard let first = text.unicodeScalars.first, TextFacts.isUpper(first) || TextFacts.isDigit(first) || numbered != nil,
              let last = TextFacts.lastScalar(text) else { return nil }
        if isPictureCredit(words) || holdsTwoSentences(words) { return nil }
        // "Setting up¶": documentation pages print a pilcrow after a heading as its permalink.
        let unpunctuated = TextFacts.isLetter(last) || TextFacts.isDigit(last) || last == "?" || last == "!" || last == ")" || last == "\u{B6}"
        if layout == .wrapped {
            if TextFacts.isAllCapitals(text) && (unpunctuated || last == ".") {
                return (numbered ?? .title, "a line in capitals")
            }
            guard unit.indent == 0, unit.blankLinesBefore >= 2, unpunctuated else { return nil }
            return (numbered ?? .title, "a short unpunctuated line set off by extra blank lines")
        }
        guard unit.indent == 0, unpunctuated, !endsInFunctionWord(words),
              AttributionRule.trailingSource(unit.text) == nil else { return nil }  // "… a garden. (Francis Bacon)"
        if let numbered { return (numbered, "a numbered short line (\(words[0]))") }
        return (.title, "a short line without final punctuation")
    }

    /// "Cast away opinion: thou art saved. Who then hinders thee?": a sentence ends inside the
    /// line (a full stop, question or exclamation mark after a lower-case word that is no
    /// abbreviation, then a capital), so the line is prose, however short.
    static func holdsTwoSentences(_ words: [Substring]) -> Bool {
        for (word, next) in zip(words, words.dropFirst()) {
            guard let mark = word.last, mark == "." || mark == "?" || mark == "!", next.first?.isUppercase == true else { continue }
            let letters = word.dropLast()
            if letters.count >= 4, letters.allSatisfy({ $0.isLetter && $0.isLowercase }) { return true }
        }
        return false
    }

    /// "Jane Roe/Agency/Getty Images": names joined by slashes credit a picture.
    static func isPictureCredit(_ words: [Substring]) -> Bool {
        var joins = 0
        for word in words where word.utf8.contains(0x2F) {
            let parts = word.split(separator: "/")
            for (left, right) in zip(parts, parts.dropFirst()) where left.last?.isLetter == true && right.first?.isLetter == true { joins += 1 }
        }
        return joins >= 2
    }

    static let functionWords: Set<String> = ["that", "the", "a", "an", "and", "or", "of", "to", "in", "with", "by", "for", "as",
                                             "but", "which", "who", "whom", "says", "said", "wrote", "writes"]

    /// A line ending in an article, a conjunction or a verb of saying runs on into the next block.
    static func endsInFunctionWord(_ words: [Substring]) -> Bool {
        guard words.count > 1, let last = words.last else { return false }
        return functionWords.contains(last.lowercased())
    }

    /// "CHAPTER XIII.", "Lecture VIII", "Part One: ..." → its kind.
    static func label(_ words: [Substring]) -> Kind? {
        guard words.count >= 2 else { return nil }
        let name = words[0].lowercased()
        var numeral = words[1]
        while let last = numeral.last, last == "." || last == ":" || last == "," { numeral = numeral.dropLast() }
        let isNumeral = TextFacts.isRomanNumeral(numeral) && numeral == numeral.uppercased()
            || TextFacts.isArabicNumeral(numeral) || numberWords.contains(numeral.lowercased())
        guard isNumeral, words[0].first.map({ $0.isUppercase || $0 == "§" }) ?? false else { return nil }
        if partLabels.contains(name) { return .part }
        if chapterLabels.contains(name) { return .chapter }
        if sectionLabels.contains(name) { return .section }
        return nil
    }

    /// "1." "IV." "2)" "(A)": a numeral with the punctuation that makes it an ordinal.
    static func isOrdinal(_ word: Substring) -> Bool { numberingKind(word) != nil }

    /// The numbering style of an ordinal, or nil when `word` is none.
    static func numberingKind(_ word: Substring) -> Kind? {
        guard let last = word.last, last == "." || last == ")" else { return nil }
        var core = word.dropLast()
        if core.first == "(" { core = core.dropFirst() }
        if TextFacts.isArabicNumeral(core) && core.count <= 3 { return .numberedArabic }
        if TextFacts.isRomanNumeral(core) && core == core.uppercased() && core.count > 1 || core == "I" || core == "V" || core == "X" {
            return .numberedRoman
        }
        if core.count == 1 && core.first!.isUppercase { return .numberedLetter }
        return nil
    }
}
