import QuireModel

/// Stage 4: the lines above the body. A book or essay starts with its title and
/// a byline ("by Lytton Strachey", or the bare name); a web article may put a
/// kicker (series or section) above the headline, then a tags line, an author
/// bio ("Rob Jones is a member of ...") and a lead paragraph.
enum FrontMatterRule {
    struct Result {
        var metadata = Metadata()
        /// Index of the first body unit.
        var bodyStart = 0
        var decisions: [BlockDecision] = []
    }

    static func apply(_ units: [TextUnit], inlines: (Substring) -> [Inline]) -> Result {
        var result = Result()
        guard !units.isEmpty else { return result }
        var index = 0
        func decide(_ unit: TextUnit, _ kind: String, _ rule: String, _ evidence: String) {
            result.decisions.append(BlockDecision(line: unit.line, kind: kind, rule: rule, evidence: evidence, excerpt: BlockDecision.excerpt(unit.text)))
        }

        if hasKicker(units) {
            result.metadata.kicker = String(units[0].text)
            decide(units[0], "kicker", "front-matter.kicker", "a short line above a headline that a tags line or byline follows")
            index = 1
        }
        let titleUnit = units[index]
        result.metadata.title = inlines(titleUnit.text)
        decide(titleUnit, "title", "front-matter.title", index == 0 ? "the first block of the text" : "the headline under the kicker")
        index += 1
        if index + 1 < units.count, units[index].isSingleLine, units[index].wordCount <= 15,
           bylineNames(units[index]) == nil, !TextFacts.isPersonalName(units[index].text), bylineNames(units[index + 1]) != nil {
            result.metadata.subtitle = inlines(units[index].text)
            decide(units[index], "subtitle", "front-matter.subtitle", "a short line between the title and the byline")
            index += 1
        }

        var article = result.metadata.kicker != nil
        while index < units.count && index <= 5 {
            let unit = units[index]
            if let names = bylineNames(unit) {
                result.metadata.authors += names
                decide(unit, "author", "front-matter.byline", "a short line starting with \u{201C}by\u{201D}")
            } else if isTagsLine(unit), units[(index + 1)...].prefix(2).contains(where: { bylineNames($0) != nil || bioName($0) != nil }) {
                result.metadata.subjects = subjects(unit.text)
                decide(unit, "subjects", "front-matter.tags", "capitalised words without punctuation above the byline")
                article = true
            } else if result.metadata.authors.isEmpty, index == (result.metadata.kicker == nil ? 1 : 2),
                      unit.isSingleLine, unit.wordCount >= 2, TextFacts.isPersonalName(unit.text), !TextFacts.endsSentence(unit.text),
                      !TextFacts.isAllCapitals(unit.text), HeadingRule.label(TextFacts.words(unit.text)) == nil {
                result.metadata.authors = [String(unit.text)]
                decide(unit, "author", "front-matter.name", "a personal name right under the title")
            } else if result.metadata.date == nil, isDateLine(unit) {
                result.metadata.date = String(unit.text)
                decide(unit, "date", "front-matter.date", "a month and a year near the title")
            } else if let name = bioName(unit) {
                if result.metadata.authors.isEmpty { result.metadata.authors = [name] }
                result.metadata.authorNote.append(.paragraph(inlines: inlines(unit.text)))
                decide(unit, "author-note", "front-matter.author-bio", "a sentence about \(name) near the title")
                article = true
            } else {
                break
            }
            index += 1
        }
        if article, index < units.count, units[index].isSingleLine, units[index].wordCount >= 20,
           TextFacts.endsSentence(units[index].text) {
            result.metadata.abstract = [.paragraph(inlines: inlines(units[index].text))]
            decide(units[index], "abstract", "front-matter.lead", "the first paragraph of an article with a kicker, tags or bio")
            index += 1
        }
        result.bodyStart = index
        return result
    }

