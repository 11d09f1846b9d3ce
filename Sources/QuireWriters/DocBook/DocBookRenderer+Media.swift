import QuireModel
import QuireXML

// Tables, figures, images and raw markup. Informal forms throughout (informaltable,
// informalfigure with a <caption>): they are allowed everywhere, footnotes included,
// and a caption is what the tree holds, not a numbered title.

extension DocBookRenderer {
    /// A CALS `<informaltable>`: one `<colspec>` per alignment the tree lists, header rows in
    /// `<thead>`, body rows in `<tbody>` (a `<row role="empty">` when there are none, as
    /// CALS needs one), the caption in `<caption>`.
    func renderTable(_ table: Table) {
        open("informaltable")
        open("tgroup", ["cols": String(max(table.columnCount, 1))])
        for (index, alignment) in table.alignments.enumerated() {
            newline()
            xml.startElement("colspec", ["colname": "c\(index + 1)", "align": alignment == .default ? nil : alignment.rawValue])
            xml.endElement()
        }
        if !table.header.isEmpty {
            open("thead")
            for row in table.header { renderRow(row) }
            close()
        }
        open("tbody")
        if table.rows.isEmpty {
            open("row", ["role": Role.empty])
            open("entry")
            close(hasBlocks: false)
            close()
        }
        for row in table.rows { renderRow(row) }
        close()
        close()
        renderCaption(table.caption)
        close()
    }

    private func renderRow(_ cells: [[Inline]]) {
        open("row")
        for cell in cells {
            newline()
            xml.startElement("entry")
            renderInlines(cell)
            xml.endElement()
        }
        close()
    }

    private func renderCaption(_ caption: [Inline]) {
        guard !caption.isEmpty else { return }
        open("caption")
        render(.paragraph(inlines: caption))
        close()
    }

    /// `<informalfigure>` around the image's `<mediaobject>`, the caption in `<caption>`.
    func renderFigure(_ figure: Figure) {
        open("informalfigure")
        open("mediaobject")
        renderImageContent(figure.image)
        close()
        renderCaption(figure.caption)
        close()
    }

    func renderInlineImage(_ image: Image) {
        xml.startElement("inlinemediaobject")
        renderImageContent(image)
        xml.endElement()
    }

    /// `<alt>` for the text alternative, `<imagedata fileref>` for the source, and the title
    /// (DocBook has no attribute for it) in `<textobject role="title">`.
    private func renderImageContent(_ image: Image) {
        xml.element("alt", text: DocBookText.xmlSafe(image.alt, warn: warn))
        xml.startElement("imageobject")
        let source = DocBookText.uri(DocBookText.xmlSafe(image.source, warn: warn))
        if source != image.source { warn("the image source '\(image.source)' is not a valid URI; written as '\(source)'") }
        xml.startElement("imagedata", ["fileref": source])
        xml.endElement()
        xml.endElement()
        if let title = image.title {
            xml.startElement("textobject", ["role": Role.imageTitle])
            xml.element("phrase", text: DocBookText.xmlSafe(title, warn: warn))
            xml.endElement()
        }
    }

    /// Raw DocBook goes through as written when it is well-formed; other formats' markup
    /// has no place here.
    func renderRaw(format: String, text: String, block: Bool) {
        guard format.lowercased() == "docbook" || format.lowercased() == "docbook5" else {
            warn("raw \(format) markup cannot be held by DocBook; it was left out")
            return
        }
        let wrapped = "<r xmlns=\"\(DocBookVocabulary.namespace)\" xmlns:xlink=\"\(DocBookVocabulary.xlinkNamespace)\">\(text)</r>"
        guard (try? SafeXMLParser.parse(Array(wrapped.utf8))) != nil else {
            warn("raw DocBook markup that is not well-formed was left out")
            return
        }
        if block { newline() }
        xml.raw(text)
    }
}
