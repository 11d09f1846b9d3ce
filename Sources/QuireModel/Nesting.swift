// The tree is made of recursive Swift values, and every walk over it (writers,
// sectioning, ids, Codable, equality, even freeing it) recurses once per level.
// So the tree never nests deeper than `Nesting.limit` containers: readers stop
// opening containers there, and every writer flattens a deeper tree built by
// code before rendering it. Deeper structure is spliced into the container at
// the limit, its text kept, with a warning: never a crash, never silent loss.
// (cmark-style parsers cap nesting the same way; libxml2 caps elements at 256.)

/// The documented depth limit of the tree.
public enum Nesting {
    /// How many containers (block quotes, list items, divisions, notes, and
    /// inline spans: emphasis, strong, quotations, titles, links) may enclose one
    /// another, and the deepest heading level (sections nest by level). Real documents stay far below; 64 also keeps the JSON form within
    /// the 512 levels JSON decoders accept, so what is written reads back.
    public static let limit = 64

    /// A note as running text, " [its text]", with the notes inside it run in
    /// the same way, to any depth, without recursion: for formats that allow no
    /// note inside a note.
    public static func runningText(ofNote blocks: [Block]) -> [Inline] {
        var flattener = NestingFlattener(limit: 0)
        return flattener.flatInlines([.note(blocks: blocks)])
    }

    /// The warning readers and writers give when they flatten.
    public static func warning(_ count: Int, in what: String) -> String {
        "\(what) nests deeper than \(limit) levels: \(count) deeper container\(count == 1 ? " was" : "s were") flattened into the one at level \(limit), text kept"
    }
}

extension Document {
    /// Whether some container lies deeper than `limit` levels. The walk itself
    /// recurses at most `limit + 1` levels.
    public func nestsDeeper(than limit: Int = Nesting.limit) -> Bool {
        var probe = NestingFlattener(limit: limit)
        return probe.blocksExceed(blocks, depth: 0) || probe.blocksExceed(metadata.abstract, depth: 0)
            || probe.blocksExceed(metadata.authorNote, depth: 0)
            || probe.inlinesExceed(metadata.title, depth: 0) || probe.inlinesExceed(metadata.subtitle, depth: 0)
    }

    /// This document, or when it nests deeper than `Nesting.limit`, a copy with the
    /// deeper containers spliced into their ancestor at the limit and a warning in
    /// `context`. Within the limit it costs one read-only walk and no copy.
    public func limitingNesting(context: ConversionContext, limit: Int = Nesting.limit) -> Document {
        guard nestsDeeper(than: limit) else { return self }
        var flattener = NestingFlattener(limit: limit)
        var copy = self
        copy.blocks = flattener.blocks(blocks, depth: 0)
        copy.metadata.abstract = flattener.blocks(metadata.abstract, depth: 0)
        copy.metadata.authorNote = flattener.blocks(metadata.authorNote, depth: 0)
        copy.metadata.title = flattener.inlines(metadata.title, depth: 0)
        copy.metadata.subtitle = flattener.inlines(metadata.subtitle, depth: 0)
        context.warn(Nesting.warning(flattener.flattened, in: "the document"))
        return copy
    }
}

/// Rebuilds a tree with containers kept down to `limit` and everything below spliced
/// flat. Above the limit it recurses (at most `limit` levels); below, it walks with an
/// explicit stack, so a tree of any depth is flattened in time linear in its size.
struct NestingFlattener {
    let limit: Int
    var flattened = 0

    init(limit: Int) { self.limit = limit }

    // MARK: - Detection

    mutating func blocksExceed(_ blocks: [Block], depth: Int) -> Bool {
        blocks.contains { blockExceeds($0, depth: depth) }
    }

    mutating func blockExceeds(_ block: Block, depth: Int) -> Bool {
        let inner = depth + 1
        switch block {
        case .blockQuote, .list, .division:
            if inner > limit { return true }
            return block.inlineRuns.contains { inlinesExceed($0, depth: depth) }
                || blocksExceed(block.childBlocks, depth: inner)
        case .heading(let level, _, _) where level > limit:
            return true
        case .paragraph, .heading, .verse, .table, .figure:
            return block.inlineRuns.contains { inlinesExceed($0, depth: depth) }
        case .preformatted, .sceneBreak, .raw:
            return false
        }
    }

