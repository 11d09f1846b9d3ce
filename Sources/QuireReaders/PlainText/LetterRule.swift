/// Stage 8: a letter set in the text. It opens with a salutation ("To Mrs.
/// Saville, England.", "Dear Sir,") and closes with a valediction ("Your
/// affectionate brother,") over a signature. Everything between is the letter:
/// one block quote with the role `.letter` and the signature as attribution.
/// A text that only opens with "To the People ...:" and ends with a name has no
/// valediction; it is a public letter in the main text, not a quoted one.
enum LetterRule {
    static let valedictionWords: Set<String> = [
        "yours", "your", "sincerely", "faithfully", "truly", "affectionately", "affectionate", "respectfully",
        "obedient", "regards", "cordially", "ever", "devoted", "love",
    ]

    static func apply(_ items: inout [Classified]) {
        var index = 1
        while index + 1 < items.count {
            defer { index += 1 }
            guard isValediction(items[index]), isSignature(items[index + 1]) else { continue }
            if items[index - 1].role == .quote && items[index].role == .paragraph {
                // A quoted letter whose beginning another rule found: this is its sign-off.
                items[index].set(.signOff, "letter.valediction", "a closing formula under a quote")
                items[index + 1].set(.signOff, "letter.signature", "a name under the valediction")
                index += 1
                continue
            }
            guard let start = salutation(before: index, in: items) else { continue }
            for member in start..<index {
                items[member].set(.quote, "letter.body", "between a salutation and a valediction")
                items[member].quoteRole = .letter
            }
            items[start].startsNewQuote = true
            items[start].rule = "letter.salutation"
            items[start].evidence = "opens a letter that a valediction and signature close"
            items[index].set(.signOff, "letter.valediction", "a closing formula ending in a comma")
            items[index + 1].set(.signOff, "letter.signature", "a name under the valediction")
            index += 1
        }
    }

    static func isValediction(_ item: Classified) -> Bool {
        let unit = item.unit
        guard item.role == .paragraph || item.role == .quote, unit.isSingleLine, unit.wordCount <= 8,
              TextFacts.lastScalar(unit.text) == "," else { return false }
        return TextFacts.words(unit.text).contains { valedictionWords.contains($0.lowercased().filter(\.isLetter)) }
    }

    static func isSignature(_ item: Classified) -> Bool {
        item.unit.isSingleLine && item.unit.wordCount <= 6 && TextFacts.isPersonalName(item.unit.text)
    }

    /// The earliest salutation in the section that holds the valediction.
    static func salutation(before end: Int, in items: [Classified]) -> Int? {
        var found: Int? = nil
        var index = end - 1
        while index >= 0 {
            if case .heading = items[index].role { break }
            if isSalutation(items[index].unit) { found = index }
            index -= 1
        }
        return found
    }

    static func isSalutation(_ unit: TextUnit) -> Bool {
        guard unit.isSingleLine, unit.wordCount <= 12, let last = TextFacts.lastScalar(unit.text),
              last == "," || last == "." || last == ":" || last == "!" else { return false }
        let text = unit.text
        return text.hasPrefix("To ") || text.hasPrefix("Dear ") || text.hasPrefix("My dear ") || text.hasPrefix("My Dear ")
            || text.hasPrefix("Dearest ") || ["Sir,", "Madam,", "Sir:", "Gentlemen,", "Gentlemen:", "Sir!"].contains(text)
    }
}
