import QuireModel
import QuireXML

/// The HTML reader's book mode, the entry the EPUB reader uses: a content
/// document of a book is all text, so there is no article to find and no
/// chrome to strip (only scripts, styles and hidden elements go), heading
/// levels are the book's own, and notes may sit in another file of the book.
struct HTMLBookMode {
    let converter: HTMLConverter

    /// - Parameters:
    ///   - bodies: the `<body>` of every document that will be read.
    ///   - footnotes: the notes of the whole book, found across its files.
    ///   - titleLevels: titles set as paragraphs, which are read as headings of these levels.
    init(bodies: [XMLNode], footnotes: Footnotes, titleLevels: [XMLNode: Int] = [:]) {
        var skip = footnotes.hidden
        for body in bodies { skip.formUnion(PageCleaner.chrome(below: body, ebook: true, title: TitleMatcher([]))) }
        converter = HTMLConverter(skip: skip, footnotes: footnotes)
        converter.keepsDivisions = true
        converter.titleLevels = titleLevels
    }

    /// The blocks of one document's body, headings at the levels its markup gives;
    /// `imageSource` names each image's file as the book holds it.
    func blocks(of body: XMLNode, imageSource: @escaping (String) -> String) -> [Block] {
        converter.imageSource = imageSource
        defer { converter.imageSource = nil }
        return converter.blocks(for: body, tag: HTMLTag(body))
    }

    /// Inline content of `node` (a title, a subtitle), as the converter reads it.
    func inlines(of node: XMLNode) -> [Inline] {
        converter.finish(converter.inlines(of: node))
    }

    /// Blocks inside `node` (an abstract, an author note).
    func blocks(inChildrenOf node: XMLNode) -> [Block] {
        converter.blocks(inChildrenOf: node)
    }

    /// Reports what the book's text lost, once for the whole book.
    func reportLosses(to context: ConversionContext) {
        converter.reportLosses(to: context)
    }
}

extension HTMLConverter {
    /// A `<div>` with `data-*` attributes, which a book's markup (and Quire's
    /// writer) uses for a generic division of the tree: its classes and
    /// attributes kept. Web pages put data attributes on every wrapper, so only book mode asks.
    func markedDivision(_ node: XMLNode, tag: HTMLTag) -> Block? {
        guard tag == .div else { return nil }
        var attributes: [String: String] = [:]
        for (name, value) in node.attributes where name.hasPrefix("data-") { attributes[name] = value }
        guard !attributes.isEmpty else { return nil }
        let classes = (node.attribute(named: "class") ?? "").split(separator: " ").map(String.init)
        return .division(division: Division(classes: classes, attributes: attributes, blocks: blocks(inChildrenOf: node)))
    }

    /// Warnings for what the reading had to leave out (notes it could not
    /// find, media, formatting the tree cannot hold).
    func reportLosses(to context: ConversionContext) {
        if unresolvedCalls > 0 {
            context.warn("\(unresolvedCalls) note reference(s) point to notes in another file; their numbers were left out")
        }
        if !droppedMedia.isEmpty {
            let list = droppedMedia.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            context.warn("embedded media left out of the article (\(list)): a document cannot play or frame them")
        }
        if !flattened.isEmpty {
            let list = flattened.sorted { $0.key < $1.key }.map { "\($0.value) <\($0.key)>" }.joined(separator: ", ")
            context.note("formatting kept as plain text (\(list)): the document tree has no superscript, subscript or deletion")
        }
    }
}
