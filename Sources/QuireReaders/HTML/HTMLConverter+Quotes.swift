import QuireModel
import QuireXML

// Block quotations: who said it (a <cite>, a sign-off's signature, a "— Name"
// line, a figure's caption), where it is from, and what kind of quote it is.

extension HTMLConverter {
    func quote(_ node: XMLNode, role explicitRole: BlockQuote.Role? = nil, caption: XMLNode? = nil) -> BlockQuote {
        var consumed: Set<XMLNode> = []
        var source = QuoteSource()
        var signoff: [Block] = []
        let children = node.childElements.filter { !skip.contains($0) }
        for child in children where HTMLTag(child) == .cite {
            consumed.insert(child)
            source.addCite(finish(inlines(of: child)))
        }
        for child in children where HTMLTag(child) == .footer {
            consumed.insert(child)
            let signatures = descendants(of: child) { $0.hasEPUBType("signature") || $0.hasClass("signature") }
            if signatures.isEmpty {
                source.addLine(finish(inlines(of: child)))
                continue
            }
            source.setSignatures(signatures.map { finish(inlines(of: $0)) }.filter { !$0.isEmpty })
            for cite in descendants(of: child, where: { HTMLTag($0) == .cite }) { source.addCite(finish(inlines(of: cite))) }
            let hidden = Set(signatures).union(descendants(of: child) { HTMLTag($0) == .cite })
            let added = hidden.subtracting(skip)
            skip.formUnion(added)
            signoff = blocks(inChildrenOf: child)
            skip.subtract(added)
        }
        if source.isEmpty, let last = children.last, HTMLTag(last) == .p, isSourceLine(last) {
            consumed.insert(last)
            source.addLine(finish(inlines(of: last)))
        }
        if source.isEmpty, let caption {
            source.addLine(finish(inlines(of: caption)))
            // Quire's writers mark a name that is the citation too ("— Virgil", shown once).
            if source.citation == nil, let attribution = source.attribution,
               !descendants(of: caption, where: { $0.hasClass("cited") }).isEmpty {
                source.citation = DocumentAssembler.citation(fromCite: attribution.plainText)
            }
        }
        var blocks = self.blocks(inChildrenOf: node, verse: isVerse(node), excluding: consumed)
        if !signoff.isEmpty { blocks.append(.division(division: Division(classes: ["signoff"], blocks: signoff))) }
        return BlockQuote(blocks: blocks, attribution: source.attribution, citation: source.citation,
                          role: explicitRole ?? role(of: node))
    }

    /// A closing paragraph that names the source: "— Mark Twain" or "<cite>Walden</cite>".
    private func isSourceLine(_ paragraph: XMLNode) -> Bool {
        let raw = paragraph.textContent
        guard raw.utf8.count <= 1200 else { return false }
        let text = raw.collapsingWhitespace
        guard !text.isEmpty, text.count <= 160 else { return false }
        if let first = text.first, "—―–-".contains(first) { return true }
        let elements = paragraph.childElements
        if elements.count == 1, HTMLTag(elements[0]) == .cite,
           elements[0].textContent.collapsingWhitespace == text {
            return true
        }
        return false
    }

    private func role(of node: XMLNode) -> BlockQuote.Role {
        let around = node.parentElement.map { [.figure, .div, .aside].contains(HTMLTag($0)) ? $0 : nil } ?? nil
        if node.isMarked("epigraph") || around?.isMarked("epigraph") == true { return .epigraph }
        if node.hasEPUBType("letter") || node.classWords.contains("letter") { return .letter }
        let letterParts = Self.letterParts
        var isLetter = false
        HTMLWalk.elements(below: node) { element, _ in
            // Each attribute read once per element: quotes can be long.
            if element.epubTypes.contains(where: { letterParts.contains($0.split(separator: ":").last ?? $0) })
                || element.classWords.contains(where: { letterParts.contains($0) }) {
                isLetter = true
            }
            return !isLetter
        }
        return isLetter ? .letter : .plain
    }

