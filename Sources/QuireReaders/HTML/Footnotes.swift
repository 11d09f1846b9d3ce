import QuireXML

/// Footnote calls and the notes they call, found before the text is read so that
/// each note moves to its call (as `Inline.note`) and leaves the body.
///
/// A call is a link to an anchor on the page that is marked as one (`role=doc-noteref`,
/// `epub:type="noteref"`) or looks like one (`<sup><a href="#fn1">1</a></sup>`); its
/// note is the marked element around the anchor (`doc-footnote`, `doc-endnote`,
/// `epub:type` footnote or endnote, a list item of a footnotes list).
struct Footnotes {
    /// The note element for each call.
    var noteForCall: [XMLNode: XMLNode] = [:]
    /// Notes, their lists and their backlinks: left out of the body.
    var hidden: Set<XMLNode> = []
    /// Notes that are marked as such but that no call points to.
    var unreferenced = 0

    init() {}

    init(scan: HTMLScan) {
        self.init(links: scan.fragmentLinks) { link in
            link.attribute(named: "href").flatMap { scan.ids[String($0.dropFirst())] }
        }
    }

    /// Notes among `links`, each resolved by `target` to the element it points
    /// at: in one page by its `#id`, in a book (EPUB) across its files too.
    init(links: [XMLNode], target: (XMLNode) -> XMLNode?) {
        var calls: Set<XMLNode> = []
        for link in links {
            guard let target = target(link) else { continue }
            let explicit = Self.isMarkedCall(link)
            guard explicit || Self.looksLikeCall(link) else { continue }
            guard let note = Self.noteElement(for: target, explicit: explicit),
                  !HTMLWalk.isInside(link, [note]) else { continue }
            noteForCall[link] = note
            calls.insert(link)
            if let sup = link.parentElement, HTMLTag(sup) == .sup { calls.insert(sup) }
        }
        let notes = Set(noteForCall.values)
        for note in notes {
            hidden.insert(note)
            if let container = note.ancestor(where: Self.isNotesContainer) {
                hidden.insert(container)
                if let heading = Self.headingBefore(container) { hidden.insert(heading) }
            }
        }
        // Backlinks inside the notes ("↩") point back at the calls.
        for link in links where HTMLWalk.isInside(link, notes) {
            let text = link.textContent.collapsingWhitespace
            if target(link).map(calls.contains) == true || link.hasRole("doc-backlink")
                || ["↩", "↩\u{FE0E}", "↑", "^", "⤴"].contains(text) {
                hidden.insert(link)
            }
        }
    }

    /// A call marked up as one, whether or not its note is in this file.
    static func isMarkedCall(_ link: XMLNode) -> Bool {
        // A backlink ("footnote-back", doc-backlink) may share the call's class words.
        if link.hasRole("doc-backlink") || link.classWords.contains(where: { ["back", "backref", "backlink", "reversefootnote"].contains($0) }) {
            return false
        }
        return link.hasRole("doc-noteref") || link.hasEPUBType("noteref")
            || link.classWords.contains { $0 == "noteref" || $0 == "fnref" || $0 == "footnote" && HTMLTag(link) == .a }
            || link.hasClass("footnote-ref")
    }

    /// A short label (a number, a symbol) set as a superscript.
    static func looksLikeCall(_ link: XMLNode) -> Bool {
        let inSup = link.parentElement.map { HTMLTag($0) == .sup } ?? false
            || link.childElements.contains { HTMLTag($0) == .sup }
        let label = link.textContent.collapsingWhitespace
        let short = label.count <= 5 && label.allSatisfy { $0.isNumber || "[]()*†‡§¶#".contains($0) || $0.isLetter && label.count <= 2 }
        return inSup && short && !label.isEmpty
    }

    /// The note around an anchor, or nil when the anchor is not in a note.
    static func noteElement(for target: XMLNode, explicit: Bool) -> XMLNode? {
        // An anchor on a link is the call itself, pointed at by a backlink.
        if HTMLTag(target) == .a || target.ancestor(where: { HTMLTag($0) == .a }) != nil { return nil }
        var current: XMLNode? = target
        while let node = current {
            let tag = HTMLTag(node)
            if tag == .body || tag == .html || isNotesContainer(node) { break }
            if isNoteMarked(node) { return node }
            if tag == .li, let list = node.parentElement, isNotesContainer(list) || list.ancestor(where: isNotesContainer) != nil {
                return node
            }
            current = node.parentElement
        }
        if explicit {
            switch HTMLTag(target) {
            case .li, .aside, .p, .div, .dd: return target
            default: return nil
            }
        }
        return nil
    }

    static func isNoteMarked(_ node: XMLNode) -> Bool {
        node.hasRole("doc-footnote") || node.hasRole("doc-endnote") || node.hasEPUBType("footnote")
            || node.hasEPUBType("endnote") || node.hasEPUBType("rearnote") || node.hasEPUBType("note")
            || node.classWords.contains { $0 == "footnote" || $0 == "endnote" || $0 == "footnote-item" }
    }

    static func isNotesContainer(_ node: XMLNode) -> Bool {
        if node.hasRole("doc-endnotes") || node.hasRole("doc-footnotes") || node.hasEPUBType("footnotes")
            || node.hasEPUBType("endnotes") || node.hasEPUBType("rearnotes") {
            return true
        }
        return node.classWords.contains { ["footnotes", "endnotes", "notes", "references", "footnote-list"].contains($0) }
    }

    /// A "Notes" heading standing just before the notes list.
    static func headingBefore(_ container: XMLNode) -> XMLNode? {
        var previous = container.previousSibling
        while let node = previous, node.kind != .element { previous = node.previousSibling }
        guard let heading = previous, HTMLTag(heading).headingLevel != nil else { return nil }
        let text = heading.textContent.collapsingWhitespace.lowercased()
        return ["notes", "footnotes", "endnotes", "note"].contains(text) ? heading : nil
    }
}
