import QuireModel

/// Renders blocks into text one at a time, keeping one blank line between them.
struct PlainTextRenderer {
    let options: WriterOptions
    let marks: QuotationMarks
    private var output = ""
    private var notes: [[Block]] = []

    init(options: WriterOptions, marks: QuotationMarks) {
        self.options = options
        self.marks = marks
    }

    private var width: Int? { options.wrap == .none ? nil : max(options.columns, 20) }

    mutating func render(_ document: Document) {
        renderTitleBlock(document.metadata)
        for block in document.blocks { render(block, indent: "") }
        renderNotes()
    }

    mutating func finish() -> String {
        var text = output
        if options.ascii { text = ASCIITransliteration.apply(text) }
        return text
    }

    // MARK: - Blocks

    private mutating func emit(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        if !output.isEmpty { output += "\n" }
        for line in lines {
            output += TextWrapper.trimTrailing(line)
            output += "\n"
        }
    }

    private mutating func renderTitleBlock(_ metadata: Metadata) {
        var lines: [String] = []
        let title = inlineText(metadata.title)
        if !title.isEmpty {
            lines += wrap(title, indent: "")
            lines.append(String(repeating: "=", count: min(TextWrapper.displayWidth(title), width ?? Int.max)))
        }
        let subtitle = inlineText(metadata.subtitle)
        if !subtitle.isEmpty { lines += wrap(subtitle, indent: "") }
        if !metadata.authors.isEmpty {
            lines += wrap("by " + Self.joinNames(metadata.authors), indent: "")
        }
        if let date = metadata.date { lines.append(date) }
        emit(lines)
        for block in metadata.abstract { render(block, indent: "") }
        for block in metadata.authorNote { render(block, indent: "") }
    }

    static func joinNames(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        case 2: return "\(names[0]) and \(names[1])"
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    private mutating func render(_ block: Block, indent: String) {
        switch block {
        case .paragraph(let inlines):
            emit(wrap(inlineText(inlines), indent: indent))
        case .heading(let level, _, let inlines):
            let text = inlineText(inlines)
            var lines = wrap(text, indent: indent)
            // Underlines in the order reStructuredText and Setext readers know them.
            let rules: [Character] = ["=", "-", "~", "."]
            do {
                let rule = rules[min(max(level, 1), rules.count) - 1]
                let longest = lines.map { TextWrapper.displayWidth($0) - indent.count }.max() ?? 0
                lines.append(indent + String(repeating: rule, count: longest))
            }
            emit(lines)
        case .blockQuote(let quote):
            let inner = indent + "    "
            for child in quote.blocks { render(child, indent: inner) }
            var source = quote.attribution.map { inlineText($0) } ?? ""
            if let citation = quote.citation {
                source += source.isEmpty ? citation.text : ", " + citation.text
            }
            if !source.isEmpty {
                emit(wrap("\u{2014} " + source, indent: inner + "    "))
            }
        case .list(let list):
            for (number, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(list.start + number). " : "- "
                renderListItem(item, marker: marker, indent: indent)
            }
        case .verse(let lines):
            var out: [String] = []
            for line in lines {
                if line.isEmpty {
                    emit(out)
                    out = []
                } else {
                    out.append(indent + inlineText(line))
                }
            }
            emit(out)
        case .preformatted(let text):
            emit(text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + "    " + $0 })
        case .sceneBreak:
            let mark = "*       *       *"
            let pad = max(0, ((width ?? 72) - mark.count) / 2)
            emit([String(repeating: " ", count: pad) + mark])
        case .division(let division):
            for child in division.blocks { render(child, indent: indent) }
        }
    }

    private mutating func renderListItem(_ item: [Block], marker: String, indent: String) {
        let hanging = indent + String(repeating: " ", count: marker.count)
        for (index, block) in item.enumerated() {
            if index == 0, case .paragraph(let inlines) = block {
                let lines = wrap(inlineText(inlines), indent: hanging)
                var first = lines
                if !first.isEmpty { first[0] = indent + marker + first[0].dropFirst(hanging.count) }
                emit(first)
            } else {
                render(block, indent: hanging)
            }
        }
    }

    private mutating func renderNotes() {
        guard !notes.isEmpty else { return }
        emit(["Notes", "-----"])
        var index = 0
        // Notes may contain notes; render until none is left.
        while index < notes.count {
            let marker = "[\(index + 1)] "
            renderListItem(notes[index], marker: marker, indent: "")
            index += 1
        }
    }

    private func wrap(_ text: String, indent: String) -> [String] {
        TextWrapper.wrap(text, width: width, indent: indent)
    }

    // MARK: - Inlines

    private mutating func inlineText(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines { append(inline, to: &out) }
        return out
    }

    private mutating func append(_ inline: Inline, to out: inout String) {
        switch inline {
        case .text(let text), .code(let text):
            out += text
        case .emphasis(let inlines), .workTitle(let inlines):
            out += "_" + inlineText(inlines) + "_"
        case .strong(let inlines):
            out += "*" + inlineText(inlines) + "*"
        case .quoted(let kind, let inlines, let citation):
            out += marks.open(kind) + inlineText(inlines) + marks.close(kind)
            if let citation { out += " (" + citation.text + ")" }
        case .citation(let citation):
            out += "(" + citation.text + ")"
        case .link(let url, _, let inlines):
            let text = inlineText(inlines)
            out += text == url || text.isEmpty ? "<\(url)>" : "\(text) <\(url)>"
        case .note(let blocks):
            notes.append(blocks)
            out += "[\(notes.count)]"
        case .lineBreak:
            out += "\n"
        }
    }
}
