import QuireModel
import QuireXML

// Quotations and citations that Quire's writers mark with classes, so that an
// EPUB or HTML page Quire made reads back to the tree it came from: the marks
// are text inside `<span class="quote">` (reading systems ignore `<q>` styles)
// and a citation is `(<cite class="citation">…</cite>)`.

extension HTMLConverter {
    /// `<span class="quote">“…”</span>` (`quote single` for ‘…’) as a quotation, its marks taken off.
    func appendMarkedQuote(_ node: XMLNode, to out: inout [Inline]) {
        let kind: QuoteKind = node.hasClass("single") ? .single : .double
        quoteDepth += 1
        var inner = finish(inlines(of: node))
        quoteDepth -= 1
        if case .text(let first)? = inner.first, let mark = first.first, Self.openingMarks.contains(mark) {
            inner[0] = .text(text: String(first.dropFirst()))
        }
        if case .text(let last)? = inner.last, let mark = last.last, Self.closingMarks.contains(mark) {
            inner[inner.count - 1] = .text(text: String(last.dropLast()))
        }
        inner.removeAll { if case .text(let text) = $0 { return text.isEmpty } else { return false } }
        out.append(.quoted(kind: kind, inlines: inner, citation: nil))
        lastWasSpace = false
    }

    /// `<cite class="citation">Capital, vol. i, p. 298</cite>` as a citation, its
    /// title, year and locator read from its text.
    func appendMarkedCitation(_ node: XMLNode, to out: inout [Inline]) {
        let text = node.textContent.collapsingWhitespace
        guard !text.isEmpty else { return }
        out.append(.citation(citation: CitationRule.citation(text, afterQuote: true) ?? Citation(text: text)))
        lastWasSpace = false
    }

    private static let openingMarks: Set<Character> = ["\u{201C}", "\u{2018}", "\u{AB}", "\u{201E}", "\u{201A}", "\"", "'"]
    private static let closingMarks: Set<Character> = ["\u{201D}", "\u{2019}", "\u{BB}", "\u{201C}", "\"", "'"]

    /// Citations as the tree holds them: the parentheses around one are the
    /// writer's and go, and a citation right after a quotation (“…” (Title))
    /// is that quotation's source.
    static func joiningCitations(_ inlines: [Inline]) -> [Inline] {
        guard inlines.contains(where: { if case .citation = $0 { return true } else { return false } }) else { return inlines }
        var result: [Inline] = []
        var index = 0
        while index < inlines.count {
            guard case .citation(let citation) = inlines[index],
                  case .text(let before)? = result.last, before.hasSuffix("("),
                  index + 1 < inlines.count, case .text(let after) = inlines[index + 1], after.hasPrefix(")") else {
                result.append(inlines[index])
                index += 1
                continue
            }
            let opened = String(before.dropLast())
            let closed = String(after.dropFirst())
            result.removeLast()
            if opened == " ", case .quoted(let kind, let quoted, nil)? = result.last {
                result[result.count - 1] = .quoted(kind: kind, inlines: quoted, citation: citation)
            } else {
                if !opened.isEmpty { result.append(.text(text: opened)) }
                result.append(.citation(citation: citation))
            }
            if !closed.isEmpty { result.append(.text(text: closed)) }
            index += 2
        }
        return result
    }
}
