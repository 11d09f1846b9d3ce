import QuireModel
import QuireXML

/// Renders the tree as semantic XHTML body content through an `XMLWriter`.
///
/// One renderer serves the EPUB, print and screen writers: they write the
/// document shell (head, title page, navigation) and call this for the body.
/// The markup follows the HTML spec's advice for quotations (a `<figure>` whose
/// `<figcaption>` holds the attribution) and DPUB-ARIA/EPUB 3 semantics for
/// notes and epigraphs. Output is XML syntax that is also valid HTML5:
/// non-void elements always get an end tag.
public final class HTMLRenderer {
    public let writer: XMLWriter
    public let flavor: HTMLFlavor
    let marks: QuotationMarks
    /// Notes are numbered through the whole document, across split files.
    public private(set) var noteCount = 0
    private var pendingNotes: [(number: Int, blocks: [Block])] = []
    /// Where a note call points: the file holding the note's text ("" for this file).
    public var noteFile = ""
    /// Told about content this flavor cannot hold (writers pass `context.warn`).
    public var warn: (String) -> Void = { _ in }
    /// Maps an image's source to the URL written (EPUB: the path inside the book;
    /// print: a data URI); nil when the image could not be embedded, and its
    /// text alternative is written instead.
    public var imageURL: (String) -> String? = { $0 }
    /// Extra attributes for each section's heading element, chosen by the
    /// writer: print puts the running-head text there for `string-set`.
    public var sectionHeadingAttributes: ((Section) -> [(name: String, value: String)])?
    /// Added to a section's level to pick its heading element: 1 (the default)
    /// keeps `<h1>` for the document title; a book split into files, where each
    /// file is its own document, uses 0 so every chapter file opens with `<h1>`.
    public var headingOffset = 1
    /// Rewrites link targets, e.g. `#id` to `chapter-002.xhtml#id` when the
    /// section holding `id` went to another file; nil leaves them as written.
    public var linkResolver: ((String) -> String)?

    public init(writer: XMLWriter, flavor: HTMLFlavor, language: String?, firstNoteNumber: Int = 1) {
        self.writer = writer
        self.flavor = flavor
        self.marks = .forLanguage(language)
        self.noteCount = firstNoteNumber - 1
    }

    // MARK: - Structure

    /// Writes a section and its subsections as nested `<section>` elements.
    /// Heading levels map to `<h2>`…`<h6>` (`<h1>` is the document title).
    public func render(_ section: Section) {
        render(section, includingSubsections: true)
    }

    /// Writes a section; without its subsections when the caller puts them
    /// elsewhere (an EPUB split into one file per section).
    public func render(_ section: Section, includingSubsections: Bool) {
        writer.startElement("section", ["id": section.id, "class": "level\(section.level)"])
        if flavor.epubTypes && section.level == 1 {
            // The EPUB structural semantic and its DPUB-ARIA counterpart, as pairs.
            writer.attribute("epub:type", "chapter")
            writer.attribute("role", "doc-chapter")
        }
        renderHeading(level: section.level, id: nil, inlines: section.title,
                      attributes: sectionHeadingAttributes?(section) ?? [])
        render(section.blocks)
        if includingSubsections {
            for subsection in section.subsections { render(subsection) }
        }
        close()
    }

    public func render(_ blocks: [Block]) {
        for block in blocks { render(block) }
    }

    /// Writes the footnotes called since the last call, as `<aside>` elements
    /// with a back-link to each call (with `.asides` placement).
    public func writePendingNotes() {
        guard !pendingNotes.isEmpty else { return }
        writer.startElement("section", ["class": "footnotes"])
        // Collected at the end of their file, the notes are a section's
        // endnotes: `endnotes` pairs with `doc-endnotes` (`footnotes` has no role).
        if flavor.epubTypes { writer.attribute("epub:type", "endnotes") }
        writer.attribute("role", "doc-endnotes")
        var index = 0
        // A note may call further notes, which join the queue as it is drained.
        while index < pendingNotes.count {
            let note = pendingNotes[index]
            writer.startElement("aside", ["id": "note-\(note.number)", "class": "footnote"])
            if flavor.epubTypes { writer.attribute("epub:type", "footnote") }
            writer.attribute("role", "doc-footnote")
            writer.startElement("a", ["href": "#noteref-\(note.number)", "class": "backlink", "role": "doc-backlink"])
            writer.attribute("title", "Back to the text")
            writer.text("\(note.number).")
            close()
            writer.text(" ")
            render(note.blocks)
            close()
            index += 1
        }
        pendingNotes.removeAll()
        close()
    }

    // MARK: - Blocks

