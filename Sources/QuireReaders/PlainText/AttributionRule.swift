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
            var start = index
            while start > 0, index - start < 4, items[start - 1].role == .paragraph,
                  items[start - 1].unit.wordCount <= 40 {
                start -= 1
            }
            if start == index {
                items[index].set(.paragraph, "paragraph.dash-line", "a dash line with no quotation above it")
                continue
            }
            for member in start..<index {
                items[member].set(.quote, "quote.above-cite", "short lines that a cite line attributes")
            }
        }
        markIndentedSignatures(&items)
    }

    /// The last line of an indented quote, indented further and naming a person.
    static func markIndentedSignatures(_ items: inout [Classified]) {
        var index = 0
        while index < items.count {
            guard items[index].role == .quote else { index += 1; continue }
            var end = index
            while end + 1 < items.count, items[end + 1].role == .quote, !items[end + 1].startsNewQuote { end += 1 }
            let last = items[end].unit
            if end > index, last.isSingleLine, last.wordCount <= 6, last.indent > items[index].unit.indent,
               TextFacts.isPersonalName(last.text) {
                items[end].set(.signOff, "signature.indented", "a name set further in under an indented quote")
            }
            index = end + 1
        }
    }
}
