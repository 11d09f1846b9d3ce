import QuireModel

/// Renders one body file through the shared HTML renderer, with the notes
/// called in it at its end, numbered on from the files before it.
enum EPUBBodyDocument {
    static func render(_ file: EPUBBodyFile, book: EPUBBook, firstNoteNumber: Int) throws -> (bytes: [UInt8], noteCount: Int) {
        var noteCount = firstNoteNumber - 1
        let fileName = String(file.path.dropFirst("text/".count))
        let bytes = try EPUBXHTML.document(title: file.title(bookTitle: book.title), language: book.language,
                                           stylesheets: book.stylesheetLinks(fromText: true), bodyType: "bodymatter") { writer in
            let renderer = HTMLRenderer(writer: writer, flavor: .epub, language: book.language, firstNoteNumber: firstNoteNumber)
            renderer.headingOffset = 0
            renderer.imageURL = { book.images.pathForSource[$0] }
            renderer.linkResolver = { url in resolve(url, from: fileName, fileForID: book.spine.fileForID) }
            switch file.content {
            case .preamble(let blocks):
                writer.startElement("section", ["id": "preamble", "class": "preamble", "aria-label": book.title])
                renderer.render(blocks)
                writer.endElementFull()
            case .section(let section, let includingSubsections):
                renderer.render(section, includingSubsections: includingSubsections)
            }
            renderer.writePendingNotes()
            noteCount = renderer.noteCount
        }
        return (bytes, noteCount)
    }

    /// `#id` links to a heading that went to another file point at that file.
    static func resolve(_ url: String, from fileName: String, fileForID: [String: String]) -> String {
        guard url.hasPrefix("#"), let target = fileForID[String(url.dropFirst())], target != fileName else { return url }
        return target + url
    }
}
