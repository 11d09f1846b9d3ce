import QuireModel
import QuireXML

/// The contents page: a nested list of links to the sections. The style sheet
/// prints each link's page number with `target-counter()` after a dot leader;
/// a browser without paged media shows the same list without numbers.
struct TableOfContents {
    struct Entry: Hashable {
        var id: String
        var level: Int
        var title: [Inline]
        var children: [Entry]
    }

    let entries: [Entry]

    /// The top sections and the tier below them: deeper levels would turn the
    /// contents into an index.
    init(outline: Outline, depth: Int = 2) {
        func entries(_ sections: [Section], depth: Int) -> [Entry] {
            guard depth > 0 else { return [] }
            return sections.map {
                Entry(id: $0.id, level: $0.level, title: Self.entryText($0.title),
                      children: entries($0.subsections, depth: depth - 1))
            }
        }
        self.entries = entries(outline.sections, depth: depth)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Writes `<nav role="doc-toc">` with a heading and the entries.
    func write(to writer: XMLWriter, renderer: HTMLRenderer, label: String) {
        writer.startElement("nav", ["class": "toc", "role": "doc-toc", "aria-label": label])
        writer.startElement("h2")
        writer.text(label)
        writer.endElementFull()
        write(entries, to: writer, renderer: renderer)
        writer.endElementFull()
    }

    private func write(_ entries: [Entry], to writer: XMLWriter, renderer: HTMLRenderer) {
        writer.startElement("ol")
        for entry in entries {
            writer.startElement("li", ["class": "level\(entry.level)"])
            writer.startElement("a", ["href": "#" + entry.id])
            renderer.render(entry.title)
            writer.endElementFull()
            if !entry.children.isEmpty { write(entry.children, to: writer, renderer: renderer) }
            writer.endElementFull()
        }
        writer.endElementFull()
    }

    /// A heading as a contents entry: notes stay with the heading in the text
    /// (a second copy would be a second footnote), and links are dropped
    /// because the entry is itself a link.
    static func entryText(_ inlines: [Inline]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .note:
                return []
            case .link(_, _, let inner):
                return entryText(inner)
            case .emphasis(let inner):
                return [.emphasis(inlines: entryText(inner))]
            case .strong(let inner):
                return [.strong(inlines: entryText(inner))]
            case .workTitle(let inner):
                return [.workTitle(inlines: entryText(inner))]
            case .quoted(let kind, let inner, let citation):
                return [.quoted(kind: kind, inlines: entryText(inner), citation: citation)]
            case .lineBreak:
                // A break set in a display heading reads as a space in a list.
                return [.text(text: " ")]
            case .text, .citation, .code, .image, .raw:
                return [inline]
            }
        }
    }
}