    func render(_ block: Block) {
        switch block {
        case .paragraph(let inlines):
            element("p") { render(inlines) }
        case .heading(let level, let id, let inlines):
            renderHeading(level: level, id: id.isEmpty ? nil : id, inlines: inlines)
        case .blockQuote(let quote):
            renderQuote(quote)
        case .list(let list):
            writer.startElement(list.ordered ? "ol" : "ul")
            if list.ordered && list.start != 1 {
                if flavor.listStartInStyle {
                    writer.attribute("style", "counter-reset: list-item \(list.start - 1)")
                } else {
                    writer.attribute("start", String(list.start))
                }
            }
            for item in list.items {
                element("li") { list.tight ? renderTight(item) : render(item) }
            }
            close()
        case .verse(let lines):
            renderVerse(lines)
        case .preformatted(let text):
            if flavor.bare {
                // Code ends with its line end in CommonMark's HTML; the tree keeps none.
                element("pre") { element("code") { writer.text(text.isEmpty ? text : text + "\n") } }
            } else {
                element("pre") { writer.text(text) }
            }
        case .sceneBreak:
            writer.startElement("hr", ["class": flavor.bare ? nil : "scene-break"])
            if flavor.epubTypes { writer.attribute("epub:type", "z3998:division") }
            writer.endElement()
        case .division(let division):
            writer.startElement("div")
            if !division.classes.isEmpty { writer.attribute("class", division.classes.joined(separator: " ")) }
            // Arbitrary attribute names could make invalid HTML; data-* always validates.
            for key in division.attributes.keys.sorted() {
                let name = key.hasPrefix("data-") ? key : "data-" + key
                writer.attribute(name, division.attributes[key]!)
            }
            render(division.blocks)
            close()
        case .table(let table):
            renderTable(table)
        case .figure(let figure):
            element("figure", ["class": "image"]) {
                renderImage(figure.image)
                if !figure.caption.isEmpty {
                    element("figcaption") { render(figure.caption) }
                }
            }
        case .raw(let format, let text):
            renderRaw(format: format, text: text)
        }
    }

    /// A tight list item's paragraphs are its bare text, as CommonMark renders them.
    func renderTight(_ blocks: [Block]) {
        for block in blocks {
            if case .paragraph(let inlines) = block { render(inlines) } else { render(block) }
        }
    }

    func renderTable(_ table: Table) {
        writer.startElement("table")
        if !table.caption.isEmpty {
            element("caption") { render(table.caption) }
        }
        func rows(_ rows: [[[Inline]]], cell: String) {
            for row in rows {
                element("tr") {
                    for (column, inlines) in row.enumerated() {
                        let alignment = column < table.alignments.count ? table.alignments[column] : .default
                        writer.startElement(cell)
                        // A style, not the obsolete align attribute: valid in HTML5 and EPUB.
                        if alignment != .default { writer.attribute("style", "text-align: \(alignment.rawValue)") }
                        render(inlines)
                        close()
                    }
                }
            }
        }
        if !table.header.isEmpty {
            element("thead") { rows(table.header, cell: "th") }
        }
        if !table.rows.isEmpty {
            element("tbody") { rows(table.rows, cell: "td") }
        }
        close()
    }

    func renderImage(_ image: Image) {
        guard let url = imageURL(image.source) else {
            element("span", ["class": "image-alt"]) { writer.text(image.alt.isEmpty ? "[image]" : "[\(image.alt)]") }
            return
        }
        writer.startElement("img", ["src": url, "alt": image.alt, "title": image.title])
        writer.endElement()
    }

    func renderRaw(format: String, text: String) {
        if format == "html" && flavor.passesRawHTML {
            writer.raw(text)
        } else {
            warn("left out raw \(format) that this output cannot hold: \(text.prefix(40))")
        }
    }

    func renderHeading(level: Int, id: String?, inlines: [Inline], attributes: [(name: String, value: String)] = []) {
        writer.startElement("h\(min(max(level + headingOffset, 1), 6))")
        if let id { writer.attribute("id", id) }
        for attribute in attributes { writer.attribute(attribute.name, attribute.value) }
        render(inlines)
        close()
    }

    /// A quote with a source is a figure whose caption names it; a bare quote is a blockquote.
    func renderQuote(_ quote: BlockQuote) {
        let hasSource = quote.attribution != nil || quote.distinctCitation != nil
        if hasSource { writer.startElement("figure", ["class": "quote " + quote.role.className]) }
        writer.startElement("blockquote")
        if !hasSource && !(flavor.bare && quote.role == .plain) { writer.attribute("class", quote.role.className) }
        switch quote.role {
        case .epigraph:
            if flavor.epubTypes { writer.attribute("epub:type", "epigraph") }
            writer.attribute("role", "doc-epigraph")
        case .pullQuote:
            if flavor.epubTypes { writer.attribute("epub:type", "pullquote") }
            writer.attribute("role", "doc-pullquote")
        case .letter:
            if flavor.epubTypes { writer.attribute("epub:type", "z3998:letter") }
        case .plain:
            break
        }
        render(quote.blocks)
        close()
        if hasSource {
            element("figcaption", ["class": "attribution"]) { renderSource(of: quote, markingTheName: true) }
            close()
        }
    }

