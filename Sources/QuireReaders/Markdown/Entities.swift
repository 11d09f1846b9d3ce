/// Entity and numeric character references (`&amp;`, `&#35;`, `&#X22;`).
enum Entities {
    /// The reference starting at `start` (an `&`): its text as UTF-8 and the index after it.
    static func reference(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ([UInt8], Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if b[index] == 0x23 {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = index < end && (b[index] | 0x20) == 0x78
            if hex { index += 1 }
            while index < end {
                let c = b[index]
                let digit: UInt32
                if c >= 0x30 && c <= 0x39 { digit = UInt32(c - 0x30) } else if hex, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 {
                    digit = UInt32((c | 0x20) - 0x61 + 10)
                } else { break }
                value = min(value * (hex ? 16 : 10) + digit, 0x110000)
                digits += 1
                index += 1
            }
            guard digits >= 1, digits <= (hex ? 6 : 7), index < end, b[index] == 0x3B else { return nil }
            let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
            return (Array(String(Character(scalar)).utf8), index + 1)
        }
        let nameStart = index
        while index < end, index - nameStart <= 32 {
            let c = b[index]
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) { index += 1 } else { break }
        }
        guard index > nameStart, index < end, b[index] == 0x3B else { return nil }
        guard let value = NamedEntities.value(of: UnsafeBufferPointer(rebasing: b[nameStart..<index])) else { return nil }
        return (value, index + 1)
    }
}
