import QuireModel

/// Renders inlines as Markdown: emphasis that nests right, code spans with
/// long enough fences, links with safe destinations, quotations as straight
/// quotes for the smart-punctuation reader, notes as `[^n]` calls.
struct MarkdownInlines {
    let renderer: MarkdownRenderer
    var out = ""

    init(renderer: MarkdownRenderer) {
        self.renderer = renderer
    }

    mutating func write(_ inlines: [Inline], lineStart: Bool) {
        for (index, inline) in inlines.enumerated() {
            let atLineStart = (index == 0 && lineStart) || (index > 0 && inlines[index - 1] == .lineBreak)
            let before = index > 0 ? inlines[index - 1].lastCharacter : nil
            let after = index + 1 < inlines.count ? inlines[index + 1].firstCharacter : nil
            write(inline, lineStart: atLineStart, before: before, after: after)
        }
    }

    mutating func write(_ inline: Inline, lineStart: Bool, before: Character?, after: Character?) {
        switch inline {
        case .text(let text):
            out += MarkdownEscaping.text(text, smart: true, lineStart: lineStart)
        case .emphasis(let inlines):
            // `_` cannot open or close inside a word; `*` can.
            let mark = Self.isWord(before) || Self.isWord(after) ? "*" : "_"
            out += mark
            write(inlines, lineStart: false)
            out += mark
        case .strong(let inlines):
            out += "**"
            write(inlines, lineStart: false)
            out += "**"
        case .quoted(let kind, let inlines, let citation):
            let mark = kind == .double ? "\"" : "'"
            out += mark
            write(inlines, lineStart: false)
            out += mark
            if let citation { out += " (" + MarkdownEscaping.text(citation.text, smart: true) + ")" }
        case .citation(let citation):
            out += "(" + MarkdownEscaping.text(citation.text, smart: true) + ")"
        case .workTitle(let inlines):
            // Markdown has no cited-title span; HTML's <cite> is the documented construct.
            out += "<cite>"
            write(inlines, lineStart: false)
            out += "</cite>"
        case .link(let url, let title, let inlines):
            if title == nil, inlines == [.text(text: url)], Self.isAutolinkable(url) {
                out += "<" + url + ">"
            } else if title == nil, url.hasPrefix("mailto:"), inlines == [.text(text: String(url.dropFirst(7)))],
                      Self.isAutolinkable(url) {
                out += "<" + url.dropFirst(7) + ">"
            } else {
                out += "["
                write(inlines, lineStart: false)
                out += "]" + Self.destination(url, title: title)
            }
        case .note(let blocks):
            out += "[^\(renderer.addNote(blocks))]"
        case .lineBreak:
            out += "\\\n"
        case .code(let text):
            let fence = String(repeating: "`", count: MarkdownRenderer.longestRun(of: "`", in: text) + 1)
            let pad = text.hasPrefix("`") || text.hasSuffix("`") || (text.hasPrefix(" ") && text.hasSuffix(" ") && text.contains { $0 != " " })
            if text.contains("\n") { renderer.warn("a line end in inline code was written as a space") }
            out += fence + (pad ? " " : "") + text.replacing("\n", with: " ") + (pad ? " " : "") + fence
        case .image(let image):
            out += "![" + MarkdownEscaping.text(image.alt, smart: true) + "]" + Self.destination(image.source, title: image.title)
        case .raw(let format, let text):
            if format == "html" {
                out += text
            } else {
                renderer.warn("left out raw \(format) that Markdown cannot hold: \(text.prefix(40))")
            }
        }
    }

    /// `(url "title")`, the URL in angle brackets when it has spaces or parentheses.
    static func destination(_ url: String, title: String?) -> String {
        var destination = url.replacing("\\", with: "\\\\")
        if url.isEmpty || url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) {
            destination = "<" + destination.replacing("<", with: "\\<").replacing(">", with: "\\>") + ">"
        }
        guard let title else { return "(" + destination + ")" }
        let escapedTitle = title.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        return "(" + destination + " \"" + escapedTitle + "\")"
    }

    static func isWord(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber } ?? false }

    /// A URL with a scheme and nothing an autolink cannot hold.
    static func isAutolinkable(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), url.distance(from: url.startIndex, to: colon) >= 2 else { return false }
        guard url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }),
              url.first!.isLetter else { return false }
        return !url.contains { $0 == " " || $0 == "<" || $0 == ">" || $0.asciiValue.map { $0 < 0x20 } ?? false }
    }
}

extension Inline {
    /// The first character a reader sees, for flanking decisions.
    var firstCharacter: Character? {
        switch self {
        case .text(let text): return text.first
        case .emphasis, .strong: return "*"
        case .quoted: return "\""
        case .citation: return "("
        case .workTitle: return "<"
        case .link, .image, .note: return "["
        case .lineBreak: return "\n"
        case .code: return "`"
        case .raw(_, let text): return text.first
        }
    }

    var lastCharacter: Character? {
        switch self {
        case .text(let text): return text.last
        case .emphasis, .strong: return "*"
        case .quoted(_, _, let citation): return citation == nil ? "\"" : ")"
        case .citation: return ")"
        case .workTitle: return ">"
        case .link, .image: return ")"
        case .note: return "]"
        case .lineBreak: return "\n"
        case .code: return "`"
        case .raw(_, let text): return text.last
        }
    }
}
