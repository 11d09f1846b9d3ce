import QuireModel

/// Dumps the document tree as versioned JSON (read back by `JSONReader`).
public struct JSONWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "json", extensions: ["json"], summary: "Quire's document tree as JSON",
        mediaType: "application/json")

    public init() {}

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        let document = document.limitingNesting(context: context)
        return WriterOutput(bytes: try QuireJSON.encode(document))
    }
}
