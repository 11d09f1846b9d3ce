/// Stage 6: finds block quotes. In wrapped e-texts a quote is indented. In web
/// copy nothing marks it, so the rules read what a typographer reads:
/// - verse set line by line (`quote.verse`);
/// - a short paragraph under a heading closed by "(Source)" (`quote.epigraph-source`);
/// - a paragraph after a lead-in ending in a colon with a verb of saying, "he wrote:"
///   (`quote.lead-in`);
/// - one short line a running sentence goes into and comes out of (`quote.set-in-sentence`);
/// - paragraphs that each reopen a quotation left open, the convention for quoting
///   several paragraphs (`quote.continued`);
/// - a paragraph wholly in quotation marks that a sentence runs into or out of, or a
///   long one among narration (`quote.enclosed`);
/// - a long quotation interrupted only by "wrote X" (`quote.written-extract`);
/// - a paragraph that closes a quotation it never opened (`quote.unopened-close`).
/// Rules that read quotation marks need narration on both sides, so dialogue stays text;
/// in a text that reports speech (`GenreRule`) quoted paragraphs are speech, and one
/// quoted paragraph after a verb of speaking is a reply (`paragraph.spoken-reply`).
enum QuoteRule {
    static let sayingWords: Set<String> = [
        "wrote", "writes", "write", "written", "said", "says", "say", "declared", "declares", "added", "adds",
        "explained", "explains", "stated", "states", "remarked", "remarks", "replied", "replies", "answered",
        "continued", "continues", "recalled", "recalls", "described", "describes", "told", "tells", "warned",
        "insisted", "argued", "argues", "concluded", "observed", "observes", "noted", "notes", "exclaimed",
        "proclaimed", "announced", "testified", "recounted", "reads", "read", "follows", "following", "thus",
        "how", "words", "saying", "put", "puts", "quoted", "quote", "quotes", "cried", "sang", "sings",
        "asked", "asks", "letter", "passage", "lines", "verses", "verse", "poem", "writing",
    ]

