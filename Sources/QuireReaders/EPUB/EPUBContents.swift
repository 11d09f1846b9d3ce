import QuireModel
import QuireXML
import QuireZip

/// The book's own table of contents (the EPUB 3 navigation document, else
/// the EPUB 2 NCX): which element each entry points to, and how deep it sits.
/// It confirms heading levels, and makes headings of the chapter titles that
/// books set as styled paragraphs (`<p class="chapter-title">`).
struct EPUBContents {
    struct Entry {
        var path: String
        var fragment: String?
        var depth: Int
        var label: String
    }

    var entries: [Entry] = []

    init(package: OPFPackage, archive: ZipReader) {
        if let nav = package.navigation, let bytes = try? archive.read(nav.path),
           let (document, _) = try? SafeHTMLParser.parse(bytes), let root = document.rootElement {
            withExtendedLifetime(document) { readNavigation(root, path: nav.path) }
        }
        if entries.isEmpty, let ncx = package.ncx, let bytes = try? archive.read(ncx.path),
           let document = try? SafeXMLParser.parse(bytes) {
            withExtendedLifetime(document) { readNCX(document.root, path: ncx.path, depth: 0) }
        }
    }

    // MARK: - EPUB 3 navigation document

    private mutating func readNavigation(_ root: XMLNode, path: String) {
        var toc: XMLNode?
        HTMLWalk.elements(below: root) { element, tag in
            if toc == nil, tag == .nav, element.hasEPUBType("toc") || element.hasRole("doc-toc") { toc = element }
            return toc == nil
        }
        guard let toc, let list = toc.childElements.first(where: { HTMLTag($0) == .ol || HTMLTag($0) == .ul }) else { return }
        readList(list, path: path, depth: 1)
    }

    private mutating func readList(_ list: XMLNode, path: String, depth: Int) {
        for item in list.childElements where HTMLTag(item) == .li {
            for child in item.childElements {
                switch HTMLTag(child) {
                case .a: add(href: child.attribute(named: "href"), label: child.textContent, from: path, depth: depth)
                case .ol, .ul: readList(child, path: path, depth: depth + 1)
                default: continue
                }
            }
        }
    }

    // MARK: - EPUB 2 NCX

    private mutating func readNCX(_ node: XMLNode, path: String, depth: Int) {
        for child in node.elements {
            guard child.name == "navPoint" else {
                if child.name == "navMap" { readNCX(child, path: path, depth: depth) }
                continue
            }
            let label = child.elements.first { $0.name == "navLabel" }?.textContent ?? ""
            let source = child.elements.first { $0.name == "content" }?.attribute("src")
            add(href: source, label: label, from: path, depth: depth + 1)
            readNCX(child, path: path, depth: depth + 1)
        }
    }

    private mutating func add(href: String?, label: String, from path: String, depth: Int) {
        guard let href, let target = EPUBPath.resolve(href, from: path) else { return }
        entries.append(Entry(path: target.path, fragment: target.fragment.map(EPUBPath.percentDecoded),
                             depth: depth, label: label.collapsingWhitespace))
    }

    // MARK: - Headings

    /// The elements the contents point to that are titles set as paragraphs
    /// (their text is the entry's label), with the heading level each takes:
    /// the entry's depth, shifted as the book's real headings are shifted from theirs.
    func titleParagraphs(in documents: [EPUBContentDocument]) -> [XMLNode: Int] {
        var byPath: [String: EPUBContentDocument] = [:]
        for document in documents { byPath[document.path] = document }
        var offsets: [Int: Int] = [:]
        var promoted: [(XMLNode, Int)] = []
        for entry in entries {
            guard let document = byPath[entry.path], let fragment = entry.fragment,
                  let target = document.ids[fragment] else { continue }
            if let level = HTMLTag(target).headingLevel {
                offsets[level - entry.depth, default: 0] += 1
            } else if HTMLTag(target) == .p || HTMLTag(target) == .div,
                      target.textContent.collapsingWhitespace.lowercased() == entry.label.lowercased(), !entry.label.isEmpty {
                promoted.append((target, entry.depth))
            }
        }
        let offset = offsets.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key ?? 0
        var levels: [XMLNode: Int] = [:]
        for (node, depth) in promoted { levels[node] = min(max(depth + offset, 1), 6) }
        return levels
    }
}
