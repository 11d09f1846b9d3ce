import QuireModel

/// What a body unit is, with the rule that said so.
struct Classified: Sendable {
    enum Role: Sendable, Equatable {
        case heading(HeadingRule.Kind)
        case paragraph
        /// Lines kept as written, outside any quote.
        case verse
        /// Part of a block quote; units marked in a row form one quote.
        case quote
        /// "— Name" under a quote: its attribution and citation.
        case cite(String)
        /// A letter's valediction and signature, closing a quote.
        case signOff
        case sceneBreak
        /// An item of a bulleted or numbered list.
        case listItem
    }

    var unit: TextUnit
    var role: Role
    var rule: String
    var evidence: String
    /// Set on the first unit of a quote that must not merge with the quote before it.
    var startsNewQuote = false
    /// The role of the quote this unit starts (a letter's salutation marks `.letter`).
    var quoteRole: BlockQuote.Role = .plain

    mutating func set(_ role: Role, _ rule: String, _ evidence: String) {
        self.role = role
        self.rule = rule
        self.evidence = evidence
    }
}


/// Heading candidates judged once each: a heading looks up to four units ahead for
/// the next candidate, so the same short line would otherwise be judged several times.
struct HeadingCandidates {
    private var known: [(kind: HeadingRule.Kind, evidence: String)??]

    init(count: Int) { known = Array(repeating: nil, count: count) }

    mutating func candidate(_ units: [TextUnit], _ index: Int, layout: LayoutRule.Layout) -> (kind: HeadingRule.Kind, evidence: String)? {
        if let judged = known[index] { return judged }
        let judged = HeadingRule.candidate(units[index], layout: layout)
        known[index] = .some(judged)
        return judged
    }
}

/// Stage 5: a first reading of each body unit on its own and with its
/// neighbours: scene breaks, cite lines, headings, verse, paragraphs.
/// Quote rules run after it and may turn paragraphs into quotes.
enum BlockClassifier {
    static func classify(_ units: [TextUnit], layout: LayoutRule.Layout) -> [Classified] {
        var result = units.map { Classified(unit: $0, role: .paragraph, rule: "paragraph.default", evidence: "running text") }
        var candidates = HeadingCandidates(count: units.count)
        // A page that sets lists or tables line by line sets its other blocks of lines so too.
        let pageOfLists = layout == .web && units.contains { $0.keepsLines && ListRule.lineListEvidence($0) != nil }
        for index in result.indices {
            let unit = units[index]
            if isSceneBreak(unit) {
                result[index].set(.sceneBreak, "scene-break", "a line of spaced symbols only")
            } else if let cite = citeLine(unit) {
                result[index].set(.cite(cite), "cite-line", "a short line opening with a dash")
            } else if let (kind, evidence) = candidates.candidate(units, index, layout: layout),
                      headingFitsContext(units, index, kind: kind, layout: layout, candidates: &candidates) {
                result[index].set(.heading(kind), "heading.\(kind.rawValue)", evidence)
            } else if unit.keepsLines, layout == .web, let evidence = ListRule.lineListEvidence(unit) {
                result[index].set(.listItem, "list.lines", evidence)
            } else if unit.keepsLines, pageOfLists {
                result[index].set(.listItem, "list.lines", "lines in a page whose other blocks of lines are lists or tables")
            } else if unit.keepsLines {
                result[index].set(.verse, "verse.line-breaks", layout == .web
                    ? "several lines in one block of a one-paragraph-per-line text"
                    : "lines end short of the wrap width on purpose")
            }
        }
        return result
    }

    /// A heading introduces text: something substantial must follow before the
    /// next heading, and the line before must not lead into it.
    static func headingFitsContext(_ units: [TextUnit], _ index: Int, kind: HeadingRule.Kind, layout: LayoutRule.Layout) -> Bool {
        var candidates = HeadingCandidates(count: units.count)
        return headingFitsContext(units, index, kind: kind, layout: layout, candidates: &candidates)
    }

