import QuireModel

/// Turns raw input bytes into clean UTF-8 text for the text readers: checks
/// that it is text at all, decodes UTF-16 with a byte-order mark, strips a
/// UTF-8 one and normalises line ends (CR LF and lone CR become LF).
public enum TextInput {
    /// The longest line a text reader accepts. No paragraph of prose comes
    /// near it; a longer line is minified data or a binary file, and
    /// refusing it early keeps line-based rules from going quadratic.
    public static let maxLineLength = 4 << 20

    /// Validated UTF-8 with LF line ends and no BOM.
    /// - Parameter maxLineLength: refuse longer lines (nil: any length, for JSON).
    public static func decode(_ input: [UInt8], lenient: Bool, maxLineLength: Int? = TextInput.maxLineLength) throws -> [UInt8] {
        // UTF-16 with a byte-order mark (what Windows calls "Unicode" text)
        // would look binary, its ASCII letters being half NUL bytes.
        if input.count >= 2, (input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF) {
            let text = try TextEncoding.utf8(fromUTF16: input, bigEndian: input[0] == 0xFE, lenient: lenient)
            return try decode(text, lenient: lenient, maxLineLength: maxLineLength)
        }
        var start = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { start = 3 }
        if input[start...].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ReaderError.empty
        }
        // A NUL byte never occurs in text; its presence early on means a binary file.
        if let nul = input[start..<min(input.count, start + 8192)].firstIndex(of: 0) {
            throw ReaderError.binary(offset: nul)
        }
        // Most input is already clean: check it without copying, and hand
        // back the same storage when nothing needs to change.
        if start == 0, try isClean(input, lenient: lenient, maxLineLength: maxLineLength) { return input }
        return try normalise(input, from: start, lenient: lenient, maxLineLength: maxLineLength)
    }

    /// True when the input is valid UTF-8 with LF line ends and short enough
    /// lines; throws the first error when it is not and `lenient` is off.
    static func isClean(_ input: [UInt8], lenient: Bool, maxLineLength: Int?) throws -> Bool {
        let limit = maxLineLength ?? Int.max
        return try input.withUnsafeBufferPointer { bytes -> Bool in
            var index = 0
            var lineStart = 0
            var lineNumber = 1
            let count = bytes.count
            let raw = UnsafeRawBufferPointer(bytes)
            while index < count {
                // Eight plain ASCII bytes at a time with no LF or CR among them
                // (the usual case) need no closer look.
                if index + 8 <= count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if word & 0x8080_8080_8080_8080 == 0 && !SWAR.hasByte(word, 0x0A) && !SWAR.hasByte(word, 0x0D) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x0A {
                        if index - lineStart > limit { throw ReaderError.lineTooLong(line: lineNumber, limit: limit) }
                        lineStart = index + 1
                        lineNumber += 1
                    } else if byte == 0x0D {
                        return false
                    }
                    index += 1
                } else {
                    let length = UTF8Validation.sequenceLength(bytes, at: index)
                    if length == 0 {
                        if lenient { return false }
                        throw ReaderError.invalidUTF8(offset: index)
                    }
                    index += length
                }
            }
            if count - lineStart > limit { throw ReaderError.lineTooLong(line: lineNumber, limit: limit) }
            return true
        }
    }

    /// The copying path: drops the BOM, turns CR LF and CR into LF, replaces
    /// bad bytes with U+FFFD (lenient) or names the first one.
    static func normalise(_ input: [UInt8], from start: Int, lenient: Bool, maxLineLength: Int?) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count - start)
        var index = start
        let count = input.count
        let limit = maxLineLength ?? Int.max
        var lineStart = start
        var lineNumber = 1
        try input.withUnsafeBufferPointer { bytes in
            while index < count {
                let byte = bytes[index]
                if index - lineStart > limit { throw ReaderError.lineTooLong(line: lineNumber, limit: limit) }
                // The LF of a CR LF pair is skipped below, so each pair counts once.
                if byte == 0x0A || byte == 0x0D {
                    lineStart = index + 1
                    lineNumber += 1
                }
                if byte < 0x80 {
                    if byte == 0x0D {
                        output.append(0x0A)
                        if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                    } else {
                        output.append(byte)
                    }
                    index += 1
                    continue
                }
                let length = UTF8Validation.sequenceLength(bytes, at: index)
                if length == 0 {
                    if !lenient { throw ReaderError.invalidUTF8(offset: index) }
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    index += 1
                } else {
                    output.append(contentsOf: bytes[index..<(index + length)])
                    index += length
                }
            }
            if count - lineStart > limit { throw ReaderError.lineTooLong(line: lineNumber, limit: limit) }
        }
        return output
    }
}

/// Byte tests on eight bytes at once ("SIMD within a register").
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` equals `byte` (for words of ASCII bytes).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// The high bit of each byte of `word` that equals `byte`, exactly (no borrow between bytes).
    @inline(__always)
    static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        let lows = ~highs
        return ~((x & lows) &+ lows | x) & highs
    }
}

/// UTF-8 well-formedness as the Unicode standard defines it (table 3-7):
/// no overlong forms, no surrogates, nothing above U+10FFFF.
enum UTF8Validation {
    /// The length of the valid sequence starting at `index`, or 0 if it is invalid.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let remaining = bytes.count - index
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset < remaining && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
