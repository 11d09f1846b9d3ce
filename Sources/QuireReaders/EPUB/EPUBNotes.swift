import QuireXML

/// The notes of a whole book: a call in one chapter may point to an endnote
/// in another file (`endnotes.xhtml#note-1`), and its backlink points back.
enum EPUBNotes {
    static func footnotes(in documents: [EPUBContentDocument]) -> Footnotes {
        var byPath: [String: EPUBContentDocument] = [:]
        var links: [XMLNode] = []
        var linkBase: [XMLNode: String] = [:]
        for document in documents {
            byPath[document.path] = document
            for link in document.fragmentLinks {
                links.append(link)
                linkBase[link] = document.path
            }
        }
        return Footnotes(links: links) { link in
            guard let href = link.attribute(named: "href"), let base = linkBase[link],
                  let target = EPUBPath.resolve(href, from: base), let fragment = target.fragment else { return nil }
            return byPath[target.path]?.ids[EPUBPath.percentDecoded(fragment)]
        }
    }
}
