import QuireModel
import QuireXML

/// Reads OpenDocument text (`.odt`, LibreOffice and others): `content.xml` with the
/// styles of `styles.xml` resolved, and `meta.xml` as metadata. The paragraphs are
/// made into the tree by `OfficeAssembler`, as Word documents are.
public struct ODTReader: DocumentReader {
    public static let format = FormatDescription(
        name: "odt", aliases: ["opendocument"], extensions: ["odt"],
        summary: "OpenDocument text (LibreOffice): styles, lists, notes, tables, images",
        mediaType: "application/vnd.oasis.opendocument.text", isBinary: true)

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        let package = try OfficePackage(input, format: "odt")
        if package.zip.contains("mimetype") {
            let type = String(decoding: try package.zip.read("mimetype"), as: UTF8.self).trimmingSpaces
            guard type.hasPrefix("application/vnd.oasis.opendocument.text") else {
                throw ReaderError.malformed("not an OpenDocument text: its mimetype is '\(type.prefix(80))'; give a .odt file")
            }
        }
        let content = try package.requiredXML("content.xml")
        let stylesPart = try package.xml("styles.xml")
        let meta = try package.xml("meta.xml")
        return withExtendedLifetime([content, stylesPart, meta]) {
            var metadata = Metadata()
            if let meta, let fields = meta.root.elements.first(where: { $0.name == "meta" }) {
                OfficePackage.readDublinCore(fields, into: &metadata)
            }
            var styles = ODTStyles()
            if let stylesPart { styles.read(stylesPart.root) }
            styles.read(content.root)
            let assembler = OfficeAssembler(context: context, format: "odt")
            let converter = ODTConverter(styles: styles, assembler: assembler,
                                         media: OfficeMedia(zip: package.zip, context: context, format: "odt"))
            let text = content.root.elements.first { $0.name == "body" }?.elements.first { $0.name == "text" }
            var result = assembler.document(text.map(converter.items(of:)) ?? [], metadata: metadata)
            if let language = options.language { result.metadata.language = language }
            return result
        }
    }
}
