import QuireModel
import QuireXML

/// A standalone HTML5 page for reading on screens: metadata in the head, a
/// small embedded style, a title header, the body through the shared
/// `HTMLRenderer` in sections, and the footnotes at the end.
///
/// With `WriterOptions.fragment` it writes only the body content, with no
/// ids, sections or wrappers added, for embedding in another page (and for
/// comparing with other CommonMark implementations).
public struct HTMLWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "html", aliases: ["html5", "xhtml"], extensions: ["html", "htm"],
        summary: "a standalone HTML5 page for screens (or a body fragment with --fragment)",
        mediaType: "text/html")

    public init() {}

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        let limited = document.limitingNesting(context: context)
        if options.fragment { return WriterOutput(bytes: try fragment(limited, context: context)) }
        let document = limited.assigningHeadingIDs()
        let xml = XMLWriter()
        let renderer = HTMLRenderer(writer: xml, flavor: .screen, language: document.metadata.language)
        renderer.warn = { context.warn($0) }
        xml.startElement("html", ["lang": document.metadata.language])
        head(document.metadata, xml)
        xml.startElement("body")
        titleHeader(document.metadata, xml, renderer)
        xml.startElement("main")
        let outline = Outline(blocks: document.blocks)
        renderer.render(outline.preamble)
        for section in outline.sections { renderer.render(section) }
        renderer.writePendingNotes()
        xml.endElementFull()
        xml.endElementFull()
        xml.endElementFull()
        return WriterOutput(bytes: Array("<!DOCTYPE html>\n".utf8) + (try xml.finish()) + [0x0A])
    }

    /// Only the body's content: blocks as they are, then the notes.
    func fragment(_ document: Document, context: ConversionContext) throws -> [UInt8] {
        guard !document.blocks.isEmpty else { return [] }
        let xml = XMLWriter()
        let renderer = HTMLRenderer(writer: xml, flavor: .fragment, language: document.metadata.language)
        // No document title above the body: headings keep their own level.
        renderer.headingOffset = 0
        renderer.warn = { context.warn($0) }
        // One top-level block a line, as other CommonMark tools write them.
        for block in document.blocks {
            renderer.render([block])
            xml.raw("\n")
        }
        renderer.writePendingNotes()
        var bytes = try xml.finish()
        while bytes.last == 0x0A { bytes.removeLast() }
        if !bytes.isEmpty { bytes.append(0x0A) }
        return bytes
    }

    func head(_ metadata: Metadata, _ xml: XMLWriter) {
        xml.startElement("head")
        xml.startElement("meta", ["charset": "utf-8"])
        xml.endElement()
        xml.startElement("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        xml.endElement()
        if !metadata.authors.isEmpty {
            xml.startElement("meta", ["name": "author", "content": metadata.authors.joined(separator: ", ")])
            xml.endElement()
        }
        let description = metadata.abstract.map(\.plainText).joined(separator: " ")
        if !description.isEmpty {
            xml.startElement("meta", ["name": "description", "content": description])
            xml.endElement()
        }
        if !metadata.subjects.isEmpty {
            xml.startElement("meta", ["name": "keywords", "content": metadata.subjects.joined(separator: ", ")])
            xml.endElement()
        }
        if let date = metadata.date {
            xml.startElement("meta", ["name": "dcterms.date", "content": date])
            xml.endElement()
        }
        xml.element("title", text: metadata.plainTitle.isEmpty ? "Untitled" : metadata.plainTitle)
        // Style content is raw text in HTML: escaping its quotes would break the CSS.
        xml.startElement("style")
        xml.raw(HTMLWriter.style)
        xml.endElementFull()
        xml.endElementFull()
    }

    func titleHeader(_ metadata: Metadata, _ xml: XMLWriter, _ renderer: HTMLRenderer) {
        guard !metadata.title.isEmpty || !metadata.authors.isEmpty else { return }
        xml.startElement("header", ["class": "title-block"])
        if let kicker = metadata.kicker { xml.element("p", text: kicker, ["class": "kicker"]) }
        if !metadata.title.isEmpty {
            xml.startElement("h1", ["class": "title"])
            renderer.render(metadata.title)
            xml.endElementFull()
        }
        if !metadata.subtitle.isEmpty {
            xml.startElement("p", ["class": "subtitle"])
            renderer.render(metadata.subtitle)
            xml.endElementFull()
        }
        for author in metadata.authors { xml.element("p", text: author, ["class": "author"]) }
        if let date = metadata.date { xml.element("p", text: date, ["class": "date"]) }
        if !metadata.abstract.isEmpty {
            xml.startElement("div", ["class": "abstract"])
            renderer.render(metadata.abstract)
            xml.endElementFull()
        }
        xml.endElementFull()
    }

    /// Readable measure, system fonts, quotes and notes set off; light and dark.
    static let style = """
    :root { color-scheme: light dark; }
    body { margin: 0 auto; max-width: 38em; padding: 2em 1.25em; font: 1.1rem/1.6 Georgia, "Times New Roman", serif; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; font-weight: normal; }
    .title-block { text-align: center; margin-bottom: 3em; }
    .title-block .subtitle { font-style: italic; }
    .kicker, .author, .date { font-variant: small-caps; letter-spacing: 0.05em; }
    blockquote { margin: 1.5em 2em; }
    figure { margin: 1.5em 0; }
    figure.quote figcaption { text-align: right; }
    figure.image img { max-width: 100%; height: auto; }
    .verse .line { display: inline-block; padding-left: 2em; text-indent: -2em; }
    hr.scene-break { border: none; text-align: center; margin: 2em 0; }
    hr.scene-break::after { content: "* * *"; }
    pre { overflow-x: auto; font-size: 0.9em; }
    table { border-collapse: collapse; margin: 1.5em auto; }
    th, td { padding: 0.25em 0.75em; border-bottom: 1px solid #8888; }
    sup.noteref a { text-decoration: none; }
    .footnotes { margin-top: 3em; border-top: 1px solid #8888; font-size: 0.9em; }
    """
}
