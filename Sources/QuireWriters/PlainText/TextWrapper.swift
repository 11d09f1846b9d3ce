/// Greedy line filling at a column width, by display width rather than bytes.
enum TextWrapper {
    /// Wraps `text` at `width` columns (nil: one line per hard line break),
    /// every line starting with `indent`. Words are never split; a word longer
    /// than the line stands alone. No-break spaces hold words together.
    static func wrap(_ text: String, width: Int?, indent: String) -> [String] {
        var lines: [String] = []
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let width else {
                lines.append(indent + hardLine.split(separator: " ").joined(separator: " "))
                continue
            }
            var line = indent
            var lineWidth = indent.count
            var empty = true
            for word in hardLine.split(separator: " ") {
                let wordWidth = displayWidth(word)
                if !empty && lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    line = indent
                    lineWidth = indent.count
                    empty = true
                }
                if !empty {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
                empty = false
            }
            lines.append(line)
        }
        return lines
    }

    /// Columns a string takes on a terminal: one per character, ASCII counted fast.
    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        return ascii ? text.utf8.count : text.count
    }

    static func trimTrailing(_ line: String) -> String {
        guard let last = line.utf8.last, last == 0x20 || last == 0x09 else { return line }
        var trimmed = Substring(line)
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return String(trimmed)
    }
}
