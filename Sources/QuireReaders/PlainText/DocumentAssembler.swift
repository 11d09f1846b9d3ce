import QuireModel

/// Stage 10: builds the tree from the classified units. Consecutive quote
/// units form one block quote (a verse quote of several stanzas is one verse
/// block); a cite line or sign-off under it becomes its attribution. Heading
/// levels follow the order in which kinds of heading first appear; a heading
/// printed right under another one is one level deeper ("FLORENCE NIGHTINGALE"
/// then "II"), except a title under its label ("CHAPTER XXVI." then its title),
/// which shares the label's level.
struct DocumentAssembler {
    var blocks: [Block] = []
    var decisions: [BlockDecision] = []
    /// Whether to keep the decisions (`quire inspect`); a plain read does not need them.
    var explains = true
    private var levels: [HeadingRule.Kind: Int] = [:]

    /// Builds the tree; `items` give up their text as they are built into it.
    static func assemble(_ items: inout [Classified], explains: Bool = true) -> (blocks: [Block], decisions: [BlockDecision]) {
        var assembler = DocumentAssembler()
        assembler.explains = explains
        assembler.run(&items)
        return (assembler.blocks, assembler.decisions)
    }

    private mutating func run(_ items: inout [Classified]) {
        var index = 0
        // Items before `released` are in the tree and are not looked at again but for their role.
        var released = 0
        while index < items.count {
            // The tree now holds what it needs of these units' text, shared or copied (quoted
            // passages, verse lines): dropping the units' references frees the block strings
            // it copied from now, not after the whole document.
            while released < index {
                items[released].unit.text = ""
                items[released].unit.lines = []
                released += 1
            }
            let item = items[index]
            switch item.role {
            case .heading(let kind):
                let level = headingLevel(kind, under: index > 0 ? items[index - 1].role : nil)
                blocks.append(.heading(level: level, id: "", inlines: InlineParser.parse(item.unit.text)))
                decide(item, "heading", extra: " (level \(level))")
            case .paragraph, .cite, .signOff:
                blocks.append(.paragraph(inlines: InlineParser.parse(item.unit.text)))
                decide(item, "paragraph")
            case .verse:
                blocks.append(.verse(lines: item.unit.lines.map(InlineParser.parse)))
                decide(item, "verse")
            case .sceneBreak:
                blocks.append(.sceneBreak)
                decide(item, "scene-break")
            case .listItem:
                index = list(items, from: index)
                continue
            case .quote:
                index = quote(items, from: index)
                continue
            }
            index += 1
        }
    }

    /// Builds one list from the items starting at `start`; returns the index after it.
    private mutating func list(_ items: [Classified], from start: Int) -> Int {
        var end = start
        var entries: [[Block]] = []
        var first: ListRule.Marker? = nil
        while end < items.count, items[end].role == .listItem {
            let text = items[end].unit.text
            let marker = ListRule.marker(text)
            if first == nil { first = marker }
            if marker == nil && items[end].unit.keepsLines {
                // Lines a browser copied from list items or table rows: one item a line.
                entries += items[end].unit.lines.map { [.paragraph(inlines: InlineParser.parse($0))] }
            } else {
                let body = marker.map { Substring(text.utf8.dropFirst($0.length)) } ?? text
                entries.append([.paragraph(inlines: InlineParser.parse(body))])
            }
            decide(items[end], "list-item")
            end += 1
        }
        blocks.append(.list(list: ListBlock(ordered: first?.ordered ?? false, start: max(1, first?.number ?? 1), items: entries)))
        return end
    }

