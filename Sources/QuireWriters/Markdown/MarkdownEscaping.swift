/// Backslash escapes for text, so the reader sees characters, not syntax.
/// Works on UTF-8 bytes: the writer spends most of its time here.
enum MarkdownEscaping {
    /// Bytes that are always escaped: `\ ` * _ [ ] < > &`.
    static let alwaysEscaped: [Bool] = (0...255).map { [0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x26].contains($0) }
    /// Bytes that may need escaping depending on their neighbours.
    static let maybeEscaped: [Bool] = (0...255).map { alwaysEscaped[$0] || [0x21, 0x7C, 0x22, 0x27, 0x2D, 0x2E, 0x0A].contains($0) }

    /// Escapes `text`; with `smart` also quotes, `--` and `...`, which the
    /// smart-punctuation reader would otherwise turn into typography;
    /// `lineStart` also what would start a block at the beginning of a line.
    static func text(_ text: String, smart: Bool, lineStart: Bool = false, table: Bool = false) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String in
            // Most text needs nothing: hand the string back untouched.
            if !lineStart, !bytes.contains(where: { maybeEscaped[Int($0)] }) { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var index = 0
            if lineStart { blockStartEscape(bytes, &index, into: &out) }
            let count = bytes.count
            while index < count {
                let c = bytes[index]
                if !maybeEscaped[Int(c)] {
                    out.append(c)
                    index += 1
                    continue
                }
                let next: UInt8 = index + 1 < count ? bytes[index + 1] : 0
                switch c {
                case _ where alwaysEscaped[Int(c)]:
                    out.append(0x5C)
                    out.append(c)
                case 0x21 where next == 0x5B, 0x7C where table, 0x22 where smart:
                    out.append(0x5C)
                    out.append(c)
                case 0x27 where smart:
                    // Inside a word it is an apostrophe already.
                    if !(isWord(before: index, bytes) && isWord(at: index + 1, bytes)) { out.append(0x5C) }
                    out.append(c)
                case 0x2D where smart && next == 0x2D:
                    out.append(contentsOf: [0x2D, 0x5C])
                case 0x2E where smart && next == 0x2E && index + 2 < count && bytes[index + 2] == 0x2E:
                    out.append(contentsOf: [0x2E, 0x5C])
                case 0x0A:
                    out.append(0x20)
                default:
                    out.append(c)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the character starting at `index` is a letter or digit.
    static func isWord(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return false }
        return scalar(bytes, from: index).map(isWord) ?? false
    }

    /// Whether the character ending just before `index` is a letter or digit.
    static func isWord(before index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return false }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(bytes, from: start).map(isWord) ?? false
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Escapes a leading `#`, `>`, list marker, `+`, `=`, `:`, `~`, `|` or ordered-list number.
    static func blockStartEscape(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, into out: inout [UInt8]) {
        guard let first = bytes.first else { return }
        switch first {
        case 0x23, 0x3E, 0x2B, 0x2D, 0x3D, 0x3A, 0x7E, 0x7C:
            out.append(0x5C)
            out.append(first)
            index = 1
            return
        default:
            break
        }
        // "1. " or "1) " would start an ordered list.
        var digits = 0
        while digits < bytes.count, bytes[digits] >= 0x30, bytes[digits] <= 0x39 { digits += 1 }
        if digits > 0, digits < bytes.count, bytes[digits] == 0x2E || bytes[digits] == 0x29 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<digits]))
            out.append(0x5C)
            out.append(bytes[digits])
            index = digits + 1
        }
    }
}
