// Walks and transforms over the tree, so readers and writers never repeat the
// recursion. Transforms are bottom-up: children first, then the node itself.

extension Block {
    /// The blocks directly inside this one (quote bodies, list items, divisions).
    public var childBlocks: [Block] {
        switch self {
        case .blockQuote(let quote): return quote.blocks
        case .list(let list): return list.items.flatMap { $0 }
        case .division(let division): return division.blocks
        case .paragraph, .heading, .verse, .preformatted, .sceneBreak, .table, .figure, .raw: return []
        }
    }

    /// The inline sequences directly inside this block (not inside child blocks).
    public var inlineRuns: [[Inline]] {
        switch self {
        case .paragraph(let inlines), .heading(_, _, let inlines): return [inlines]
        case .verse(let lines): return lines
        case .blockQuote(let quote): return quote.attribution.map { [$0] } ?? []
        case .table(let table): return (table.header + table.rows).flatMap { $0 } + [table.caption]
        case .figure(let figure): return [figure.caption]
        case .list, .division, .preformatted, .sceneBreak, .raw: return []
        }
    }

    /// Rewrites every inline sequence in this block and its descendants.
    public func mapInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
        switch self {
        case .paragraph(let inlines):
            return .paragraph(inlines: transform(inlines.map { $0.mapInlines(transform) }))
        case .heading(let level, let id, let inlines):
            return .heading(level: level, id: id, inlines: transform(inlines.map { $0.mapInlines(transform) }))
        case .verse(let lines):
            return .verse(lines: lines.map { transform($0.map { $0.mapInlines(transform) }) })
        case .blockQuote(var quote):
            quote.blocks = quote.blocks.map { $0.mapInlines(transform) }
            quote.attribution = quote.attribution.map { transform($0.map { $0.mapInlines(transform) }) }
            return .blockQuote(quote: quote)
        case .list(var list):
            list.items = list.items.map { $0.map { $0.mapInlines(transform) } }
            return .list(list: list)
        case .division(var division):
            division.blocks = division.blocks.map { $0.mapInlines(transform) }
            return .division(division: division)
        case .table(var table):
            func cells(_ rows: [[[Inline]]]) -> [[[Inline]]] {
                rows.map { $0.map { transform($0.map { $0.mapInlines(transform) }) } }
            }
            table.header = cells(table.header)
            table.rows = cells(table.rows)
            table.caption = transform(table.caption.map { $0.mapInlines(transform) })
            return .table(table: table)
        case .figure(var figure):
            figure.caption = transform(figure.caption.map { $0.mapInlines(transform) })
            return .figure(figure: figure)
        case .preformatted, .sceneBreak, .raw:
            return self
        }
    }

    /// Calls `visit` on this block and every block below it, in document order.
    public func forEachBlock(_ visit: (Block) -> Void) {
        visit(self)
        for child in childBlocks { child.forEachBlock(visit) }
        for run in inlineRuns {
            for inline in run { inline.forEachNoteBlock(visit) }
        }
    }

    /// Calls `visit` on every inline in this block and below it, in document order.
    public func forEachInline(_ visit: (Inline) -> Void) {
        for run in inlineRuns { for inline in run { inline.forEach(visit) } }
        for child in childBlocks { child.forEachInline(visit) }
    }
}

extension Inline {
    /// The inlines directly inside this one.
    public var childInlines: [Inline] {
        switch self {
        case .emphasis(let inlines), .strong(let inlines), .workTitle(let inlines),
             .quoted(_, let inlines, _), .link(_, _, let inlines):
            return inlines
        case .text, .citation, .note, .lineBreak, .code, .image, .raw:
            return []
        }
    }

    /// Rewrites the inline sequences nested in this inline (and in its notes).
    public func mapInlines(_ transform: ([Inline]) -> [Inline]) -> Inline {
        func deep(_ inlines: [Inline]) -> [Inline] { transform(inlines.map { $0.mapInlines(transform) }) }
        switch self {
        case .emphasis(let inlines): return .emphasis(inlines: deep(inlines))
        case .strong(let inlines): return .strong(inlines: deep(inlines))
        case .workTitle(let inlines): return .workTitle(inlines: deep(inlines))
        case .quoted(let kind, let inlines, let citation):
            return .quoted(kind: kind, inlines: deep(inlines), citation: citation)
        case .link(let url, let title, let inlines): return .link(url: url, title: title, inlines: deep(inlines))
        case .note(let blocks): return .note(blocks: blocks.map { $0.mapInlines(transform) })
        case .text, .citation, .lineBreak, .code, .image, .raw: return self
        }
    }

    /// Calls `visit` on this inline and every inline inside it, notes included.
    public func forEach(_ visit: (Inline) -> Void) {
        visit(self)
        for child in childInlines { child.forEach(visit) }
        if case .note(let blocks) = self {
            for block in blocks { block.forEachInline(visit) }
        }
    }

    func forEachNoteBlock(_ visit: (Block) -> Void) {
        if case .note(let blocks) = self {
            for block in blocks { block.forEachBlock(visit) }
        }
        for child in childInlines { child.forEachNoteBlock(visit) }
    }
}

extension Document {
    /// Calls `visit` on every block of the body, nested ones included, in document order.
    public func forEachBlock(_ visit: (Block) -> Void) {
        for block in blocks { block.forEachBlock(visit) }
    }

    /// Calls `visit` on every inline of the body, in document order.
    public func forEachInline(_ visit: (Inline) -> Void) {
        for block in blocks { block.forEachInline(visit) }
    }

    /// The footnotes of the body in document order: writers number them 1, 2, 3...
    public var notes: [[Block]] {
        var notes: [[Block]] = []
        forEachInline { if case .note(let blocks) = $0 { notes.append(blocks) } }
        return notes
    }
}
