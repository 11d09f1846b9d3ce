/// Stage 1: cuts the text into blank-line-separated blocks of lines, keeping
/// each line's indentation and the number of blank lines before the block
/// (e-texts put extra blank lines around headings). Lines are slices of the
/// one decoded string, so segmenting copies no text.
enum Segmenter {
    struct RawBlock: Sendable, Hashable {
        /// 1-based line number of the first line.
        var firstLine: Int
        /// Blank lines before this block.
        var blankLinesBefore: Int
        /// The lines with their trailing white space removed and leading white space kept.
        var rawLines: [Substring]

        /// The lines with leading white space removed.
        var lines: [Substring] { rawLines.map(Segmenter.droppingIndentation) }
    }

    static func segment(_ text: [UInt8]) -> [RawBlock] {
        segment(String(decoding: text, as: UTF8.self))
    }

    static func segment(_ string: String) -> [RawBlock] {
        var string = string
        // Byte offsets found on the contiguous UTF-8 storage; slices made from them are O(1).
        let spans: [(block: Int, blanks: Int, lines: [(Int, Int)])] = string.withUTF8 { bytes in
            var spans: [(Int, Int, [(Int, Int)])] = []
            var current: [(Int, Int)] = []
            var firstLine = 0
            var blanks = 0
            var lineNumber = 0
            var start = 0
            let count = bytes.count
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
                    if !current.isEmpty {
                        spans.append((firstLine, blanks, current))
                        current = []
                        blanks = 0
                    }
                    blanks += 1
                } else {
                    if current.isEmpty { firstLine = lineNumber }
                    current.append((start, stop))
                }
            }
            var index = 0
            while index < count {
                if bytes[index] == 0x0A {
                    flushLine(index)
                    start = index + 1
                }
                index += 1
            }
            if start < count { flushLine(count) }
            if !current.isEmpty { spans.append((firstLine, blanks, current)) }
            return spans
        }
        let utf8 = string.utf8
        let base = utf8.startIndex
        return spans.map { span in
            RawBlock(firstLine: span.block, blankLinesBefore: span.blanks, rawLines: span.lines.map { range in
                string[utf8.index(base, offsetBy: range.0)..<utf8.index(base, offsetBy: range.1)]
            })
        }
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