    static func headingFitsContext(_ units: [TextUnit], _ index: Int, kind: HeadingRule.Kind, layout: LayoutRule.Layout,
                                   candidates: inout HeadingCandidates) -> Bool {
        // A line ending in a colon or a comma leads into what follows (a list, a signature).
        if index > 0, let mark = TextFacts.lastScalar(units[index - 1].text), mark == ":" || mark == "," { return false }
        if kind.isNumbered && isListItem(units, index, kind: kind) { return false }
        // A line a cite line follows is the end of a quotation or its signature.
        if index + 1 < units.count, citeLine(units[index + 1]) != nil { return false }
        if index + 1 < units.count, !units[index + 1].keepsLines, let first = units[index + 1].text.unicodeScalars.first,
           TextFacts.isLower(first) || TextFacts.dashes.contains(first) && BlockClassifier.citeLine(units[index + 1]) == nil {
            return false  // the sentence goes on in the next block
        }
        if layout == .wrapped && kind != .title { return true }
        // A line between two numbered sections of the same kind is the whole text of the
        // first (an aphorism, a one-line section), not a heading of its own.
        if kind == .title, index > 0, index + 1 < units.count,
           let above = candidates.candidate(units, index - 1, layout: layout), above.kind == .numeral || above.kind.isNumbered,
           candidates.candidate(units, index + 1, layout: layout)?.kind == above.kind {
            return false
        }
        // A title printed right under a chapter or part label is that chapter's title.
        if kind == .title, index > 0, let label = candidates.candidate(units, index - 1, layout: layout),
           [.part, .chapter, .section, .numeral].contains(label.kind) {
            return true
        }
        var next = index + 1
        while next < units.count, next <= index + 4 {
            let unit = units[next]
            if unit.wordCount >= 15 || unit.keepsLines { return true }
            if candidates.candidate(units, next, layout: layout) != nil { return kind != .title || layout == .wrapped }
            next += 1
        }
        return false
    }

    /// Numbered blocks next to each other ("1. Bread", "2. Peace") are a list, not headings:
    /// a numbered heading is followed by its section's text.
    static func isListItem(_ units: [TextUnit], _ index: Int, kind: HeadingRule.Kind) -> Bool {
        guard let value = ordinalValue(units[index]) else { return false }
        if index > 0, ordinalValue(units[index - 1]) == value - 1 { return true }
        if index + 1 < units.count, ordinalValue(units[index + 1]) == value + 1 { return true }
        return false
    }

    /// The number an ordinal at the start of the unit stands for ("IV." → 4, "2." → 2, "(B)" → 2).
    static func ordinalValue(_ unit: TextUnit) -> Int? {
        guard let first = TextFacts.words(unit.text.prefix(12)).first, let kind = HeadingRule.numberingKind(first) else { return nil }
        let core = first.filter { $0 != "." && $0 != ")" && $0 != "(" }
        switch kind {
        case .numberedArabic: return Int(core)
        case .numberedLetter: return core.unicodeScalars.first.map { Int($0.value) - 64 }
        case .numberedRoman: return romanValue(core)
        default: return nil
        }
    }

    static func romanValue(_ numeral: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        var previous = 0
        for character in numeral.uppercased().reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total
    }

    /// "* * *", "***", "#", "~~~": a break between scenes.
    static func isSceneBreak(_ unit: TextUnit) -> Bool {
        guard unit.isSingleLine, unit.text.utf8.count <= 40 else { return false }
        var symbols = 0
        for scalar in unit.text.unicodeScalars {
            switch scalar {
            case "*", "#", "~", "=", "\u{2022}", "\u{B7}", "\u{2042}", "\u{2217}": symbols += 1
            case " ", "\u{A0}": continue
            default: return false
            }
        }
        return symbols >= 1
    }

    /// "— Virgil", "—Edward Dacre, 1640.", "-- Shakespeare": the text after the dash.
    static func citeLine(_ unit: TextUnit) -> String? {
        guard unit.isSingleLine, unit.wordCount <= 15 else { return nil }
        // Every opening below starts with "-" or with the lead byte of a dash (E2): most lines bail here.
        guard let lead = unit.text.utf8.first, lead == 0x2D || lead == 0xE2 else { return nil }
        var rest = Substring(unit.text)
        if rest.hasPrefix("--") { rest = rest.dropFirst(2) } else if let first = rest.unicodeScalars.first,
           first == "\u{2014}" || first == "\u{2013}" || first == "\u{2015}" {
            rest = Substring(rest.unicodeScalars.dropFirst())
        } else {
            return nil
        }
        rest = TextFacts.trimmed(rest)
        guard let first = rest.unicodeScalars.first, TextFacts.isUpper(first) || TextFacts.isDigit(first) else { return nil }
        // A cite names; it does not run on into a clause ending in a dash.
        if let last = TextFacts.lastScalar(String(rest)), TextFacts.dashes.contains(last) || last == "," || last == ";" { return nil }
        return String(rest)
    }
}
