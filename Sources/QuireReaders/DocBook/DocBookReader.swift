import QuireModel
import QuireXML

/// Reads DocBook 5 (and namespace-less DocBook 4) articles and books: Quire's own output
/// back into the very tree it came from, and what pandoc or asciidoctor write.
///
/// Parsing goes through `SafeXMLParser`: no network, no DTDs, and documents that declare
/// entities are refused; the standard character entities of DocBook 4 come from a built-in
/// table (`StandardEntities`). The element mapping is the writer's (see `DocBookWriter`), read
/// backwards, plus the common elements other tools write.
public struct DocBookReader: DocumentReader {
    public static let format = FormatDescription(
        name: "docbook", aliases: ["docbook5", "dbk"], extensions: ["xml", "dbk"],
        summary: "DocBook 5 articles and books (Quire's, pandoc's, asciidoctor's)",
        mediaType: "application/docbook+xml")

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        let resolved = StandardEntities.resolve(options.lenient ? repaired(input, context) : input)
        if !resolved.undefined.isEmpty {
            let names = resolved.undefined.prefix(8).map { "&\($0);" }.joined(separator: ", ")
            let more = resolved.undefined.count > 8 ? " and \(resolved.undefined.count - 8) more" : ""
            context.warn("docbook: \(names)\(more) are not standard character entities and Quire loads no DTD to define them; each was kept as its name")
        }
        let xml = try SafeXMLParser.parse(resolved.bytes)
        let parser = DocBookParser(context: context)
        let document = try withExtendedLifetime(xml) { try parser.document(from: xml.root) }
        var result = HeadingIDCleanup.droppingDerivedIDs(document, keeping: parser.explicitIDs).limitingNesting(context: context)
        if let language = options.language { result.metadata.language = language }
        return result
    }

    /// With --lenient, invalid UTF-8 becomes U+FFFD (XML in other declared encodings is left to libxml2).
    private func repaired(_ input: [UInt8], _ context: ConversionContext) -> [UInt8] {
        let head = String(decoding: input.prefix(200), as: UTF8.self).lowercased()
        if head.contains("encoding="), !head.contains("encoding=\"utf-8\""), !head.contains("encoding='utf-8'") { return input }
        let text = Array(String(decoding: input, as: UTF8.self).utf8)
        if text != input { context.warn("docbook: invalid UTF-8 was replaced by U+FFFD") }
        return text
    }
}
