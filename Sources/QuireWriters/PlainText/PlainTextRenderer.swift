import QuireModel

/// Renders blocks into a byte buffer one at a time, one blank line between them.
struct PlainTextRenderer {
    let options: WriterOptions
    let marks: QuotationMarks
    let wrapper: TextWrapper
    private(set) var output: [UInt8] = []
    /// What plain text cannot hold, for the writer to report.
    private(set) var warnings: [String] = []
    private var notes: [[Block]] = []
    /// Set for the items of a tight list after the first: no blank line before them.
    private var joinsPrevious = false

    init(options: WriterOptions, marks: QuotationMarks) {
        self.options = options
        self.marks = marks
        self.wrapper = TextWrapper(width: options.wrap == .none ? nil : max(options.columns, 20))
    }

    mutating func render(_ document: Document) {
        // One allocation near the final size: doubling a 20 MB buffer would
        // briefly hold 1.5 times the output and copy it again.
        output.reserveCapacity(Self.estimatedSize(document))
        renderTitleBlock(document.metadata)
        for block in document.blocks { render(block, indent: "") }
        renderNotes()
    }

    // MARK: - Blocks

    /// Starts a block: a blank line after the previous one.
    private mutating func beginBlock() {
        if !output.isEmpty && !joinsPrevious { output.append(0x0A) }
        joinsPrevious = false
    }

    /// Writes one wrapped paragraph of text as a block.
    @discardableResult
    private mutating func paragraph(_ text: String, indent: String, firstIndent: String? = nil) -> Int {
        beginBlock()
        return wrapper.append(text, indent: indent, firstIndent: firstIndent, to: &output)
    }

    /// Writes lines as they are (verse, code), each with the indent.
    private mutating func lines<S: Sequence>(_ lines: S, indent: String) where S.Element: StringProtocol {
        beginBlock()
        for line in lines {
            output.append(contentsOf: indent.utf8)
            output.append(contentsOf: line.utf8)
            // A line ending in spaces would leave trailing white space.
            while let last = output.last, last == 0x20 { output.removeLast() }
            output.append(0x0A)
        }
    }

    private mutating func underline(_ character: Character, width: Int, indent: String) {
        // An empty heading has nothing to underline (and, indented, a negative width).
        guard width > 0 else { return }
        output.append(contentsOf: indent.utf8)
        output.append(contentsOf: String(repeating: character, count: width).utf8)
        output.append(0x0A)
    }

    private mutating func renderTitleBlock(_ metadata: Metadata) {
        let title = inlineText(metadata.title)
        var started = false
        if !title.isEmpty {
            let widest = paragraph(title, indent: "")
            underline("=", width: widest, indent: "")
            started = true
        }
        var extra: [String] = []
        let subtitle = inlineText(metadata.subtitle)
        if !subtitle.isEmpty { extra.append(subtitle) }
        if !metadata.authors.isEmpty { extra.append("by " + Self.joinNames(metadata.authors)) }
        if let date = metadata.date { extra.append(prepare(date)) }
        for line in extra {
            // The title block's lines stay together, without blank lines between them.
            if started { wrapper.append(line, indent: "", to: &output) } else { paragraph(line, indent: ""); started = true }
        }
        for block in metadata.abstract { render(block, indent: "") }
        for block in metadata.authorNote { render(block, indent: "") }
    }

    /// The text's size plus a little for wrapping, indents and markers.
    static func estimatedSize(_ document: Document) -> Int {
        var size = 1024
        document.forEachInline { inline in
            if case .text(let text) = inline { size += text.utf8.count }
        }
        return size + size / 16
    }

