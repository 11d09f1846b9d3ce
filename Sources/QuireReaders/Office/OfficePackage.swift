import QuireModel
import QuireXML
import QuireZip

/// A word-processor file opened as what it is, a ZIP of XML parts: each part parsed
/// through `SafeXMLParser` (no DTDs, no entities), and the Dublin Core metadata both
/// DOCX (`docProps/core.xml`) and ODT (`meta.xml`) use.
struct OfficePackage {
    let zip: ZipReader
    let format: String

    init(_ bytes: [UInt8], format: String) throws {
        guard ZipReader.looksLikeArchive(bytes) else {
            throw ReaderError.malformed("not a \(format.uppercased()) file: it is not a ZIP archive; give a document saved by a word processor")
        }
        zip = try ZipReader(bytes)
        self.format = format
    }

    /// The parsed part called `name`, or nil if the archive has none.
    func xml(_ name: String) throws -> XMLDocument? {
        guard zip.contains(name) else { return nil }
        do {
            return try SafeXMLParser.parse(try zip.read(name))
        } catch let error as QuireXMLError {
            throw ReaderError.malformed("\(format.uppercased()) part '\(name)' is broken: \(error)")
        }
    }

    /// The part called `name`, which the format requires.
    func requiredXML(_ name: String) throws -> XMLDocument {
        guard let document = try xml(name) else {
            throw ReaderError.malformed("not a \(format.uppercased()) file: the archive has no '\(name)'; give a document saved by a word processor")
        }
        return document
    }

    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// Title, creators, language, subjects, description, date and rights from Dublin
    /// Core elements (and the keywords beside them) anywhere under `node`.
    static func readDublinCore(_ node: XMLNode, into metadata: inout Metadata) {
        for child in node.elements {
            let text = child.textContent.trimmingSpaces
            guard !text.isEmpty else { continue }
            switch (child.namespace == dublinCore, child.name) {
            case (true, "title"): metadata.title = [.text(text: text)]
            case (true, "creator"), (false, "initial-creator"):
                if !metadata.authors.contains(text) { metadata.authors.append(text) }
            case (true, "language"): metadata.language = text
            case (true, "subject"), (false, "keyword"): metadata.subjects.append(text)
            case (false, "keywords"):
                metadata.subjects += text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            case (true, "description"): metadata.abstract = [.paragraph(inlines: [.text(text: text)])]
            case (true, "date"), (false, "created"): if metadata.date == nil { metadata.date = String(text.prefix(10)) }
            case (true, "rights"): metadata.rights = text
            case (true, "publisher"): metadata.publisher = text
            case (true, "identifier"): metadata.identifier = text
            default: break
            }
        }
    }
}
