import QuireXML

/// What one pass over the whole page finds before any decision is taken: the
/// metadata sources, every `id` (for footnotes), the in-page links, and the
/// elements that declare themselves the main content.
struct HTMLScan {
    var root: XMLNode
    var body: XMLNode?
    var head: XMLNode?
    var titleText: String?
    /// `<meta>` values by lower-cased `name`, `property` or `itemprop`, in order.
    var metas: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var canonicalURL: String?
    var ids: [String: XMLNode] = [:]
    /// Links to an anchor on the same page (`href="#..."`): footnote calls and backlinks.
    var fragmentLinks: [XMLNode] = []
    /// `<article>`, `<main>`, `role="main"`, `itemprop="articleBody"` elements.
    var semanticCandidates: [XMLNode] = []
    /// Whether the markup is an ebook's (`epub:type`, Standard Ebooks): all of the
    /// body is content, there is no page chrome to take away.
    var isEbookMarkup = false

    init(_ root: XMLNode) {
        self.root = root
        isEbookMarkup = root.hasAttribute(named: "xmlns:epub") || root.hasAttribute(named: "epub:prefix")
        visit(root, inSVG: false)
    }

    private mutating func visit(_ node: XMLNode, inSVG: Bool) {
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            guard current.kind == .element else { continue }
            let tag = HTMLTag(current)
            note(current, tag: tag, inSVG: inSVG)
            visit(current, inSVG: inSVG || tag == .svg || tag == .math)
        }
    }

    private mutating func note(_ node: XMLNode, tag: HTMLTag, inSVG: Bool) {
        if let id = node.attribute(named: "id"), ids[id] == nil { ids[id] = node }
        switch tag {
        case .body:
            if body == nil { body = node }
            if node.hasAttribute(named: "epub:type") { isEbookMarkup = true }
        case .head:
            if head == nil { head = node }
        case .title where !inSVG:
            if titleText == nil { titleText = node.textContent.collapsingWhitespace }
        case .meta:
            let key = node.attribute(named: "property") ?? node.attribute(named: "name") ?? node.attribute(named: "itemprop")
            // `property="dc:title og:title"` names the value twice.
            if let key, let content = node.attribute(named: "content") {
                for name in key.lowercased().split(separator: " ") { metas.append((String(name), content.collapsingWhitespace)) }
            }
        case .link:
            if canonicalURL == nil, let rel = node.attribute(named: "rel"), rel.lowercased() == "canonical" {
                canonicalURL = node.attribute(named: "href")
            }
        case .script:
            if let type = node.attribute(named: "type"), type.lowercased() == "application/ld+json" {
                jsonLD.append(node.textContent)
            }
        case .a:
            if let href = node.attribute(named: "href"), href.hasPrefix("#"), href.count > 1 {
                fragmentLinks.append(node)
            }
        case .article, .main:
            semanticCandidates.append(node)
        default:
            if node.hasRole("main") || node.attribute(named: "itemprop") == "articleBody" {
                semanticCandidates.append(node)
            }
        }
    }

    /// The first `<meta>` value for any of `keys`, in the order of `keys`.
    func meta(_ keys: String...) -> String? {
        for key in keys {
            if let found = metas.first(where: { $0.key == key }), !found.value.isEmpty { return found.value }
        }
        return nil
    }

    /// Every `<meta>` value for `key`.
    func metaValues(_ key: String) -> [String] {
        metas.filter { $0.key == key && !$0.value.isEmpty }.map(\.value)
    }
}
