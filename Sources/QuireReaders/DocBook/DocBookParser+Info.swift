import QuireModel
import QuireXML

// <info> into Metadata: the writer's homes for each field, plus the usual
// variants (subjectset, date, copyright, DocBook 4 authors without personname).

extension DocBookParser {
    func readInfo(_ info: XMLNode, into metadata: inout Metadata) {
        for child in info.elements where isDocBook(child) {
            switch child.name {
            case "title": metadata.title = inlines(of: child)
            case "subtitle": metadata.subtitle = inlines(of: child)
            case "author":
                readAuthor(child, into: &metadata)
            case "authorgroup":
                for author in child.elements where isDocBook(author) && author.name == "author" {
                    readAuthor(author, into: &metadata)
                }
            case "pubdate", "date":
                if metadata.date == nil { metadata.date = plainText(child) }
            case "publisher":
                let name = child.elements.first { $0.name == "publishername" }
                metadata.publisher = plainText(name ?? child)
            case "publishername":
                metadata.publisher = plainText(child)
            case "bibliomisc" where child.attribute("role") == Role.kicker:
                metadata.kicker = plainText(child)
            case "biblioid":
                if metadata.identifier == nil { metadata.identifier = plainText(child) }
            case "bibliosource":
                if metadata.source == nil { metadata.source = plainText(child) }
            case "legalnotice":
                let paragraphs = childBlocks(child, skipping: ["title"]).map(\.plainText)
                metadata.rights = paragraphs.joined(separator: "\n\n")
            case "copyright":
                if metadata.rights == nil { metadata.rights = copyright(child) }
            case "keywordset":
                for keyword in child.elements where keyword.name == "keyword" { metadata.subjects.append(plainText(keyword)) }
            case "subjectset":
                for term in child.elements.flatMap(\.elements) where term.name == "subjectterm" {
                    addSubject(plainText(term), &metadata)
                }
            case "abstract":
                metadata.abstract = childBlocks(child, skipping: ["title"])
            case "annotation" where child.attribute("role") == Role.authorNote:
                metadata.authorNote = childBlocks(child, skipping: ["title"])
            default:
                if child.name != "titleabbrev" {
                    warn("<\(child.name)> in <info> has no place in Quire's metadata; it was left out")
                }
            }
        }
    }

    /// Subjects from a subjectset, unless a keywordset already named them.
    private func addSubject(_ subject: String, _ metadata: inout Metadata) {
        if !subject.isEmpty, !metadata.subjects.contains(subject) { metadata.subjects.append(subject) }
    }

    /// "Ada Lovelace" from `<personname>` (whole, or its parts joined by spaces), from the
    /// parts directly under `<author>` (DocBook 4), or from `<orgname>`.
    private func readAuthor(_ author: XMLNode, into metadata: inout Metadata) {
        var found: String?
        for child in author.elements where isDocBook(child) {
            switch child.name {
            case "personname", "orgname":
                if found == nil { found = personName(child) }
            case "personblurb":
                if metadata.authorNote.isEmpty { metadata.authorNote = childBlocks(child, skipping: ["title"]) }
            default:
                break
            }
        }
        let resolved = found ?? personName(author)
        if !resolved.isEmpty { metadata.authors.append(resolved) }
    }

    /// A name whole, or its parts (`firstname`, `surname`, …) joined by spaces.
    func personName(_ node: XMLNode) -> String {
        let parts: Set<String> = ["honorific", "firstname", "givenname", "othername", "surname", "lineage"]
        let named = node.elements.filter { parts.contains($0.name) }
        if named.isEmpty, let whole = node.elements.first(where: { $0.name == "personname" }) { return personName(whole) }
        return named.isEmpty ? plainText(node) : named.map(plainText).joined(separator: " ")
    }

    private func copyright(_ node: XMLNode) -> String {
        let years = node.elements.filter { $0.name == "year" }.map(plainText).joined(separator: ", ")
        let holders = node.elements.filter { $0.name == "holder" }.map(plainText).joined(separator: ", ")
        return ["©", years, holders].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// An element's text with pretty-printing whitespace removed.
    func plainText(_ node: XMLNode) -> String {
        InlineWhitespace.normalize([.text(text: node.textContent)]).plainText
    }
}
