import QuireModel
import QuireXML

// Inline elements. `restricted` is the attribution's content model, where DocBook
// allows text, links, plain phrases, titles and citations but no emphasis or footnotes.

extension DocBookRenderer {
    func renderInlines(_ inlines: [Inline], restricted: Bool = false) {
        for inline in inlines { render(inline, restricted: restricted) }
    }

    private func render(_ inline: Inline, restricted: Bool) {
        switch inline {
        case .text(let text):
            xml.text(DocBookText.xmlSafe(text, warn: warn))
        case .emphasis(let inlines):
            wrap(restricted ? "phrase" : "emphasis", ["role": restricted ? Role.emphasis : nil], inlines, restricted)
        case .strong(let inlines):
            wrap(restricted ? "phrase" : "emphasis", ["role": Role.strong], inlines, restricted)
        case .quoted(let kind, let inlines, let citation):
            renderQuoted(kind: kind, inlines: inlines, citation: citation, restricted: restricted)
        case .citation(let citation):
            renderCitation(citation, role: restricted ? Role.inlineCitation : nil)
        case .workTitle(let inlines):
            // citetitle admits every inline, even inside an attribution.
            wrap("citetitle", [:], inlines, false)
        case .link(let url, let title, let inlines):
            xml.startElement("link", ["xlink:href": DocBookText.xmlSafe(url, warn: warn),
                                      "xlink:title": title.map { DocBookText.xmlSafe($0, warn: warn) }])
            renderInlines(inlines)
            xml.endElement()
        case .note(let blocks):
            renderNote(blocks, restricted: restricted)
        case .image(let image):
            // Merge stub (branch htmlreader), see DocBookRenderer+Blocks.
            warn("the DocBook writer does not render images yet; their text alternative is kept")
            xml.text(DocBookText.xmlSafe(image.alt, warn: warn))
        case .raw:
            warn("the DocBook writer leaves out raw markup of other formats")
        case .lineBreak:
            xml.processingInstruction(DocBookVocabulary.lineBreakPI)
        case .code(let text):
            if restricted {
                xml.element("phrase", text: DocBookText.xmlSafe(text, warn: warn), ["role": Role.code])
            } else {
                xml.element("code", text: DocBookText.xmlSafe(text, warn: warn))
            }
        }
    }

    private func wrap(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ inlines: [Inline], _ restricted: Bool) {
        xml.startElement(name, attributes)
        renderInlines(inlines, restricted: restricted)
        xml.endElement()
    }

    private func renderQuoted(kind: QuoteKind, inlines: [Inline], citation: Citation?, restricted: Bool) {
        if restricted {
            // A plain phrase cannot hold the citation element; it follows the phrase instead,
            // so an attribution's quote with a citation is read back as two inlines.
            if citation != nil { warn("a quotation with its citation inside an attribution is written as a quotation followed by the citation") }
            wrap("phrase", ["role": kind == .single ? Role.singleQuotePhrase : Role.quote], inlines, true)
            if let citation {
                xml.text(" ")
                renderCitation(citation, role: Role.inlineCitation)
            }
            return
        }
        if citation != nil { xml.startElement("phrase", ["role": Role.citedQuote]) }
        wrap("quote", ["role": kind == .single ? Role.singleQuote : nil], inlines, false)
        if let citation {
            xml.text(" ")
            renderCitation(citation)
            xml.endElement()
        }
    }

    /// `<citation>` holds the text as written; the parts the tree knows are marked where
    /// they occur in it. A part that is not in the text cannot be marked, and is reported.
    func renderCitation(_ citation: Citation, role: String? = nil) {
        let text = DocBookText.xmlSafe(citation.text, warn: warn)
        let parts: [(element: String, role: String?, value: String?)] = [
            ("citetitle", nil, citation.title), ("phrase", Role.year, citation.year),
            ("phrase", Role.locator, citation.locator),
        ]
        var marks: [(range: Range<String.Index>, element: String, role: String?)] = []
        for part in parts {
            guard let value = part.value, !value.isEmpty else { continue }
            var searchStart = text.startIndex
            var found: Range<String.Index>?
            while let range = text.range(of: value, range: searchStart..<text.endIndex) {
                if !marks.contains(where: { $0.range.overlaps(range) }) { found = range; break }
                searchStart = range.upperBound
            }
            guard let found else {
                warn("a citation's \(part.role ?? "title") '\(value)' is not part of its text '\(citation.text)'; only the text was kept")
                continue
            }
            marks.append((found, part.element, part.role))
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        xml.startElement("citation", ["role": role])
        var position = text.startIndex
        for mark in marks {
            if position < mark.range.lowerBound { xml.text(String(text[position..<mark.range.lowerBound])) }
            xml.element(mark.element, text: String(text[mark.range]), ["role": mark.role])
            position = mark.range.upperBound
        }
        if position < text.endIndex { xml.text(String(text[position...])) }
        xml.endElement()
    }

    private func renderNote(_ blocks: [Block], restricted: Bool) {
        if restricted {
            warn("DocBook allows no footnote in an attribution; the note was left out")
            return
        }
        if inFootnote {
            warn("DocBook allows no footnote inside a footnote; the inner note was kept as bracketed text")
            xml.text(" [" + DocBookText.xmlSafe(blocks.map(\.plainText).joined(separator: " "), warn: warn) + "]")
            return
        }
        xml.startElement("footnote")
        inFootnote = true
        depth += 1
        renderBlocks(blocks)
        depth -= 1
        inFootnote = false
        newline()
        xml.endElement()
    }
}
