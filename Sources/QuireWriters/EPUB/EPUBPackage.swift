import QuireModel
import QuireXML

/// A manifest entry of the package document.
struct EPUBManifestItem {
    var id: String
    var path: String
    var mediaType: String
    var properties: String?
    /// In the spine, and whether it is in the reading order (`linear`).
    var spine: Linear?

    enum Linear { case yes, no }
}

/// The package files: `META-INF/container.xml`, which points at the package
/// document, and the package document (OPF) itself.
enum EPUBPackage {
    static func container() throws -> [UInt8] {
        let writer = XMLWriter(indent: true)
        writer.startDocument()
        writer.startElement("container", ["version": "1.0", "xmlns": "urn:oasis:names:tc:opendocument:xmlns:container"])
        writer.startElement("rootfiles")
        writer.startElement("rootfile", ["full-path": "EPUB/" + EPUBBook.packagePath, "media-type": "application/oebps-package+xml"])
        writer.endElement()
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }

    static func packageDocument(_ book: EPUBBook, items: [EPUBManifestItem]) throws -> [UInt8] {
        let writer = XMLWriter(indent: true)
        writer.startDocument()
        writer.startElement("package", [
            "xmlns": "http://www.idpf.org/2007/opf", "version": "3.0", "unique-identifier": "book-id",
            "xml:lang": book.language,
        ])
        writeMetadata(book, writer)
        writer.startElement("manifest")
        for item in items {
            writer.startElement("item", ["id": item.id, "href": item.path, "media-type": item.mediaType,
                                         "properties": item.properties])
            writer.endElement()
        }
        writer.endElement()
        // The NCX is listed for EPUB 2 reading systems, which find the table of contents through it.
        writer.startElement("spine", ["toc": "ncx"])
        for item in items {
            guard let linear = item.spine else { continue }
            writer.startElement("itemref", ["idref": item.id, "linear": linear == .no ? "no" : nil])
            writer.endElement()
        }
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }

    static func writeMetadata(_ book: EPUBBook, _ writer: XMLWriter) {
        let metadata = book.metadata
        writer.startElement("metadata", ["xmlns:dc": "http://purl.org/dc/elements/1.1/"])
        writer.element("dc:identifier", text: book.identifier, ["id": "book-id"])
        writer.element("dc:title", text: book.title, ["id": "title"])
        refine("title", "title-type", "main", writer)
        if let subtitle = book.subtitle {
            writer.element("dc:title", text: subtitle, ["id": "subtitle"])
            refine("subtitle", "title-type", "subtitle", writer)
        }
        for (index, author) in metadata.authors.enumerated() {
            let id = "creator-\(index + 1)"
            writer.element("dc:creator", text: author, ["id": id])
            refine(id, "role", "aut", writer, scheme: "marc:relators")
            refine(id, "file-as", EPUBMetadataText.fileAs(author), writer)
            if metadata.authors.count > 1 { refine(id, "display-seq", String(index + 1), writer) }
        }
        writer.element("dc:language", text: book.language)
        if let date = book.date { writer.element("dc:date", text: date) }
        for subject in metadata.subjects where !subject.trimmedOfWhitespace.isEmpty {
            writer.element("dc:subject", text: subject.trimmedOfWhitespace)
        }
        if let description = book.description { writer.element("dc:description", text: description) }
        optional("dc:publisher", metadata.publisher, writer)
        optional("dc:rights", metadata.rights, writer)
        optional("dc:source", metadata.source, writer)
        writer.element("meta", text: book.modified, ["property": "dcterms:modified"])
        if let cover = book.cover {
            // EPUB 2 reading systems find the cover through this; EPUB 3 ones through the manifest property.
            writer.startElement("meta", ["name": "cover", "content": cover.id])
            writer.endElement()
        }
        EPUBAccessibility(book: book).write(writer)
        writer.endElement()
    }

    static func refine(_ id: String, _ property: String, _ value: String, _ writer: XMLWriter, scheme: String? = nil) {
        writer.element("meta", text: value, ["refines": "#" + id, "property": property, "scheme": scheme])
    }

    static func optional(_ name: String, _ value: String?, _ writer: XMLWriter) {
        guard let value = value?.trimmedOfWhitespace, !value.isEmpty else { return }
        writer.element(name, text: value)
    }
}
