import QuireModel
import QuireXML

/// An EPUB's package document (the OPF): its metadata records, the files it
/// holds (manifest) and the reading order (spine). EPUB 2 and 3 differ only
/// in details this keeps apart (refinements, `opf:role` attributes, the NCX).
struct OPFPackage {
    struct Item {
        var id: String
        /// The entry's full path in the archive.
        var path: String
        var mediaType: String
        var properties: [Substring]
    }

    /// One `dc:` element or `meta` of the metadata, with what refines it.
    struct Record {
        var name: String
        var value: String
        var id: String?
        var attributes: [String: String]
        /// `meta refines="#id" property="…"` values (EPUB 3), by property.
        var refinements: [String: String] = [:]
    }

    var version: String
    var uniqueIdentifier: String?
    var records: [Record] = []
    var items: [String: Item] = [:]
    /// The spine's items in reading order, with whether each is linear.
    var spine: [(item: Item, linear: Bool)] = []
    /// The EPUB 2 table of contents (`spine toc="ncx"`).
    var ncx: Item?
    /// EPUB 2's guide: what a document is (`cover`, `title-page`, `toc`), by path.
    var guide: [String: String] = [:]

    static let opfNamespace = "http://www.idpf.org/2007/opf"
    static let dcNamespace = "http://purl.org/dc/elements/1.1/"

    init(_ bytes: [UInt8], path: String) throws {
        let document = try EPUBXML.parse(bytes, entry: path)
        let root = document.root
        guard root.name == "package" else {
            throw ReaderError.malformed("'\(path)' is not an EPUB package document (its root is <\(root.name)>): the book is damaged")
        }
        version = root.attribute("version") ?? "2.0"
        uniqueIdentifier = root.attribute("unique-identifier")
        for section in root.elements {
            switch section.name {
            case "metadata": readMetadata(section)
            case "manifest": readManifest(section, packagePath: path)
            case "spine": readSpine(section)
            case "guide": readGuide(section, packagePath: path)
            default: continue
            }
        }
        guard !spine.isEmpty else {
            throw ReaderError.malformed("the package '\(path)' lists no documents in its spine: the book has no reading order")
        }
    }

    private mutating func readMetadata(_ metadata: XMLNode) {
        var byID: [String: Int] = [:]
        var refinements: [(target: String, property: String, value: String)] = []
        // EPUB 2 packages may wrap the records in <dc-metadata>/<x-metadata>.
        let elements = metadata.elements.flatMap { $0.name.hasSuffix("-metadata") ? $0.elements : [$0] }
        for element in elements {
            // Only ASCII white space collapses: a no-break space in a title ("Mr.\u{A0}Kipling") is meant.
            let value = element.textContent.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
            if element.name == "meta", let refines = element.attribute("refines"), let property = element.attribute("property") {
                refinements.append((String(refines.drop { $0 == "#" }), property, value))
                continue
            }
            var attributes: [String: String] = [:]
            for (name, attributeValue) in element.attributes { attributes[name] = attributeValue }
            let name = element.namespace == Self.dcNamespace ? "dc:" + element.name : element.name
            let id = element.attribute("id")
            if let id { byID[id] = records.count }
            records.append(Record(name: name, value: value, id: id, attributes: attributes))
        }
        for refinement in refinements {
            guard let index = byID[refinement.target] else { continue }
            records[index].refinements[refinement.property] = refinement.value
        }
    }

    private mutating func readManifest(_ manifest: XMLNode, packagePath: String) {
        for element in manifest.elements where element.name == "item" {
            guard let id = element.attribute("id"), let href = element.attribute("href"),
                  let target = EPUBPath.resolve(href, from: packagePath) else { continue }
            let properties = (element.attribute("properties") ?? "").split(separator: " ")
            items[id] = Item(id: id, path: target.path, mediaType: element.attribute("media-type") ?? "", properties: properties)
        }
    }

    private mutating func readSpine(_ spineElement: XMLNode) {
        ncx = spineElement.attribute("toc").flatMap { items[$0] }
        for element in spineElement.elements where element.name == "itemref" {
            guard let idref = element.attribute("idref"), let item = items[idref] else { continue }
            spine.append((item, element.attribute("linear") != "no"))
        }
    }

    private mutating func readGuide(_ guideElement: XMLNode, packagePath: String) {
        for element in guideElement.elements where element.name == "reference" {
            guard let type = element.attribute("type"), let href = element.attribute("href"),
                  let target = EPUBPath.resolve(href, from: packagePath), guide[target.path] == nil else { continue }
            guide[target.path] = type.lowercased()
        }
    }

    /// The records named `name` (`dc:title`, `meta`), in order.
    func records(_ name: String) -> [Record] {
        records.filter { $0.name == name }
    }

    /// The manifest's navigation document (EPUB 3).
    var navigation: Item? {
        items.values.first { $0.properties.contains("nav") }
    }
}
