import QuireXML

/// The EPUB 3 navigation document: the table of contents, nested like the
/// headings, and the landmarks (cover, title page, start of the text, contents).
enum EPUBNavigation {
    /// The entries of the table of contents: the headings, or one entry for
    /// the start of the text when there are none (a nav list may not be empty).
    static func entries(_ book: EPUBBook) -> [EPUBTOCEntry] {
        if !book.spine.toc.isEmpty { return book.spine.toc }
        return [EPUBTOCEntry(title: book.title, href: book.bodyStartPath, children: [])]
    }

    static func document(_ book: EPUBBook) throws -> [UInt8] {
        try EPUBXHTML.document(title: book.labels.contents, language: book.language,
                               stylesheets: book.stylesheetLinks(fromText: false)) { writer in
            writer.startElement("nav", ["epub:type": "toc", "role": "doc-toc", "id": "toc", "aria-labelledby": "toc-title"])
            writer.element("h1", text: book.labels.contents, ["id": "toc-title"])
            writeList(entries(book), writer)
            writer.endElementFull()

            // Landmarks are for reading systems' menus, not for reading: hidden.
            writer.startElement("nav", ["epub:type": "landmarks", "id": "landmarks", "aria-labelledby": "landmarks-title",
                                        "hidden": "hidden"])
            writer.element("h2", text: book.labels.landmarks, ["id": "landmarks-title"])
            writer.startElement("ol")
            if book.cover != nil { landmark("cover", EPUBBook.coverPagePath, book.labels.cover, writer) }
            landmark("titlepage", EPUBBook.titlePagePath, book.labels.titlePage, writer)
            landmark("bodymatter", book.bodyStartPath, book.labels.startOfText, writer)
            landmark("toc", "#toc", book.labels.contents, writer)
            writer.endElementFull()
            writer.endElementFull()
        }
    }

    static func writeList(_ entries: [EPUBTOCEntry], _ writer: XMLWriter) {
        writer.startElement("ol")
        for entry in entries {
            writer.startElement("li")
            writer.element("a", text: entry.title, ["href": entry.href])
            if !entry.children.isEmpty { writeList(entry.children, writer) }
            writer.endElementFull()
        }
        writer.endElementFull()
    }

    static func landmark(_ type: String, _ href: String, _ label: String, _ writer: XMLWriter) {
        writer.startElement("li")
        writer.element("a", text: label, ["epub:type": type, "href": href])
        writer.endElementFull()
    }

    /// The NCX, for EPUB 2 reading systems: the same entries, numbered in reading order.
    static func ncx(_ book: EPUBBook) throws -> [UInt8] {
        let writer = XMLWriter(indent: true)
        writer.startDocument()
        writer.startElement("ncx", ["xmlns": "http://www.daisy.org/z3986/2005/ncx/", "version": "2005-1",
                                    "xml:lang": book.language])
        writer.startElement("head")
        let toc = entries(book)
        for (name, content) in [("dtb:uid", book.identifier), ("dtb:depth", String(depth(toc))),
                                ("dtb:totalPageCount", "0"), ("dtb:maxPageNumber", "0")] {
            writer.startElement("meta", ["name": name, "content": content])
            writer.endElement()
        }
        writer.endElement()
        writer.startElement("docTitle")
        writer.element("text", text: book.title)
        writer.endElement()
        writer.startElement("navMap")
        var order = 0
        writeNavPoints(toc, writer, &order)
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }

    static func writeNavPoints(_ entries: [EPUBTOCEntry], _ writer: XMLWriter, _ order: inout Int) {
        for entry in entries {
            order += 1
            writer.startElement("navPoint", ["id": "navpoint-\(order)", "playOrder": String(order)])
            writer.startElement("navLabel")
            writer.element("text", text: entry.title)
            writer.endElement()
            writer.startElement("content", ["src": entry.href])
            writer.endElement()
            writeNavPoints(entry.children, writer, &order)
            writer.endElement()
        }
    }

    static func depth(_ entries: [EPUBTOCEntry]) -> Int {
        entries.map { 1 + depth($0.children) }.max() ?? 0
    }
}
