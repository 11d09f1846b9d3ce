import QuireModel
import QuireXML

/// Streams one document as DocBook through `XMLWriter`; see `DocBookWriter` for the mapping.
final class DocBookRenderer {
    typealias Role = DocBookVocabulary.Role
    typealias Remap = DocBookVocabulary.Remap

    let xml = XMLWriter()
    let context: ConversionContext
    let book: Bool
    /// Nesting of block elements, for the hand-made indentation.
    var depth = 0
    private var indents: [String] = ["\n"]
    private var usedIDs = Set<String>()
    /// Heading ids the tree had before the writer derived the missing ones.
    private var explicitIDs = Set<String>()
    private var warned = Set<String>()

    /// Where we are, for the Schematron's exclusions (no footnote, epigraph, sidebar or
    /// admonition inside a footnote; no sidebar in a sidebar; no admonition in an admonition).
    var inFootnote = false
    var inSidebar = false
    var inAdmonition = false

    init(context: ConversionContext, book: Bool) {
        self.context = context
        self.book = book
    }

    func finish() throws -> [UInt8] { try xml.finish() }

    /// Reports content DocBook cannot hold, once per kind of problem.
    func warn(_ message: String) {
        if warned.insert(message).inserted { context.warn("docbook: " + message) }
    }

    // MARK: - Layout

    /// Starts a block-level element on its own, indented line.
    func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        newline()
        xml.startElement(name, attributes)
        depth += 1
    }

    /// Closes a block-level element opened with `open`; `hasBlocks` puts the end tag on its own line.
    func close(hasBlocks: Bool = true) {
        depth -= 1
        if hasBlocks { newline() }
        xml.endElement()
    }

    func newline() {
        while indents.count <= depth { indents.append(indents[indents.count - 1] + "  ") }
        xml.text(indents[depth])
    }

    // MARK: - Document

    func render(_ document: Document) {
        document.forEachBlock { if case .heading(_, let id, _) = $0, !id.isEmpty { explicitIDs.insert(id) } }
        let outlined = document.assigningHeadingIDs()
        let outline = Outline(blocks: outlined.blocks)
        let metadata = document.metadata
        xml.startDocument()
        xml.startElement(book ? "book" : "article")
        xml.attribute("xmlns", DocBookVocabulary.namespace)
        xml.attribute("xmlns:xlink", DocBookVocabulary.xlinkNamespace)
        xml.attribute("version", "5.0")
        if let language = metadata.language, !language.isEmpty { xml.attribute("xml:lang", language) }
        depth = 1
        renderInfo(metadata)
        if book {
            if !outline.preamble.isEmpty {
                open("preface", ["remap": Remap.preamble])
                open("title")
                close(hasBlocks: false)
                renderBlocks(outline.preamble)
                close()
            }
        } else {
            renderBlocks(outline.preamble, required: outline.sections.isEmpty)
        }
        for section in outline.sections { renderSection(section, depth: 1) }
        depth = 0
        newline()
        xml.endElement()
    }

    private func renderSection(_ section: Section, depth nesting: Int) {
        let name = book && nesting == 1 ? "chapter" : "section"
        open(name, ["xml:id": xmlID(section.id),
                    "remap": section.level == nesting ? nil : Remap.heading(section.level)])
        markExplicitID(section.id)
        renderTitle(section.title)
        renderBlocks(section.blocks, required: section.subsections.isEmpty)
        for subsection in section.subsections { renderSection(subsection, depth: nesting + 1) }
        close()
    }

    func renderTitle(_ inlines: [Inline], element: String = "title") {
        newline()
        xml.startElement(element)
        renderInlines(inlines)
        xml.endElement()
    }

    /// Renders blocks; where DocBook needs at least one (`required`), an empty run gets a stand-in.
    func renderBlocks(_ blocks: [Block], required: Bool = true) {
        if blocks.isEmpty {
            if required {
                newline()
                xml.startElement("para", ["role": Role.empty])
                xml.endElement()
            }
            return
        }
        for block in blocks { render(block) }
    }

    // MARK: - Identifiers

    /// Marks an id an author chose, so the reader does not mistake it for a derived one.
    func markExplicitID(_ id: String) {
        if explicitIDs.contains(id) {
            xml.processingInstruction(DocBookVocabulary.quirePI, DocBookVocabulary.explicitIDData)
        }
    }

    /// A valid, unique `xml:id` for a heading id; ids that are not XML names or repeat are
    /// rewritten, with a warning, so the document stays valid.
    func xmlID(_ id: String) -> String? {
        guard !id.isEmpty else { return nil }
        var candidate = DocBookText.isNCName(id) ? id : DocBookText.ncName(from: id)
        if candidate != id { warn("the heading id '\(id)' is not an XML name; written as '\(candidate)'") }
        if usedIDs.contains(candidate) {
            let base = candidate
            var counter = 2
            while usedIDs.contains("\(base)-\(counter)") { counter += 1 }
            candidate = "\(base)-\(counter)"
            warn("the heading id '\(id)' is used twice; the second is written as '\(candidate)'")
        }
        usedIDs.insert(candidate)
        return candidate
    }
}
