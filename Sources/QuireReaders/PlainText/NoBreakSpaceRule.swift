import Glibc

/// Stage 3b: text copied from a web page often carries a no-break space beside an
/// ordinary one (`end.\u{A0} Next`, typeset as two spaces after a sentence). A no-break
/// space that touches a space binds nothing: the pair is one ordinary space. No-break
/// spaces between words (`Mr.\u{A0}Smith`) are kept. Applied to each unit, so only the
/// few that hold such a pair are copied; the rest stay slices of the input.
enum NoBreakSpaceRule {
    static func apply(_ unit: inout TextUnit) {
        if let text = cleaned(unit.text) { unit.text = Substring(text) }
        if unit.keepsLines, unit.lines.contains(where: { cleaned($0) != nil }) {
            unit.lines = unit.lines.map { line in cleaned(line).map { Substring($0) } ?? line }
        }
    }

    /// The text with each no-break space beside a space made one space, or nil when it has none.
    static func cleaned(_ text: Substring) -> String? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let base = bytes.baseAddress, let first = firstPair(bytes, base) else { return nil }
            var out = Array(bytes[..<first])
            out.reserveCapacity(bytes.count)
            var read = first
            let count = bytes.count
            while read < count {
                let byte = bytes[read]
                if byte == 0xC2, read + 2 < count, bytes[read + 1] == 0xA0, bytes[read + 2] == 0x20 {
                    read += 2  // the no-break space goes; the space after it is copied next
                } else if byte == 0x20, read + 2 < count, bytes[read + 1] == 0xC2, bytes[read + 2] == 0xA0 {
                    out.append(0x20)
                    read += 3
                } else {
                    out.append(byte)
                    read += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return result ?? nil
    }

    /// Where the first no-break space next to a space starts (at the space or at the C2 byte);
    /// memchr finds the rare C2 bytes many bytes at a time.
    private static func firstPair(_ bytes: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>) -> Int? {
        var start = 0
        let count = bytes.count
        while start < count, let found = memchr(base + start, 0xC2, count - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 1 < count, bytes[index + 1] == 0xA0 {
                if index > 0, bytes[index - 1] == 0x20 { return index - 1 }
                if index + 2 < count, bytes[index + 2] == 0x20 { return index }
            }
            start = index + 1
        }
        return nil
    }
}
