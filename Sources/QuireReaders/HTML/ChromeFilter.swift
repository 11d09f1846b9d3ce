import QuireXML

/// Tells page chrome (navigation, headers and footers of the site, share buttons,
/// comments, cookie banners, advertising) from the article, by element, role and
/// the words of class and id, as Readability does.
enum ChromeFilter {
    /// Words that mark chrome wherever they appear, even next to a content word
    /// (`post-comments`, `article-share`).
    static let strongNegative: Set<Substring> = [
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "cookie", "cookies",
        "consent", "gdpr", "share", "shares", "sharing", "social", "newsletter", "subscribe",
        "subscription", "signup", "promo", "promotion", "sponsor", "sponsored", "ad", "ads", "advert",
        "adverts", "advertisement", "advertising", "banner", "popup", "modal", "paywall", "outbrain",
        "taboola", "related", "recommended", "trending", "popular", "follow", "donate", "print-only",
        "player", "videoplayer",
    ]
    /// Beginnings and ends of run-together words that mark chrome (`sharebar`, `socialicons`).
    static let negativeFragments: [String] = [
        "comment", "share", "social", "cookie", "subscribe", "newsletter", "promo", "sidebar", "related",
        "banner", "sponsor", "advert", "consent", "breadcrumb", "navbar", "popup", "paywall",
    ]
    static let fragmentExceptions: Set<Substring> = ["commentary", "shared", "bannerless"]
    /// Words that mark chrome unless a content word stands beside them (`site-footer`
    /// is chrome, `entry-footer` may hold the end of the text).
    static let weakNegative: Set<Substring> = [
        "nav", "navbar", "navigation", "menu", "footer", "header", "masthead", "sidebar", "widget",
        "widgets", "breadcrumb", "breadcrumbs", "toolbar", "pagination", "pager", "skip", "topbar",
        "utility", "tags", "tagcloud", "rss", "login", "search", "aside", "complementary", "hidden",
    ]
    static let positive: Set<Substring> = [
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story",
        "prose", "longform",
    ]
    static let chromeRoles: Set<Substring> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
        "menubar", "menu", "toolbar", "tablist",
    ]

    /// -25 for a chrome word, +25 for a content word, as Readability weighs classes.
    static func classWeight(_ node: XMLNode) -> Double {
        let words = node.classWords
        var weight = 0.0
        if words.contains(where: { isNegative($0) || weakNegative.contains($0) }) { weight -= 25 }
        if words.contains(where: { positive.contains($0) }) { weight += 25 }
        return weight
    }

    static func isNegative(_ word: Substring) -> Bool {
        if strongNegative.contains(word) { return true }
        if fragmentExceptions.contains(word) { return false }
        // Counted once, not once per fragment: `count` walks the graphemes (the
        // fragments are ASCII, so their byte counts are their lengths).
        let length = word.count
        return negativeFragments.contains { length > $0.utf8.count && (word.hasPrefix($0) || word.hasSuffix($0)) }
    }

    /// Whether the element is hidden from readers of the page.
    static func isHidden(_ node: XMLNode) -> Bool {
        if node.hasAttribute(named: "hidden") { return true }
        if node.attribute(named: "aria-hidden") == "true" { return true }
        if let style = node.attribute(named: "style") {
            let compact = style.lowercased().filter { $0 != " " }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// Whether `node` (an element of a web page, not an ebook) is chrome. A header
    /// that carries the article's headline is not, whatever its class says.
    static func isChrome(_ node: XMLNode, tag: HTMLTag, title: TitleMatcher = TitleMatcher([])) -> Bool {
        if tag.isNeverContent || isHidden(node) { return true }
        switch tag {
        case .body, .html, .main:
            return false
        case .thead, .tbody, .tfoot, .tr, .th, .td, .caption, .colgroup, .col:
            // Table parts take class words for styling (`<tr class="header">`); whether
            // the table is chrome is decided on the table.
            return false
        default:
            break
        }
        if node.roles.contains(where: { chromeRoles.contains($0) }) { return true }
        // Microdata that names the article's body outweighs any class word.
        if node.attribute(named: "itemprop") == "articleBody" { return false }
        let words = node.classWords
        if words.contains(where: isNegative) { return !isNote(node) }
        if words.contains(where: { weakNegative.contains($0) }), !words.contains(where: { positive.contains($0) }) {
            return !isNote(node) && !(tag == .header && title.isHeadlineInside(node))
        }
        switch tag {
        case .header:
            // A page-level header is the site's masthead, unless it carries the headline.
            return isPageLevel(node) && !title.isHeadlineInside(node)
        case .footer, .aside:
            return isPageLevel(node)
        default:
            return false
        }
    }

    /// Footnote markup must survive: it is read separately and moved into the text.
    static func isNote(_ node: XMLNode) -> Bool {
        node.classWords.contains { $0.contains("footnote") || $0.contains("endnote") }
            || node.hasRole("doc-endnotes") || node.hasRole("doc-footnote") || node.hasRole("doc-endnote")
    }

    /// Not inside an article, main content, section or quotation.
    static func isPageLevel(_ node: XMLNode) -> Bool {
        node.ancestor { ancestor in
            switch HTMLTag(ancestor) {
            case .article, .main, .section, .blockquote, .figure: return true
            default: return ancestor.hasRole("main")
            }
        } == nil
    }
}

/// Depth-first walks over elements.
enum HTMLWalk {
    /// Calls `visit` on every element below `node` in document order; `visit`
    /// returns whether to descend into that element.
    static func elements(below node: XMLNode, _ visit: (XMLNode, HTMLTag) -> Bool) {
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            guard current.kind == .element else { continue }
            if visit(current, HTMLTag(current)) { elements(below: current, visit) }
        }
    }

    /// Whether `node` lies inside (or is) one of `ancestors`.
    static func isInside(_ node: XMLNode, _ ancestors: Set<XMLNode>) -> Bool {
        if ancestors.contains(node) { return true }
        return node.ancestor { ancestors.contains($0) } != nil
    }
}