    static func apply(_ items: inout [Classified], layout: LayoutRule.Layout) {
        let baseIndent = commonIndent(items)
        var balances: [QuoteBalance?] = Array(repeating: nil, count: items.count)
        func balance(_ index: Int) -> QuoteBalance {
            if let known = balances[index] { return known }
            let computed = QuoteBalance(items[index].unit.text)
            balances[index] = computed
            return computed
        }
        // Quoted paragraphs among dialogue are speech, not block quotes: the rules
        // that read quotation marks need narration on both sides.
        func isSpeech(_ index: Int) -> Bool {
            items.indices.contains(index) && items[index].role == .paragraph && balance(index).startsWithOpen
        }
        func narrationAround(_ start: Int, _ end: Int) -> Bool { !isSpeech(start - 1) && !isSpeech(end + 1) }
        // Where quotations are tagged with their speakers, a paragraph in quotation marks is speech.
        let genre = layout == .web ? GenreRule.detect(items) : (.exposition, "")
        func reportsSpeech(_ index: Int) -> Bool {
            guard genre.genre == .reportedSpeech else { return false }
            items[index].set(.paragraph, "paragraph.reported-speech", "in quotation marks in a text of reported speech (\(genre.evidence))")
            return true
        }
        var index = 0
        while index < items.count {
            defer { index += 1 }
            let unit = items[index].unit
            let role = items[index].role
            if unit.indent >= baseIndent + 2, role == .paragraph || role == .verse, !isContentsList(unit) {
                items[index].set(.quote, "quote.indented", "indented \(unit.indent - baseIndent) spaces more than the text")
                continue
            }
            guard layout == .web else { continue }
            if role == .verse {
                items[index].set(.quote, "quote.verse", "verse lines set apart from the prose")
                continue
            }
            guard role == .paragraph else { continue }
            // The unit before is read in place: copying a whole item for each paragraph shows in profiles.
            let hasPrevious = index > 0
            let underHeading = !hasPrevious || { if case .heading = items[index - 1].role { true } else { false } }()
            if underHeading, unit.wordCount <= 80, AttributionRule.trailingSource(unit.text) != nil {
                items[index].set(.quote, "quote.epigraph-source", "under a heading and closed by its source in parentheses")
                continue
            }
            if hasPrevious, items[index - 1].role == .paragraph, TextFacts.lastScalar(items[index - 1].unit.text) == ":", !isListItem(unit.text) {
                // One paragraph in quotation marks after "he replied:" or "Dan resumed:" is
                // dialogue; after "she wrote:" or "the letter reads:" it is an extract.
                let lead = items[index - 1].unit.text
                if balance(index).whollyEnclosed, let verb = lastWord(lead, in: GenreRule.speakingVerbs), lastWord(lead, in: writingWords) == nil {
                    items[index].set(.paragraph, "paragraph.spoken-reply", "one paragraph in quotation marks after \u{201C}\(verb):\u{201D}: someone speaking")
                    continue
                }
                // A passage ends in punctuation; a line without it after "Read more:" is a title or a link.
                if let verb = sayingLeadIn(items[index - 1].unit.text), endsInPunctuation(unit.text) {
                    items[index].set(.quote, "quote.lead-in", "the paragraph before ends in a colon after a verb of saying (\(verb))")
                    continue
                }
            }
            if hasPrevious, isSetInSentence(items, index) {
                items[index].set(.quote, "quote.set-in-sentence", "a short line the sentence before runs into and the next paragraph continues")
                continue
            }
            let here = balance(index)
            if here.startsWithOpen || here.unmatchedCloses > 0, reportsSpeech(index) { continue }
            if here.startsWithOpen && here.openAtEnd > 0 {
                var end = index + 1
                var closed = false
                while end < items.count, items[end].role == .paragraph {
                    let next = balance(end)
                    // A continuation reopens the same quotation; one with its own "she added" is new speech.
                    guard next.isOneQuotation else { break }
                    end += 1
                    if next.openAtEnd == 0 { closed = true; break }
                }
                if closed && end - index >= 2 && narrationAround(index, end - 1) {
                    for member in index..<end {
                        items[member].set(.quote, "quote.continued", "each paragraph reopens a quotation left open, the last closes it")
                    }
                    index = end - 1
                    continue
                }
            }
            if here.whollyEnclosed && narrationAround(index, index) {
                let runsIn = hasPrevious && (items[index - 1].role == .quote && items[index - 1].rule != "quote.enclosed"
                    || items[index - 1].role == .paragraph && !TextFacts.endsSentence(items[index - 1].unit.text))
                let runsOut = index + 1 < items.count && items[index + 1].role == .paragraph
                    && items[index + 1].unit.text.unicodeScalars.first.map { TextFacts.isLower($0) || TextFacts.dashes.contains($0) } == true
                if runsIn || runsOut || unit.wordCount >= 25 {
                    items[index].set(.quote, "quote.enclosed", runsIn
                        ? "wholly in quotation marks, after a quote or an unfinished sentence"
                        : runsOut ? "wholly in quotation marks, and the next paragraph continues the sentence"
                        : "a long paragraph wholly in quotation marks, among narration")
                    continue
                }
            }
            // A verb of writing already says "extract": narration before it is enough.
            if here.startsWithOpen && (here.openAtEnd == 0 && here.endsWithClose || here.openAtEnd > 0), !isSpeech(index - 1),
               let verb = writtenExtractTag(unit.text) {
                items[index].set(.quote, "quote.written-extract", "a long quotation interrupted only by \u{201C}\(verb)\u{201D} and its writer")
                continue
            }
            if !here.startsWithOpen && here.unmatchedCloses > 0 && here.endsWithClose && narrationAround(index, index) {
                items[index].set(.quote, "quote.unopened-close", "ends by closing a quotation it never opened")
            }
        }
    }

    /// "… make thyself like Empedocles’ sphere," / "All round, and in its joyous rest reposing;" /
    /// "and if thou shalt strive …": a line set apart inside a running sentence is a quotation
    /// (a verse line), whether or not it has quotation marks.
    static func isSetInSentence(_ items: [Classified], _ index: Int) -> Bool {
        let unit = items[index].unit
        guard unit.isSingleLine, unit.wordCount <= 25, index + 1 < items.count, items[index - 1].role == .paragraph,
              items[index + 1].role == .paragraph, !isListItem(unit.text),
              let mark = TextFacts.lastScalar(items[index - 1].unit.text), mark == "," || mark == ";" || TextFacts.dashes.contains(mark),
              let next = items[index + 1].unit.text.unicodeScalars.first,
              let end = TextFacts.lastScalar(unit.text) else { return false }
        // The line ends on a verse line's punctuation, not on a word or a colon (a lead-in to code).
        return TextFacts.isLower(next) && !TextFacts.isLetter(end) && !TextFacts.isDigit(end) && end != ":"
    }

