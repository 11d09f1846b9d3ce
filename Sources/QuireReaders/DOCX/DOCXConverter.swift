import QuireModel
import QuireXML

/// Walks `word/document.xml` (and the notes it refers to) into `OfficeBlock`s: paragraphs
/// with the kind their style and numbering give them, runs with their emphasis, links
/// through the part's relationships, footnotes and endnotes at their references, tables.
final class DOCXConverter {
    let styles: DOCXStyles
    let relationships: [String: String]
    let notes: [String: XMLNode]
    let assembler: OfficeAssembler
    let media: OfficeMedia
    /// Notes being read, so a note that refers to itself cannot loop.
    private var openNotes = Set<String>()

    init(styles: DOCXStyles, relationships: [String: String], notes: [String: XMLNode], assembler: OfficeAssembler, media: OfficeMedia) {
        self.styles = styles
        self.relationships = relationships
        self.notes = notes
        self.assembler = assembler
        self.media = media
    }

    // MARK: - Blocks

    /// The body's (or a note's, a cell's) block content, in order.
    func items(of container: XMLNode) -> [OfficeBlock] {
        var out: [OfficeBlock] = []
        readItems(container, into: &out)
        return out
    }

    private func readItems(_ container: XMLNode, into out: inout [OfficeBlock]) {
        for child in container.elements {
            switch child.name {
            case "p": out.append(.paragraph(paragraph(child)))
            case "tbl": out.append(.block(.table(table: table(child))))
            case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag":
                readItems(child.name == "sdt" ? (child.element("sdtContent") ?? child) : child, into: &out)
            default: break
            }
        }
    }

    private func paragraph(_ node: XMLNode) -> OfficeParagraph {
        let properties = node.element("pPr")
        let styleID = properties?.element("pStyle")?.wordAttribute("val")
        var kind = styles.kind(ofParagraphStyle: styleID) ?? .body
        if let level = properties?.element("outlineLvl")?.wordAttribute("val").flatMap({ Int($0) }), level < 9 {
            kind = .heading(level: level + 1)
        }
        let numbering = properties?.element("numPr").flatMap { numPr -> (String, Int)? in
            guard let list = numPr.element("numId")?.wordAttribute("val") else { return nil }
            return (list, numPr.element("ilvl")?.wordAttribute("val").flatMap { Int($0) } ?? 0)
        } ?? styles.numbering(ofParagraphStyle: styleID)
        if let (list, level) = numbering, let item = styles.listItem(list: list, level: level), !kind.isHeading {
            kind = .listItem(item)
        } else if kind == .body, let indent = properties?.element("ind"), DOCXStyles.isInset(indent) {
            kind = .quote
        }
        var runs = OfficeRuns()
        var pageBreak = properties?.element("pageBreakBefore")?.isOn ?? false
        var field = FieldState()
        readRuns(node, into: &runs, pageBreak: &pageBreak, field: &field)
        var result = OfficeParagraph(kind: kind, inlines: runs.inlines())
        result.pageBreakBefore = pageBreak
        switch properties?.element("jc")?.wordAttribute("val") {
        case "center"?: result.alignment = .center
        case "right"?, "end"?: result.alignment = .end
        default: break
        }
        return result
    }

    private func table(_ node: XMLNode) -> Table {
        var header: [[[Inline]]] = []
        var rows: [[[Inline]]] = []
        for row in node.elements where row.name == "tr" {
            let cells = row.elements.filter { $0.name == "tc" }.map { assembler.cell(items(of: $0)) }
            let isHeader = row.element("trPr")?.element("tblHeader")?.isOn ?? false
            if isHeader && rows.isEmpty { header.append(cells) } else { rows.append(cells) }
        }
        return assembler.table(header: header, rows: rows)
    }

    // MARK: - Runs

    /// Complex fields (`fldChar`): the instruction between begin and separate is code,
    /// not text; the result after separate is what the reader sees.
    private struct FieldState {
        var depth = 0
        var inInstruction = false
    }

