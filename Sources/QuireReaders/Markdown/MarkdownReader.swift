import QuireModel

/// Reads CommonMark 0.31.2 and, with `extensions`, the pandoc-style additions
/// authors rely on (YAML metadata, footnotes, pipe tables, figures, smart
/// punctuation, quote attributions, citations, fenced divisions).
///
/// The extension set is a property of the reader, not of `ReaderOptions`:
/// options say how to read *any* input, while the dialect is what the format
/// *is*. So the registry lists two readers of one type: `markdown` (the Quire
/// dialect, everything on) and `commonmark` (strict, everything off).
public struct MarkdownReader: DocumentReader {
    public static let format = FormatDescription(
        name: "markdown", aliases: ["md"], extensions: ["md", "markdown"],
        summary: "Markdown: CommonMark with YAML metadata, footnotes, pipe tables, smart punctuation",
        mediaType: "text/markdown")

    public let extensions: MarkdownExtensions

    public init(extensions: MarkdownExtensions = .quire) {
        self.extensions = extensions
    }

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        let text = try TextInput.decode(input, lenient: options.lenient)
        return read(decoded: text, options: options, context: context)
    }

    /// Parses text that is already clean UTF-8 with LF line ends.
    func read(decoded text: [UInt8], options: ReaderOptions, context: ConversionContext) -> Document {
        var metadata = Metadata()
        var bodyStart = 0
        if extensions.contains(.yamlMetadata), let front = YAMLFrontMatter.split(text, context: context) {
            metadata = YAMLFrontMatter.metadata(from: front.yaml, context: context, extensions: extensions)
            bodyStart = front.bodyStart
        }
        let root = text.withUnsafeBufferPointer { buffer in
            var parser = MarkdownBlockParser(buffer: UnsafeBufferPointer(rebasing: buffer[bodyStart...]),
                                             extensions: extensions)
            return parser.parse()
        }
        if root.flattenedNesting > 0 {
            context.warn("block quotes, lists or divisions nest deeper than \(Nesting.limit) levels from line \(root.firstFlattenedLine): \(root.flattenedNesting) deeper marker\(root.flattenedNesting == 1 ? " is" : "s are") kept as text")
        }
        if options.language != nil { metadata.language = options.language }
        let builder = MarkdownTreeBuilder(extensions: extensions, references: root.references,
                                          footnotes: root.footnotes, context: context)
        builder.noteBudget += 2 * text.count
        let blocks = builder.blocks(root.document)
        if builder.flattenedSpans > 0 {
            context.warn("emphasis, links or quotations nest deeper than \(Nesting.limit) levels: \(builder.flattenedSpans) deeper span\(builder.flattenedSpans == 1 ? " is" : "s are") kept as plain text")
        }
        builder.warnUnusedNotes()
        return Document(metadata: metadata, blocks: blocks).limitingNesting(context: context)
    }
}

/// The strict CommonMark reader: the same parser with no extensions.
public struct CommonMarkReader: DocumentReader {
    public static let format = FormatDescription(
        name: "commonmark", aliases: ["cmark"], extensions: [],
        summary: "strict CommonMark 0.31.2, no extensions", mediaType: "text/markdown")

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        try MarkdownReader(extensions: .commonMark).read(input, options: options, context: context)
    }
}
