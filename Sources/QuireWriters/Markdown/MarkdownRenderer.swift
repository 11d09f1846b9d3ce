import QuireModel

/// Renders blocks as Markdown text. Blocks are separated by blank lines;
/// containers (quotes, list items, notes) prefix or indent their content's
/// lines. Paragraphs are not wrapped, so a reader's edits diff line by line.
final class MarkdownRenderer {
    let warn: (String) -> Void
    /// Notes called so far, written as definitions after the body.
    private var notes: [[Block]] = []

    init(warn: @escaping (String) -> Void) {
        self.warn = warn
    }

    /// The body and then the footnote definitions (notes in notes included).
    func document(_ blocks: [Block]) -> String {
        var out = fragment(blocks)
        var index = 0
        var definitions: [String] = []
        while index < notes.count {
            let body = fragment(notes[index])
            definitions.append(Self.indent("[^\(index + 1)]: ", body, continuation: "    "))
            index += 1
        }
        if !definitions.isEmpty { out += (out.isEmpty ? "" : "\n\n") + definitions.joined(separator: "\n\n") }
        return out.isEmpty ? "" : out + "\n"
    }

    /// Blocks separated by blank lines, without a final line end.
    func fragment(_ blocks: [Block]) -> String {
        var parts: [String] = []
        var previous: Block?
        for block in blocks {
            // Two lists in a row would read as one; a comment keeps them apart.
            if case .list(let list)? = previous, case .list(let next) = block, list.ordered == next.ordered {
                parts.append("<!-- -->")
            }
            parts.append(render(block))
            previous = block
        }
        return parts.joined(separator: "\n\n")
    }

