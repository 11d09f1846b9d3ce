/// One block of the input after unwrapping: a paragraph's text, or lines
/// whose breaks were made on purpose (verse, an address, a sign-off).
struct TextUnit: Sendable, Hashable {
    /// 1-based line where the block starts.
    var line: Int
    var blankLinesBefore: Int
    /// Leading spaces of the least indented line (a tab counts as four).
    var indent: Int
    /// The lines, without leading white space (slices of the block's string). Kept only
    /// when they matter: for one line (its text), and for lines the author broke on purpose.
    var lines: [Substring] {
        get { keptLines.isEmpty && lineCount == 1 ? [text] : keptLines }
        set { keptLines = newValue }
    }
    /// Most units are one line, and an array holding it for each would cost an
    /// allocation and its memory until the tree is built: one line is read from `text`.
    private var keptLines: [Substring]
    var lineCount: Int
    /// True when the line breaks are the author's (verse), not the wrapper's.
    var keepsLines: Bool
    /// The lines joined into running text (for one line, a slice of the input).
    var text: Substring
    /// Words in the text, counted up to 81.
    var wordCount: Int

    var isSingleLine: Bool { lineCount == 1 }

    init(line: Int, blankLinesBefore: Int, indent: Int, lines: [Substring], lineCount: Int, keepsLines: Bool, text: Substring,
         wordCount: Int) {
        self.line = line
        self.blankLinesBefore = blankLinesBefore
        self.indent = indent
        self.keptLines = lines
        self.lineCount = lineCount
        self.keepsLines = keepsLines
        self.text = text
        self.wordCount = wordCount
    }
}

/// Stage 3: turns raw blocks into units. Wrapped prose is joined into one
/// paragraph; a block keeps its lines when some line could have taken the next
/// word and still fitted the width, which only happens when the author broke it.
enum Unwrapper {
    static func unwrap(_ blocks: [Segmenter.RawBlock], layout: LayoutRule.Result) -> [TextUnit] {
        blocks.map { unit(from: $0, layout: layout) }
    }

    static func unit(from block: Segmenter.RawBlock, layout: LayoutRule.Result) -> TextUnit {
        let lines = block.lines
        let indent = block.rawLines.lazy.map(indentation).min() ?? 0
        let keeps: Bool
        if lines.count < 2 {
            keeps = false
        } else if layout.layout == .web {
            // Lines in web copy are the author's, unless the block was pasted from a wrapped text.
            keeps = !looksHardWrapped(block.rawLines)
        } else {
            keeps = hasDeliberateBreak(block.rawLines, width: layout.width)
        }
        let text: Substring = lines.count == 1 ? lines[0] : Substring(keeps ? lines.joined(separator: " ") : join(lines))
        // Wrapped prose keeps only its joined text, so the block's own string can be freed.
        return TextUnit(line: block.firstLine, blankLinesBefore: block.blankLinesBefore, indent: indent,
                        lines: keeps ? lines : [], lineCount: lines.count,
                        keepsLines: keeps, text: text, wordCount: TextFacts.wordCount(text))
    }

    static func indentation(_ line: Substring) -> Int {
        var count = 0
        for byte in line.utf8 {
            if byte == 0x20 { count += 1 } else if byte == 0x09 { count += 4 } else { break }
        }
        return count
    }

    /// True when a line other than the last stops short although the next
    /// line's first word would have fitted after it.
    static func hasDeliberateBreak(_ rawLines: [Substring], width: Int) -> Bool {
        for index in 0..<(rawLines.count - 1) {
            let length = TextFacts.scalarCount(rawLines[index])
            let nextWord = firstWordLength(rawLines[index + 1])
            // Two columns of slack: the width is estimated, not declared.
            if length + 1 + nextWord <= width - 2 { return true }
        }
        return false
    }

    /// Scalars in the first word of `line` after its indentation. Counted on bytes when
    /// the bytes around it are ASCII, where characters are single bytes; otherwise on
    /// characters, so a space carrying a combining mark is not taken for a break.
    static func firstWordLength(_ line: Substring) -> Int {
        let fast = line.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var index = 0
            let count = bytes.count
            while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            let start = index
            while index < count, bytes[index] != 0x20 {
                if bytes[index] >= 0x80 { return nil }
                index += 1
            }
            if index + 1 < count, bytes[index + 1] >= 0x80 { return nil }
            return index - start
        }
        if let fast, let fast { return fast }
        let next = line.drop(while: { $0 == " " || $0 == "\t" })
        return TextFacts.scalarCount(next.prefix(while: { $0 != " " }))
    }

    /// Three or more lines of 55–80 characters that no line could have continued:
    /// a hard-wrapped paragraph inside web copy.
    static func looksHardWrapped(_ rawLines: [Substring]) -> Bool {
        guard rawLines.count >= 3 else { return false }
        var widest = 0
        for line in rawLines.dropLast() {
            let length = TextFacts.scalarCount(line)
            guard (55...80).contains(length) else { return false }
            widest = max(widest, length)
        }
        return !hasDeliberateBreak(rawLines, width: widest + 2)
    }

    /// Joins wrapped lines with one space; a line ending in a hyphen after a
    /// letter is a compound split at its hyphen and is joined without one.
    static func join(_ lines: [Substring]) -> String {
        guard lines.count > 1 else { return lines.first.map { String($0) } ?? "" }
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let previous = lines[index - 1].utf8
                let hyphenated = previous.count >= 2 && previous.last == 0x2D
                    && isASCIILetter(previous[previous.index(before: previous.index(before: previous.endIndex))])
                if !hyphenated { out += " " }
            }
            out += line
        }
        return out
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
