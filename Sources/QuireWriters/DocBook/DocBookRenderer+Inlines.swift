import QuireModel
import QuireXML

// Inline elements, in one of three content models: `.full` (para, title, ...); `.attribution`,
// whose direct content may be text, links, plain phrases, <citetitle> and <citation> but no
// emphasis or footnote; and `.phrase`, inside such a plain phrase, where only text, links and
// further plain phrases are allowed, so titles and citations become phrases too.

/// Which inline content model DocBook allows where we are.
enum InlineModel {
    case full, attribution, phrase
}

extension DocBookRenderer {
    func renderInlines(_ inlines: [Inline], model: InlineModel = .full) {
        for inline in inlines { render(inline, model) }
    }

    private func render(_ inline: Inline, _ model: InlineModel) {
        switch inline {
        case .text(let text):
            if DocBookText.hasLineFeed(text) {
                warn("a line feed inside running text is layout in DocBook and reads back as a space (use a line break)")
            }
            xml.text(DocBookText.xmlSafe(text, warn: warn))
        case .emphasis(let inlines):
            if model == .full { wrap("emphasis", [:], inlines, .full) } else { phrase(Role.emphasis, inlines) }
        case .strong(let inlines):
            if model == .full { wrap("emphasis", ["role": Role.strong], inlines, .full) } else { phrase(Role.strong, inlines) }
        case .quoted(let kind, let inlines, let citation):
            renderQuoted(kind: kind, inlines: inlines, citation: citation, model)
        case .citation(let citation):
            switch model {
            case .full: renderCitation(citation)
            case .attribution: renderCitation(citation, role: Role.inlineCitation)
            case .phrase: renderCitation(citation, asPhrase: true)
            }
        case .workTitle(let inlines):
            // citetitle admits every inline, but a plain phrase admits no citetitle.
            if model == .phrase { phrase(Role.workTitle, inlines) } else { wrap("citetitle", [:], inlines, .full) }
        case .link(let url, let title, let inlines):
            let href = DocBookText.uri(DocBookText.xmlSafe(url, warn: warn))
            if href != url { warn("the link '\(url)' is not a valid URI; written as '\(href)'") }
            xml.startElement("link", ["xlink:href": href,
                                      "xlink:title": title.map { DocBookText.xmlSafe($0, warn: warn) }])
            renderInlines(inlines)
            xml.endElement()
        case .note(let blocks):
            renderNote(blocks, model)
        case .lineBreak:
            xml.processingInstruction(DocBookVocabulary.lineBreakPI)
        case .image(let image):
            renderInlineImage(image)
        case .raw(let format, let text):
            if model == .full { renderRaw(format: format, text: text, block: false) } else {
                warn("raw markup in an attribution cannot be held by DocBook; it was left out")
            }
        case .code(let text):
            if model == .full {
                xml.element("code", text: DocBookText.xmlSafe(text, warn: warn))
            } else {
                xml.element("phrase", text: DocBookText.xmlSafe(text, warn: warn), ["role": Role.code])
            }
        }
    }

    private func wrap(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ inlines: [Inline], _ model: InlineModel) {
        xml.startElement(name, attributes)
        renderInlines(inlines, model: model)
        xml.endElement()
    }

    /// A plain `<phrase role>` standing in for an element the content model forbids.
    private func phrase(_ role: String, _ inlines: [Inline]) {
        wrap("phrase", ["role": role], inlines, .phrase)
    }

    private func renderQuoted(kind: QuoteKind, inlines: [Inline], citation: Citation?, _ model: InlineModel) {
        if model != .full {
            // A plain phrase cannot hold the citation; it follows the quotation instead,
            // so it is read back as two inlines.
            if citation != nil { warn("a quotation with its citation inside an attribution is written as a quotation followed by the citation") }
            phrase(kind == .single ? Role.singleQuotePhrase : Role.quote, inlines)
            if let citation {
                xml.text(" ")
                render(.citation(citation: citation), model)
            }
            return
        }
        if citation != nil { xml.startElement("phrase", ["role": Role.citedQuote]) }
        wrap("quote", ["role": kind == .single ? Role.singleQuote : nil], inlines, .full)
        if let citation {
            xml.text(" ")
            renderCitation(citation)
            xml.endElement()
        }
    }

    /// `<citation>` holds the text as written; the parts the tree knows are marked where
    /// they occur in it. A part that is not in the text cannot be marked, and is reported.
    func renderCitation(_ citation: Citation, role: String? = nil, asPhrase: Bool = false) {
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
        if asPhrase {
            xml.startElement("phrase", ["role": Role.citation])
        } else {
            xml.startElement("citation", ["role": role])
        }
        var position = text.startIndex
        for mark in marks {
            if position < mark.range.lowerBound { xml.text(String(text[position..<mark.range.lowerBound])) }
            let (element, role) = asPhrase && mark.element == "citetitle" ? ("phrase", Role.workTitle) : (mark.element, mark.role)
            xml.element(element, text: String(text[mark.range]), ["role": role])
            position = mark.range.upperBound
        }
        if position < text.endIndex { xml.text(String(text[position...])) }
        xml.endElement()
    }

    private func renderNote(_ blocks: [Block], _ model: InlineModel) {
        if model != .full {
            warn("DocBook allows no footnote in an attribution; the note was left out")
            return
        }
        if inFootnote {
            warn("DocBook allows no footnote inside a footnote; the inner note was kept as bracketed text")
            xml.text(DocBookText.xmlSafe(Nesting.runningText(ofNote: blocks).plainText, warn: warn))
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
