import QuireModel
import QuireXML

/// Writes the whole print HTML file: head with metadata and style sheet, the
/// title page, the contents, the text, and the note about the author.
///
/// The body text comes from the shared `HTMLRenderer` (print flavour: notes
/// stay in place for `float: footnote`), so print and EPUB mark up the same
/// tree the same way.
struct PrintHTMLDocument {
    let document: Document
    /// The inlined style sheet; nil writes body content only (`--fragment`).
    let styleSheet: String?
    let frontispiece: DataURI?
    let fallbackTitle: String
    let layout: PrintLayout
    let context: ConversionContext

    func render() throws -> [UInt8] {
        let writer = XMLWriter()
        let metadata = document.metadata
        let renderer = HTMLRenderer(writer: writer, flavor: .print, language: metadata.language)
        renderer.sectionHeadingAttributes = RunningHead.attributes(for:)
        renderer.warn = context.warn
        renderer.imageURL = embeddedImage
        if let styleSheet {
            writer.doctype("html")
            writer.startElement("html")
            if let language = metadata.language { writer.attribute("lang", language) }
            writeHead(styleSheet, to: writer)
            writer.startElement("body", ["class": layout.rawValue])
            writeBody(to: writer, renderer: renderer)
            writer.endElementFull()
            writer.endElementFull()
        } else {
            writeBody(to: writer, renderer: renderer)
        }
        return try writer.finish()
    }

    /// Images travel inside the file as data URIs; one that cannot be loaded
    /// keeps its source and is reported, so the print still shows its alt text.
    func embeddedImage(_ source: String) -> String {
        if source.hasPrefix("data:") { return source }
        do {
            return try DataURI(image: context.resources.load(source), path: source).string
        } catch {
            context.warn("image '\(source)' is not embedded: \(error)")
            return source
        }
    }

    // MARK: - Head

    /// WeasyPrint copies `<title>` and these `<meta>` names into the PDF's
    /// document information (Title, Author, Subject, Keywords, Creator).
    private func writeHead(_ styleSheet: String, to writer: XMLWriter) {
        let metadata = document.metadata
        writer.startElement("head")
        writer.startElement("meta", ["charset": "utf-8"])
        writer.endElement()
        writer.startElement("title")
        writer.text(metadata.title.isEmpty ? fallbackTitle : metadata.plainTitle)
        writer.endElementFull()
        for author in metadata.authors { meta("author", author, writer) }
        if let description = description { meta("description", description, writer) }
        if !metadata.subjects.isEmpty { meta("keywords", metadata.subjects.joined(separator: ", "), writer) }
        if let date = metadata.date, Self.isW3CDate(date) { meta("dcterms.created", date, writer) }
        meta("generator", "Quire", writer)
        writer.startElement("style")
        writer.raw(styleSheet)
        writer.endElementFull()
        writer.endElementFull()
    }

    private func meta(_ name: String, _ content: String, _ writer: XMLWriter) {
        writer.startElement("meta", ["name": name, "content": content])
        writer.endElement()
    }

    /// The abstract, else the subtitle: what a PDF's Subject field is for.
    private var description: String? {
        let metadata = document.metadata
        let abstract = metadata.abstract.map(\.plainText).joined(separator: " ")
        if !abstract.isEmpty { return abstract }
        let subtitle = metadata.subtitle.plainText
        return subtitle.isEmpty ? nil : subtitle
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the dates WeasyPrint accepts without
    /// a warning; a date written in words stays on the title page only.
    static func isW3CDate(_ text: String) -> Bool {
        let shape = text.utf8.map { $0 >= 0x30 && $0 <= 0x39 ? UInt8(ascii: "9") : $0 }
        return [Array("9999".utf8), Array("9999-99".utf8), Array("9999-99-99".utf8)].contains(shape)
    }

    // MARK: - Body

    private func writeBody(to writer: XMLWriter, renderer: HTMLRenderer) {
        let metadata = document.metadata
        let labels = PrintLabels.forLanguage(metadata.language)
        TitlePage(metadata: metadata, fallbackTitle: fallbackTitle, frontispiece: frontispiece)
            .write(to: writer, renderer: renderer)
        let outline = document.outline
        let contents = TableOfContents(outline: outline)
        if !contents.isEmpty && layout.wantsContents(outline) { contents.write(to: writer, renderer: renderer, label: labels.contents) }

        writer.startElement("main")
        if !metadata.abstract.isEmpty {
            writer.startElement("section", ["class": "abstract", "role": "doc-abstract"])
            renderer.render(metadata.abstract)
            writer.endElementFull()
        }
        if !outline.preamble.isEmpty {
            writer.startElement("div", ["class": "preamble"])
            renderer.render(outline.preamble)
            writer.endElementFull()
        }
        for section in outline.sections { renderer.render(section) }
        writer.endElementFull()

        if !metadata.authorNote.isEmpty {
            writer.startElement("section", ["class": "author-note"])
            writer.startElement("h2")
            writer.text(labels.aboutTheAuthor)
            writer.endElementFull()
            renderer.render(metadata.authorNote)
            writer.endElementFull()
        }
    }
}
