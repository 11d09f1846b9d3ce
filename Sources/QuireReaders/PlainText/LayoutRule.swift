/// Stage 2: tells the two ways plain text is laid out apart. Web copy puts a
/// whole paragraph on one line; e-texts (Project Gutenberg and the like) wrap
/// prose at a fixed width, so most lines are about as long as the longest.
enum LayoutRule {
    enum Layout: String, Sendable {
        /// One paragraph per line.
        case web
        /// Hard-wrapped at `width` columns.
        case wrapped
    }

    struct Result: Sendable {
        var layout: Layout
        /// The wrap width in characters (for `.web`, the longest line).
        var width: Int
        var evidence: String
    }

    static func detect(_ blocks: [Segmenter.RawBlock]) -> Result {
        var lengths: [Int] = []
        var linesInMultiLineBlocks = 0
        var lines = 0
        var longLines = 0
        for block in blocks {
            lines += block.rawLines.count
            if block.rawLines.count > 1 { linesInMultiLineBlocks += block.rawLines.count }
            for line in block.rawLines {
                // Byte length is a cheap upper bound; count scalars only for lines that might be wrapped.
                let bytes = line.utf8.count
                if bytes > 3 * 100 { longLines += 1; continue }
                let scalars = bytes <= 100 ? TextFacts.scalarCount(line) : bytes
                if scalars > 100 { longLines += 1 } else if block.rawLines.count > 1 { lengths.append(scalars) }
            }
        }
        guard lines > 0 else { return Result(layout: .web, width: 0, evidence: "no text") }
        let wrappedShare = Double(linesInMultiLineBlocks) / Double(lines)
        let longShare = Double(longLines) / Double(lines)
        if wrappedShare >= 0.5 && longShare < 0.05 && !lengths.isEmpty {
            lengths.sort()
            let width = lengths[min(lengths.count - 1, lengths.count * 95 / 100)]
            return Result(layout: .wrapped, width: width,
                          evidence: "\(Int(wrappedShare * 100))% of lines in multi-line blocks, wrapped at about \(width) columns")
        }
        return Result(layout: .web, width: 0,
                      evidence: "\(Int(longShare * 100))% of lines longer than 100 characters: one paragraph per line")
    }
}