    static func joinNames(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        case 2: return "\(names[0]) and \(names[1])"
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    /// Underlines in the order reStructuredText and Setext readers know them.
    static let underlines: [Character] = ["=", "-", "~", "."]

    private mutating func render(_ block: Block, indent: String) {
        switch block {
        case .paragraph(let inlines):
            paragraph(inlineText(inlines), indent: indent)
        case .heading(let level, _, let inlines):
            let widest = paragraph(inlineText(inlines), indent: indent)
            let rule = Self.underlines[min(max(level, 1), Self.underlines.count) - 1]
            underline(rule, width: widest - TextWrapper.columns(indent), indent: indent)
        case .blockQuote(let quote):
            let inner = indent + "    "
            for child in quote.blocks { render(child, indent: inner) }
            var source = quote.attribution.map { inlineText($0) } ?? ""
            if let citation = quote.distinctCitation {
                source += (source.isEmpty ? "" : ", ") + prepare(citation.text)
            }
            if !source.isEmpty { paragraph(prepare("\u{2014} ") + source, indent: inner + "    ") }
        case .list(let list):
            for (number, item) in list.items.enumerated() {
                joinsPrevious = list.tight && number > 0
                renderItem(item, marker: list.ordered ? "\(list.start + number). " : "- ", indent: indent)
            }
        case .verse(let verseLines):
            var stanza: [String] = []
            for line in verseLines {
                if line.isEmpty {
                    if !stanza.isEmpty { lines(stanza, indent: indent) }
                    stanza = []
                } else {
                    stanza.append(inlineText(line))
                }
            }
            if !stanza.isEmpty { lines(stanza, indent: indent) }
        case .preformatted(let text):
            lines(text.split(separator: "\n", omittingEmptySubsequences: false), indent: indent + "    ")
        case .sceneBreak:
            let mark = "*       *       *"
            let pad = max(0, ((wrapper.width ?? 72) - mark.count) / 2)
            lines([mark], indent: String(repeating: " ", count: pad))
        case .division(let division):
            for child in division.blocks { render(child, indent: indent) }
        case .table(let table):
            renderTable(table, indent: indent)
        case .figure(let figure):
            let caption = inlineText(figure.caption)
            let alt = prepare(figure.image.alt)
            paragraph("[" + (alt.isEmpty ? "Image" : "Image: " + alt) + "]" + (caption.isEmpty ? "" : " " + caption), indent: indent)
        case .raw(let format, let text):
            warnings.append("left out raw \(format) that plain text cannot hold: \(text.prefix(40))")
        }
    }

    /// A table as aligned columns, the header ruled off with dashes. Cells are
    /// not wrapped: a table wider than the page stays readable line by line.
    private mutating func renderTable(_ table: Table, indent: String) {
        let header = table.header.map { $0.map { inlineText($0) } }
        let rows = table.rows.map { $0.map { inlineText($0) } }
        let count = table.columnCount
        var widths = [Int](repeating: 0, count: count)
        for row in header + rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], TextWrapper.columns(cell)) }
        }
        func line(_ row: [String]) -> String {
            (0..<count).map { column -> String in
                let cell = column < row.count ? row[column] : ""
                let pad = widths[column] - TextWrapper.columns(cell)
                let alignment = column < table.alignments.count ? table.alignments[column] : .default
                switch alignment {
                case .right: return String(repeating: " ", count: pad) + cell
                case .center: return String(repeating: " ", count: pad / 2) + cell + String(repeating: " ", count: pad - pad / 2)
                case .left, .default: return cell + String(repeating: " ", count: pad)
                }
            }.joined(separator: "  ")
        }
        var out: [String] = []
        let caption = inlineText(table.caption)
        if !caption.isEmpty { out.append(caption) }
        for row in header { out.append(line(row)) }
        if !header.isEmpty { out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        for row in rows { out.append(line(row)) }
        lines(out, indent: indent)
    }

    /// A list item or note: the marker hangs before the first paragraph.
    private mutating func renderItem(_ item: [Block], marker: String, indent: String) {
        let hanging = indent + String(repeating: " ", count: marker.count)
        for (index, block) in item.enumerated() {
            if index == 0, case .paragraph(let inlines) = block {
                paragraph(inlineText(inlines), indent: hanging, firstIndent: indent + marker)
            } else {
                render(block, indent: hanging)
            }
        }
    }

    private mutating func renderNotes() {
        guard !notes.isEmpty else { return }
        paragraph("Notes", indent: "")
        underline("-", width: 5, indent: "")
        var index = 0
        // A note may call further notes, which join the list as it is written.
        while index < notes.count {
            renderItem(notes[index], marker: "[\(index + 1)] ", indent: "")
            index += 1
        }
    }

    // MARK: - Inlines

    /// Text as it will be printed: in ASCII when asked.
    private func prepare(_ text: String) -> String {
        options.ascii ? ASCIITransliteration.apply(text) : text
    }

    private mutating func inlineText(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines { append(inline, to: &out) }
        return prepare(out)
    }

    private mutating func append(_ inline: Inline, to out: inout String) {
        switch inline {
        case .text(let text), .code(let text):
            out += text
        case .emphasis(let inlines), .workTitle(let inlines):
            out += "_"
            for inline in inlines { append(inline, to: &out) }
            out += "_"
        case .strong(let inlines):
            out += "*"
            for inline in inlines { append(inline, to: &out) }
            out += "*"
        case .quoted(let kind, let inlines, let citation):
            out += marks.open(kind)
            for inline in inlines { append(inline, to: &out) }
            out += marks.close(kind)
            if let citation { out += " (" + citation.text + ")" }
        case .citation(let citation):
            out += "(" + citation.text + ")"
        case .link(let url, _, let inlines):
            var text = ""
            for inline in inlines { append(inline, to: &text) }
            out += text == url || text.isEmpty ? "<\(url)>" : "\(text) <\(url)>"
        case .note(let blocks):
            notes.append(blocks)
            out += "[\(notes.count)]"
        case .lineBreak:
            out += "\n"
        case .image(let image):
            out += "[" + (image.alt.isEmpty ? "image" : image.alt) + "]"
        case .raw(let format, let text):
            warnings.append("left out raw \(format) that plain text cannot hold: \(text.prefix(40))")
        }
    }
}
