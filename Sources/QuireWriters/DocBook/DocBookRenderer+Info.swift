import QuireModel
import QuireXML

// The document's <info>: every Metadata field has a home the schema accepts.

extension DocBookRenderer {
    func renderInfo(_ metadata: Metadata) {
        open("info")
        // An article must have a title, even an empty one; a book need not.
        if !metadata.title.isEmpty || !book { renderTitle(metadata.title) }
        if !metadata.subtitle.isEmpty { renderTitle(metadata.subtitle, element: "subtitle") }
        renderAuthors(metadata.authors, note: metadata.authorNote)
        if let date = metadata.date { textElement("pubdate", date) }
        if let publisher = metadata.publisher {
            open("publisher")
            textElement("publishername", publisher)
            close()
        }
        if let kicker = metadata.kicker { textElement("bibliomisc", kicker, ["role": Role.kicker]) }
        if let identifier = metadata.identifier {
            textElement("biblioid", identifier, ["class": DocBookText.identifierClass(identifier)])
        }
        if let source = metadata.source {
            textElement("bibliosource", source, ["class": DocBookText.isURL(source) ? "uri" : nil])
        }
        if let rights = metadata.rights {
            // One paragraph per paragraph of the notice: a line feed inside a para is only layout.
            open("legalnotice")
            for paragraph in rights.split(separator: "\n\n", omittingEmptySubsequences: false) { textElement("para", String(paragraph)) }
            close()
        }
        if !metadata.subjects.isEmpty {
            open("keywordset")
            for subject in metadata.subjects { textElement("keyword", subject) }
            close()
        }
        if !metadata.abstract.isEmpty {
            open("abstract")
            renderParagraphsOnly(metadata.abstract, where: "the abstract")
            close()
        }
        close()
    }

    func textElement(_ name: String, _ text: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        newline()
        xml.startElement(name, attributes)
        xml.text(DocBookText.xmlSafe(text, warn: warn))
        xml.endElement()
    }

    private func renderAuthors(_ authors: [String], note: [Block]) {
        if authors.isEmpty {
            if !note.isEmpty {
                open("annotation", ["role": Role.authorNote])
                renderBlocks(note)
                close()
            }
            return
        }
        if authors.count > 1 { open("authorgroup") }
        for (index, name) in authors.enumerated() {
            open("author")
            renderPersonName(name)
            if index == 0 && !note.isEmpty {
                open("personblurb")
                renderParagraphsOnly(note, where: "the author note")
                close()
            }
            close()
        }
        if authors.count > 1 { close() }
    }

    /// `<personname>` split into first name and surname only when joining them back gives the
    /// name exactly, so a reader never has to guess.
    private func renderPersonName(_ name: String) {
        if let (first, last) = DocBookText.splitName(name) {
            open("personname")
            textElement("firstname", first)
            textElement("surname", last)
            close()
        } else {
            textElement("personname", name)
        }
    }

    /// Renders blocks where DocBook allows only paragraphs (abstract, personblurb): other
    /// blocks are flattened to paragraphs of their text, with a warning.
    private func renderParagraphsOnly(_ blocks: [Block], where place: String) {
        for block in blocks {
            if case .paragraph = block {
                render(block)
            } else {
                warn("\(place) can hold only paragraphs in DocBook; its other blocks were written as plain paragraphs")
                textElement("para", block.plainText)
            }
        }
    }
}
