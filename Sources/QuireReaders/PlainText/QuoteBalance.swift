/// How a paragraph's double quotation marks balance: does it open with one,
/// is a quotation still open at its end, does it close quotes it never opened,
/// and is it one quotation from end to end. Scans UTF-8 bytes.
struct QuoteBalance: Sendable, Equatable {
    var startsWithOpen = false
    /// Quotations still open at the end of the paragraph.
    var openAtEnd = 0
    /// Closing marks with no opening mark before them.
    var unmatchedCloses = 0
    /// The paragraph ends with a closing mark (trailing punctuation looked through).
    var endsWithClose = false
    /// The opening mark at the start is closed only at the very end.
    var whollyEnclosed = false
    /// The paragraph is one quotation from its start: the opening mark is closed at
    /// the very end or not at all (no "he said" between two quotations).
    var isOneQuotation = false

    private enum Mark { case open, close }

    init<S: StringProtocol>(_ text: S) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes in self.scan(bytes) }) == nil {
            var copy = String(text)
            copy.withUTF8 { bytes in self.scan(bytes) }
        }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var depth = 0
        var firstReturnToZero: Int? = nil
        var straightOpen = false
        var seenContent = false
        var lastCloseEnd = -1
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Eight ASCII bytes with no straight quote: nothing but content or spaces.
            if index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if word & SWAR.highs == 0 && !SWAR.hasByte(word, 0x22) {
                    if word != 0x2020_2020_2020_2020 { seenContent = true }
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            // Fast path: a byte that cannot start a quotation mark.
            if byte != 0x22 && byte < 0xC2 {
                if byte != 0x20 { seenContent = true }
                index += 1
                continue
            }
            var mark: Mark? = nil
            var length = 1
            if byte == 0x22 {
                mark = straightOpen ? .close : .open
                straightOpen.toggle()
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                mark = bytes[index + 2] == 0x9C ? .open : .close
                length = 3
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB {
                mark = bytes[index + 1] == 0xAB ? .open : .close
                length = 2
            }
            switch mark {
            case .open:
                if !seenContent { startsWithOpen = true }
                depth += 1
            case .close:
                if depth > 0 {
                    depth -= 1
                    if depth == 0 && firstReturnToZero == nil { firstReturnToZero = index + length }
                } else {
                    unmatchedCloses += 1
                }
                lastCloseEnd = index + length
            case nil:
                break
            }
            if byte != 0x20 { seenContent = true }
            index += length
        }
        openAtEnd = depth
        // Walk back over trailing punctuation to see whether a closing mark ends the text.
        var end = count
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x21 || byte == 0x3F || byte == 0x29 {
                end -= 1
            } else if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xA6 || bytes[end - 1] == 0x94 {
                end -= 3  // an ellipsis or a dash
            } else if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
                end -= 2
            } else {
                break
            }
        }
        endsWithClose = lastCloseEnd == end && end > 0
        whollyEnclosed = startsWithOpen && endsWithClose && firstReturnToZero == lastCloseEnd && unmatchedCloses == 0
        isOneQuotation = startsWithOpen && (firstReturnToZero == nil || whollyEnclosed)
    }
}