    /// A short line, then a headline that is not a byline, then within two
    /// blocks a tags line, byline or bio: the first line is a kicker.
    static func hasKicker(_ units: [TextUnit]) -> Bool {
        guard units.count >= 3, units[0].isSingleLine, units[0].wordCount <= 6,
              !TextFacts.endsSentence(units[0].text), units[1].isSingleLine,
              bylineNames(units[1]) == nil, !TextFacts.isPersonalName(units[1].text), units[1].wordCount <= 30,
              // A kicker is a label over a longer headline; a longer second line under a short one
              // that is not much longer is a subtitle.
              units[1].wordCount >= 2 * units[0].wordCount + 3
        else { return false }
        return units[2...].prefix(2).contains { bylineNames($0) != nil || bioName($0) != nil }
            || (units.count > 3 && isTagsLine(units[2]) && units[3...].prefix(2).contains { bylineNames($0) != nil || bioName($0) != nil })
    }

    /// "By Alexander Hamilton", "by X and Y": the names, or nil.
    static func bylineNames(_ unit: TextUnit) -> [String]? {
        guard unit.isSingleLine, unit.wordCount <= 12 else { return nil }
        let text = unit.text
        guard text.hasPrefix("By ") || text.hasPrefix("by ") || text.hasPrefix("BY ") else { return nil }
        let names = splitNames(text.dropFirst(3))
        return names.isEmpty || !names.allSatisfy(TextFacts.isPersonalName) ? nil : names
    }

    /// "Karl Marx, Friedrich Engels and Jenny Marx" → the three names.
    static func splitNames(_ rest: Substring) -> [String] {
        var names: [String] = []
        for part in rest.split(separator: ",") {
            for name in part.split(separator: " and ", omittingEmptySubsequences: true) {
                let trimmed = TextFacts.trimmed(name)
                if !trimmed.isEmpty { names.append(String(trimmed)) }
            }
        }
        // "and" may sit between the last two names after a comma: ", and Z".
        return names.map { $0.hasPrefix("and ") ? String($0.dropFirst(4)) : $0 }
    }

    /// "Rob Jones is a member of ...": the person a one-sentence bio is about.
    static func bioName(_ unit: TextUnit) -> String? {
        guard unit.isSingleLine, unit.wordCount <= 60, TextFacts.endsSentence(unit.text) else { return nil }
        let words = TextFacts.words(unit.text)
        for verbIndex in 1..<min(words.count, 6) where ["is", "was", "writes", "teaches"].contains(words[verbIndex]) {
            let name = words[..<verbIndex].joined(separator: " ")
            return TextFacts.isPersonalName(name) && verbIndex >= 2 ? name : nil
        }
        return nil
    }

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"]

    /// "7 November 2019", "November 21, 1787": a short line with a month and a year.
    static func isDateLine(_ unit: TextUnit) -> Bool {
        guard unit.isSingleLine, unit.wordCount <= 6 else { return false }
        let words = TextFacts.words(unit.text).map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
        return words.contains(where: months.contains) && words.contains { TextFacts.isYear($0) }
    }

    /// Tags run together: capitalised words, no sentence punctuation.
    static func isTagsLine(_ unit: TextUnit) -> Bool {
        guard unit.isSingleLine, unit.wordCount >= 3, unit.wordCount <= 30, let last = TextFacts.lastScalar(unit.text),
              TextFacts.isLetter(last) || last == "," || last == "|" else { return false }
        let words = TextFacts.words(unit.text)
        let capitalised = words.filter { word in word.unicodeScalars.first.map { TextFacts.isUpper($0) || !TextFacts.isLetter($0) } ?? false }
        // Tags may hold a lower-case word ("Public services"): two in three capitalised will do.
        return capitalised.count * 3 >= words.count * 2
    }

    /// Tags split at separators when there are any; otherwise the line is one subject.
    static func subjects(_ text: Substring) -> [String] {
        for separator: Character in [",", ";", "|", "\u{B7}", "\u{2022}"] where text.contains(separator) {
            return text.split(separator: separator).map { String(TextFacts.trimmed($0)) }.filter { !$0.isEmpty }
        }
        return [String(text)]
    }
}
