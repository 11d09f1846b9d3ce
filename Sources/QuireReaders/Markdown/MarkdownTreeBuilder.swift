import QuireModel

/// Phase three: the parsed block structure becomes the document tree. Inline
/// content is parsed here, once all link references and footnotes are known,
/// and the extensions that read structure into it (figures, tables,
/// attributions, roles) are applied.
final class MarkdownTreeBuilder {
    let extensions: MarkdownExtensions
    let references: [String: LinkReference]
    let footnotes: [String: MarkdownBlock]
    let footnoteLabels: Set<String>
    let context: ConversionContext
    private var notesInProgress: Set<String> = []
    private var notesUsed: Set<String> = []
    private var warnedCodeInfo = false
    /// Spans spliced into their parent past `Nesting.limit`.
    var flattenedSpans = 0
    static let maxNoteDepth = 8
    /// Note text expanded so far, and how much may be (twice the input, and some).
    private var expandedNoteBytes = 0
    private var noteSizes: [String: Int] = [:]
    private var warnedNoteBudget = false
    var noteBudget = 1 << 16

    init(extensions: MarkdownExtensions, references: [String: LinkReference], footnotes: [String: MarkdownBlock],
         context: ConversionContext) {
        self.extensions = extensions
        self.references = references
        self.footnotes = footnotes
        self.footnoteLabels = Set(footnotes.keys)
        self.context = context
    }

    func blocks(_ container: MarkdownBlock) -> [Block] {
        var out: [Block] = []
        var index = 0
        let children = container.children
        while index < children.count {
            let child = children[index]
            index += 1
            guard var block = self.block(child) else { continue }
            if case .table(var table) = block, index < children.count, let caption = tableCaption(children[index]) {
                table.caption = caption
                block = .table(table: table)
                index += 1
            }
            out.append(block)
        }
        return out
    }

