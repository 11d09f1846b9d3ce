/// Stage 0: text copied from a web page often carries a no-break space beside an
/// ordinary one (`end.\u{A0} Next`, typeset as two spaces after a sentence). A no-break
/// space that touches a space binds nothing: the pair is one ordinary space. No-break
/// spaces between words (`Mr.\u{A0}Smith`) are kept. Works in place on the bytes, and
/// only writes when such a pair exists.
enum NoBreakSpaceRule {
    static func apply(_ bytes: inout [UInt8]) {
        guard let first = firstPair(bytes) else { return }
        var write = first
        bytes.withUnsafeMutableBufferPointer { buffer in
            var read = first
            let count = buffer.count
            while read < count {
                let byte = buffer[read]
                if byte == 0xC2, read + 2 < count, buffer[read + 1] == 0xA0, buffer[read + 2] == 0x20 {
                    read += 2  // the no-break space goes; the space after it is copied next
                    continue
                }
                if byte == 0x20, read + 2 < count, buffer[read + 1] == 0xC2, buffer[read + 2] == 0xA0 {
                    buffer[write] = 0x20
                    write += 1
                    read += 3
                    continue
                }
                buffer[write] = byte
                write += 1
                read += 1
            }
        }
        bytes.removeSubrange(write...)
    }

    /// Where the first no-break space next to a space starts (at the space or at the C2 byte).
    static func firstPair(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while let found = bytes[index...].firstIndex(of: 0xC2) {
            if found + 1 < bytes.count, bytes[found + 1] == 0xA0 {
                if found > 0, bytes[found - 1] == 0x20 { return found - 1 }
                if found + 2 < bytes.count, bytes[found + 2] == 0x20 { return found }
            }
            index = found + 1
        }
        return nil
    }
}
