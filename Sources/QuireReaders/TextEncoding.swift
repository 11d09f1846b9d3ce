#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text in encodings other than UTF-8, turned into UTF-8 before a reader
/// sees it: UTF-16 recognised by its byte-order mark, and any encoding the C
/// library's iconv knows when it is named (`--encoding cp1252` for an old e-text).
public enum TextEncoding {
    /// Whether iconv can convert from `name` (latin1, cp1252, koi8-r, …).
    public static func isKnown(_ name: String) -> Bool {
        let converter = iconv_open("UTF-8", name)
        guard Int(bitPattern: converter) != -1 else { return false }
        iconv_close(converter)
        return true
    }

    /// `input`, in the encoding `name`, as UTF-8. A byte sequence the
    /// encoding does not have fails, naming its offset, or with `lenient`
    /// becomes U+FFFD.
    public static func utf8(from input: [UInt8], encoding name: String, lenient: Bool) throws -> [UInt8] {
        let converter = iconv_open("UTF-8", name)
        guard Int(bitPattern: converter) != -1 else {
            throw ReaderError.malformed("unknown encoding '\(name)': give one of the names `iconv -l` lists")
        }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 4 + 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var source = input
        try source.withUnsafeMutableBufferPointer { whole in
            var next = UnsafeMutableRawPointer(whole.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var left = whole.count
            // The last pass (nil input) flushes the shift state of stateful encodings.
            var flushed = false
            while !flushed {
                let atEnd = left == 0
                let (result, failure) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int, Int32) in
                    var out = UnsafeMutableRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var room = buffer.count
                    let result = atEnd ? iconv(converter, nil, nil, &out, &room) : iconv(converter, &next, &left, &out, &room)
                    let failure = errno
                    output.append(contentsOf: buffer[0..<(buffer.count - room)])
                    return (result, failure)
                }
                if result != -1 {
                    flushed = atEnd
                    continue
                }
                if failure == E2BIG { continue }
                let offset = whole.count - left
                guard lenient, left > 0 else {
                    let what = failure == EINVAL ? "ends in the middle of a character" : "has a byte sequence at byte offset \(offset) that is not"
                    throw ReaderError.malformed("the input \(what) valid \(name): check --encoding, or use --lenient to replace bad bytes")
                }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                next = next.map { $0 + 1 }
                left -= 1
            }
        }
        return output
    }

    /// UTF-16 after its byte-order mark (the first two bytes), as UTF-8.
    static func utf8(fromUTF16 input: [UInt8], bigEndian: Bool, lenient: Bool) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        func unit(_ index: Int) -> UInt32 {
            bigEndian ? UInt32(input[index]) << 8 | UInt32(input[index + 1]) : UInt32(input[index + 1]) << 8 | UInt32(input[index])
        }
        func bad(_ offset: Int, _ what: String) throws {
            guard lenient else {
                throw ReaderError.malformed("invalid UTF-16 at byte offset \(offset) (\(what)): repair the file, or use --lenient to replace bad bytes")
            }
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
        var index = 2
        while index + 1 < input.count {
            let first = unit(index)
            var scalar = first
            var width = 2
            if (0xD800...0xDBFF).contains(first), index + 3 < input.count, (0xDC00...0xDFFF).contains(unit(index + 2)) {
                scalar = 0x10000 + ((first - 0xD800) << 10) + (unit(index + 2) - 0xDC00)
                width = 4
            } else if (0xD800...0xDFFF).contains(first) {
                try bad(index, "a lone surrogate")
                index += 2
                continue
            }
            UTF8.encode(Unicode.Scalar(scalar)!) { output.append($0) }
            index += width
        }
        if index < input.count { try bad(index, "an odd byte at the end") }
        return output
    }
}
