import QuireModel
import QuireXML

// Tables (CALS and HTML models), figures and images: the writer's informal forms
// back into the tree, and the formal ones (<table>, <figure> with a title) other tools write.

extension DocBookParser {
    func readTable(_ node: XMLNode) -> Table {
        var table = Table(alignments: [], rows: [])
        for child in node.elements where isDocBook(child) {
            switch child.name {
            case "title", "caption":
                table.caption = captionInlines(child)
            case "tgroup":
                for part in child.elements where isDocBook(part) {
                    switch part.name {
                    case "colspec": table.alignments.append(alignment(part.attribute("align")))
                    case "thead": table.header += rows(part)
                    case "tbody", "tfoot": table.rows += rows(part)
                    default: break
                    }
                }
            case "thead": table.header += rows(child)
            case "tbody", "tfoot": table.rows += rows(child)
            case "tr": table.rows += rows(node, only: child)
            case "col", "colgroup":
                let columns = child.name == "col" ? [child] : child.elements.filter { $0.name == "col" }
                table.alignments += columns.map { alignment($0.attribute("align")) }
            default: break
            }
        }
        return table
    }

    private func alignment(_ value: String?) -> Table.Alignment {
        value.flatMap(Table.Alignment.init(rawValue:)) ?? .default
    }

    /// The rows of a `thead`/`tbody` (CALS `row`/`entry` or HTML `tr`/`td`/`th`); the
    /// writer's stand-in row for an empty body is skipped.
    private func rows(_ node: XMLNode, only: XMLNode? = nil) -> [[[Inline]]] {
        let candidates = only.map { [$0] } ?? node.elements
        return candidates.filter { ($0.name == "row" || $0.name == "tr") && $0.attribute("role") != Role.empty }.map { row in
            row.elements.filter { ["entry", "td", "th"].contains($0.name) }.map { cell in
                let blocks = cell.elements.filter { DocBookParser.blockElements.contains($0.name) }
                return blocks.isEmpty ? inlines(of: cell) : childBlocks(cell).flatMap(\.inlineRuns).joined(separator: [.text(text: " ")]).map { $0 }
            }
        }
    }

    /// A caption's or title's text: a title's inlines, or the inlines of the caption's paragraphs.
    private func captionInlines(_ node: XMLNode) -> [Inline] {
        guard node.name == "caption", node.elements.contains(where: { DocBookParser.blockElements.contains($0.name) }) else {
            return inlines(of: node)
        }
        let runs = childBlocks(node).flatMap(\.inlineRuns)
        return Array(runs.joined(separator: [.text(text: " ")]))
    }

    /// A figure (`figure` with a title, `informalfigure` with a caption, or a bare `mediaobject`).
    func readFigure(_ node: XMLNode) -> Figure? {
        let media = node.name == "mediaobject" ? node : node.elements.first { $0.name == "mediaobject" }
        guard let media, let image = readImage(media) else {
            warn("a <\(node.name)> without an image was left out")
            return nil
        }
        var caption: [Inline] = []
        for child in node.elements + (node.name == "mediaobject" ? [] : media.elements) where child.name == "title" || child.name == "caption" {
            caption = captionInlines(child)
        }
        return Figure(image: image, caption: caption)
    }

    /// An image from a `mediaobject` or `inlinemediaobject`: source, `<alt>` (or a text
    /// object's phrase), and the title the writer keeps in `<textobject role="title">`.
    func readImage(_ node: XMLNode) -> Image? {
        let children = node.elements
        guard let data = children.first(where: { $0.name == "imageobject" })?.elements.first(where: { $0.name == "imagedata" }),
              let source = data.attribute("fileref") ?? data.attribute("entityref") else { return nil }
        var image = Image(source: source, alt: "")
        var alt: String?
        for child in children {
            switch (child.name, child.attribute("role")) {
            case ("alt", _): alt = child.textContent
            case ("textobject", Role.imageTitle?): image.title = plainText(child)
            case ("textobject", _): if alt == nil { alt = plainText(child) }
            default: break
            }
        }
        image.alt = alt ?? ""
        return image
    }
}
