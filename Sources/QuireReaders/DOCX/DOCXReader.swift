import QuireModel
import QuireXML

/// Reads Word documents (`.docx`, Office Open XML): the text with its styles resolved
/// (title, subtitle, headings, quotes, lists, code), emphasis, links, notes, tables and
/// images, with `docProps/core.xml` as metadata. See `OfficeAssembler` for what is made
/// of manuscripts' blank paragraphs, line breaks and title pages.
public struct DOCXReader: DocumentReader {
    public static let format = FormatDescription(
        name: "docx", aliases: ["word"], extensions: ["docx"],
        summary: "Word documents (Office Open XML): styles, lists, notes, tables, images",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", isBinary: true)

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Strict Office Open XML (ISO/IEC 29500 strict) names the same attributes in another namespace.
    static let strictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships"

    /// A relationship id attribute (`r:id`, `r:embed`) in either namespace.
    static func relationship(_ node: XMLNode, _ name: String) -> String? {
        node.attribute(name, namespace: relationshipsNamespace) ?? node.attribute(name, namespace: strictRelationshipsNamespace)
    }

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        let package = try OfficePackage(input, format: "docx")
        let document = try package.requiredXML("word/document.xml")
        let styles = try package.xml("word/styles.xml")
        let numbering = try package.xml("word/numbering.xml")
        let footnotes = try package.xml("word/footnotes.xml")
        let endnotes = try package.xml("word/endnotes.xml")
        let relationships = try package.xml("word/_rels/document.xml.rels")
        let core = try package.xml("docProps/core.xml")
        return withExtendedLifetime([document, styles, numbering, footnotes, endnotes, relationships, core]) {
            var metadata = Metadata()
            if let core { OfficePackage.readDublinCore(core.root, into: &metadata) }
            var notes: [String: XMLNode] = [:]
            for (prefix, part) in [("f", footnotes), ("e", endnotes)] {
                for note in part?.root.elements ?? [] {
                    // Separators are the rule above the notes, not notes.
                    guard let id = note.wordAttribute("id"), note.wordAttribute("type") == nil || note.wordAttribute("type") == "normal" else { continue }
                    notes[prefix + id] = note
                }
            }
            let assembler = OfficeAssembler(context: context, format: "docx")
            let converter = DOCXConverter(
                styles: DOCXStyles(styles: styles?.root, numbering: numbering?.root),
                relationships: relationships.map { Self.targets($0.root) } ?? [:], notes: notes, assembler: assembler,
                media: OfficeMedia(zip: package.zip, context: context, format: "docx"))
            let body = document.root.element("body") ?? document.root
            var result = assembler.document(converter.items(of: body), metadata: metadata)
            if let language = options.language { result.metadata.language = language }
            return result
        }
    }

    /// Relationship id → target (a URL for links, a path beside document.xml for images).
    private static func targets(_ root: XMLNode) -> [String: String] {
        var targets: [String: String] = [:]
        for relationship in root.elements where relationship.name == "Relationship" {
            if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") { targets[id] = target }
        }
        return targets
    }
}
