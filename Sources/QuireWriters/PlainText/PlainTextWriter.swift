import QuireModel

/// Clean plain text for reading and archiving: wrapped paragraphs, headings
/// set off by underlines, block quotes indented with "— Name" under them,
/// notes numbered and listed at the end.
public struct PlainTextWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "plain", aliases: ["txt", "text"], extensions: ["txt", "text"],
        summary: "clean plain text, wrapped (or not) with notes at the end")

    public init() {}

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        let document = document.limitingNesting(context: context)
        var renderer = PlainTextRenderer(options: options, marks: .forLanguage(document.metadata.language))
        renderer.render(document)
        for warning in renderer.warnings { context.warn(warning) }
        return WriterOutput(bytes: renderer.output)
    }
}