    /// Built once: every quote is asked.
    private static let letterParts: Set<Substring> = ["salutation", "valediction", "signature", "dateline", "letter.dateline"]

    func descendants(of node: XMLNode, where test: (XMLNode) -> Bool) -> [XMLNode] {
        var found: [XMLNode] = []
        HTMLWalk.elements(below: node) { element, _ in
            if test(element) { found.append(element) }
            return true
        }
        return found
    }
}

/// The attribution and citation of a quote, gathered from its parts.
struct QuoteSource {
    var attribution: [Inline]?
    var citation: Citation?

    var isEmpty: Bool { attribution == nil && citation == nil }

    /// A `<cite>`: it is the attribution when there is none (ebooks cite the author
    /// that way: `<cite>Virgil</cite>`), and always the citation.
    mutating func addCite(_ inlines: [Inline]) {
        let cleaned = QuoteSource.droppingLeadingDash(inlines)
        guard !cleaned.isEmpty else { return }
        if attribution == nil { attribution = cleaned }
        if citation == nil { citation = QuoteSource.citation(from: cleaned) }
    }

    /// A line naming the source ("— Ada Lovelace, <cite>Notes</cite>"): the words
    /// before the cited title are who, the title and what follows is where.
    mutating func addLine(_ inlines: [Inline]) {
        let cleaned = QuoteSource.droppingLeadingDash(inlines)
        guard !cleaned.isEmpty else { return }
        guard let titleIndex = cleaned.firstIndex(where: { if case .workTitle = $0 { return true } else { return false } }) else {
            if attribution == nil { attribution = cleaned }
            return
        }
        var who = Array(cleaned[..<titleIndex])
        if case .text(let text)? = who.last {
            let trimmed = text.trimmingCharacters(in: ", ")
            let withoutIn = trimmed.hasSuffix(" in") ? String(trimmed.dropLast(3)) : trimmed
            if withoutIn.isEmpty { who.removeLast() } else { who[who.count - 1] = .text(text: withoutIn) }
        }
        let work = Array(cleaned[titleIndex...])
        if attribution == nil { attribution = who.isEmpty ? cleaned : who }
        if citation == nil { citation = QuoteSource.citation(from: work) }
    }

    /// The signature lines of a sign-off, joined with "; ".
    mutating func setSignatures(_ signatures: [[Inline]]) {
        guard !signatures.isEmpty else { return }
        var joined: [Inline] = []
        for (index, signature) in signatures.enumerated() {
            if index > 0 { joined.append(.text(text: "; ")) }
            joined += signature
        }
        attribution = joined
    }

    static func citation(from inlines: [Inline]) -> Citation {
        let text = inlines.plainText.collapsingWhitespace
        // A cited title alone may carry its year or place in it: "Testament, 1940".
        if inlines.count == 1, case .workTitle = inlines[0], let parsed = CitationRule.citation(text, afterQuote: true) {
            return parsed
        }
        var citation = Citation(text: text)
        if case .workTitle(let title)? = inlines.first(where: { if case .workTitle = $0 { return true } else { return false } }) {
            citation.title = title.plainText.collapsingWhitespace
            let rest = text.dropFirst(citation.title!.count).trimmingCharacters(in: ", ")
            if let title = citation.title, text.hasPrefix(title), !rest.isEmpty { citation.locator = rest }
        }
        citation.year = CitationScanner.year(in: text)
        return citation
    }

    /// Without the dash (and spaces, word joiners) typeset before a source.
    static func droppingLeadingDash(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        while case .text(let text)? = result.first {
            let trimmed = text.drop { "—―–- \u{A0}\u{2009}\u{202F}\u{2060}\u{200B}".contains($0) }
            if trimmed.isEmpty { result.removeFirst(); continue }
            result[0] = .text(text: String(trimmed))
            break
        }
        return result
    }
}

extension StringProtocol {
    /// Without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}
