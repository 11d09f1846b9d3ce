import QuireModel
import QuireXML

/// Walks `office:text` into `OfficeBlock`s: `text:h` and styled `text:p` by their
/// kind, lists by their nesting, tables, sections; inside paragraphs spans with their
/// emphasis, links, notes (footnotes and endnotes alike), breaks, spaces and images.
final class ODTConverter {
    let styles: ODTStyles
    let assembler: OfficeAssembler
    let media: OfficeMedia
    private var listCount = 0

    init(styles: ODTStyles, assembler: OfficeAssembler, media: OfficeMedia) {
        self.styles = styles
        self.assembler = assembler
        self.media = media
    }

    // MARK: - Blocks

    func items(of container: XMLNode) -> [OfficeBlock] {
        var out: [OfficeBlock] = []
        readItems(container, list: nil, into: &out)
        return out
    }

    /// `list` is the enclosing list's identity, style and depth, for paragraphs inside items.
    private func readItems(_ container: XMLNode, list: (id: String, style: String?, level: Int)?, into out: inout [OfficeBlock]) {
        for child in container.elements {
            switch child.name {
            case "p", "h":
                var paragraph = paragraph(child)
                if let list, !paragraph.kind.isHeading {
                    let style = list.style ?? styles.listStyle(ofParagraphStyle: child.odfAttribute("style-name"))
                    let numbering = styles.numbering(style, level: list.level + 1)
                    paragraph.kind = .listItem(OfficeListItem(list: list.id, level: list.level, ordered: numbering.ordered,
                                                              start: numbering.start))
                }
                out.append(.paragraph(paragraph))
            case "list":
                listCount += 1
                let style = child.odfAttribute("style-name") ?? list?.style
                let inner = (id: list?.id ?? "list\(listCount)", style: style, level: list.map { $0.level + 1 } ?? 0)
                for item in child.elements where item.name == "list-item" || item.name == "list-header" {
                    readItems(item, list: inner, into: &out)
                }
            case "table":
                out.append(.block(.table(table: table(child))))
            case "section", "list-item", "deletion-free-container":
                readItems(child, list: list, into: &out)
            default:
                break  // sequence declarations, tables of contents, tracked changes, forms
            }
        }
    }

    private func paragraph(_ node: XMLNode) -> OfficeParagraph {
        let style = node.odfAttribute("style-name")
        var kind = styles.kind(ofParagraphStyle: style) ?? .body
        if node.name == "h" {
            let level = node.odfAttribute("outline-level").flatMap { Int($0) } ?? 1
            if !(kind == .title || kind == .subtitle) { kind = .heading(level: max(1, level)) }
        }
        var runs = OfficeRuns()
        readRuns(node, format: OfficeFormat(), into: &runs)
        var result = OfficeParagraph(kind: kind, inlines: runs.inlines())
        result.alignment = styles.alignment(ofParagraphStyle: style)
        result.pageBreakBefore = styles.breaksPage(style)
        return result
    }

    private func table(_ node: XMLNode) -> Table {
        var header: [[[Inline]]] = []
        var rows: [[[Inline]]] = []
        func readRows(_ parent: XMLNode, asHeader: Bool) {
            for child in parent.elements {
                switch child.name {
                case "table-header-rows": readRows(child, asHeader: true)
                case "table-rows", "table-row-group": readRows(child, asHeader: asHeader)
                case "table-row":
                    let cells = child.elements.filter { $0.name == "table-cell" }.map { assembler.cell(items(of: $0)) }
                    if asHeader { header.append(cells) } else { rows.append(cells) }
                default: break
                }
            }
        }
        readRows(node, asHeader: false)
        return assembler.table(header: header, rows: rows)
    }

    // MARK: - Inlines

    private func readRuns(_ node: XMLNode, format: OfficeFormat, into runs: inout OfficeRuns) {
        for child in node.children {
            switch child.kind {
            case .text:
                runs.append(Self.collapsed(child.content), format)
            case .element:
                readInline(child, format: format, into: &runs)
            case .processingInstruction, .entityReference, .other:
                break
            }
        }
    }

    private func readInline(_ node: XMLNode, format: OfficeFormat, into runs: inout OfficeRuns) {
        switch node.name {
        case "span":
            var inner = styles.format(ofTextStyle: node.odfAttribute("style-name"))
            inner.italic = inner.italic || format.italic
            inner.bold = inner.bold || format.bold
            inner.code = inner.code || format.code
            readRuns(node, format: inner, into: &runs)
        case "a":
            var inner = OfficeRuns()
            readRuns(node, format: OfficeFormat(), into: &inner)
            runs.append(.link(url: node.odfAttribute("href") ?? "", title: node.odfAttribute("title"), inlines: inner.inlines()), format)
        case "note":
            if let body = node.elements.first(where: { $0.name == "note-body" }) {
                runs.append(.note(blocks: assembler.blocks(items(of: body))))
            }
        case "line-break":
            runs.append(.lineBreak)
        case "tab":
            runs.append(" ", format)
        case "s":
            runs.append(String(repeating: " ", count: min(node.odfAttribute("c").flatMap { Int($0) } ?? 1, 1000)), format)
        case "frame":
            if let image = image(node) { runs.append(.image(image: image)) }
        case "note-citation", "bookmark", "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start",
             "reference-mark-end", "annotation", "annotation-end", "soft-page-break", "change", "change-start", "change-end",
             "alphabetical-index-mark", "toc-mark", "ruby-text":
            break
        default:
            // Fields (dates, titles, sequences), meta, ruby bases: their text.
            readRuns(node, format: format, into: &runs)
        }
    }

    private func image(_ frame: XMLNode) -> Image? {
        guard let picture = frame.elements.first(where: { $0.name == "image" }), let path = picture.odfAttribute("href"),
              !path.contains("://") else { return nil }
        // The frame's name ("Image1") is a handle, not a description.
        let alt = frame.elements.first { $0.name == "desc" || $0.name == "title" }?.textContent ?? ""
        return media.image(path: path.hasPrefix("./") ? String(path.dropFirst(2)) : path, alt: alt)
    }

    /// ODF collapses runs of white space in text to one space (`text:s` writes the rest).
    static func collapsed(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if !space { out.unicodeScalars.append(" ") }
                space = true
            } else {
                out.unicodeScalars.append(scalar)
                space = false
            }
        }
        return out
    }
}
