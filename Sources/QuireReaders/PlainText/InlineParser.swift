import QuireModel

/// Stage 9: the inlines of a paragraph. Quotations in curly or straight marks
/// become `Inline.quoted` (single quotes nest inside double ones); apostrophes
/// ("Trotsky’s", "’tis", "workers’") are not quotes; a mark that never closes
/// stays text. A citation in parentheses right after a quotation is attached
/// to it; one standing alone becomes `Inline.citation`. Works on UTF-8 bytes.
enum InlineParser {
    private struct Mark {
        var position: Int
        var length: Int
        var kind: QuoteKind
        var opens: Bool
        var straight: Bool
    }

    private struct Pair {
        var open: Mark
        var close: Mark
    }

    static func parse(_ text: String) -> [Inline] { parse(Substring(text)) }

    static func parse(_ text: Substring) -> [Inline] {
        if let inlines = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0, whole: text) }) { return inlines }
        var copy = String(text)
        return copy.withUTF8 { parse(bytes: $0, whole: text) }
    }

    /// `whole` is the text the bytes spell: a run that covers all of it is made from it,
    /// which shares its storage when it is a whole string.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, whole: Substring) -> [Inline] {
        guard needsParsing(bytes) else { return bytes.isEmpty ? [] : [.text(text: String(whole))] }
        let found = marks(bytes)
        // Apostrophes and dashes alone make no quotation, and without "(" there is no citation.
        if !found.contains(where: \.opens) && !bytes.contains(0x28) { return [.text(text: String(whole))] }
        let pairs = match(found)
        var builder = Builder(bytes: bytes, whole: whole, pairs: pairs)
        return builder.build(0, bytes.count)
    }

    /// Most paragraphs have neither quotation marks nor parentheses.
    private static func needsParsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            index = skipPlain(bytes, from: index)
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0xE2 || byte == 0xC2 { return true }
            index += 1
        }
        return false
    }

    /// The first index at or after `index` where eight bytes could hold a mark or a
    /// parenthesis (a non-ASCII byte, ", ' or "("), found eight bytes at a time.
    @inline(__always)
    private static func skipPlain(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if word & SWAR.highs != 0 || SWAR.hasByte(word, 0x22) || SWAR.hasByte(word, 0x27) || SWAR.hasByte(word, 0x28) { break }
            index += 8
        }
        return index
    }

    // MARK: - Marks

    private static func marks(_ bytes: UnsafeBufferPointer<UInt8>) -> [Mark] {
        var marks: [Mark] = []
        let count = bytes.count
        var index = 0
        while index < count {
            // Marks are ", ' or start with a non-ASCII byte; "(" is not a mark, but skipPlain stops there too.
            index = skipPlain(bytes, from: index)
            guard index < count else { break }
            let byte = bytes[index]
            if byte == 0x22 {
                marks.append(Mark(position: index, length: 1, kind: .double, opens: opensHere(bytes, index, 1), straight: true))
            } else if byte == 0x27 {
                let before = letterBefore(bytes, index)
                let after = letterAt(bytes, index + 1)
                if before && after {
                    // an apostrophe: don't, o'clock
                } else if opensHere(bytes, index, 1) && after {
                    marks.append(Mark(position: index, length: 1, kind: .single, opens: true, straight: true))
                } else if index > 0 && !isSpace(bytes[index - 1]) {
                    marks.append(Mark(position: index, length: 1, kind: .single, opens: false, straight: true))
                }
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 {
                let third = bytes[index + 2]
                switch third {
                case 0x9C: marks.append(Mark(position: index, length: 3, kind: .double, opens: true, straight: false))
                case 0x9D: marks.append(Mark(position: index, length: 3, kind: .double, opens: false, straight: false))
                case 0x98: marks.append(Mark(position: index, length: 3, kind: .single, opens: true, straight: false))
                case 0x99:
                    // Between letters or after a space (’tis, ’er) it is an apostrophe.
                    if index > 0, !isSpace(bytes[index - 1]), !(letterBefore(bytes, index) && letterAt(bytes, index + 3)),
                       !opensHere(bytes, index, 3) {
                        marks.append(Mark(position: index, length: 3, kind: .single, opens: false, straight: false))
                    }
                default: break
                }
                index += 3
                continue
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB {
                marks.append(Mark(position: index, length: 2, kind: .double, opens: bytes[index + 1] == 0xAB, straight: false))
                index += 2
                continue
            }
            index += 1
        }
        return marks
    }

    /// A straight mark opens at the start, after a space, a bracket, a dash or another opening mark.
    private static func opensHere(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Bool {
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        if isSpace(before) || before == 0x28 || before == 0x5B || before == 0x2D || before == 0x22 || before == 0x27 { return true }
        // U+2014, U+2013 (E2 80 94/93), U+201C, U+2018, NBSP (C2 A0).
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80,
           [0x94, 0x93, 0x9C, 0x98].contains(before) { return true }
        if index >= 2, bytes[index - 2] == 0xC2, before == 0xA0 { return true }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0xA0 }

    /// Whether the character starting at `index` is a letter or digit.
    private static func letterAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIWord(byte) }
        return decode(bytes, from: index).map { $0.properties.isAlphabetic } ?? false
    }

    /// Whether the character ending just before `index` is a letter or digit.
    private static func letterBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index > 0 else { return false }
        var start = index - 1
        if bytes[start] < 0x80 { return isASCIIWord(bytes[start]) }
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(bytes, from: start).map { $0.properties.isAlphabetic } ?? false
    }

    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<max(length, 1) where length > 1 { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Pairs each closing mark with the nearest open mark of its kind; marks left over are text.
    private static func match(_ marks: [Mark]) -> [Pair] {
        var stack: [Mark] = []
        var pairs: [Pair] = []
        for mark in marks {
            if mark.opens && !(mark.straight && mark.kind == .double && stack.last.map { $0.straight && $0.kind == .double } == true) {
                stack.append(mark)
                continue
            }
            guard let depth = stack.lastIndex(where: { $0.kind == mark.kind && $0.straight == mark.straight }) else { continue }
            // A double quote closes over unclosed single marks (apostrophes misread); a single
            // mark never closes over an open double one.
            if mark.kind == .single && stack[(depth + 1)...].contains(where: { $0.kind == .double }) { continue }
            pairs.append(Pair(open: stack[depth], close: mark))
            stack.removeSubrange(depth...)
        }
        return pairs.sorted { $0.open.position < $1.open.position }
    }

    // MARK: - Tree

    private struct Builder {
        let bytes: UnsafeBufferPointer<UInt8>
        let whole: Substring
        let pairs: [Pair]
        var next = 0

        init(bytes: UnsafeBufferPointer<UInt8>, whole: Substring, pairs: [Pair]) {
            self.bytes = bytes
            self.whole = whole
            self.pairs = pairs
        }

        /// Inlines for bytes[start..<end]; pairs inside are consumed in order.
        mutating func build(_ start: Int, _ end: Int) -> [Inline] {
            var out: [Inline] = []
            var cursor = start
            while next < pairs.count, pairs[next].open.position < end {
                let pair = pairs[next]
                next += 1
                guard pair.open.position >= cursor else { continue }
                appendText(cursor, pair.open.position, to: &out)
                let inner = build(pair.open.position + pair.open.length, pair.close.position)
                cursor = pair.close.position + pair.close.length
                var citation: Citation? = nil
                if let (found, after) = citationAfter(cursor, limit: end) {
                    citation = found
                    cursor = after
                }
                out.append(.quoted(kind: pair.open.kind, inlines: inner, citation: citation))
            }
            appendText(cursor, end, to: &out)
            return out
        }

        /// "(My Life)" after a closing mark, with only spaces between.
        func citationAfter(_ position: Int, limit: Int) -> (Citation, Int)? {
            var index = position
            while index < limit, bytes[index] == 0x20 { index += 1 }
            guard index < limit, bytes[index] == 0x28, let close = closingParenthesis(index, limit: limit),
                  let citation = CitationRule.citation(text(index + 1, close), afterQuote: true) else { return nil }
            return (citation, close + 1)
        }

        func closingParenthesis(_ open: Int, limit: Int) -> Int? {
            var depth = 0
            var index = open
            while index < limit {
                if bytes[index] == 0x28 { depth += 1 } else if bytes[index] == 0x29 {
                    depth -= 1
                    if depth == 0 { return index }
                }
                index += 1
            }
            return nil
        }

        func text(_ start: Int, _ end: Int) -> String {
            if start == 0 && end == bytes.count { return String(whole) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        /// Text, with standalone citations cut out of it.
        func appendText(_ start: Int, _ end: Int, to out: inout [Inline]) {
            guard start < end else { return }
            var cursor = start
            var index = start
            while index < end {
                if bytes[index] == 0x28, let close = closingParenthesis(index, limit: end),
                   let citation = CitationRule.citation(text(index + 1, close), afterQuote: false) {
                    var textEnd = index
                    if textEnd > cursor { appendPlain(cursor, textEnd, to: &out) }
                    textEnd = close + 1
                    out.append(.citation(citation: citation))
                    cursor = textEnd
                    index = textEnd
                    continue
                }
                index += 1
            }
            if cursor < end { appendPlain(cursor, end, to: &out) }
        }

        func appendPlain(_ start: Int, _ end: Int, to out: inout [Inline]) {
            let piece = text(start, end)
            if case .text(let previous)? = out.last {
                out[out.count - 1] = .text(text: previous + piece)
            } else {
                out.append(.text(text: piece))
            }
        }
    }
}
