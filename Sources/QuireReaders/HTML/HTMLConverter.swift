import QuireModel
import QuireXML

/// Turns the article's elements into blocks. Chrome, notes and the elements
/// already read as metadata are in `skip` and are never visited. What it has to
/// leave out it counts, and the reader reports it.
final class HTMLConverter {
    var skip: Set<XMLNode>
    let footnotes: Footnotes
    /// Whether the previous character written was a space (or nothing yet), so that
    /// runs of white space across element boundaries collapse to one, as in a browser.
    var lastWasSpace = true
    /// How deep inside `<q>` we are: quotes inside quotes take single marks.
    var quoteDepth = 0
    var unresolvedCalls = 0
    /// Videos, frames and other embedded media met inside the article, which have no
    /// place in the tree: counted, so that the user hears about them.
    var droppedMedia: [String: Int] = [:]
    /// Formatting kept only as its text (superscript, subscript, struck-out text).
    var flattened: [String: Int] = [:]
    var scratch: [UInt8] = []
    /// Book mode: a `<div>` that carries `data-*` attributes stays a division (see HTMLBookMode).
    var keepsDivisions = false
    /// Book mode: titles set as paragraphs that the book's contents list, with their heading levels.
    var titleLevels: [XMLNode: Int] = [:]
    /// Book mode: an image's `src` as the book names the file (resolved against its document).
    var imageSource: ((String) -> String)?

    init(skip: Set<XMLNode>, footnotes: Footnotes) {
        self.skip = skip
        self.footnotes = footnotes
    }

    // MARK: - Block sequences