    func block(_ node: MarkdownBlock) -> Block? {
        switch node.kind {
        case .document:
            return nil
        case .paragraph:
            return paragraph(node)
        case .heading:
            return heading(node)
        case .blockQuote:
            return blockQuote(blocks(node), lastSource: node.children.last)
        case .list:
            let items = node.children.map { blocks($0) }
            return .list(list: ListBlock(ordered: node.ordered, start: node.start, items: items, tight: node.tight))
        case .item:
            return nil
        case .thematicBreak:
            return .sceneBreak
        case .codeBlock:
            if node.info.contains(where: { $0 != 0x20 && $0 != 0x09 }) && !warnedCodeInfo {
                // The tree's preformatted text has no language; say so once.
                warnedCodeInfo = true
                let info = String(decoding: node.info, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
                context.warn("code block info strings (\"\(info)\") are not kept: the tree has no code language")
            }
            var text = node.content
            if text.last == 0x0A { text.removeLast() }
            return .preformatted(text: String(decoding: text, as: UTF8.self))
        case .htmlBlock:
            var text = node.content
            while text.last == 0x0A { text.removeLast() }
            // An empty comment is how the writer keeps two lists apart: a separator, not content.
            if extensions.contains(.fencedDivs), text.elementsEqual("<!-- -->".utf8) { return nil }
            return .raw(format: "html", text: String(decoding: text, as: UTF8.self))
        case .footnote:
            return nil
        case .division:
            return division(node)
        }
    }

    // MARK: - Leaves

    func inlines(_ content: [UInt8]) -> [Inline] {
        let result = content.withUnsafeBufferPointer { buffer in
            var parser = MarkdownInlineParser(buffer, smart: extensions.contains(.smartPunctuation),
                                              references: references, footnotes: footnoteLabels)
            var spliced = 0
            let inlines = parser.parse().inlines(source: buffer, notes: { [unowned self] label in self.noteBlocks(label) },
                                                 flattened: &spliced)
            flattenedSpans += spliced
            return inlines
        }
        // Citations sit in parentheses, work titles in <cite>: most paragraphs have neither.
        guard extensions.contains(.citations), content.contains(where: { $0 == 0x28 || $0 == 0x3C }) else { return result }
        return SmartPunctuation.citations(result)
    }

    func paragraph(_ node: MarkdownBlock) -> Block? {
        guard !node.content.isEmpty else { return nil }
        if extensions.contains(.pipeTables), let table = PipeTable.parse(node.content, inlines: inlines) {
            return .table(table: table)
        }
        let parsed = inlines(node.content)
        if extensions.contains(.implicitFigures), parsed.count == 1, case .image(let image) = parsed[0], !image.alt.isEmpty {
            let caption = captionInlines(node.content)
            return .figure(figure: Figure(image: image, caption: caption))
        }
        return parsed.isEmpty ? nil : .paragraph(inlines: parsed)
    }

    /// The alt text of a lone image, parsed as inlines (its markup kept for the caption).
    func captionInlines(_ content: [UInt8]) -> [Inline] {
        guard let open = content.firstIndex(of: 0x5B) else { return [] }
        var depth = 0
        var index = open
        while index < content.count {
            if content[index] == 0x5C { index += 2; continue }
            if content[index] == 0x5B { depth += 1 }
            if content[index] == 0x5D {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < content.count else { return [] }
        return inlines(Array(content[(open + 1)..<index]))
    }

    func heading(_ node: MarkdownBlock) -> Block {
        var content = node.content
        var id = ""
        if extensions.contains(.fencedDivs), content.last == 0x7D, let open = content.lastIndex(of: 0x7B) {
            let attributes = Attributes.parse(Array(content[(open + 1)..<(content.count - 1)]))
            if let parsed = attributes, let identifier = parsed.id {
                id = identifier
                content.removeSubrange(open...)
                while content.last == 0x20 { content.removeLast() }
            }
        }
        return .heading(level: node.level, id: id, inlines: inlines(content))
    }

    func tableCaption(_ node: MarkdownBlock) -> [Inline]? {
        guard extensions.contains(.pipeTables), node.kind == .paragraph else { return nil }
        for prefix in ["Table: ", ": "] where node.content.starts(with: prefix.utf8) {
            return inlines(Array(node.content.dropFirst(prefix.utf8.count)))
        }
        return nil
    }

    // MARK: - Containers

    /// A quote whose last paragraph starts with a dash names who said it there.
    func blockQuote(_ blocks: [Block], lastSource: MarkdownBlock?) -> Block {
        var quote = BlockQuote(blocks: blocks)
        // The dash must be typed: `&#x2014;` is how a writer keeps a dialogue line that is not an attribution.
        guard extensions.contains(.attribution), blocks.count >= 2, let source = lastSource, source.kind == .paragraph,
              source.content.starts(with: [0xE2, 0x80]) || source.content.starts(with: "--".utf8),
              case .paragraph(let inlines)? = blocks.last, case .text(let first)? = inlines.first else {
            return .blockQuote(quote: quote)
        }
        for dash in ["\u{2014} ", "\u{2013} ", "-- ", "\u{2014}\u{2009}"] where first.hasPrefix(dash) {
            var rest = inlines
            let remainder = String(first.dropFirst(dash.count))
            if remainder.isEmpty { rest.removeFirst() } else { rest[0] = .text(text: remainder) }
            let (attribution, citation) = splitCitation(rest)
            quote.blocks.removeLast()
            quote.attribution = attribution.isEmpty ? nil : attribution
            quote.citation = citation
            break
        }
        return .blockQuote(quote: quote)
    }


    /// "Leon Trotsky (My Life)": the name, and the work cited after it.
    func splitCitation(_ inlines: [Inline]) -> ([Inline], Citation?) {
        var inlines = inlines
        // pandoc's bracketed span, as the writer puts it: [My Life]{.citation title="My Life"}.
        if case .text(let text)? = inlines.last, text.hasSuffix("}"), let marker = text.ranges(of: "]{.citation").last,
           let open = text[..<marker.lowerBound].lastIndex(of: "["),
           let attributes = Attributes.parse(Array(text[text.index(after: marker.lowerBound)...].utf8)) {
            var citation = Citation(text: String(text[text.index(after: open)..<marker.lowerBound]))
            citation.title = attributes.pairs["title"]
            citation.year = attributes.pairs["year"]
            citation.locator = attributes.pairs["locator"]
            let before = String(text[..<open])
            inlines.removeLast()
            if !before.isEmpty { inlines.append(.text(text: before)) }
            trimTrailingSpace(&inlines)
            return (inlines, citation)
        }
        if case .citation(let citation)? = inlines.last {
            inlines.removeLast()
            trimTrailingSpace(&inlines)
            return (inlines, citation)
        }
        if case .text(let text)? = inlines.last, text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            if let citation = CitationRule.citation(inner, afterQuote: true) {
                let before = String(text[..<open])
                inlines.removeLast()
                if !before.isEmpty { inlines.append(.text(text: before)) }
                trimTrailingSpace(&inlines)
                return (inlines, citation)
            }
        }
        return (inlines, nil)
    }

    func trimTrailingSpace(_ inlines: inout [Inline]) {
        if case .text(var text)? = inlines.last {
            while text.last == " " || text.last == "," { text.removeLast() }
            if text.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .text(text: text) }
        }
    }

    /// `::: {.class key=value}`: a division, or a quote of a role, or verse.
    func division(_ node: MarkdownBlock) -> Block {
        let attributes = Attributes.parse(node.info) ?? Attributes(classes: [String(decoding: node.info, as: UTF8.self)])
        let content = blocks(node)
        if attributes.classes.count == 1, attributes.pairs.isEmpty, attributes.id == nil {
            let role = BlockQuote.Role.allCases.first { $0.className == attributes.classes[0] }
            if let role, role != .plain, content.count == 1, case .blockQuote(var quote) = content[0] {
                quote.role = role
                return .blockQuote(quote: quote)
            }
            if attributes.classes[0] == "verse" { return .verse(lines: MarkdownRoles.verseLines(content)) }
        }
        var pairs = attributes.pairs
        if let id = attributes.id { pairs["id"] = id }
        return .division(division: Division(classes: attributes.classes, attributes: pairs, blocks: content))
    }

    // MARK: - Notes

    func noteBlocks(_ label: String) -> [Block] {
        let key = LinkSyntax.normalizeLabel(label)
        guard let note = footnotes[key] else { return [] }
        guard !notesInProgress.contains(key) else {
            context.warn("footnote [^\(label)] refers to itself; the inner reference is left empty")
            return []
        }
        // Every reference expands the note again, so notes citing notes twice over
        // would grow exponentially: past the depth or the budget, the reference stays as written.
        let size = noteSize(key, note)
        guard notesInProgress.count < Self.maxNoteDepth, expandedNoteBytes + size <= noteBudget else {
            if !warnedNoteBudget {
                warnedNoteBudget = true
                context.warn("footnote [^\(label)] is referred to inside \(notesInProgress.count) other notes or past twice the input's size of note text; such references are kept as written, not expanded")
            }
            return [.paragraph(inlines: [.text(text: "[^\(label)]")])]
        }
        expandedNoteBytes += size
        notesUsed.insert(key)
        notesInProgress.insert(key)
        defer { notesInProgress.remove(key) }
        return blocks(note)
    }

    /// The bytes of a footnote's text, counted once per note without recursion.
    private func noteSize(_ key: String, _ note: MarkdownBlock) -> Int {
        if let known = noteSizes[key] { return known }
        var size = 1
        var pending = [note]
        while let block = pending.popLast() {
            size += block.content.count + 1
            pending.append(contentsOf: block.children)
        }
        noteSizes[key] = size
        return size
    }

    func warnUnusedNotes() {
        for (key, note) in footnotes.sorted(by: { $0.key < $1.key }) where !notesUsed.contains(key) {
            context.warn("footnote [^\(note.label)] is defined but never referred to; left out")
        }
    }
}

/// Names shared by reader and writer for the constructs Markdown lacks.
enum MarkdownRoles {
    /// Verse written as paragraphs of hard-broken lines, one per stanza.
    static func verseLines(_ blocks: [Block]) -> [[Inline]] {
        var lines: [[Inline]] = []
        for block in blocks {
            guard case .paragraph(let inlines) = block else { continue }
            if !lines.isEmpty { lines.append([]) }
            var line: [Inline] = []
            for inline in inlines {
                if case .lineBreak = inline {
                    lines.append(line)
                    line = []
                } else {
                    line.append(inline)
                }
            }
            lines.append(line)
        }
        return lines
    }
}
