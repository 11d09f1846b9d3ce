import QuireModel

/// Reads plain text where nothing is marked up (web copy or hard-wrapped
/// e-text) and finds its structure with a pipeline of small named rules.
public struct PlainTextReader: DocumentReader {
    public static let format = FormatDescription(
        name: "plain", aliases: ["txt", "text"], extensions: ["txt", "text"],
        summary: "plain text: web copy or hard-wrapped e-text, structure inferred")

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        try analyze(input, options: options).document
    }

    /// The document together with the decision taken for every block, for `quire inspect`.
    public func analyze(_ input: [UInt8], options: ReaderOptions) throws -> PlainTextAnalysis {
        let text = try TextInput.decode(input, lenient: options.lenient)
        let blocks = Segmenter.segment(text)
        var decisions: [BlockDecision] = []
        var body: [Block] = []
        var metadata = Metadata()
        for (index, block) in blocks.enumerated() {
            if index == 0 {
                let title = block.lines.joined(separator: " ")
                metadata.title = [.text(text: title)]
                decisions.append(BlockDecision(line: block.firstLine, kind: "title", rule: "first-block",
                                               evidence: "the first block of the text", excerpt: title))
                continue
            }
            let paragraph = block.lines.joined(separator: " ")
            decisions.append(BlockDecision(line: block.firstLine, kind: "paragraph", rule: "default",
                                           evidence: "no other rule matched", excerpt: paragraph))
            body.append(.paragraph(inlines: [.text(text: paragraph)]))
        }
        metadata.language = options.language ?? LanguageDetector.detect(String(decoding: text, as: UTF8.self))
        return PlainTextAnalysis(document: Document(metadata: metadata, blocks: body), decisions: decisions)
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
    /// The start of the block's text.
    public var excerpt: String

    public init(line: Int, kind: String, rule: String, evidence: String, excerpt: String) {
        self.line = line
        self.kind = kind
        self.rule = rule
        self.evidence = evidence
        self.excerpt = excerpt
    }
}
