import QuireModel

/// Reads plain text where nothing is marked up (web copy or hard-wrapped
/// e-text) and finds its structure with a pipeline of small named rules,
/// each in its own file:
///
/// 1. `Segmenter`: blank-line-separated blocks, indentation kept.
/// 2. `LayoutRule`: one paragraph per line (web) or wrapped at a width (e-text).
/// 3. `Unwrapper`: wrapped lines joined; lines broken on purpose (verse) kept;
///    `NoBreakSpaceRule`: a no-break space beside a space is one space.
/// 4. `GutenbergFrameRule`, `FrontMatterRule`: title, kicker, subtitle, byline,
///    tags, author bio, date, lead; Project Gutenberg header and licence.
/// 5. `BlockClassifier` with `HeadingRule`: headings, scene breaks, cite lines, verse.
/// 6. `QuoteRule`, `ListRule`: block quotes by indentation or by what a reader sees
///    in web copy; bulleted and numbered lists.
/// 7. `LetterRule`, `AttributionRule`: letters, sign-offs, "— Name" cite lines.
/// 8. `DocumentAssembler` with `InlineParser` and `CitationRule`: the tree, quotations
///    and citations inside paragraphs, heading levels.
///
/// Every rule records why it decided (`BlockDecision`), which `quire inspect` prints.
public struct PlainTextReader: DocumentReader {
    public static let format = FormatDescription(
        name: "plain", aliases: ["txt", "text"], extensions: ["txt", "text"],
        summary: "plain text: web copy or hard-wrapped e-text, structure inferred")

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        try analyze(input, options: options, explains: false).document
    }

    /// The document together with the decision taken for every block, for `quire inspect`.
    public func analyze(_ input: [UInt8], options: ReaderOptions) throws -> PlainTextAnalysis {
        try analyze(input, options: options, explains: true)
    }

    /// `explains: false` skips recording the body's decisions (a plain read).
    func analyze(_ input: [UInt8], options: ReaderOptions, explains: Bool) throws -> PlainTextAnalysis {
        let text = try TextInput.decode(input, lenient: options.lenient)
        var (layout, units) = Self.units(text)

        let (front, body) = Self.frontMatter(units)
        // The body is cut out of the units in place rather than copied, and the units are
        // dropped once classified: two fewer copies of every unit at the peak.
        units.removeSubrange(body.upperBound...)
        units.removeSubrange(..<body.lowerBound)
        var items = BlockClassifier.classify(units, layout: layout.layout)
        units = []
        QuoteRule.apply(&items, layout: layout.layout)
        ListRule.apply(&items)
        LetterRule.apply(&items)
        AttributionRule.apply(&items)
        let assembled = DocumentAssembler.assemble(&items, explains: explains)
        items = []

        var metadata = front.metadata
        metadata.language = options.language ?? LanguageDetector.detect(String(decoding: text.prefix(100_000), as: UTF8.self))
        let layoutDecision = BlockDecision(line: 1, kind: "layout", rule: "layout.\(layout.layout.rawValue)",
                                           evidence: layout.evidence, excerpt: "")
        return PlainTextAnalysis(document: Document(metadata: metadata, blocks: assembled.blocks),
                                 decisions: [layoutDecision] + (front.decisions + assembled.decisions).sorted { $0.line < $1.line })
    }
}

extension PlainTextReader {
    /// The metadata and the units of the body: from a Project Gutenberg header when
    /// there is one, else from the lines above the body.
    /// The body is returned as the range of `units` it takes up.
    static func frontMatter(_ units: [TextUnit]) -> (FrontMatterRule.Result, Range<Int>) {
        guard let frame = GutenbergFrameRule.apply(units) else {
            let front = FrontMatterRule.apply(units, inlines: InlineParser.parse)
            return (front, front.bodyStart..<units.count)
        }
        var front: FrontMatterRule.Result
        let body: Range<Int>
        if let title = frame.title {
            front = FrontMatterRule.Result()
            front.metadata.title = InlineParser.parse(title)
            front.metadata.authors = frame.authors
            body = frame.body
        } else {
            let book = Array(units[frame.body])
            front = FrontMatterRule.apply(book, inlines: InlineParser.parse)
            if front.metadata.authors.isEmpty { front.metadata.authors = frame.authors }
            body = (frame.body.lowerBound + front.bodyStart)..<frame.body.upperBound
        }
        front.decisions += frame.decisions
        return (front, body)
    }

    /// Stages 1–3 in a function of their own, so the raw blocks (and the strings of
    /// wrapped blocks, which unwrapping has joined anew) are freed before the tree is built.
    static func units(_ text: [UInt8]) -> (LayoutRule.Result, [TextUnit]) {
        var raw = Segmenter.segment(text)
        let layout = LayoutRule.detect(raw)
        var units: [TextUnit] = []
        units.reserveCapacity(raw.count)
        for index in raw.indices {
            units.append(Unwrapper.unit(from: raw[index], layout: layout))
            NoBreakSpaceRule.apply(&units[units.count - 1])
            // A wrapped block's own string is not needed once its text is joined: free it
            // now, so its memory serves the next joined text.
            raw[index].rawLines = []
        }
        return (layout, units)
    }
}

/// The reader's result with its reasons.
public struct PlainTextAnalysis: Sendable {
    public var document: Document
    public var decisions: [BlockDecision]
}

/// Why a block of the input became what it became.
public struct BlockDecision: Sendable, Hashable {
    /// 1-based line of the input where the block starts.
    public var line: Int
    /// What it became: `title`, `heading`, `paragraph`, `blockquote`, ...
    public var kind: String
    /// The name of the rule that decided.
    public var rule: String
    /// What the rule saw.
    public var evidence: String
    /// The start of the block's text (at most 80 characters).
    public var excerpt: String

    /// The first 80 characters of a block, so decisions do not hold a second copy of the text.
    static func excerpt(_ text: Substring) -> String {
        let utf8 = text.utf8
        guard utf8.count > 80 else { return String(text) }
        // Cut at a scalar boundary within the first 80 bytes.
        var end = utf8.index(utf8.startIndex, offsetBy: 80)
        while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(Substring(utf8[..<end]))
    }

    public init(line: Int, kind: String, rule: String, evidence: String, excerpt: String) {
        self.line = line
        self.kind = kind
        self.rule = rule
        self.evidence = evidence
        self.excerpt = excerpt
    }
}
