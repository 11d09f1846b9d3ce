import QuireModel

public struct MarkdownWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "markdown", aliases: ["md"], extensions: ["md", "markdown"],
        summary: "Markdown (CommonMark with YAML metadata, footnotes, pipe tables)", mediaType: "text/markdown")
    public init() {}
    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        WriterOutput(bytes: [])
    }
}