    private func readRuns(_ node: XMLNode, into runs: inout OfficeRuns, pageBreak: inout Bool, field: inout FieldState) {
        for child in node.elements {
            switch child.name {
            case "r":
                readRun(child, into: &runs, pageBreak: &pageBreak, field: &field)
            case "hyperlink":
                var inner = OfficeRuns()
                readRuns(child, into: &inner, pageBreak: &pageBreak, field: &field)
                let target = DOCXReader.relationship(child, "id").flatMap { relationships[$0] }
                    ?? child.wordAttribute("anchor").map { "#" + $0 }
                if let target { runs.append(.link(url: target, title: nil, inlines: inner.inlines())) } else { runs.append(contentsOf: inner) }
            case "ins", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "moveTo", "bdo", "dir":
                readRuns(child, into: &runs, pageBreak: &pageBreak, field: &field)
            default:
                break  // pPr, bookmarks, deletions, comments' ranges, proofing marks
            }
        }
    }

    private func readRun(_ run: XMLNode, into runs: inout OfficeRuns, pageBreak: inout Bool, field: inout FieldState) {
        let format = runFormat(run.element("rPr"))
        for child in run.elements {
            switch child.name {
            case "fldChar":
                switch child.wordAttribute("fldCharType") {
                case "begin"?: field.depth += 1; field.inInstruction = true
                case "separate"?: field.inInstruction = false
                case "end"?: field.depth = max(0, field.depth - 1); field.inInstruction = false
                default: break
                }
            case _ where field.inInstruction:
                break
            case "t":
                runs.append(child.textContent, format)
            case "tab", "ptab":
                runs.append(" ", format)
            case "br", "cr":
                if child.wordAttribute("type") == "page" { pageBreak = true } else { runs.append(.lineBreak) }
            case "noBreakHyphen":
                runs.append("\u{2011}", format)
            case "sym":
                if let code = child.wordAttribute("char").flatMap({ UInt32($0, radix: 16) }),
                   let scalar = Unicode.Scalar(code < 0xF000 ? code : code - 0xF000) {
                    runs.append(String(Character(scalar)), format)
                }
            case "footnoteReference", "endnoteReference":
                if let id = child.wordAttribute("id"), let note = note(id: (child.name == "footnoteReference" ? "f" : "e") + id) {
                    runs.append(note)
                }
            case "drawing", "pict", "object":
                if let image = media.image(in: child, relationships: relationships) { runs.append(.image(image: image)) }
            case "AlternateContent":
                // Newer markup with a fallback for older readers: read the fallback only once.
                if let choice = child.elements.first(where: { $0.name == "Choice" }) ?? child.element("Fallback"),
                   let image = media.image(in: choice, relationships: relationships) {
                    runs.append(.image(image: image))
                }
            default:
                break  // rPr, lastRenderedPageBreak, deleted text, annotation references
            }
        }
    }

    private func runFormat(_ properties: XMLNode?) -> OfficeFormat {
        guard let properties else { return OfficeFormat() }
        var format = properties.element("rStyle")?.wordAttribute("val").map(styles.format(ofCharacterStyle:)) ?? OfficeFormat()
        if let italic = properties.element("i") { format.italic = italic.isOn }
        if let bold = properties.element("b") { format.bold = bold.isOn }
        if let font = properties.element("rFonts")?.wordAttribute("ascii"), DOCXStyles.isMonospace(font) { format.code = true }
        return format
    }

    private func note(id: String) -> Inline? {
        guard let node = notes[id], openNotes.insert(id).inserted else { return nil }
        defer { openNotes.remove(id) }
        return .note(blocks: assembler.blocks(items(of: node)))
    }
}

extension OfficeParagraph.Kind {
    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}

extension OfficeRuns {
    /// Appends another collection's pieces as they are (a link without a target).
    mutating func append(contentsOf other: OfficeRuns) {
        for inline in other.inlines() {
            if case .text(let text) = inline { append(text, OfficeFormat()) } else { append(inline) }
        }
    }
}

extension Block {
    /// A block's inlines where a table cell can hold only inlines.
    var inlinesForCell: [Inline] {
        switch self {
        case .paragraph(let inlines), .heading(_, _, let inlines): return inlines
        default: return [.text(text: plainText)]
        }
    }
}
