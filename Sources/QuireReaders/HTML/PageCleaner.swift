import QuireXML

/// The passes that take chrome away (by marking it skipped; the parsed tree itself
/// is never changed): one before the article is looked for, one inside it after.
enum PageCleaner {
    /// Elements of the page that are never content. In an ebook's markup (and on
    /// the reader's second look at a page) only scripts, styles and hidden elements
    /// go: there is no chrome to find.
    static func chrome(below body: XMLNode, ebook: Bool, title: TitleMatcher) -> Set<XMLNode> {
        var skip: Set<XMLNode> = []
        let pageText = ebook ? 0 : TextStats.measure(body, skip: []).prose
        HTMLWalk.elements(below: body) { element, tag in
            let drop = ebook ? (tag.isNeverContent || ChromeFilter.isHidden(element))
                : ChromeFilter.isChrome(element, tag: tag, title: title) && !holdsThePage(element, tag: tag, pageText: pageText, title: title)
            if drop { skip.insert(element) }
            return !drop
        }
        return skip
    }

    /// Whether an element that its class words, role or place call chrome holds
    /// most of the page's visible text outside links (a list of links is chrome however long): then it wraps the article (`commented`,
    /// `site_header`, `contentWithSidebar`, a share widget's container) and only
    /// what lies inside it can be chrome, as long as the headline is inside too (a
    /// gallery of captions can outweigh a short article). Hidden and script
    /// elements never wrap the article.
    static func holdsThePage(_ element: XMLNode, tag: HTMLTag, pageText: Int, title: TitleMatcher) -> Bool {
        guard pageText > 0, !tag.isNeverContent, !ChromeFilter.isHidden(element) else { return false }
        return 2 * TextStats.measure(element, skip: []).prose >= pageText && title.isHeadlineInside(element)
    }

    /// Inside the article: blocks that are mostly links (lists of related stories,
    /// tag clouds, author links, "more from" boxes) and elements that are only
    /// chrome labels. Readability calls this cleaning conditionally.
    static func linkClusters(in roots: [XMLNode], skip: Set<XMLNode>, measured: [XMLNode: TextStats]) -> Set<XMLNode> {
        var found: Set<XMLNode> = []
        for root in roots {
            HTMLWalk.elements(below: root) { element, tag in
                if skip.contains(element) { return false }
                if isTeaserList(element, tag: tag) {
                    found.insert(element)
                    return false
                }
                guard let stats = measured[element] else { return true }
                // An article's own footer is meta (categories, tags, links to the
                // author) as soon as a quarter of it is links.
                let limit = tag == .footer || tag == .header ? 0.25 : 0.5
                if stats.text > 0, stats.text < 1000, stats.linkDensity > limit, !holdsNotes(element) {
                    found.insert(element)
                    return false
                }
                return true
            }
        }
        return found
    }

    /// A list of other stories: three or more items (and at least half of them)
    /// that each lead with a headline that is a link, whatever the teaser text
    /// under it (which keeps the list's link density low).
    static func isTeaserList(_ element: XMLNode, tag: HTMLTag) -> Bool {
        guard tag == .ul || tag == .ol || tag == .div || tag == .section || tag == .unknown else { return false }
        let items = element.childElements
        guard items.count >= 3 else { return false }
        let teasers = items.filter(leadsWithLinkedHeadline).count
        return teasers >= 3 && 2 * teasers >= items.count
    }

    private static func leadsWithLinkedHeadline(_ item: XMLNode) -> Bool {
        var found = false
        var seen = 0
        HTMLWalk.elements(below: item) { element, tag in
            seen += 1
            guard !found, seen < 40 else { return false }
            if tag.headingLevel != nil {
                found = leadsElsewhere(element)
                return false
            }
            return true
        }
        return found
    }

    /// A heading that is all one link to another page (a link within the page is a
    /// table of contents' backlink, as documentation generators make them).
    private static func leadsElsewhere(_ heading: XMLNode) -> Bool {
        let link = heading.ancestor { HTMLTag($0) == .a } ?? heading.childElements.first { HTMLTag($0) == .a }
        guard let link, let href = link.attribute(named: "href"), !href.hasPrefix("#") else { return false }
        let stats = TextStats.measure(heading, skip: [])
        return stats.text > 0 && stats.linkText * 10 >= stats.text * 9
    }

    /// The elements that may hold a cluster of links.
    static func isContainer(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .div, .section, .ul, .ol, .menu, .aside, .header, .footer, .table, .dl, .unknown: return true
        default: return false
        }
    }

    /// A footnote list is all backlinks and must stay for the notes to be found.
    private static func holdsNotes(_ element: XMLNode) -> Bool {
        if ChromeFilter.isNote(element) || element.hasEPUBType("footnotes") || element.hasEPUBType("endnotes") { return true }
        var found = false
        HTMLWalk.elements(below: element) { child, _ in
            if ChromeFilter.isNote(child) || child.hasEPUBType("footnote") || child.hasEPUBType("endnote") { found = true }
            return !found
        }
        return found
    }
}