    func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines):
            return paragraph(inlines)
        case .heading(let level, let id, let inlines):
            var text = inlineText(inlines, lineStart: false).replacing("\n", with: " ")
            if text.hasSuffix("#") { text = String(text.dropLast()) + "\\#" }
            if inlines.contains(.lineBreak) { warn("a line break in a heading was written as a space") }
            if level > 6 { warn("heading level \(level) written as level 6") }
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + text + (id.isEmpty ? "" : " {#\(id)}")
        case .blockQuote(let quote):
            return blockQuote(quote)
        case .list(let list):
            return self.list(list)
        case .verse(let lines):
            return "::: verse\n" + verse(lines) + "\n:::"
        case .preformatted(let text):
            let fence = String(repeating: "`", count: max(3, Self.longestRun(of: "`", in: text) + 1))
            return fence + "\n" + text + "\n" + fence
        case .sceneBreak:
            return "* * *"
        case .division(let division):
            return self.division(division)
        case .table(let table):
            return MarkdownTable.render(table, renderer: self)
        case .figure(let figure):
            return figureText(figure)
        case .raw(let format, let text):
            guard format == "html" else {
                warn("left out raw \(format) that Markdown cannot hold: \(text.prefix(40))")
                return "<!-- raw \(format) left out -->"
            }
            return text
        }
    }

    func paragraph(_ inlines: [Inline]) -> String {
        inlineText(inlines, lineStart: true)
    }

    func blockQuote(_ quote: BlockQuote) -> String {
        var body = fragment(quote.blocks)
        // A last paragraph opening with a dash would read back as the attribution: write the dash as a reference.
        if quote.attribution == nil, quote.citation == nil, quote.blocks.count >= 2,
           case .paragraph(let inlines)? = quote.blocks.last, case .text(let first)? = inlines.first {
            for (dash, reference) in [("\u{2014}", "&#x2014;"), ("\u{2013}", "&#x2013;")] where first.hasPrefix(dash) {
                let lastStart = body.utf8.count - paragraph(inlines).utf8.count
                var bytes = Array(body.utf8)
                bytes.replaceSubrange(lastStart..<(lastStart + dash.utf8.count), with: Array(reference.utf8))
                body = String(decoding: bytes, as: UTF8.self)
            }
        }
        if quote.attribution != nil || quote.citation != nil {
            var line = "\u{2014} "
            if let attribution = quote.attribution { line += inlineText(attribution, lineStart: false) }
            if let citation = quote.citation {
                line += (quote.attribution == nil ? "" : " ") + Self.citationSpan(citation)
            }
            body += (body.isEmpty ? "" : "\n\n") + line
        }
        let quoted = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        guard quote.role != .plain else { return quoted }
        return "::: \(quote.role.className)\n" + quoted + "\n:::"
    }

    /// A quote's source as pandoc's bracketed span, with every field kept:
    /// `[My Life]{.citation title="My Life"}`.
    static func citationSpan(_ citation: Citation) -> String {
        var attributes = ".citation"
        if let title = citation.title { attributes += " title=" + MarkdownMetadata.quoted(title) }
        if let year = citation.year { attributes += " year=" + MarkdownMetadata.quoted(year) }
        if let locator = citation.locator { attributes += " locator=" + MarkdownMetadata.quoted(locator) }
        // The reader takes the braces literally: no Markdown escaping inside.
        return "[" + MarkdownEscaping.text(citation.text, smart: true) + "]{" + attributes + "}"
    }

    func list(_ list: ListBlock) -> String {
        var items: [String] = []
        for (index, item) in list.items.enumerated() {
            let marker = list.ordered ? "\(list.start + index). " : "- "
            let body = list.tight ? tightItem(item) : fragment(item)
            items.append(Self.indent(marker, body, continuation: String(repeating: " ", count: marker.count)))
        }
        return items.joined(separator: list.tight ? "\n" : "\n\n")
    }

    /// A tight item's blocks with no blank line between, which would loosen the list.
    func tightItem(_ blocks: [Block]) -> String {
        var parts: [String] = []
        for (index, block) in blocks.enumerated() {
            if index > 0, case .paragraph = block, case .paragraph = blocks[index - 1] {
                warn("two paragraphs in one item of a tight list: the list is written loose")
                return fragment(blocks)
            }
            parts.append(render(block))
        }
        return parts.joined(separator: "\n")
    }

    /// Stanzas as paragraphs, lines ended by hard breaks.
    func verse(_ lines: [[Inline]]) -> String {
        var stanzas: [[String]] = [[]]
        for line in lines {
            if line.isEmpty {
                if !(stanzas.last?.isEmpty ?? true) { stanzas.append([]) }
            } else {
                stanzas[stanzas.count - 1].append(inlineText(line, lineStart: true))
            }
        }
        return stanzas.filter { !$0.isEmpty }.map { $0.joined(separator: "\\\n") }.joined(separator: "\n\n")
    }

    func division(_ division: Division) -> String {
        var parts: [String] = []
        if let id = division.attributes["id"] { parts.append("#" + id) }
        parts += division.classes.map { "." + $0 }
        for key in division.attributes.keys.sorted() where key != "id" {
            parts.append(key + "=" + MarkdownMetadata.quoted(division.attributes[key]!))
        }
        let body = fragment(division.blocks)
        let fence = String(repeating: ":", count: 3)
        return "\(fence) {\(parts.joined(separator: " "))}\n" + body + (body.isEmpty ? "" : "\n") + fence
    }

    func figureText(_ figure: Figure) -> String {
        let caption = inlineText(figure.caption, lineStart: false)
        if figure.caption.isEmpty || figure.caption.plainText != figure.image.alt {
            warn("figure caption and alt text differ; Markdown keeps one (the caption)")
        }
        return "![" + (figure.caption.isEmpty ? MarkdownEscaping.text(figure.image.alt, smart: true) : caption) + "]"
            + MarkdownInlines.destination(figure.image.source, title: figure.image.title)
    }

    /// Registers a note and returns its number.
    func addNote(_ blocks: [Block]) -> Int {
        notes.append(blocks)
        return notes.count
    }

    func inlineText(_ inlines: [Inline], lineStart: Bool = false) -> String {
        var writer = MarkdownInlines(renderer: self)
        writer.write(inlines, lineStart: lineStart)
        return writer.out
    }

    // MARK: - Helpers

    /// `first` before the first line, `continuation` before the other non-empty lines.
    static func indent(_ first: String, _ body: String, continuation: String) -> String {
        var out = ""
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index == 0 { out += first.trimmingSpacesIfEmpty(line) + line } else {
                out += "\n" + (line.isEmpty ? "" : continuation + line)
            }
        }
        return out
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var run = 0
        for c in text {
            if c == character { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return longest
    }
}

extension String {
    /// A marker with no content after it loses its trailing space.
    func trimmingSpacesIfEmpty(_ line: Substring) -> String {
        line.isEmpty ? String(self.reversed().drop(while: { $0 == " " }).reversed()) : self
    }
}