    /// Builds one block quote from `start`; returns the index after it.
    private mutating func quote(_ items: [Classified], from start: Int) -> Int {
        var end = start + 1
        while end < items.count, items[end].role == .quote, !items[end].startsNewQuote { end += 1 }
        var inner: [Block] = []
        for item in items[start..<end] {
            decide(item, "blockquote")
            if item.unit.keepsLines {
                let lines = item.unit.lines.map(InlineParser.parse)
                if case .verse(let previous)? = inner.last {
                    inner[inner.count - 1] = .verse(lines: previous + [[]] + lines)
                } else {
                    inner.append(.verse(lines: lines))
                }
            } else {
                inner.append(.paragraph(inlines: InlineParser.parse(item.unit.text)))
            }
        }
        var quote = BlockQuote(blocks: inner)
        if !(end < items.count && (items[end].role == .signOff || { if case .cite = items[end].role { true } else { false } }())) {
            takeTrailingSource(&quote, from: items[end - 1].unit)
        }
        if case .heading? = previousBlockKind { quote.role = .epigraph }
        if items[start].quoteRole == .letter { quote.role = .letter }
        // A cite line, or a valediction and signature, close the quote.
        var signOff: [String] = []
        while end < items.count {
            let item = items[end]
            if case .cite(let cite) = item.role, quote.citation == nil {
                // The cite comes last, under any sign-off lines.
                signOff.append(cite)
                quote.citation = Self.citation(fromCite: cite)
                decide(item, "attribution")
            } else if item.role == .signOff, quote.citation == nil {
                signOff.append(String(item.unit.text))
                decide(item, "attribution")
            } else {
                break
            }
            end += 1
        }
        if !signOff.isEmpty {
            var inlines: [Inline] = []
            for line in signOff {
                if !inlines.isEmpty { inlines.append(.lineBreak) }
                inlines.append(.text(text: line))
            }
            quote.attribution = inlines
        }
        blocks.append(.blockQuote(quote: quote))
        return end
    }

    private var previousBlockKind: Block? { blocks.last }

    /// Moves a closing "(Source)" out of the quote's last line into its attribution and citation.
    private func takeTrailingSource(_ quote: inout BlockQuote, from unit: TextUnit) {
        guard let lastBlock = quote.blocks.last else { return }
        if unit.keepsLines, case .verse(var lines) = lastBlock, let line = unit.lines.last,
           let (body, source) = AttributionRule.trailingSource(line) {
            lines[lines.count - 1] = InlineParser.parse(body)
            quote.blocks[quote.blocks.count - 1] = .verse(lines: lines)
            quote.attribution = [.text(text: String(source))]
            quote.citation = Self.citation(fromCite: String(source))
        } else if !unit.keepsLines, let (body, source) = AttributionRule.trailingSource(unit.text) {
            quote.blocks[quote.blocks.count - 1] = .paragraph(inlines: InlineParser.parse(body))
            quote.attribution = [.text(text: String(source))]
            quote.citation = Self.citation(fromCite: String(source))
        }
    }

    /// "Edward Dacre, 1640." → year 1640; "Childe Harold’s Pilgrimage, Canto IV, CVIII" → title and locator.
    static func citation(fromCite cite: String) -> Citation {
        var result = Citation(text: cite)
        guard let parsed = CitationRule.citation(cite, afterQuote: true) else { return result }
        result.year = parsed.year
        result.locator = parsed.locator
        // A page or canto is cited from a work; without one, a name may be the author's.
        if let title = parsed.title, parsed.locator != nil || !TextFacts.isPersonalName(title) { result.title = title }
        return result
    }

    private mutating func headingLevel(_ kind: HeadingRule.Kind, under previous: Classified.Role?) -> Int {
        if case .heading(let above)? = previous, case .heading(_, _, _)? = blocks.last, let aboveLevel = lastHeadingLevel {
            let isLabel = above == .part || above == .chapter || above == .section
            if kind == .title && isLabel {
                // Titles printed alone later in the text are of this rank too.
                if levels[.title] == nil { levels[.title] = aboveLevel }
                return aboveLevel
            }
            // A kind already placed keeps its rank under a heading of another kind: one short
            // line misread as a heading must not push every later section a level down. Under
            // its own kind ("IV. OF GARDENS", then "I. THE OLD WALLS") it numbers subsections.
            if above != kind, let level = levels[kind] { return level }
            levels[kind] = aboveLevel + 1
            return aboveLevel + 1
        }
        if let level = levels[kind] { return level }
        let level = (levels.values.max() ?? 0) + 1
        levels[kind] = level
        return level
    }

    private var lastHeadingLevel: Int? {
        if case .heading(let level, _, _)? = blocks.last { return level }
        return nil
    }

    private mutating func decide(_ item: Classified, _ kind: String, extra: String = "") {
        guard explains else { return }
        decisions.append(BlockDecision(line: item.unit.line, kind: kind, rule: item.rule,
                                       evidence: item.evidence + extra, excerpt: BlockDecision.excerpt(item.unit.text)))
    }
}
