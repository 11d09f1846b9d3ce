#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuireModel

/// Whitespace in DocBook's mixed content: pretty-printers (pandoc's among them) break and
/// indent lines inside paragraphs, and that whitespace is not part of the text. Quire's
/// writer never puts a line feed in mixed content, so the rule is: a whitespace run that
/// holds a line feed is layout (one space, or nothing at the edges of a block); runs of
/// plain spaces are text and are kept as written.
enum InlineWhitespace {
    static func normalize(_ inlines: [Inline], trimEnd: Bool = true) -> [Inline] {
        var out = inlines
        if case .text(let first)? = out.first {
            let trimmed = trimLayout(first, leading: true)
            if trimmed.isEmpty { out.removeFirst() } else { out[0] = .text(text: trimmed) }
        }
        if trimEnd, case .text(let last)? = out.last {
            let trimmed = trimLayout(last, leading: false)
            if trimmed.isEmpty { out.removeLast() } else { out[out.count - 1] = .text(text: trimmed) }
        }
        return out.map(collapse)
    }

    private static func collapse(_ inline: Inline) -> Inline {
        switch inline {
        case .text(let text):
            return .text(text: collapse(text))
        case .emphasis(let inlines): return .emphasis(inlines: inlines.map(collapse))
        case .strong(let inlines): return .strong(inlines: inlines.map(collapse))
        case .workTitle(let inlines): return .workTitle(inlines: inlines.map(collapse))
        case .quoted(let kind, let inlines, let citation):
            return .quoted(kind: kind, inlines: inlines.map(collapse), citation: citation)
        case .link(let url, let title, let inlines):
            return .link(url: url, title: title, inlines: inlines.map(collapse))
        case .citation, .note, .lineBreak, .code, .image, .raw:
            return inline
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Whether the text holds a line feed; scans the bytes in place, as it runs on every text.
    static func hasLineFeed(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0A, bytes.count) != nil
        }
    }

    /// Every whitespace run that holds a line feed becomes one space.
    static func collapse(_ text: String) -> String {
        guard hasLineFeed(text) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var run: [UInt8] = []
        func flush() {
            if run.contains(0x0A) { out.append(0x20) } else { out += run }
            run.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if isSpace(byte) { run.append(byte) } else {
                if !run.isEmpty { flush() }
                out.append(byte)
            }
        }
        if !run.isEmpty { flush() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Removes the whitespace run at one edge of a block's text if it holds a line feed.
    private static func trimLayout(_ text: String, leading: Bool) -> String {
        guard hasLineFeed(text) else { return text }
        let utf8 = text.utf8
        if leading {
            let end = utf8.firstIndex { !isSpace($0) } ?? utf8.endIndex
            return utf8[utf8.startIndex..<end].contains(0x0A) ? String(text[end...]) : text
        }
        guard let lastText = utf8.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        let start = utf8.index(after: lastText)
        return utf8[start...].contains(0x0A) ? String(text[..<start]) : text
    }

    // MARK: - Verse

    /// Splits verse content into lines at its line feeds, also inside emphasis and the like.
    static func splitLines(_ inlines: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        func wrapped(_ inner: [Inline], _ make: ([Inline]) -> Inline) {
            let parts = splitLines(inner)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append([]) }
                if !part.isEmpty || parts.count == 1 { lines[lines.count - 1].append(make(part)) }
            }
        }
        for inline in inlines {
            switch inline {
            case .text(let text):
                let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
                for (index, part) in parts.enumerated() {
                    if index > 0 { lines.append([]) }
                    if !part.isEmpty { lines[lines.count - 1].append(.text(text: String(part))) }
                }
            case .emphasis(let inner): wrapped(inner) { .emphasis(inlines: $0) }
            case .strong(let inner): wrapped(inner) { .strong(inlines: $0) }
            case .workTitle(let inner): wrapped(inner) { .workTitle(inlines: $0) }
            case .quoted(let kind, let inner, let citation): wrapped(inner) { .quoted(kind: kind, inlines: $0, citation: citation) }
            case .link(let url, let title, let inner): wrapped(inner) { .link(url: url, title: title, inlines: $0) }
            case .citation, .note, .lineBreak, .code, .image, .raw:
                lines[lines.count - 1].append(inline)
            }
        }
        return lines
    }
}
