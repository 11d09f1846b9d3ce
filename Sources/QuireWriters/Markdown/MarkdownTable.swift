import QuireModel

/// Tables as pipe tables, the caption as a `: caption` line after them.
enum MarkdownTable {
    static func render(_ table: Table, renderer: MarkdownRenderer) -> String {
        let columns = table.columnCount
        guard columns > 0 else {
            renderer.warn("left out an empty table")
            return "<!-- empty table -->"
        }
        func cell(_ inlines: [Inline]) -> String {
            if inlines.contains(.lineBreak) { renderer.warn("a line break in a table cell was written as a space") }
            var writer = MarkdownInlines(renderer: renderer)
            writer.write(inlines.map { $0 == .lineBreak ? .text(text: " ") : $0 }, lineStart: false)
            return writer.out.replacing("|", with: "\\|")
        }
        func row(_ cells: [[Inline]]) -> String {
            var texts = cells.map(cell)
            while texts.count < columns { texts.append("") }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        var header = table.header.first ?? []
        if table.header.isEmpty {
            renderer.warn("a table without a header row was given an empty one (pipe tables need it)")
            header = Array(repeating: [], count: columns)
        }
        if table.header.count > 1 { renderer.warn("only the first of \(table.header.count) header rows was kept") }
        var lines = [row(header)]
        lines.append("|" + (0..<columns).map { column -> String in
            let alignment = column < table.alignments.count ? table.alignments[column] : .default
            switch alignment {
            case .default: return "---"
            case .left: return ":--"
            case .right: return "--:"
            case .center: return ":-:"
            }
        }.joined(separator: "|") + "|")
        lines += table.rows.map(row)
        var out = lines.joined(separator: "\n")
        if !table.caption.isEmpty { out += "\n\n: " + renderer.inlineText(table.caption) }
        return out
    }
}