    /// The blocks made from `node`'s children. Inline content between blocks
    /// becomes a paragraph of its own. In a verse container every paragraph is a
    /// stanza of one verse block.
    func blocks(inChildrenOf node: XMLNode, verse: Bool = false, excluding: Set<XMLNode> = []) -> [Block] {
        var out: [Block] = []
        var run: [Inline] = []
        var stanzas: [[Inline]] = []
        lastWasSpace = true
        func flushRun() {
            for part in splitAtBlankLines(run) {
                let inlines = finish(part)
                if inlines.isEmpty { continue }
                if verse { addStanza(inlines, to: &stanzas) } else { out.append(.paragraph(inlines: inlines)) }
            }
            run = []
            lastWasSpace = true
        }
        func flushVerse() {
            if !stanzas.isEmpty { out.append(.verse(lines: stanzas)) }
            stanzas = []
        }
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            switch current.kind {
            case .text:
                appendText(current, to: &run)
            case .element:
                if skip.contains(current) || excluding.contains(current) {
                    let tag = HTMLTag(current)
                    if tag.isMedia { droppedMedia[tag.rawValue, default: 0] += 1 }
                    continue
                }
                let tag = HTMLTag(current)
                if tag.isNeverContent { continue }
                guard tag.isBlock || holdsBlocks(current) else {
                    appendInline(current, tag: tag, to: &run)
                    continue
                }
                flushRun()
                if verse, tag == .p {
                    addStanza(finish(inlines(of: current)), to: &stanzas)
                    continue
                }
                flushVerse()
                out += blocks(for: current, tag: tag)
                lastWasSpace = true
            // The HTML parser leaves unknown entities as text; it makes no entity references.
            case .processingInstruction, .entityReference, .other:
                continue
            }
        }
        flushRun()
        flushVerse()
        return out
    }

    /// Text set apart by `<br><br>` (how pages without `<p>` make paragraphs) as
    /// separate runs; a single `<br>` stays a line break.
    private func splitAtBlankLines(_ run: [Inline]) -> [[Inline]] {
        guard run.contains(where: { if case .lineBreak = $0 { return true } else { return false } }) else { return [run] }
        var parts: [[Inline]] = [[]]
        var index = 0
        while index < run.count {
            if case .lineBreak = run[index] {
                var next = index + 1
                while next < run.count, case .text(let text) = run[next], text.allSatisfy({ $0 == " " }) { next += 1 }
                if next < run.count, case .lineBreak = run[next] {
                    parts.append([])
                    index = next + 1
                    while index < run.count, case .lineBreak = run[index] { index += 1 }
                    continue
                }
            }
            parts[parts.count - 1].append(run[index])
            index += 1
        }
        return parts.map { part in
            var trimmed = part
            while case .lineBreak? = trimmed.last { trimmed.removeLast() }
            while case .lineBreak? = trimmed.first { trimmed.removeFirst() }
            return trimmed
        }
    }

    /// Adds a paragraph of verse as a stanza: its lines split at `<br>`, a blank
    /// line between it and the stanza before.
    private func addStanza(_ inlines: [Inline], to stanzas: inout [[Inline]]) {
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            if case .lineBreak = inline { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        lines = lines.map { finish($0) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return }
        if !stanzas.isEmpty { stanzas.append([]) }
        stanzas += lines
    }

    /// Whether an inline element wraps blocks (`<a><div>...</div></a>`, or what
    /// broken markup leaves behind), so that it must be read as a block.
    func holdsBlocks(_ node: XMLNode, depth: Int = 0) -> Bool {
        guard depth < 3 else { return false }
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            guard current.kind == .element, !skip.contains(current) else { continue }
            let tag = HTMLTag(current)
            if tag.isBlock && tag != .br { return true }
            if !tag.isNeverContent, holdsBlocks(current, depth: depth + 1) { return true }
        }
        return false
    }

    // MARK: - One block element

    func blocks(for node: XMLNode, tag: HTMLTag) -> [Block] {
        if let level = tag.headingLevel ?? titleLevels[node] {
            let inlines = finish(inlines(of: node))
            return inlines.isEmpty ? [] : [.heading(level: level, id: "", inlines: inlines)]
        }
        switch tag {
        case .p:
            return paragraph(node)
        case .hgroup:
            let parts = HeadingGroup(node, converter: self)
            return parts.inlines.isEmpty ? [] : [.heading(level: parts.level, id: "", inlines: parts.inlines)]
        case .blockquote:
            return [.blockQuote(quote: quote(node, role: isPullQuote(node) ? .pullQuote : nil))]
        case .ul, .ol, .menu:
            return list(node, ordered: tag == .ol)
        case .dl:
            return definitionList(node)
        case .pre:
            return preformatted(node)
        case .hr:
            return [.sceneBreak]
        case .table:
            return table(node)
        case .figure:
            return figure(node)
        case .figcaption, .caption, .summary, .legend, .dt:
            let inlines = finish(inlines(of: node))
            return inlines.isEmpty ? [] : [.paragraph(inlines: inlines)]
        case .aside where isPullQuote(node):
            return [.blockQuote(quote: quote(node, role: .pullQuote))]
        default:
            if isPullQuote(node) { return [.blockQuote(quote: quote(node, role: .pullQuote))] }
            if keepsDivisions, let division = markedDivision(node, tag: tag) { return [division] }
            return blocks(inChildrenOf: node, verse: isVerse(node))
        }
    }

    /// A paragraph, or figures when it holds nothing but images.
    private func paragraph(_ node: XMLNode) -> [Block] {
        let inlines = finish(inlines(of: node))
        guard !inlines.isEmpty else { return [] }
        var images: [Image] = []
        for inline in inlines {
            guard case .image(let image) = inline else { return [.paragraph(inlines: inlines)] }
            images.append(image)
        }
        return images.map { .figure(figure: Figure(image: $0)) }
    }

    private func preformatted(_ node: XMLNode) -> [Block] {
        var text = node.textContent
        // HTML drops the line break that directly follows `<pre>`.
        if text.hasPrefix("\n") { text.removeFirst() } else if text.hasPrefix("\r\n") { text.removeFirst(2) }
        while let last = text.last, last == "\n" || last == " " || last == "\t" { text.removeLast() }
        return text.isEmpty ? [] : [.preformatted(text: text)]
    }

    /// Verse in an ebook (`epub:type` z3998:verse, poem, song, hymn) or marked by class.
    func isVerse(_ node: XMLNode) -> Bool {
        let kinds = Self.verseKinds
        if node.epubTypes.contains(where: { kinds.contains($0.split(separator: ":").last ?? $0) }) { return true }
        return node.classWords.contains { kinds.contains($0) }
    }

    /// Built once: every block element of the article is asked.
    private static let verseKinds: Set<Substring> = ["verse", "poem", "song", "hymn", "lyrics", "poetry", "stanza"]

    func isPullQuote(_ node: XMLNode) -> Bool {
        node.hasRole("doc-pullquote") || node.classWords.contains { $0 == "pullquote" }
            || node.hasClass(anyOf: "pull-quote", "pull_quote")
    }
}
