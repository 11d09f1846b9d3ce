// Flattening inlines to text, for places that cannot hold markup: OPF
// metadata, `<title>`, heading ids, plain-text search.

extension Array where Element == Inline {
    /// The text a reader would see, with quotation marks restored as curly double/single quotes.
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out) }
        return out
    }
}

extension Inline {
    /// The inline's visible text; notes are left out (they are not part of the running text).
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    func appendPlainText(to out: inout String) {
        switch self {
        case .text(let text), .code(let text):
            out += text
        case .emphasis(let inlines), .strong(let inlines), .workTitle(let inlines),
             .link(_, _, let inlines):
            for inline in inlines { inline.appendPlainText(to: &out) }
        case .quoted(let kind, let inlines, let citation):
            out += kind == .double ? "\u{201C}" : "\u{2018}"
            for inline in inlines { inline.appendPlainText(to: &out) }
            out += kind == .double ? "\u{201D}" : "\u{2019}"
            if let citation { out += " (\(citation.text))" }
        case .citation(let citation):
            out += "(\(citation.text))"
        case .note:
            break
        case .lineBreak:
            out += "\n"
        case .image(let image):
            out += image.alt
        case .raw:
            break
        }
    }
}

extension Block {
    /// The block's visible text, blocks separated by blank lines.
    public var plainText: String {
        switch self {
        case .paragraph(let inlines), .heading(_, _, let inlines):
            return inlines.plainText
        case .blockQuote(let quote):
            return quote.blocks.map(\.plainText).joined(separator: "\n\n")
        case .list(let list):
            return list.items.map { $0.map(\.plainText).joined(separator: "\n\n") }.joined(separator: "\n")
        case .verse(let lines):
            return lines.map(\.plainText).joined(separator: "\n")
        case .preformatted(let text):
            return text
        case .sceneBreak, .raw:
            return ""
        case .division(let division):
            return division.blocks.map(\.plainText).joined(separator: "\n\n")
        case .table(let table):
            return (table.header + table.rows).map { $0.map(\.plainText).joined(separator: "\t") }.joined(separator: "\n")
        case .figure(let figure):
            return figure.caption.isEmpty ? figure.image.alt : figure.caption.plainText
        }
    }
}
