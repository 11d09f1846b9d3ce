/// Stage 6b (after quotes): lists. Two or more blocks in a row that start with a bullet
/// ("• ", "- ", "* ") or with numbers counting up ("1. ", "2. ") are the items
/// of one list, as a browser's copy of `<ol>`/`<ul>` prints them.
enum ListRule {
    /// A list item's marker: ordered with its number, or a bullet.
    struct Marker: Equatable {
        var ordered: Bool
        var number: Int
        /// Bytes of the marker and the space after it.
        var length: Int
    }

    static func apply(_ items: inout [Classified]) {
        var index = 0
        while index < items.count {
            guard items[index].role == .paragraph, let first = marker(items[index].unit.text) else { index += 1; continue }
            var end = index + 1
            var previous = first
            while end < items.count, items[end].role == .paragraph, let next = marker(items[end].unit.text),
                  next.ordered == first.ordered, !next.ordered || next.number == previous.number + 1 {
                previous = next
                end += 1
            }
            if end - index >= 2 {
                for member in index..<end {
                    items[member].set(.listItem, first.ordered ? "list.numbered" : "list.bulleted",
                                      first.ordered ? "numbered blocks counting up" : "blocks opening with the same bullet")
                }
            }
            index = end
        }
    }

    /// Why the lines of a web-copy block are list items or table rows rather than verse, or
    /// nil when they may be verse. A browser copies `<li>` and `<tr>` one a line, as verse is
    /// set; but table cells are joined by tabs, list items are often long or each a whole
    /// sentence, and verse lines open with capitals and end in punctuation somewhere (a
    /// stanza closes, a clause breaks) without each being a sentence of its own.
    static func lineListEvidence(_ unit: TextUnit) -> String? {
        let lines = unit.lines
        guard lines.count >= 2 else { return nil }
        if lines.contains(where: { $0.utf8.contains(0x09) }) { return "lines of cells separated by tabs: table rows" }
        var punctuated = 0, sentences = 0, capitals = 0, words = 0, long = 0
        for line in lines {
            if let mark = TextFacts.lastScalar(line), !TextFacts.isLetter(mark) && !TextFacts.isDigit(mark) && mark != ")" && mark != "]" { punctuated += 1 }
            if TextFacts.endsSentence(line) { sentences += 1 }
            if let first = line.unicodeScalars.first(where: { TextFacts.isLetter($0) || TextFacts.isDigit($0) }), TextFacts.isUpper(first) { capitals += 1 }
            words += TextFacts.wordCount(line, limit: 1000)
            if line.utf8.count > 120 { long += 1 }
        }
        if punctuated == 0 { return "no line ends in punctuation: items, not verse" }
        if punctuated == 1, TextFacts.lastScalar(lines[0]) == ":" { return "a label ending in a colon, then unpunctuated items" }
        if capitals * 2 < lines.count { return "most lines open in lower case: items, not verse" }
        if words > 15 * lines.count || long * 3 > lines.count { return "long lines, \(words / lines.count) words a line: items, not verse" }
        if lines.count >= 3 && sentences == lines.count { return "every line a sentence of its own: items, not verse" }
        return nil
    }

    /// The marker at the start of `text`, or nil.
    static func marker(_ text: Substring) -> Marker? {
        // Asked of every paragraph: read the first bytes in place instead of copying them out.
        if let found = text.utf8.withContiguousStorageIfAvailable({ marker(bytes: UnsafeBufferPointer(rebasing: $0.prefix(8))) }) {
            return found
        }
        return Array(text.utf8.prefix(8)).withUnsafeBufferPointer { marker(bytes: $0) }
    }

    private static func marker(bytes utf8: UnsafeBufferPointer<UInt8>) -> Marker? {
        if utf8.count >= 2, utf8[0] == 0x2D || utf8[0] == 0x2A, utf8[1] == 0x20 { return Marker(ordered: false, number: 0, length: 2) }
        if utf8.count >= 4, utf8[0] == 0xE2, utf8[1] == 0x80, utf8[2] == 0xA2, utf8[3] == 0x20 {  // "• "
            return Marker(ordered: false, number: 0, length: 4)
        }
        var digits = 0
        var number = 0
        while digits < utf8.count, digits < 3, (0x30...0x39).contains(utf8[digits]) {
            number = number * 10 + Int(utf8[digits] - 0x30)
            digits += 1
        }
        guard digits > 0, digits + 1 < utf8.count, utf8[digits] == 0x2E || utf8[digits] == 0x29, utf8[digits + 1] == 0x20 else { return nil }
        return Marker(ordered: true, number: number, length: digits + 2)
    }
}
