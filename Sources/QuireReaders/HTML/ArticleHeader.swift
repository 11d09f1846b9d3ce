import QuireModel
import QuireXML

/// The top of an article, read as metadata and taken out of the body: the heading
/// that repeats the page title, the byline and dateline, the kicker above the
/// headline and the standfirst below it.
struct ArticleHeader {
    var title: [Inline] = []
    /// A chapter's number above its title ("IX", "Lecture VIII").
    var ordinal: [Inline] = []
    var subtitle: [Inline] = []
    var authors: [String] = []
    var date: String?
    var kicker: String?
    var consumed: Set<XMLNode> = []

    static let bylineWords: Set<Substring> = [
        "byline", "author", "authors", "writer", "dateline", "posted", "postmeta", "meta", "date",
        "published", "pubdate", "timestamp", "updated", "readtime", "credits", "contributor", "contributors",
    ]
    static let kickerWords: Set<Substring> = ["kicker", "eyebrow", "overline", "rubric", "category", "flag"]
    static let dekWords: Set<Substring> = ["dek", "deck", "standfirst", "subtitle", "subheadline", "subhead", "strapline", "summary", "excerpt"]

    init(roots: [XMLNode], title: TitleMatcher, converter: HTMLConverter, ebook: Bool) {
        findTitle(roots: roots, matcher: title, converter: converter, ebook: ebook)
        if !ebook { findByline(roots: roots, converter: converter) }
    }

    // MARK: - Title

    private mutating func findTitle(roots: [XMLNode], matcher: TitleMatcher, converter: HTMLConverter, ebook: Bool) {
        var headings: [XMLNode] = []
        var h1s: [XMLNode] = []
        for root in roots {
            let tag = HTMLTag(root)
            if tag.headingLevel != nil || tag == .hgroup { headings.append(root) }
            HTMLWalk.elements(below: root) { element, tag in
                if converter.skip.contains(element) || tag == .blockquote || tag.isNeverContent { return false }
                if tag.headingLevel != nil || tag == .hgroup {
                    headings.append(element)
                    if tag == .h1 || (tag == .hgroup && element.childElements.contains { HTMLTag($0) == .h1 }) { h1s.append(element) }
                    return false
                }
                return headings.count + h1s.count < 40
            }
        }
        // The first heading when it repeats the title, else the heading that repeats
        // it best (an `<h1>` before others), else, on a page with no title at all, a
        // lone `<h1>` opening the article (a headline the title does not repeat is
        // a heading of the text).
        func score(_ node: XMLNode) -> Double { matcher.score(ArticleHeader.titleText(of: node)) }
        var chosen: XMLNode?
        if let first = headings.first, score(first) > 0 {
            chosen = first
        } else if let best = (h1s + headings).max(by: { score($0) < score($1) }), score(best) > 0 {
            chosen = best
        } else if !ebook, matcher.isEmpty, h1s.count == 1, let first = headings.first, first == h1s[0] {
            chosen = first
        }
        guard let chosen else { return }
        consumed.insert(chosen)
        if HTMLTag(chosen) == .hgroup {
            let group = HeadingGroup(chosen, converter: converter)
            title = group.title.isEmpty ? group.ordinal : group.title
            ordinal = group.title.isEmpty ? [] : group.ordinal
            subtitle = group.subtitle
        } else {
            title = converter.finish(converter.inlines(of: chosen))
        }
    }

    /// The words of a heading that a page title would repeat: an `<hgroup>`'s title
    /// without its number.
    static func titleText(of node: XMLNode) -> String {
        guard HTMLTag(node) == .hgroup else { return node.textContent }
        for child in node.childElements where child.hasEPUBType("title") { return child.textContent }
        return node.childElements.first { HTMLTag($0).headingLevel != nil }?.textContent ?? node.textContent
    }

    // MARK: - Byline, kicker, standfirst

    private mutating func findByline(roots: [XMLNode], converter: HTMLConverter) {
        var done = false
        for root in roots where !done {
            HTMLWalk.elements(below: root) { element, tag in
                if done || converter.skip.contains(element) || consumed.contains(element) || tag == .blockquote { return false }
                let words = element.classWords
                let isKicker = words.contains { ArticleHeader.kickerWords.contains($0) }
                let isDek = words.contains { ArticleHeader.dekWords.contains($0) } && tag != .h1
                let isByline = tag == .address || tag == .time || element.attribute(named: "rel") == "author"
                    || ["author", "datePublished", "dateModified"].contains(element.attribute(named: "itemprop") ?? "")
                    || words.contains(where: { ArticleHeader.bylineWords.contains($0) })
                // Only paragraphs and marked elements need their text (a container's can be the whole article).
                guard tag == .p || isKicker || isDek || isByline else { return true }
                let text = element.textContent.collapsingWhitespace
                if tag == .p, text.count >= 140, !isDek {
                    done = true
                    return false
                }
                guard text.count < 300 else { return true }
                if isKicker, text.count < 80 {
                    if kicker == nil, !text.isEmpty { kicker = text }
                    consumed.insert(element)
                    return false
                }
                if isDek {
                    if subtitle.isEmpty { subtitle = converter.finish(converter.inlines(of: element)) }
                    consumed.insert(element)
                    return false
                }
                guard isByline, text.count < 200 else { return true }
                readByline(element, text: text)
                consumed.insert(element)
                return false
            }
        }
    }

    private mutating func readByline(_ element: XMLNode, text: String) {
        var names: [String] = []
        var dates: [String] = []
        func visit(_ node: XMLNode) {
            let itemprop = node.attribute(named: "itemprop") ?? ""
            let dateWords: Set<Substring> = ["date", "published", "pubdate", "timestamp", "dateline"]
            if HTMLTag(node) == .time || itemprop == "datePublished"
                || (node.classWords.contains(where: { dateWords.contains($0) })
                    && (node != element || !node.classWords.contains(where: { ["byline", "author", "authors"].contains($0) }))) {
                if let value = node.attribute(named: "datetime") ?? node.attribute(named: "content") ?? Optional(node.textContent.collapsingWhitespace) {
                    dates.append(value)
                }
            }
            let isAuthor = node.attribute(named: "rel") == "author" || itemprop == "author"
                || (HTMLTag(node) != .time && node.classWords.contains { $0 == "author" })
            if isAuthor {
                let name = ArticleHeader.strippingBy(node.textContent.collapsingWhitespace)
                if !name.isEmpty, name.count < 80 { names.append(name) }
            }
        }
        visit(element)
        HTMLWalk.elements(below: element) { node, _ in
            visit(node)
            return true
        }
        if names.isEmpty, element.classWords.contains(where: { $0 == "byline" || $0 == "author" || $0 == "authors" }) || text.lowercased().hasPrefix("by ") {
            let line = ArticleHeader.name(inByline: text)
            if !line.isEmpty, line.count < 80 { names.append(line) }
        }
        for name in names where !authors.contains(name) && !(authors.contains { $0.contains(name) || name.contains($0) }) {
            authors.append(name)
        }
        if date == nil { date = dates.first }
    }

    /// The name a byline starts with, without "By" and what follows it (a date, a
    /// place, a role).
    static func name(inByline text: String) -> String {
        var line = strippingBy(text)
        for separator in ["|", "·", "•", " on ", " — ", " – ", " - ", "\n"] {
            if let range = line.firstRange(of: separator) { line = String(line[..<range.lowerBound]) }
        }
        return line.trimmingCharacters(in: " ,—–-")
    }

    static func strippingBy(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed.lowercased().hasPrefix("by ") { return String(trimmed.dropFirst(3)).trimmingCharacters(in: " ") }
        return trimmed
    }
}
