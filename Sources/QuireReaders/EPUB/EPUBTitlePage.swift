import QuireModel
import QuireXML

/// What a book's title page says beyond the package's plain strings: the
/// title and subtitle with their markup, the series line, the abstract and
/// the note about the author (EPUB 3 `epub:type`, DPUB-ARIA roles, and the
/// class names Quire's own writer gives them).
enum EPUBTitlePage {
    static func merge(_ page: EPUBContentDocument, into metadata: inout Metadata, reading mode: HTMLBookMode) {
        if let title = page.first("title") {
            let inlines = mode.inlines(of: title)
            // Only when it is the package's title: a title page may show a series or imprint instead.
            if !inlines.isEmpty, metadata.title.isEmpty || inlines.plainText == metadata.plainTitle { metadata.title = inlines }
        }
        if let subtitle = page.first("subtitle") {
            let inlines = mode.inlines(of: subtitle)
            if !inlines.isEmpty, metadata.subtitle.isEmpty || inlines.plainText == metadata.subtitle.plainText {
                metadata.subtitle = inlines
            }
        }
        if metadata.kicker == nil, let kicker = page.first("kicker") {
            let text = kicker.textContent.collapsingWhitespace
            if !text.isEmpty { metadata.kicker = text }
        }
        if let abstract = page.first("abstract") {
            let blocks = mode.blocks(inChildrenOf: abstract)
            if !blocks.isEmpty { metadata.abstract = blocks }
        }
        if let note = page.first("author-note") {
            let blocks = mode.blocks(inChildrenOf: note)
            if !blocks.isEmpty { metadata.authorNote = blocks }
        }
        if metadata.authors.isEmpty {
            var authors: [String] = []
            HTMLWalk.elements(below: page.body) { element, _ in
                if element.hasClass("author") || element.hasEPUBType("z3998:author") {
                    authors.append(element.textContent.collapsingWhitespace)
                    return false
                }
                return true
            }
            metadata.authors = authors.filter { !$0.isEmpty }
        }
    }

    /// A title page without markup (EPUB 2 has none): a short first document
    /// that shows the book's title as one of its elements. Title pages hold a
    /// few lines (title, author, publisher), never a text of their own.
    static func isUnmarkedTitlePage(_ page: EPUBContentDocument, title: String) -> Bool {
        guard !title.isEmpty else { return false }
        let words = page.body.textContent.split { $0.isWhitespace }.count
        guard words <= 120 else { return false }
        var found = false
        HTMLWalk.elements(below: page.body) { element, _ in
            if !found, element.textContent.collapsingWhitespace == title { found = true }
            return !found
        }
        return found
    }
}