    mutating func inlinesExceed(_ inlines: [Inline], depth: Int) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .emphasis(let children), .strong(let children), .workTitle(let children),
                 .quoted(_, let children, _), .link(_, _, let children):
                return depth + 1 > limit || inlinesExceed(children, depth: depth + 1)
            case .note(let blocks):
                return depth + 1 > limit || blocksExceed(blocks, depth: depth + 1)
            case .text, .citation, .lineBreak, .code, .image, .raw:
                return false
            }
        }
    }

    // MARK: - Rebuilding down to the limit

    /// Sections nest by heading level, so levels past the limit become the limit.
    mutating func headingLevel(_ level: Int) -> Int {
        guard level > limit else { return level }
        flattened += 1
        return limit
    }

    /// `blocks` enclosed by `depth` containers.
    mutating func blocks(_ blocks: [Block], depth: Int) -> [Block] {
        guard depth < limit else { return flatBlocks(blocks) }
        return blocks.map { block($0, depth: depth) }
    }

    mutating func block(_ block: Block, depth: Int) -> Block {
        switch block {
        case .paragraph(let inlines):
            return .paragraph(inlines: self.inlines(inlines, depth: depth))
        case .heading(let level, let id, let inlines):
            return .heading(level: headingLevel(level), id: id, inlines: self.inlines(inlines, depth: depth))
        case .verse(let lines):
            return .verse(lines: lines.map { inlines($0, depth: depth) })
        case .blockQuote(var quote):
            quote.blocks = blocks(quote.blocks, depth: depth + 1)
            quote.attribution = quote.attribution.map { inlines($0, depth: depth) }
            return .blockQuote(quote: quote)
        case .list(var list):
            list.items = list.items.map { blocks($0, depth: depth + 1) }
            return .list(list: list)
        case .division(var division):
            division.blocks = blocks(division.blocks, depth: depth + 1)
            return .division(division: division)
        case .table(var table):
            table.header = table.header.map { $0.map { inlines($0, depth: depth) } }
            table.rows = table.rows.map { $0.map { inlines($0, depth: depth) } }
            table.caption = inlines(table.caption, depth: depth)
            return .table(table: table)
        case .figure(var figure):
            figure.caption = inlines(figure.caption, depth: depth)
            return .figure(figure: figure)
        case .preformatted, .sceneBreak, .raw:
            return block
        }
    }

    /// `inlines` enclosed by `depth` containers.
    mutating func inlines(_ inlines: [Inline], depth: Int) -> [Inline] {
        guard depth < limit else { return flatInlines(inlines) }
        return inlines.map { inline in
            switch inline {
            case .emphasis(let children): return .emphasis(inlines: self.inlines(children, depth: depth + 1))
            case .strong(let children): return .strong(inlines: self.inlines(children, depth: depth + 1))
            case .workTitle(let children): return .workTitle(inlines: self.inlines(children, depth: depth + 1))
            case .quoted(let kind, let children, let citation):
                return .quoted(kind: kind, inlines: self.inlines(children, depth: depth + 1), citation: citation)
            case .link(let url, let title, let children):
                return .link(url: url, title: title, inlines: self.inlines(children, depth: depth + 1))
            case .note(let blocks): return .note(blocks: self.blocks(blocks, depth: depth + 1))
            case .text, .citation, .lineBreak, .code, .image, .raw: return inline
            }
        }
    }

    // MARK: - Splicing below the limit (no recursion)

    /// The leaf blocks under `blocks` in document order, containers removed (a
    /// quote's attribution follows its text as a paragraph).
    mutating func flatBlocks(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        var pending: [Block] = blocks.reversed()
        while let block = pending.popLast() {
            switch block {
            case .blockQuote(let quote):
                flattened += 1
                if let attribution = quote.attribution { pending.append(.paragraph(inlines: attribution)) }
                pending.append(contentsOf: quote.blocks.reversed())
            case .list(let list):
                flattened += 1
                for item in list.items.reversed() { pending.append(contentsOf: item.reversed()) }
            case .division(let division):
                flattened += 1
                pending.append(contentsOf: division.blocks.reversed())
            case .paragraph(let inlines):
                out.append(.paragraph(inlines: flatInlines(inlines)))
            case .heading(let level, let id, let inlines):
                out.append(.heading(level: headingLevel(level), id: id, inlines: flatInlines(inlines)))
            case .verse(let lines):
                out.append(.verse(lines: lines.map { flatInlines($0) }))
            case .table(var table):
                table.header = table.header.map { $0.map { flatInlines($0) } }
                table.rows = table.rows.map { $0.map { flatInlines($0) } }
                table.caption = flatInlines(table.caption)
                out.append(.table(table: table))
            case .figure(var figure):
                figure.caption = flatInlines(figure.caption)
                out.append(.figure(figure: figure))
            case .preformatted, .sceneBreak, .raw:
                out.append(block)
            }
        }
        return out
    }

    /// What may wait on the stack while splicing inlines: a note's blocks are read
    /// into the running text, so notes in notes need no recursion either.
    private enum Pending {
        case inline(Inline)
        case block(Block)
    }

    /// The leaf inlines under `inlines` in order: spans removed, a quotation's marks
    /// and a link's address kept as text, a note's text run in, in brackets.
    mutating func flatInlines(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        var pending: [Pending] = inlines.reversed().map { .inline($0) }
        func push(_ inlines: [Inline]) { pending.append(contentsOf: inlines.reversed().map { .inline($0) }) }
        while let next = pending.popLast() {
            switch next {
            case .block(let block):
                // Each block of a note starts after a space; its own blocks and runs follow.
                for run in block.inlineRuns.reversed() { push([.text(text: " ")] + run) }
                pending.append(contentsOf: block.childBlocks.reversed().map { .block($0) })
            case .inline(let inline):
                switch inline {
                case .emphasis(let children), .strong(let children), .workTitle(let children):
                    flattened += 1
                    push(children)
                case .quoted(let kind, let children, let citation):
                    flattened += 1
                    let (open, close) = kind == .double ? ("\u{201C}", "\u{201D}") : ("\u{2018}", "\u{2019}")
                    push([.text(text: open)] + children + [.text(text: close)] + (citation.map { [.citation(citation: $0)] } ?? []))
                case .link(let url, _, let children):
                    flattened += 1
                    push(children + [.text(text: " <\(url)>")])
                case .note(let blocks):
                    flattened += 1
                    pending.append(.inline(.text(text: "]")))
                    pending.append(contentsOf: blocks.reversed().map { .block($0) })
                    pending.append(.inline(.text(text: " [")))
                case .text, .citation, .lineBreak, .code, .image, .raw:
                    out.append(inline)
                }
            }
        }
        return out
    }
}