    /// "— Name, <cite>Work</cite>": who is quoted and from where, the work
    /// only when it says more than the name. `markingTheName` wraps the name
    /// in `<span class="name">` for style sheets (not inside a print footnote).
    func renderSource(of quote: BlockQuote, markingTheName: Bool) {
        writer.text("\u{2014}\u{2009}")
        if let attribution = quote.attribution {
            if markingTheName {
                // "cited": the name is the citation too, shown once (readers take it back as both).
                let cited = quote.citation != nil && quote.distinctCitation == nil
                element("span", ["class": cited ? "name cited" : "name"]) { render(attribution) }
            } else {
                render(attribution)
            }
            if quote.distinctCitation != nil { writer.text(", ") }
        }
        if let citation = quote.distinctCitation {
            element("cite") { writer.text(citation.text) }
        }
    }

    /// Verse keeps its lines: a paragraph per stanza, a span per line.
    func renderVerse(_ lines: [[Inline]]) {
        writer.startElement("div", ["class": "verse"])
        if flavor.epubTypes { writer.attribute("epub:type", "z3998:verse") }
        var stanza: [[Inline]] = []
        func flush() {
            guard !stanza.isEmpty else { return }
            element("p", ["class": "stanza"]) {
                for (index, line) in stanza.enumerated() {
                    if index > 0 {
                        writer.startElement("br")
                        writer.endElement()
                    }
                    element("span", ["class": "line"]) { render(line) }
                }
            }
            stanza = []
        }
        for line in lines {
            if line.isEmpty { flush() } else { stanza.append(line) }
        }
        flush()
        close()
    }

    // MARK: - Inlines

    public func render(_ inlines: [Inline]) {
        for inline in inlines { render(inline) }
    }

    func render(_ inline: Inline) {
        switch inline {
        case .text(let text):
            writer.text(text)
        case .emphasis(let inlines):
            element("em") { render(inlines) }
        case .strong(let inlines):
            element("strong") { render(inlines) }
        case .quoted(let kind, let inlines, let citation):
            // The marks are text, as typeset books have them: <q> would leave
            // them to style sheets that many reading systems ignore.
            element("span", ["class": kind == .double ? "quote" : "quote single"]) {
                writer.text(marks.open(kind))
                render(inlines)
                writer.text(marks.close(kind))
            }
            if let citation {
                writer.text(" ")
                renderCitation(citation)
            }
        case .citation(let citation):
            renderCitation(citation)
        case .workTitle(let inlines):
            element("cite") { render(inlines) }
        case .link(let url, let title, let inlines):
            element("a", ["href": linkResolver?(url) ?? url, "title": title]) { render(inlines) }
        case .note(let blocks):
            renderNoteCall(blocks)
        case .lineBreak:
            writer.startElement("br")
            writer.endElement()
        case .code(let text):
            element("code") { writer.text(text) }
        case .image(let image):
            renderImage(image)
        case .raw(let format, let text):
            renderRaw(format: format, text: text)
        }
    }

    func renderCitation(_ citation: Citation) {
        writer.text("(")
        element("cite", ["class": "citation"]) { writer.text(citation.text) }
        writer.text(")")
    }

    func renderNoteCall(_ blocks: [Block]) {
        noteCount += 1
        let number = noteCount
        switch flavor.notes {
        case .asides:
            pendingNotes.append((number, blocks))
            element("sup", ["class": "noteref"]) {
                writer.startElement("a", ["href": "\(noteFile)#note-\(number)", "id": "noteref-\(number)"])
                if flavor.epubTypes { writer.attribute("epub:type", "noteref") }
                writer.attribute("role", "doc-noteref")
                writer.text(String(number))
                close()
            }
        case .inline:
            // Paged media moves this span to the foot of the page; block
            // structure inside a span is kept as line breaks.
            element("span", ["class": "footnote", "id": "note-\(number)"]) {
                renderInSpan(blocks)
            }
        }
    }

    // MARK: - Helpers

    /// Ends the innermost element with an explicit end tag, which HTML parsers need.
    func close() { writer.endElementFull() }

    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ body: () -> Void) {
        writer.startElement(name, attributes)
        body()
        close()
    }
}
