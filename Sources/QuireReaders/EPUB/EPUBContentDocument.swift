import QuireModel
import QuireXML

/// One XHTML document of the spine, parsed and kept alive while the book is
/// read (notes in one file are called from another), with its ids and links.
final class EPUBContentDocument {
    let path: String
    let document: XMLDocument
    let body: XMLNode
    /// Elements by `id`, for links from any file of the book.
    private(set) var ids: [String: XMLNode] = [:]
    /// `<a href>` elements whose target has a `#fragment`.
    private(set) var fragmentLinks: [XMLNode] = []

    init?(path: String, bytes: [UInt8], lenient: Bool) throws {
        self.path = path
        let prepared = try HTMLInput.prepare(bytes, lenient: lenient)
        let parsed: XMLDocument
        do {
            parsed = try SafeHTMLParser.parse(prepared.bytes, encoding: prepared.encoding).0
        } catch QuireXMLError.emptyDocument {
            return nil
        }
        document = parsed
        guard let root = parsed.rootElement else { return nil }
        var body: XMLNode?
        HTMLWalk.elements(below: root) { element, tag in
            if tag == .body, body == nil { body = element }
            return true
        }
        guard let body else { return nil }
        self.body = body
        HTMLWalk.elements(below: body) { element, tag in
            if let id = element.attribute(named: "id"), self.ids[id] == nil { self.ids[id] = element }
            if tag == .a, let href = element.attribute(named: "href"), href.contains("#") { self.fragmentLinks.append(element) }
            return true
        }
    }

    /// Whether the body (or its one top element) is marked as `kind`: `cover`,
    /// `titlepage`, `toc` (EPUB 3 `epub:type` or its DPUB-ARIA role).
    func isMarked(_ kind: String) -> Bool {
        var node: XMLNode? = body
        // Through <main>/<section>/<div> wrappers that hold nothing else.
        while let current = node {
            if current.hasEPUBType(kind) || current.hasRole("doc-" + kind) { return true }
            let children = current.childElements.filter { !HTMLTag($0).isNeverContent }
            node = children.count == 1 ? children[0] : nil
        }
        return false
    }

    /// The first element below the body marked as `kind` by class, `epub:type` or role.
    func first(_ kind: String, below node: XMLNode? = nil) -> XMLNode? {
        var found: XMLNode?
        HTMLWalk.elements(below: node ?? body) { element, _ in
            if found == nil, element.hasEPUBType(kind) || element.hasRole("doc-" + kind) || element.hasClass(kind) {
                found = element
            }
            return found == nil
        }
        return found
    }

    /// Whether the document shows nothing to read: a cover image, a blank page.
    var hasNoText: Bool {
        body.textContent.allSatisfy { $0.isWhitespace }
    }
}
