/// Stage 1: cuts the text into blank-line-separated blocks of lines, keeping
/// each line's indentation and the number of blank lines before the block
/// (e-texts put extra blank lines around headings).
enum Segmenter {
    struct RawBlock: Sendable, Hashable {
        /// 1-based line number of the first line.
        var firstLine: Int
        /// Blank lines before this block.
        var blankLinesBefore: Int
        /// The lines with their trailing white space removed and leading white space kept.
        var rawLines: [String]

        /// The lines with leading white space removed.
        var lines: [String] { rawLines.map { String($0.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })) } }
    }

    static func segment(_ text: [UInt8]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: [String] = []
        var firstLine = 0
        var blanks = 0
        var lineNumber = 0
        var start = 0
        let count = text.count
        func flushLine(_ end: Int) {
            lineNumber += 1
            var stop = end
            while stop > start, text[stop - 1] == 0x20 || text[stop - 1] == 0x09 { stop -= 1 }
            // A line of only no-break spaces is blank too.
            let line = String(decoding: text[start..<stop], as: UTF8.self)
            if line.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\u{A0}" || $0 == "\t" }) {
                if !current.isEmpty {
                    blocks.append(RawBlock(firstLine: firstLine, blankLinesBefore: blanks, rawLines: current))
                    current = []
                    blanks = 0
                }
                blanks += 1
            } else {
                if current.isEmpty { firstLine = lineNumber }
                current.append(line)
            }
        }
        for index in 0..<count where text[index] == 0x0A {
            flushLine(index)
            start = index + 1
        }
        if start < count { flushLine(count) }
        if !current.isEmpty { blocks.append(RawBlock(firstLine: firstLine, blankLinesBefore: blanks, rawLines: current)) }
        return blocks
    }
}
