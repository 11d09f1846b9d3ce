import QuireModel
import QuireXML

// Block elements. Containers track where they are, because the Schematron rules
// forbid some elements inside others and the fallbacks must stay readable back.

extension DocBookRenderer {
    func render(_ block: Block) {
        switch block {
        case .paragraph(let inlines):
            newline()
            xml.startElement("para")
            renderInlines(inlines)
            xml.endElement()
        case .heading(let level, let id, let inlines):
            renderBridgehead(level: level, id: id, inlines: inlines)
        case .blockQuote(let quote):
            renderQuote(quote)
        case .list(let list):
            renderList(list)
        case .verse(let lines):
            renderVerse(lines)
        case .preformatted(let text):
            newline()
            xml.startElement("literallayout", ["class": "monospaced"])
            xml.text(DocBookText.xmlSafe(text, warn: warn))
            xml.endElement()
        case .sceneBreak:
            newline()
            xml.element("para", text: "* * *", ["role": Role.sceneBreak])
        case .division(let division):
            renderDivision(division)
        case .table(let table):
            renderTable(table)
        case .figure(let figure):
            renderFigure(figure)
        case .raw(let format, let text):
            renderRaw(format: format, text: text, block: true)
        }
    }

    /// A heading that is not part of the section structure (inside a quote, list, note).
    private func renderBridgehead(level: Int, id: String, inlines: [Inline]) {
        let renderas = (1...5).contains(level) ? "sect\(level)" : nil
        newline()
        xml.startElement("bridgehead", ["xml:id": xmlID(id), "renderas": renderas,
                                        "remap": renderas == nil ? Remap.heading(level) : nil])
        markExplicitID(id)
        renderInlines(inlines)
        xml.endElement()
    }

    // MARK: - Quotes

    private func renderQuote(_ quote: BlockQuote) {
        let asEpigraph = quote.role == .epigraph && !inFootnote && quote.blocks.allSatisfy(fitsEpigraph)
        switch quote.role {
        case .epigraph where asEpigraph:
            open("epigraph")
        case .plain:
            open("blockquote")
        case .epigraph, .letter, .pullQuote:
            open("blockquote", ["role": quote.role.rawValue])
        }
        renderAttribution(quote.attribution, citation: quote.citation)
        renderBlocks(quote.blocks)
        close()
    }

    /// An epigraph holds only paragraphs and literal layouts.
    private func fitsEpigraph(_ block: Block) -> Bool {
        switch block {
        case .paragraph, .verse, .preformatted, .sceneBreak: return true
        case .heading, .blockQuote, .list, .division, .table, .figure, .raw: return false
        }
    }

    /// `<attribution>`: who, then ", " and the `<citation>` of the work. The reader strips
    /// exactly that one separator, so an attribution of its own ending in ", " survives.
    private func renderAttribution(_ attribution: [Inline]?, citation: Citation?) {
        guard attribution != nil || citation != nil else { return }
        newline()
        xml.startElement("attribution")
        if let citation, attribution == [.text(text: citation.text)] {
            // Who and where at once: written once, marked so the reader restores both.
            renderCitation(citation, role: Role.alsoAttribution)
            xml.endElement()
            return
        }
        if let attribution {
            renderInlines(attribution, model: .attribution)
            if citation != nil { xml.text(", ") }
        }
        if let citation { renderCitation(citation) }
        xml.endElement()
    }

    // MARK: - Lists and verse

    private func renderList(_ list: ListBlock) {
        guard !list.items.isEmpty else {
            warn("an empty list cannot be written in DocBook (a list needs an item); it was left out")
            return
        }
        // A tight list is DocBook's compact spacing.
        let spacing = list.tight ? "compact" : nil
        if list.ordered {
            open("orderedlist", ["startingnumber": list.start == 1 ? nil : String(list.start), "spacing": spacing])
        } else {
            if list.start != 1 { warn("a bulleted list's start number has no meaning in DocBook; it was left out") }
            open("itemizedlist", ["spacing": spacing])
        }
        for item in list.items {
            open("listitem")
            renderBlocks(item)
            close()
        }
        close()
    }

    /// One line per verse line, so the reader can split on line feeds.
    private func renderVerse(_ lines: [[Inline]]) {
        newline()
        xml.startElement("literallayout", ["class": "normal"])
        for (index, line) in lines.enumerated() {
            if index > 0 { xml.text("\n") }
            renderInlines(line)
        }
        xml.endElement()
    }

    // MARK: - Divisions

    private func renderDivision(_ division: Division) {
        let element = divisionElement(division)
        let classes = division.classes.joined(separator: " ")
        if division.classes.contains(where: { $0.isEmpty || $0.contains(" ") }) {
            warn("a division class that is empty or holds a space cannot be kept apart in a role; classes were joined as '\(classes)'")
        }
        open(element, ["remap": Remap.division, "role": classes.isEmpty ? nil : classes])
        renderDivisionAttributes(division.attributes)
        let saved = (inSidebar, inAdmonition)
        if element == "sidebar" { inSidebar = true }
        if DocBookVocabulary.admonitions.contains(element) { inAdmonition = true }
        renderBlocks(division.blocks)
        (inSidebar, inAdmonition) = saved
        close()
    }

    /// The element that renders a division best where it stands.
    private func divisionElement(_ division: Division) -> String {
        if let first = division.classes.first, DocBookVocabulary.admonitions.contains(first),
           !inFootnote, !inAdmonition {
            return first
        }
        return inFootnote || inSidebar ? "blockquote" : "sidebar"
    }

    /// Attributes have no DocBook home, but `<info>` admits elements of other namespaces.
    private func renderDivisionAttributes(_ attributes: [String: String]) {
        guard !attributes.isEmpty else { return }
        open("info")
        for key in attributes.keys.sorted() {
            newline()
            xml.startElement("q:attribute", ["xmlns:q": DocBookVocabulary.quireNamespace,
                                             "name": DocBookText.xmlSafe(key, warn: warn)])
            xml.text(DocBookText.xmlSafe(attributes[key] ?? "", warn: warn))
            xml.endElement()
        }
        close()
    }
}
