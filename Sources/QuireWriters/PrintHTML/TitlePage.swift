import QuireModel
import QuireXML

/// The first page of the book: what it is and who wrote it, with the imprint
/// (publisher, date, rights, source) set small at the foot, where a title page
/// and its verso would have them.
struct TitlePage {
    let metadata: Metadata
    /// The title to show when the document has none (the `<title>` needs one too).
    let fallbackTitle: String
    let frontispiece: DataURI?

    func write(to writer: XMLWriter, renderer: HTMLRenderer) {
        writer.startElement("section", ["class": "titlepage"])
        writer.startElement("header")
        if let kicker = metadata.kicker, !kicker.isEmpty {
            paragraph(kicker, class: "kicker", writer: writer)
        }
        let title = metadata.title.isEmpty ? [Inline.text(text: fallbackTitle)] : metadata.title
        writer.startElement("h1", ["class": "title", "data-running-head": RunningHead.text(title)])
        if title.containsNote { writer.attribute("data-bookmark", title.plainText) }
        renderer.render(title)
        writer.endElementFull()
        if !metadata.subtitle.isEmpty {
            writer.startElement("p", ["class": "subtitle"])
            renderer.render(metadata.subtitle)
            writer.endElementFull()
        }
        for author in metadata.authors {
            paragraph(author, class: "author", writer: writer)
        }
        writer.endElementFull()
        if let frontispiece {
            writer.startElement("figure", ["class": "frontispiece"])
            writer.startElement("img", ["src": frontispiece.string, "alt": ""])
            writer.endElement()
            writer.endElementFull()
        }
        writeImprint(to: writer)
        writer.endElementFull()
    }

    private func writeImprint(to writer: XMLWriter) {
        let lines: [(String?, String)] = [
            (metadata.publisher, "publisher"), (metadata.date, "date"),
            (metadata.rights, "rights"), (metadata.source, "source"), (metadata.identifier, "identifier"),
        ]
        guard lines.contains(where: { $0.0?.isEmpty == false }) else { return }
        writer.startElement("footer", ["class": "imprint"])
        for case let (value?, name) in lines where !value.isEmpty {
            if name == "source" && (value.hasPrefix("https://") || value.hasPrefix("http://")) {
                writer.startElement("p", ["class": name])
                writer.startElement("a", ["href": value])
                writer.text(value)
                writer.endElementFull()
                writer.endElementFull()
            } else {
                paragraph(value, class: name, writer: writer)
            }
        }
        writer.endElementFull()
    }

    private func paragraph(_ text: String, class name: String, writer: XMLWriter) {
        writer.startElement("p", ["class": name])
        writer.text(text)
        writer.endElementFull()
    }
}
