import QuireModel
import QuireXML

/// Walks a DocBook tree into a Document: structure here, metadata, blocks and inlines
/// in the extensions beside this file.
final class DocBookParser {
    typealias Role = DocBookVocabulary.Role
    typealias Remap = DocBookVocabulary.Remap

    let context: ConversionContext
    private var warned = Set<String>()
    /// Nesting of sectioning elements, so a section's heading gets its level.
    var sectionDepth = 0
    /// Heading ids the writer marked as chosen by an author (`<?quire explicit-id?>`).
    var explicitIDs = Set<String>()

    init(context: ConversionContext) {
        self.context = context
    }

    func warn(_ message: String) {
        if warned.insert(message).inserted { context.warn("docbook: " + message) }
    }

    /// Elements that open a level of the outline.
    static let sectioning: Set<String> = [
        "section", "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect", "chapter", "appendix",
        "preface", "part", "article", "refsection", "refsect1", "refsect2", "refsect3", "colophon",
        "dedication", "acknowledgements", "glossary", "bibliography", "reference", "refentry", "topic",
        "glossdiv", "bibliodiv", "qandadiv",
    ]

    /// `info` (DocBook 5) and its DocBook 4 forms named after their parent (`articleinfo`, `bookinfo`, …).
    static func isInfo(_ name: String) -> Bool {
        name == "info" || (name.hasSuffix("info") && name != "funcsynopsisinfo" && name != "classsynopsisinfo")
    }

    /// Whether an element belongs to DocBook (version 5's namespace, or none for version 4).
    func isDocBook(_ node: XMLNode) -> Bool {
        node.kind == .element && node.isInNoNamespaceOr(DocBookVocabulary.namespace)
    }

    // MARK: - Document

    func document(from root: XMLNode) throws -> Document {
        guard isDocBook(root) else {
            throw ReaderError.malformed(
                "not DocBook: the root element <\(root.name)> is in namespace '\(root.namespace ?? "")', not \(DocBookVocabulary.namespace)")
        }
        let rootName = root.name
        var metadata = Metadata()
        metadata.language = root.attribute("lang", namespace: DocBookVocabulary.xmlNamespace) ?? root.attribute("lang")
        if DocBookParser.isInfo(rootName) {
            readInfo(root, into: &metadata)
            return Document(metadata: metadata, blocks: [])
        }
        guard rootName == "book" || rootName == "set" || DocBookParser.sectioning.contains(rootName) else {
            // A fragment (a lone para, list or quote) is read as a document of that one block.
            guard DocBookParser.blockElements.contains(rootName) || DocBookParser.keptElements.contains(rootName) else {
                throw ReaderError.malformed(
                    "not a DocBook document: the root element is <\(rootName)>; give an <article>, <book>, <chapter>, <section> or a block such as <para>")
            }
            var blocks: [Block] = []
            readBlock(root, into: &blocks)
            return Document(metadata: metadata, blocks: blocks)
        }
        var blocks: [Block] = []
        for child in root.children {
            switch child.kind {
            case .element where isDocBook(child):
                switch child.name {
                case _ where DocBookParser.isInfo(child.name):
                    readInfo(child, into: &metadata)
                case "title":
                    metadata.title = inlines(of: child)
                case "subtitle":
                    metadata.subtitle = inlines(of: child)
                case "titleabbrev":
                    break
                default:
                    readBlock(child, into: &blocks)
                }
            case .processingInstruction:
                readBlockPI(child, into: &blocks)
            case .element, .text, .entityReference, .other:
                break
            }
        }
        return Document(metadata: metadata, blocks: blocks)
    }

    /// A section, chapter or the like: its heading, then its content one level deeper.
    func readSection(_ node: XMLNode, into blocks: inout [Block]) {
        if node.name == "preface", node.attribute("remap") == Remap.preamble {
            // The book's preamble: blocks before the first chapter, no heading of their own.
            readChildBlocks(node, into: &blocks, skipping: ["title", "info"])
            return
        }
        sectionDepth += 1
        defer { sectionDepth -= 1 }
        let level = node.attribute("remap").flatMap(Remap.headingLevel) ?? sectionDepth
        let id = headingID(node)
        var title: [Inline] = []
        for child in node.elements where isDocBook(child) {
            if child.name == "title" { title = inlines(of: child); break }
            if child.name == "refmeta" || child.name == "refnamediv",
               let name = child.elements.first(where: { $0.name == "refentrytitle" || $0.name == "refname" }) {
                title = inlines(of: name)
                break
            }
            if DocBookParser.isInfo(child.name),
               let infoTitle = child.elements.first(where: { $0.name == "title" }) {
                title = inlines(of: infoTitle)
                break
            }
        }
        blocks.append(.heading(level: level, id: id, inlines: title))
        readChildBlocks(node, into: &blocks, skipping: ["title", "info", "subtitle", "titleabbrev", "refmeta"])
    }

    /// The block children of a container, in order; a run of glossary or bibliography
    /// entries becomes one list.
    func readChildBlocks(_ node: XMLNode, into blocks: inout [Block], skipping: Set<String> = []) {
        var entries: [XMLNode] = []
        for child in node.children {
            if child.kind == .element, DocBookParser.entryElements.contains(child.name) {
                entries.append(child)
                continue
            }
            if !entries.isEmpty, child.kind == .element || child.kind == .processingInstruction {
                readEntries(entries, into: &blocks)
                entries = []
            }
            switch child.kind {
            case .element:
                guard isDocBook(child) else { continue }
                if skipping.contains(child.name) || DocBookParser.isInfo(child.name) { continue }
                readBlock(child, into: &blocks)
            case .processingInstruction:
                readBlockPI(child, into: &blocks)
            case .text:
                let text = child.content
                if text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) {
                    // Text loose among blocks (not valid DocBook, but seen): keep it as a paragraph.
                    blocks.append(.paragraph(inlines: InlineWhitespace.normalize([.text(text: text)])))
                }
            case .entityReference, .other:
                break
            }
        }
        if !entries.isEmpty { readEntries(entries, into: &blocks) }
    }

    func childBlocks(_ node: XMLNode, skipping: Set<String> = []) -> [Block] {
        var blocks: [Block] = []
        readChildBlocks(node, into: &blocks, skipping: skipping)
        return blocks
    }

    /// A section's or bridgehead's `xml:id`, noting whether the writer marked it as explicit.
    func headingID(_ node: XMLNode) -> String {
        // DocBook 4 has `id` where DocBook 5 has `xml:id`.
        let id = node.attribute("id", namespace: DocBookVocabulary.xmlNamespace) ?? node.attribute("id") ?? ""
        let marked = node.children.contains {
            $0.kind == .processingInstruction && $0.name == DocBookVocabulary.quirePI
                && $0.content == DocBookVocabulary.explicitIDData
        }
        if marked && !id.isEmpty { explicitIDs.insert(id) }
        return id
    }

    private func readBlockPI(_ node: XMLNode, into blocks: inout [Block]) {
        if node.name == DocBookVocabulary.sceneBreakPI { blocks.append(.sceneBreak) }
    }
}
