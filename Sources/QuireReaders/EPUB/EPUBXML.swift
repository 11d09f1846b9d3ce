import QuireXML

/// The book's own XML files (container, package, NCX) parsed safely, with
/// any failure naming the entry it came from.
enum EPUBXML {
    static func parse(_ bytes: [UInt8], entry: String) throws -> XMLDocument {
        do {
            return try SafeXMLParser.parse(bytes)
        } catch let error as QuireXMLError {
            throw ReaderError.malformed("'\(entry)' in the book cannot be read: \(error)")
        }
    }

    /// The `full-path` of the first package document `META-INF/container.xml` names.
    static func packagePath(in container: [UInt8]) throws -> String {
        let document = try parse(container, entry: "META-INF/container.xml")
        var found: String?
        func visit(_ node: XMLNode) {
            for child in node.elements where found == nil {
                if child.name == "rootfile", let path = child.attribute("full-path"),
                   (child.attribute("media-type") ?? "application/oebps-package+xml") == "application/oebps-package+xml" {
                    found = path
                }
                visit(child)
            }
        }
        visit(document.root)
        guard let found, let resolved = EPUBPath.resolve(found, from: "") else {
            throw ReaderError.malformed("META-INF/container.xml names no package document: the book is damaged")
        }
        return resolved.path
    }
}
