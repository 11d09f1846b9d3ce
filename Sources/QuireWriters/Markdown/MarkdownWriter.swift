import QuireModel

/// Writes the Markdown dialect the `markdown` reader reads: CommonMark with a
/// YAML metadata block, footnotes, pipe tables, smart quotes, attribution
/// lines and pandoc's fenced divisions for what Markdown has no syntax for
/// (quote roles, verse, divisions with attributes). Reading the output back
/// gives the same tree; what cannot be written is reported as a warning.
public struct MarkdownWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "markdown", aliases: ["md"], extensions: ["md", "markdown"],
        summary: "Markdown: CommonMark with YAML metadata, footnotes, pipe tables, smart punctuation",
        mediaType: "text/markdown")

    public init() {}

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        let document = document.limitingNesting(context: context)
        let renderer = MarkdownRenderer(warn: { context.warn($0) })
        var out = MarkdownMetadata.yaml(document.metadata, renderer: renderer)
        out += renderer.document(document.blocks)
        return WriterOutput(string: out)
    }
}
