import QuireModel

// Blocks where HTML allows only phrasing content: a print footnote is a
// <span> inside its paragraph (a block there would end the paragraph), yet
// a note may hold a list, a quote or verse. Each block becomes a run of
// inline markup, runs separated by line breaks, so nothing is dropped.

extension HTMLRenderer {
    /// Writes blocks as inline runs separated by `<br/>`.
    func renderInSpan(_ blocks: [Block]) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { lineBreak() }
            renderInSpan(block)
        }
    }

    func renderInSpan(_ block: Block) {
        switch block {
        case .paragraph(let inlines), .heading(_, _, let inlines):
            render(inlines)
        case .blockQuote(let quote):
            renderInSpan(quote.blocks)
            if quote.attribution != nil || quote.distinctCitation != nil {
                lineBreak()
                renderSource(of: quote, markingTheName: false)
            }
        case .list(let list):
            for (index, item) in list.items.enumerated() {
                if index > 0 { lineBreak() }
                writer.text(list.ordered ? "\(list.start + index). " : "\u{2022} ")
                renderInSpan(item)
            }
        case .verse(let lines):
            for (index, line) in lines.enumerated() {
                if index > 0 { lineBreak() }
                render(line)
            }
        case .preformatted(let text):
            element("code") { writer.text(text) }
        case .sceneBreak:
            writer.text("*\u{2003}*\u{2003}*")
        case .division(let division):
            renderInSpan(division.blocks)
        case .table(let table):
            // A row per line, cells apart by an em space: the table's words survive.
            for (index, row) in (table.header + table.rows).enumerated() {
                if index > 0 { lineBreak() }
                for (column, cell) in row.enumerated() {
                    if column > 0 { writer.text("\u{2003}") }
                    render(cell)
                }
            }
        case .figure(let figure):
            renderImage(figure.image)
            if !figure.caption.isEmpty {
                lineBreak()
                render(figure.caption)
            }
        case .raw(let format, let text):
            renderRaw(format: format, text: text)
        }
    }

    func lineBreak() {
        writer.startElement("br")
        writer.endElement()
    }
}
