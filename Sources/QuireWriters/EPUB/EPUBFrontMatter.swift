import QuireModel
import QuireXML

/// The cover page and the title page.
enum EPUBFrontMatter {
    /// The cover image on a page of its own, with alt text: reading systems
    /// that ignore the `cover-image` property show this page first.
    static func coverPage(_ book: EPUBBook, image: EPUBResource) throws -> [UInt8] {
        try EPUBXHTML.document(title: book.labels.cover, language: book.language,
                               stylesheets: book.stylesheetLinks(fromText: true), bodyType: "frontmatter") { writer in
            writer.startElement("section", ["class": "cover", "epub:type": "cover", "aria-label": book.labels.cover])
            writer.startElement("img", ["src": "../" + image.path, "alt": book.labels.coverAlt(book.title), "role": "doc-cover"])
            writer.endElement()
            writer.endElementFull()
        }
    }

    /// Kicker, title, subtitle, authors, abstract and author note. Notes in
    /// them are numbered from 1; the body's notes continue from `noteCount`.
    static func titlePage(_ book: EPUBBook) throws -> (bytes: [UInt8], noteCount: Int) {
        var noteCount = 0
        let bytes = try EPUBXHTML.document(title: book.title, language: book.language,
                                           stylesheets: book.stylesheetLinks(fromText: true), bodyType: "frontmatter") { writer in
            let renderer = HTMLRenderer(writer: writer, flavor: .epub, language: book.language)
            renderer.imageURL = { book.images.pathForSource[$0] }
            let metadata = book.metadata
            writer.startElement("section", ["id": "titlepage", "class": "titlepage", "epub:type": "titlepage",
                                            "aria-labelledby": "title"])
            writer.startElement("header")
            if let kicker = metadata.kicker?.trimmedOfWhitespace, !kicker.isEmpty {
                writer.element("p", text: kicker, ["class": "kicker"])
            }
            writer.startElement("h1", ["id": "title", "class": "title", "epub:type": "title"])
            if metadata.title.isEmpty { writer.text(book.title) } else { renderer.render(metadata.title) }
            writer.endElementFull()
            if book.subtitle != nil {
                writer.startElement("p", ["class": "subtitle", "epub:type": "subtitle", "role": "doc-subtitle"])
                renderer.render(metadata.subtitle)
                writer.endElementFull()
            }
            for author in metadata.authors {
                writer.element("p", text: author, ["class": "author"])
            }
            writer.endElementFull()
            if !metadata.abstract.isEmpty {
                writer.startElement("section", ["class": "abstract", "epub:type": "abstract", "role": "doc-abstract",
                                                "aria-label": book.labels.abstract])
                renderer.render(metadata.abstract)
                writer.endElementFull()
            }
            if !metadata.authorNote.isEmpty {
                writer.startElement("section", ["class": "author-note", "aria-label": book.labels.aboutTheAuthor])
                renderer.render(metadata.authorNote)
                writer.endElementFull()
            }
            writer.endElementFull()
            renderer.writePendingNotes()
            noteCount = renderer.noteCount
        }
        return (bytes, noteCount)
    }
}
