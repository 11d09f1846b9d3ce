import QuireModel

/// Collects a paragraph's runs (text with its format, notes, links, breaks) and builds
/// the inlines: neighbouring runs in italics become one emphasis however the word
/// processor split them, and spaces at the edge of a formatted run move outside it.
struct OfficeRuns {
    private enum Piece {
        case text(String)
        case inline(Inline)
    }

    private var pieces: [(piece: Piece, format: OfficeFormat)] = []

    var isEmpty: Bool { pieces.isEmpty }

    mutating func append(_ text: String, _ format: OfficeFormat) {
        guard !text.isEmpty else { return }
        if case .text(let previous)? = pieces.last?.piece, pieces.last?.format == format {
            pieces[pieces.count - 1].piece = .text(previous + text)
        } else {
            pieces.append((.text(text), format))
        }
    }

    /// A note, link, image or line break; `format` wraps it like the text around it.
    mutating func append(_ inline: Inline, _ format: OfficeFormat = OfficeFormat()) {
        pieces.append((.inline(inline), format))
    }

    func inlines() -> [Inline] {
        Self.build(pieces[...])
    }

    private static func build(_ pieces: ArraySlice<(piece: Piece, format: OfficeFormat)>) -> [Inline] {
        var out: [Inline] = []
        var index = pieces.startIndex
        while index < pieces.endIndex {
            let format = pieces[index].format
            if format.code, case .text = pieces[index].piece {
                var text = ""
                while index < pieces.endIndex, pieces[index].format.code, case .text(let more) = pieces[index].piece {
                    text += more
                    index += 1
                }
                appendCode(text, to: &out)
                continue
            }
            if format.italic || format.bold {
                // The longest stretch sharing the outer format; inside it, the rest is built again.
                let italic = format.italic
                var end = index
                var inner: [(piece: Piece, format: OfficeFormat)] = []
                while end < pieces.endIndex, italic ? pieces[end].format.italic : pieces[end].format.bold {
                    var piece = pieces[end]
                    if italic { piece.format.italic = false } else { piece.format.bold = false }
                    inner.append(piece)
                    end += 1
                }
                wrap(build(inner[...]), italic: italic, into: &out)
                index = end
                continue
            }
            switch pieces[index].piece {
            case .text(let text): appendText(text, to: &out)
            case .inline(let inline): out.append(inline)
            }
            index += 1
        }
        return out
    }

    /// Emphasis or strong around `content`, with the spaces at its edges left outside.
    private static func wrap(_ content: [Inline], italic: Bool, into out: inout [Inline]) {
        var content = content
        var leading = "", trailing = ""
        if case .text(let first)? = content.first {
            let kept = first.drop { $0 == " " }
            leading = String(repeating: " ", count: first.count - kept.count)
            if kept.isEmpty { content.removeFirst() } else { content[0] = .text(text: String(kept)) }
        }
        if case .text(let last)? = content.last {
            var kept = Substring(last)
            while kept.last == " " { kept = kept.dropLast() }
            trailing = String(repeating: " ", count: last.count - kept.count)
            if kept.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(text: String(kept)) }
        }
        appendText(leading, to: &out)
        if !content.isEmpty { out.append(italic ? .emphasis(inlines: content) : .strong(inlines: content)) }
        appendText(trailing, to: &out)
    }

    private static func appendCode(_ text: String, to out: inout [Inline]) {
        if text.allSatisfy({ $0 == " " }) { appendText(text, to: &out) } else { out.append(.code(text: text)) }
    }

    static func appendText(_ text: String, to out: inout [Inline]) {
        guard !text.isEmpty else { return }
        if case .text(let previous)? = out.last {
            out[out.count - 1] = .text(text: previous + text)
        } else {
            out.append(.text(text: text))
        }
    }
}
