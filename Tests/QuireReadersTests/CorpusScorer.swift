import QuireModel
@testable import QuireReaders

/// Precision and recall of one kind of structure, counted over items.
struct Score: Codable {
    var truePositives = 0
    var predicted = 0
    var expected = 0

    var precision: Double { predicted == 0 ? (expected == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    var recall: Double { expected == 0 ? (predicted == 0 ? 1 : 0) : Double(truePositives) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var cell: String { String(format: "%.2f/%.2f/%.2f", precision, recall, f1) }

    static func + (a: Score, b: Score) -> Score {
        Score(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, expected: a.expected + b.expected)
    }
}

/// A structure the reader missed or invented, with where it is and the rule that decided there.
struct Miss {
    var document: String
    var line: Int
    var kind: String
    var expected: String
    var found: String
    var rule: String

    var description: String { "\(document):\(line) \(kind): expected \(expected), found \(found) [\(rule)]" }
}

struct DocumentScore {
    var name: String
    var headings = Score()
    var quotes = Score()
    var citations: Score?
    var titleRight = false
    var authorRight = false
    var misses: [Miss] = []
}

/// Scores the reader's tree against a labelled text by the corpus READMEs' rules:
/// white space normalised; headings by level and text (text alone for web copy); block
/// quotes by their first and last eight words, quotation marks aside (the first words
/// alone for web copy), a quote adjacent to the one before may be read as one with it;
/// citations by their text.
enum CorpusScorer {
    /// One thing found or expected: the key it is matched by, and words to find it in the input.
    struct Item {
        var key: String
        var shown: String
    }

    static func score(_ text: LabelledText, input: [UInt8], analysis: PlainTextAnalysis) -> DocumentScore {
        let document = analysis.document
        let locator = Locator(input: input, decisions: analysis.decisions, document: text.name)
        var result = DocumentScore(name: text.name)
        let webCopy = text.quotes.first?.lastWords == nil && text.citations == nil

        let gotHeadings = headings(document, levels: !webCopy)
        let expectedHeadings = text.headings.map { Item(key: normalise($0), shown: normalise(webCopy ? $0 : String($0.drop { $0 != " " }.dropFirst()))) }
        result.headings = match(gotHeadings, expectedHeadings, kind: "heading", locator: locator, into: &result.misses)

        let gotQuotes = quotes(document, firstBlockOnly: webCopy)
        let expectedQuotes = merged(text.quotes, given: Set(gotQuotes.map(\.key)))
        result.quotes = match(gotQuotes, expectedQuotes, kind: "blockquote", locator: locator, into: &result.misses)

        if let cited = text.citations {
            let expected = cited.map { Item(key: normalise($0), shown: normalise($0)) }
            let got = citations(in: document).map { Item(key: normalise($0), shown: normalise($0)) }
            result.citations = match(got, expected, kind: "citation", locator: locator, into: &result.misses)
        }

        let title = normalise(document.metadata.plainTitle)
        result.titleRight = title == normalise(text.title)
        if !result.titleRight {
            result.misses.append(locator.miss("title", expected: quoted(text.title), found: quoted(title), at: text.title))
        }
        let author = document.metadata.authors.first.map(normalise)
        result.authorRight = author == text.author.map(normalise)
        if !result.authorRight {
            result.misses.append(locator.miss("author", expected: text.author.map(quoted) ?? "none", found: author.map(quoted) ?? "none",
                                              at: text.author ?? author ?? ""))
        }
        return result
    }

    /// True positives counted as a multiset intersection; what is left on either side is a miss.
    static func match(_ got: [Item], _ expected: [Item], kind: String, locator: Locator, into misses: inout [Miss]) -> Score {
        var remaining = expected
        var hits = 0
        for item in got {
            if let index = remaining.firstIndex(where: { $0.key == item.key }) {
                remaining.remove(at: index)
                hits += 1
            } else {
                misses.append(locator.miss(kind, expected: "none", found: "\(kind) \(quoted(item.shown))", at: item.shown))
            }
        }
        for item in remaining {
            misses.append(locator.miss(kind, expected: quoted(item.shown), found: nil, at: item.shown))
        }
        return Score(truePositives: hits, predicted: got.count, expected: expected.count)
    }

    static func headings(_ document: Document, levels: Bool) -> [Item] {
        document.blocks.compactMap { block in
            guard case .heading(let level, _, let inlines) = block else { return nil }
            let text = normalise(inlines.plainText)
            return Item(key: levels ? "\(level) \(text)" : text, shown: text)
        }
    }

    /// A quote's key: its first and last eight words (web copy: the first eight of its first block).
    static func quotes(_ document: Document, firstBlockOnly: Bool) -> [Item] {
        document.blocks.compactMap { block in
            guard case .blockQuote(let quote) = block else { return nil }
            let text = firstBlockOnly ? quote.blocks.first?.plainText ?? "" : quote.blocks.map(\.plainText).joined(separator: " ")
            let words = normalise(text).split(separator: " ")
            let first = words.prefix(8).joined(separator: " ")
            return Item(key: quoteKey(first, firstBlockOnly ? nil : words.suffix(8).joined(separator: " ")), shown: first)
        }
    }

    static func quoteKey(_ first: String, _ last: String?) -> String {
        let head = TextFacts.strippingOuterQuotes(normalise(first))
        return last.map { "\(head) … \(TextFacts.strippingOuterQuotes(normalise($0)))" } ?? head
    }

    /// The expected quotes, where a run of adjacent ones that the reader read as one quote
    /// (its first words from the run's first, its last from the run's last) counts as one.
    static func merged(_ quotes: [ExpectedQuote], given found: Set<String>) -> [Item] {
        var items: [Item] = []
        var index = 0
        while index < quotes.count {
            var end = index
            var longest = index
            while end + 1 < quotes.count, quotes[end + 1].adjacentToPrevious {
                end += 1
                if found.contains(quoteKey(quotes[index].firstWords, quotes[end].lastWords)) { longest = end }
            }
            items.append(Item(key: quoteKey(quotes[index].firstWords, quotes[longest].lastWords), shown: normalise(quotes[index].firstWords)))
            index = longest + 1
        }
        return items
    }

    /// Every citation the reader found: inline ones, those on quotations, and block quotes' (from cite lines).
    static func citations(in document: Document) -> [String] {
        var found: [String] = []
        document.forEachBlock { block in
            if case .blockQuote(let quote) = block, let citation = quote.citation { found.append(citation.text) }
        }
        document.forEachInline { inline in
            switch inline {
            case .citation(let citation), .quoted(_, _, let citation?): found.append(citation.text)
            default: break
            }
        }
        return found
    }

    /// Collapses every run of Unicode white space to one ASCII space.
    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func quoted(_ text: String) -> String {
        "\u{201C}" + (text.count > 60 ? String(text.prefix(57)) + "…" : text) + "\u{201D}"
    }
}

/// Finds where a piece of text starts in the input and the decision the reader took there.
struct Locator {
    private var words: [(word: Substring, line: Int)] = []
    private let decisions: [BlockDecision]
    private let document: String

    init(input: [UInt8], decisions: [BlockDecision], document: String) {
        self.decisions = decisions.filter { $0.kind != "layout" }
        self.document = document
        for (offset, line) in String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for word in line.split(whereSeparator: { $0.isWhitespace }) {
                let bare = Self.bare(word)
                if !bare.isEmpty { words.append((bare, offset + 1)) }
            }
        }
    }

    /// A word without quotation marks, which the reader's tree and the truth may print differently.
    static func bare(_ word: Substring) -> Substring {
        word.contains(where: { "\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{AB}\u{BB}".contains($0) })
            ? Substring(word.filter { !"\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{AB}\u{BB}".contains($0) }) : word
    }

    /// The 1-based line where the first words of `text` occur, or 0.
    func line(of text: String) -> Int {
        let wanted = text.split(whereSeparator: { $0.isWhitespace }).map(Self.bare).filter { !$0.isEmpty }.prefix(5)
        guard !wanted.isEmpty, words.count >= wanted.count else { return 0 }
        for start in 0...(words.count - wanted.count) where words[start].word == wanted.first! {
            if zip(wanted, words[start...]).allSatisfy({ $0 == $1.word }) { return words[start].line }
        }
        return 0
    }

    func miss(_ kind: String, expected: String, found: String?, at text: String) -> Miss {
        let line = line(of: text)
        let decision = decisions.last { $0.line <= max(line, 1) }
        return Miss(document: document, line: line, kind: kind, expected: expected,
                    found: found ?? decision.map { $0.kind } ?? "nothing", rule: decision?.rule ?? "none")
    }
}
