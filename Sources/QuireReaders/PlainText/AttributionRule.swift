/// Stage 7: who a quote is by. A "— Name" line under a quote is its
/// attribution (and, as in `<cite>`, its citation). When the lines above a cite
/// line were not yet seen as a quote (a short epigraph in prose type), the cite
/// line makes them one. In an indented quote, a short name indented further
/// than the text is a signature.
enum AttributionRule {
    static func apply(_ items: inout [Classified]) {
        for index in items.indices {
            guard case .cite = items[index].role else { continue }
            if index > 0, items[index - 1].role == .quote { continue }
            // The paragraph right above is what the cite line attributes; short lines above
            // it belong with it (an epigraph and its translation).
            var start = index
            while start > 0, items[start - 1].role == .paragraph,
                  start == index || (index - start < 4 && items[start - 1].unit.wordCount <= 12) {
                start -= 1
            }
            if start == index {
                items[index].set(.paragraph, "paragraph.dash-line", "a dash line with no quotation above it")
                continue
            }
            if start > 0, items[start - 1].role == .quote, items[start..<index].allSatisfy({ $0.unit.wordCount <= 12 }) {
                // Short lines between a quote and its cite line are the quote's sign-off.
                for member in start..<index {
                    items[member].set(.signOff, "signature.above-cite", "a short line between a quote and its cite line")
                }
                continue
            }
            for member in start..<index {
                items[member].set(.quote, "quote.above-cite", "what a cite line attributes")
            }
        }
        markIndentedSignatures(&items)
    }

    /// The closing lines of an indented quote set further in than its text: the
    /// sign-off (valediction, signature) printed under a quoted letter.
    static func markIndentedSignatures(_ items: inout [Classified]) {
        var index = 0
        while index < items.count {
            guard items[index].role == .quote else { index += 1; continue }
            var end = index
            while end + 1 < items.count, items[end + 1].role == .quote, !items[end + 1].startsNewQuote { end += 1 }
            let textIndent = items[index].unit.indent
            var last = end
            while last > index, isSignOffLine(items[last].unit, textIndent: textIndent) {
                items[last].set(.signOff, "signature.indented", "a short closing line set further in than the quote")
                last -= 1
            }
            index = end + 1
        }
    }

    /// "… Hath but one page. (Childe Harold’s Pilgrimage)": a source in parentheses
    /// closing a quote's last line names the quote's source. Returns the text
    /// before it and the source.
    static func trailingSource(_ text: Substring) -> (body: Substring, source: Substring)? {
        guard text.utf8.last == 0x29 else { return nil }  // ")"
        var depth = 0
        var index = text.utf8.endIndex
        while index > text.utf8.startIndex {
            index = text.utf8.index(before: index)
            let byte = text.utf8[index]
            if byte == 0x29 { depth += 1 } else if byte == 0x28 {
                depth -= 1
                if depth == 0 { break }
            }
        }
        guard depth == 0, index > text.utf8.startIndex else { return nil }
        let body = TextFacts.trimmed(text[..<index])
        let source = text[text.utf8.index(after: index)..<text.utf8.index(before: text.utf8.endIndex)]
        guard !body.isEmpty, TextFacts.endsSentence(body) || body.unicodeScalars.last.map(TextFacts.closeDouble.contains) == true,
              TextFacts.wordCount(source) <= 12, !isRemarkOrCredit(source),
              CitationRule.isTitleLike(String(source)) || TextFacts.isPersonalName(source) else { return nil }
        return (body, source)
    }

    /// "(In this map, north is at the bottom.)" is a remark: it ends a sentence on a word,
    /// where a source ends on a name, a number or a short abbreviation ("p. 4", "seq.").
    /// "(AP Photo/Jane Roe)" credits a picture: sources do not join names with slashes.
    static func isRemarkOrCredit(_ source: Substring) -> Bool {
        if source.utf8.contains(0x2F) { return true }
        guard source.utf8.last == 0x2E, let last = TextFacts.words(source).last else { return false }
        return last.count > 5 && last.first.map { $0.isLowercase } == true
    }

    static func isSignOffLine(_ unit: TextUnit, textIndent: Int) -> Bool {
        textIndent > 0 && unit.indent >= textIndent + 4 && !unit.keepsLines && unit.lineCount <= 2 && unit.wordCount <= 12
    }
}