    /// A table of contents set in: most lines open with a chapter label or an
    /// ordinal, or end with a page number. Indented, but nobody's words.
    static func isContentsList(_ unit: TextUnit) -> Bool {
        guard unit.keepsLines, unit.lines.count >= 3 else { return false }
        let entries = unit.lines.filter { line in
            let words = TextFacts.words(line.prefix(40))
            guard let first = words.first else { return false }
            if HeadingRule.label(Array(words.prefix(2))) != nil || HeadingRule.isOrdinal(first) { return true }
            return TextFacts.words(line).last.map { TextFacts.isArabicNumeral($0) || TextFacts.isRomanNumeral($0) && $0 == $0.lowercased() } ?? false
        }
        return entries.count * 10 >= unit.lines.count * 6
    }

    /// "1. Plant for your grandchildren.", "• Water in the evening.": an item of a list, not a quotation.
    static func isListItem(_ text: Substring) -> Bool {
        guard let first = TextFacts.words(text.prefix(12)).first else { return false }
        return HeadingRule.numberingKind(first) != nil || first == "\u{2022}" || first == "-" || first == "*"
    }

    /// Verbs that introduce something written rather than spoken: an extract, not dialogue.
    static let writingVerbs: Set<String> = ["wrote", "writes", "records", "recorded", "notes", "observes", "remarks",
                                            "declares", "continues", "adds", "says", "writing"]

    /// “I cannot conceive,” wrote an eyewitness, “as I now calmly look back …”: the text
    /// outside the quotation marks is a short tag with a verb of writing, the quoted
    /// text is long. Returns the verb.
    static func writtenExtractTag(_ text: Substring) -> String? {
        var inside = 0
        var outside: [Substring] = []
        var depth = 0
        for word in TextFacts.words(text) {
            let opens = word.unicodeScalars.filter { TextFacts.openDouble.contains($0) && $0 != "\"" }.count
            let closes = word.unicodeScalars.filter { TextFacts.closeDouble.contains($0) && $0 != "\"" }.count
            if depth > 0 || opens > 0 { inside += 1 } else { outside.append(word) }
            depth = max(0, depth + opens - closes)
        }
        guard inside >= 25, !outside.isEmpty, outside.count <= 8 else { return nil }
        return outside.lazy.map { String($0.lowercased().filter(\.isLetter)) }.first(where: writingVerbs.contains)
    }

    /// The indentation most body paragraphs have.
    static func commonIndent(_ items: [Classified]) -> Int {
        var counts: [Int: Int] = [:]
        for index in items.indices where items[index].role == .paragraph {
            counts[items[index].unit.indent, default: 0] += items[index].unit.lineCount
        }
        return counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key ?? 0
    }

    /// "In his will, he wrote:", "Natalia Sedova described how:".
    /// Words for something written or set down: what follows them is an extract.
    static let writingWords: Set<String> = writingVerbs.union([
        "write", "written", "letter", "letters", "passage", "lines", "verses", "verse", "poem", "reads", "read", "words", "follows",
        "following", "thus", "quoted", "quote", "quotes", "proclaimed", "declared", "stated", "states", "testified", "announced",
        "sang", "sings", "text", "inscription", "reading", "document", "note", "message", "telegram", "entry", "diary", "journal",
    ])

    static func endsInPunctuation(_ text: Substring) -> Bool {
        guard let mark = TextFacts.finalMark(text) else { return false }
        return !TextFacts.isLetter(mark) && !TextFacts.isDigit(mark)
    }

    /// The last of a lead-in's last six words that is in `set`, or nil.
    static func lastWord(_ text: Substring, in set: Set<String>) -> String? {
        TextFacts.words(text).suffix(6).lazy.map { $0.lowercased().filter { $0.isLetter } }.last(where: set.contains)
    }

    /// The verb of saying (or the word for a text) that makes it a lead-in, or nil.
    static func sayingLeadIn(_ text: Substring) -> String? {
        guard TextFacts.lastScalar(text) == ":" else { return nil }
        return lastWord(text, in: sayingWords)
    }
}
