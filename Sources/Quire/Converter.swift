/// Reads with one format and writes with another: the library's one-call API.
///
/// ```swift
/// let converter = Converter(registry: .standard)
/// let epub = try converter.convert(bytes, from: "plain", to: "epub")
/// ```
public struct Converter: Sendable {
    public var registry: FormatRegistry
    public var readerOptions: ReaderOptions
    public var writerOptions: WriterOptions
    public var metadata: MetadataOverrides

    public init(registry: FormatRegistry = .standard, readerOptions: ReaderOptions = ReaderOptions(),
                writerOptions: WriterOptions = WriterOptions(), metadata: MetadataOverrides = MetadataOverrides()) {
        self.registry = registry
        self.readerOptions = readerOptions
        self.writerOptions = writerOptions
        self.metadata = metadata
    }

    /// Reads `input` into a tree, with the metadata overrides applied.
    public func read(_ input: [UInt8], from format: String, context: ConversionContext) throws -> Document {
        var document = try registry.reader(named: format).read(input, options: readerOptions, context: context)
        document.metadata = metadata.apply(to: document.metadata)
        return document
    }

    /// Renders a tree.
    public func write(_ document: Document, to format: String, context: ConversionContext) throws -> [UInt8] {
        try registry.writer(named: format).write(document, options: writerOptions, context: context).bytes
    }

    /// Reads and writes in one go.
    public func convert(_ input: [UInt8], from: String, to: String,
                        context: ConversionContext = ConversionContext()) throws -> [UInt8] {
        try write(read(input, from: from, context: context), to: to, context: context)
    }
}
