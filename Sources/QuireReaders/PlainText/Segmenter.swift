#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stage 1: cuts the text into blank-line-separated blocks of lines, keeping
/// each line's indentation and the number of blank lines before the block
/// (e-texts put extra blank lines around headings). Each block is one string
/// and its lines are slices of it, so a one-line paragraph's text can travel
/// into the tree without being copied again.
enum Segmenter {
    struct RawBlock: Sendable, Hashable {
        /// 1-based line number of the first line.
        var firstLine: Int
        /// Blank lines before this block.
        var blankLinesBefore: Int
        /// The lines with their trailing white space removed and leading white space kept.
        var rawLines: [Substring]

        /// The lines with leading white space removed. Most blocks have none: they hand
        /// over their own array instead of building an equal one.
        var lines: [Substring] {
            rawLines.contains(where: Segmenter.isIndented) ? rawLines.map(Segmenter.droppingIndentation) : rawLines
        }
    }

    static func segment(_ string: String) -> [RawBlock] {
        segment(Array(string.utf8))
    }

    /// `text` must be valid UTF-8 (as `TextInput.decode` returns it).
    static func segment(_ text: [UInt8]) -> [RawBlock] {
        text.withUnsafeBufferPointer { bytes in
            var blocks: [RawBlock] = []
            var current: [Range<Int>] = []
            var firstLine = 0
            var blanks = 0
            var lineNumber = 0
            var start = 0
            let count = bytes.count
            func flushBlock() {
                let blockStart = current[0].lowerBound
                let block = String(decoding: UnsafeBufferPointer(rebasing: bytes[blockStart..<current[current.count - 1].upperBound]),
                                   as: UTF8.self)
                let base = block.utf8.startIndex
                let lines = current.map { range in
                    block[block.utf8.index(base, offsetBy: range.lowerBound - blockStart)..<block.utf8.index(base, offsetBy: range.upperBound - blockStart)]
                }
                blocks.append(RawBlock(firstLine: firstLine, blankLinesBefore: blanks, rawLines: lines))
                // One buffer of line ranges serves every block: no allocation per block.
                current.removeAll(keepingCapacity: true)
                blanks = 0
            }
            func flushLine(_ end: Int) {
                lineNumber += 1
                var stop = end
                while stop > start {
                    let byte = bytes[stop - 1]
                    if byte == 0x20 || byte == 0x09 { stop -= 1 } else if byte == 0xA0 && stop - 2 >= start && bytes[stop - 2] == 0xC2 {
                        stop -= 2
                    } else { break }
                }
                if stop == start {
                    if !current.isEmpty { flushBlock() }
                    blanks += 1
                } else {
                    if current.isEmpty { firstLine = lineNumber }
                    current.append(start..<stop)
                }
            }
            // memchr finds line ends many bytes at a time.
            while start < count, let found = memchr(bytes.baseAddress! + start, 0x0A, count - start) {
                let index = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                flushLine(index)
                start = index + 1
            }
            if start < count { flushLine(count) }
            if !current.isEmpty { flushBlock() }
            return blocks
        }
    }

    /// Whether the line starts with what `droppingIndentation` drops.
    static func isIndented(_ line: Substring) -> Bool {
        var bytes = line.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        return first == 0x20 || first == 0x09 || first == 0xC2 && bytes.next() == 0xA0
    }

    /// The line without its leading spaces, tabs and no-break spaces.
    static func droppingIndentation(_ line: Substring) -> Substring {
        var index = line.utf8.startIndex
        let end = line.utf8.endIndex
        while index < end {
            let byte = line.utf8[index]
            if byte == 0x20 || byte == 0x09 {
                index = line.utf8.index(after: index)
            } else if byte == 0xC2, line.utf8.index(after: index) < end, line.utf8[line.utf8.index(after: index)] == 0xA0 {
                index = line.utf8.index(index, offsetBy: 2)
            } else {
                break
            }
        }
        return line[index...]
    }
}
