import QuireModel
import QuireXML

/// The shell every XHTML file of the book shares: XML declaration, HTML5
/// doctype, both language attributes (`lang` for HTML, `xml:lang` for XML
/// reading systems), the title and the style sheets.
enum EPUBXHTML {
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    static let opsNamespace = "http://www.idpf.org/2007/ops"
    /// The renderer uses the DAISY structural vocabulary (`z3998:verse`,
    /// `z3998:letter`), whose prefix EPUB 3.3 does not reserve: declare it.
    static let prefixes = "z3998: http://www.daisy.org/z3998/2012/vocab/structure/#"

    /// Writes a whole XHTML content document; `body` fills `<body>`.
    static func document(title: String, language: String, stylesheets: [String],
                         bodyType: String? = nil, body: (XMLWriter) throws -> Void) throws -> [UInt8] {
        // No indentation: added whitespace would show in mixed content.
        let writer = XMLWriter()
        writer.startDocument()
        writer.doctype("html")
        writer.startElement("html", [
            "xmlns": xhtmlNamespace, "xmlns:epub": opsNamespace, "epub:prefix": prefixes, "lang": language, "xml:lang": language,
        ])
        writer.startElement("head")
        writer.element("title", text: title)
        for href in stylesheets {
            writer.startElement("link", ["rel": "stylesheet", "type": "text/css", "href": href])
            writer.endElement()
        }
        writer.endElementFull()
        writer.startElement("body")
        if let bodyType { writer.attribute("epub:type", bodyType) }
        // Each file is a document of its own to assistive technology: its
        // content is its main landmark.
        writer.startElement("main")
        try body(writer)
        writer.endElementFull()
        writer.endElementFull()
        writer.endElementFull()
        return try writer.finish()
    }
}
