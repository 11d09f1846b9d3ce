import QuireModel
import QuireXML

// Lists, tables and figures.

extension HTMLConverter {
    // MARK: - Lists

    func list(_ node: XMLNode, ordered: Bool) -> [Block] {
        var items: [[Block]] = []
        // Tight as CommonMark and Quire's writers render it: no item sets its text in <p>.
        var tight = true
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            guard current.kind == .element, !skip.contains(current) else { continue }
            let tag = HTMLTag(current)
            switch tag {
            case .li:
                if tight, current.childElements.contains(where: { HTMLTag($0) == .p }) { tight = false }
                let blocks = blocks(inChildrenOf: current)
                if !blocks.isEmpty { items.append(blocks) }
            case .ul, .ol:
                // A list straight inside a list (no `<li>` around it) belongs to the item before.
                let nested = list(current, ordered: tag == .ol)
                if items.isEmpty { items.append(nested) } else { items[items.count - 1] += nested }
            default:
                if tag.isNeverContent { continue }
                let blocks = tag.isBlock ? self.blocks(for: current, tag: tag) : finish(inlines(of: current)).paragraphBlocks
                if !blocks.isEmpty { items.append(blocks) }
            }
        }
        guard !items.isEmpty else { return [] }
        let start = node.attribute(named: "start").flatMap { Int($0.trimmingASCIISpaces) } ?? 1
        return [.list(list: ListBlock(ordered: ordered, start: start, items: items, tight: tight))]
    }

    /// A definition list: each term, in bold, with its definitions, as one item.
    func definitionList(_ node: XMLNode) -> [Block] {
        var items: [[Block]] = []
        for child in node.childElements where !skip.contains(child) {
            switch HTMLTag(child) {
            case .dt:
                let term = finish(inlines(of: child))
                if !term.isEmpty { items.append([.paragraph(inlines: [.strong(inlines: term)])]) }
            case .dd:
                let blocks = blocks(inChildrenOf: child)
                if items.isEmpty { items.append(blocks) } else { items[items.count - 1] += blocks }
            default:
                items.append(blocks(inChildrenOf: child))
            }
        }
        items.removeAll { $0.isEmpty }
        return items.isEmpty ? [] : [.list(list: ListBlock(ordered: false, items: items))]
    }

    // MARK: - Tables

    func table(_ node: XMLNode) -> [Block] {
        if isLayoutTable(node) {
            return rows(of: node).flatMap { $0.cells.flatMap { blocks(inChildrenOf: $0) } }
        }
        var header: [[[Inline]]] = []
        var body: [[[Inline]]] = []
        var alignments: [Table.Alignment] = []
        for row in rows(of: node) {
            var cells: [[Inline]] = []
            var rowAlignments: [Table.Alignment] = []
            for cell in row.cells {
                let span = max(1, min(50, cell.attribute(named: "colspan").flatMap { Int($0) } ?? 1))
                cells.append(cellInlines(cell))
                rowAlignments.append(alignment(of: cell))
                for _ in 1..<span {
                    cells.append([])
                    rowAlignments.append(alignment(of: cell))
                }
            }
            guard !cells.isEmpty else { continue }
            if alignments.isEmpty { alignments = rowAlignments }
            let allHeaderCells = row.cells.allSatisfy { HTMLTag($0) == .th }
            if row.inHead || (body.isEmpty && allHeaderCells) { header.append(cells) } else { body.append(cells) }
        }
        let captionNode = node.childElements.first { HTMLTag($0) == .caption && !skip.contains($0) }
        let caption = captionNode.map { finish(inlines(of: $0)) } ?? []
        guard !header.isEmpty || !body.isEmpty else { return [] }
        let columns = (header + body).map(\.count).max() ?? 0
        alignments += Array(repeating: .default, count: max(0, columns - alignments.count))
        return [.table(table: Table(alignments: alignments, header: header, rows: body, caption: caption))]
    }

    private struct Row {
        var cells: [XMLNode]
        var inHead: Bool
    }

    private func rows(of table: XMLNode) -> [Row] {
        var rows: [Row] = []
        func add(_ row: XMLNode, inHead: Bool) {
            let cells = row.childElements.filter { [.td, .th].contains(HTMLTag($0)) && !skip.contains($0) }
            rows.append(Row(cells: cells, inHead: inHead))
        }
        for child in table.childElements where !skip.contains(child) {
            switch HTMLTag(child) {
            case .tr: add(child, inHead: false)
            case .thead, .tbody, .tfoot:
                for row in child.childElements where HTMLTag(row) == .tr && !skip.contains(row) {
                    add(row, inHead: HTMLTag(child) == .thead)
                }
            default: continue
            }
        }
        return rows
    }

    /// A table used to lay a page out rather than to hold data.
    private func isLayoutTable(_ node: XMLNode) -> Bool {
        if node.hasRole("presentation") || node.hasRole("none") { return true }
        var layout = false
        HTMLWalk.elements(below: node) { element, tag in
            if tag == .table || tag.headingLevel != nil || tag == .article { layout = true }
            return !layout
        }
        return layout
    }

    private func cellInlines(_ cell: XMLNode) -> [Inline] {
        guard holdsBlocks(cell) else { return finish(inlines(of: cell)) }
        var result: [Inline] = []
        for block in blocks(inChildrenOf: cell) {
            if !result.isEmpty { result.append(.lineBreak) }
            switch block {
            case .paragraph(let inlines), .heading(_, _, let inlines):
                result += inlines
            default:
                result.append(.text(text: block.plainText))
            }
        }
        return result
    }

    private func alignment(of cell: XMLNode) -> Table.Alignment {
        var value = cell.attribute(named: "align")?.lowercased()
        if let style = cell.attribute(named: "style")?.lowercased().filter({ $0 != " " }),
           let range = style.firstRange(of: "text-align:") {
            value = String(style[range.upperBound...].prefix { $0 != ";" })
        }
        switch value {
        case "left", "start": return .left
        case "center", "middle": return .center
        case "right", "end": return .right
        default: return .default
        }
    }

    // MARK: - Figures

    /// An image with its caption; a quotation with its source as caption
    /// (`<figure><blockquote>…</blockquote><figcaption>— Name</figcaption></figure>`);
    /// a captioned table; or, failing those, the figure's content and caption.
    func figure(_ node: XMLNode) -> [Block] {
        let children = node.childElements.filter { !skip.contains($0) }
        let caption = children.first { HTMLTag($0) == .figcaption }
        if let quoteNode = children.first(where: { HTMLTag($0) == .blockquote }) {
            return [.blockQuote(quote: quote(quoteNode, role: isPullQuote(node) ? .pullQuote : nil, caption: caption))]
        }
        let captionInlines = caption.map { finish(inlines(of: $0)) } ?? []
        let images = descendants(of: node) { HTMLTag($0) == .img && !self.skip.contains($0) }.compactMap(image)
        if !images.isEmpty {
            return images.enumerated().map { index, image in
                .figure(figure: Figure(image: image, caption: index == images.count - 1 ? captionInlines : []))
            }
        }
        var blocks = self.blocks(inChildrenOf: node, excluding: caption.map { [$0] } ?? [])
        if let index = blocks.firstIndex(where: { if case .table = $0 { return true } else { return false } }),
           case .table(var table) = blocks[index], table.caption.isEmpty {
            table.caption = captionInlines
            blocks[index] = .table(table: table)
        } else if !captionInlines.isEmpty {
            blocks.append(.paragraph(inlines: captionInlines))
        }
        return blocks
    }
}

extension Array where Element == Inline {
    /// A paragraph of these inlines, or nothing when there are none.
    var paragraphBlocks: [Block] { isEmpty ? [] : [.paragraph(inlines: self)] }

    /// Adjacent text inlines joined into one.
    var mergingAdjacentText: [Inline] {
        var result: [Inline] = []
        for inline in self {
            if case .text(let text) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(text: previous + text)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}
