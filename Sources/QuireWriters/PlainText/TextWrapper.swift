/// Greedy line filling into a byte buffer, counting columns by Unicode
/// scalars, so the hot loop never builds intermediate strings.
struct TextWrapper {
    /// Line width (nil: no wrapping, one output line per hard line break).
    let width: Int?

    /// Appends `text` wrapped at `width`, every line starting with `indent`
    /// and ending in LF, with single spaces between words and none at the end.
    /// Words are never split; a longer word stands alone. No-break spaces
    /// hold words together. Returns the width of the widest line, indent included.
    @discardableResult
    func append(_ text: String, indent: String, firstIndent: String? = nil, to out: inout [UInt8]) -> Int {
        var text = text
        let indentBytes = Array(indent.utf8)
        let indentWidth = TextWrapper.columns(indent)
        var widest = 0
        text.withUTF8 { bytes in
            var lineWidth = -1  // -1: nothing on the line yet
            var firstLine = true
            // Words already placed on the line but not yet copied: a run of
            // the source whose words are one space apart, copied in one go.
            var runStart = 0
            var runEnd = 0
            func flushRun() {
                if runEnd > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd])) }
                runStart = runEnd
            }
            func startLine() {
                if firstLine, let firstIndent {
                    out.append(contentsOf: firstIndent.utf8)
                    lineWidth = TextWrapper.columns(firstIndent)
                } else {
                    out.append(contentsOf: indentBytes)
                    lineWidth = indentWidth
                }
                firstLine = false
            }
            func endLine() {
                flushRun()
                if lineWidth >= 0 {
                    widest = max(widest, lineWidth)
                    out.append(0x0A)
                }
                lineWidth = -1
            }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A {
                    // A hard break: an empty hard line still makes a line.
                    if lineWidth < 0 { out.append(0x0A) } else { endLine() }
                    index += 1
                    continue
                }
                if byte == 0x20 || byte == 0x09 {
                    index += 1
                    continue
                }
                var end = index
                var wordWidth = 0
                while end < count, bytes[end] != 0x20, bytes[end] != 0x0A, bytes[end] != 0x09 {
                    if bytes[end] & 0xC0 != 0x80 { wordWidth += 1 }
                    end += 1
                }
                // A no-break space at either edge of a word binds it to nothing (copied
                // text puts one beside a space after a sentence): it must not end or open a line.
                let wordEnd = end
                while end - index >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2; wordWidth -= 1 }
                while end - index >= 2, bytes[index] == 0xC2, bytes[index + 1] == 0xA0 { index += 2; wordWidth -= 1 }
                if end == index {  // no-break spaces alone: no word at all
                    index = wordEnd
                    continue
                }
                if lineWidth < 0 {
                    startLine()
                    runStart = index
                } else if let width, lineWidth + 1 + wordWidth > width {
                    endLine()
                    startLine()
                    runStart = index
                } else {
                    // One plain space in the source: the run goes on; anything
                    // else between the words is written as one space.
                    if !(index == runEnd + 1 && bytes[runEnd] == 0x20) {
                        flushRun()
                        out.append(0x20)
                        runStart = index
                    }
                    lineWidth += 1
                }
                runEnd = end
                lineWidth += wordWidth
                index = wordEnd
            }
            endLine()
        }
        return widest
    }

    /// Columns a UTF-8 string takes: one per scalar (combining marks and wide
    /// East Asian characters are rare in the texts we set).
    static func columns<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
