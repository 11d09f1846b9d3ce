import QuireXML

/// Finds the article in a web page: the element that declares itself the main
/// content (`<article>`, `<main>`) when it holds most of the page's text, else the
/// densest block of text, scored as Readability scores it.
struct ContentFinder {
    var scan: HTMLScan
    var skip: Set<XMLNode>
    var title: TitleMatcher

    /// The share of the page's text a declared main element must hold to be
    /// believed (a page may mark up a teaser or a comment as `<article>`).
    static let semanticShare = 0.4

    /// The elements that make up the article, in document order, and the text
    /// measures of every container of the page (for `PageCleaner.linkClusters`).
    func find() -> (roots: [XMLNode], measured: [XMLNode: TextStats]) {
        guard let body = scan.body else { return ([scan.root], [:]) }
        if scan.isEbookMarkup { return ([body], [:]) }
        // One pass measures the page, every element that could be declared content
        // and every container that could turn out to be a cluster of links.
        let (total, measured) = TextStats.measure(body, skip: skip) { tag in
            tag == .article || tag == .main || PageCleaner.isContainer(tag)
        }
        if let declared = declaredContent(measured, pageText: total.prose), Double(declared.stats.text) >= Self.semanticShare * Double(total.text) {
            return ([declared.node], measured)
        }
        return (scoredContent(body, measured: measured) ?? [body], measured)
    }

    /// The declared main element with the most text; a declared element inside
    /// it that holds nearly all of that text is preferred (`<main>` around `<article>`).
    func declaredContent(_ measured: [XMLNode: TextStats], pageText: Int) -> (node: XMLNode, stats: TextStats)? {
        let candidates = scan.semanticCandidates
            .filter { node in
                let tag = HTMLTag(node)
                return !HTMLWalk.isInside(node, skip)
                    && (!ChromeFilter.isChrome(node, tag: tag) || PageCleaner.holdsThePage(node, tag: tag, pageText: pageText, title: title))
            }
            .map { (node: $0, stats: measured[$0] ?? TextStats.measure($0, skip: skip)) }
            .sorted { $0.stats.text > $1.stats.text }
        guard var best = candidates.first, best.stats.text > 0 else { return nil }
        var improved = true
        while improved {
            improved = false
            for candidate in candidates where candidate.node != best.node
                && Double(candidate.stats.text) >= 0.85 * Double(best.stats.text)
                && HTMLWalk.isInside(candidate.node, [best.node]) {
                best = candidate
                improved = true
            }
        }
        return best
    }

    // MARK: - Scoring

    /// Readability's score: every paragraph of 25 characters or more gives
    /// 1 + its commas + one point per 100 characters (at most 3) to its parent,
    /// half to its grandparent and a third of a level's worth further up; each
    /// container starts from its kind and class words and ends weighed down by
    /// its link density. The best container and its good siblings are the article.
    func scoredContent(_ body: XMLNode, measured: [XMLNode: TextStats] = [:]) -> [XMLNode]? {
        let measure = { (node: XMLNode) in stats(of: node, measured: measured) }
        var scores: [XMLNode: Double] = [:]
        HTMLWalk.elements(below: body) { element, tag in
            if skip.contains(element) || tag.isNeverContent { return false }
            guard isParagraphLike(element, tag: tag) else { return true }
            let stats = TextStats.measure(element, skip: skip)
            guard stats.text >= 25 else { return false }
            let score = 1 + Double(stats.commas) + min(Double(stats.text) / 100, 3)
            var ancestor = element.parentElement
            var level = 0
            while let node = ancestor, level < 5 {
                if scores[node] == nil { scores[node] = initialScore(node) }
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[node]! += score / divider
                ancestor = node.parentElement
                level += 1
            }
            return false
        }
        guard !scores.isEmpty else { return nil }
        // Only the best few need their (costly) link density.
        let ranked = scores.sorted { $0.value > $1.value }.prefix(8).map { entry in
            (node: entry.key, score: entry.value * (1 - measure(entry.key).linkDensity))
        }
        guard let best = ranked.max(by: { $0.score < $1.score }) else { return nil }
        let top = (node: commonAncestor(of: ranked, near: best) ?? best.node, score: best.score)
        guard let parent = top.node.parentElement, HTMLTag(top.node) != .body else { return [top.node] }
        let threshold = max(10, top.score * 0.2)
        var result: [XMLNode] = []
        for sibling in parent.childElements where !skip.contains(sibling) {
            if sibling == top.node {
                result.append(sibling)
                continue
            }
            if let score = scores[sibling], score * (1 - measure(sibling).linkDensity) >= threshold {
                result.append(sibling)
            } else if HTMLTag(sibling) == .p {
                let stats = measure(sibling)
                if (stats.text > 80 && stats.linkDensity < 0.25) || (stats.text > 0 && stats.linkText == 0) {
                    result.append(sibling)
                }
            }
        }
        // Lists, tables and quotes between two chosen siblings belong to the text
        // around them, unless they are mostly links.
        let siblings = parent.childElements.filter { !skip.contains($0) }
        guard let first = result.first.flatMap(siblings.firstIndex), let last = result.last.flatMap(siblings.firstIndex) else { return result }
        return siblings[first...last].filter { sibling in
            result.contains(sibling) || measure(sibling).linkDensity < 0.5
        }
    }

    /// An article split into sibling containers (steps, pages, sections each in its
    /// own box) scores as several good candidates of a similar score: the nearest
    /// ancestor of the best that holds three of them is the article, as in Readability.
    private func commonAncestor(of ranked: [(node: XMLNode, score: Double)], near best: (node: XMLNode, score: Double)) -> XMLNode? {
        let close = ranked.filter { $0.node != best.node && $0.score >= 0.75 * best.score }.map(\.node)
        guard close.count >= 2 else { return nil }
        var ancestor = best.node.parentElement
        while let node = ancestor, HTMLTag(node) != .body {
            if close.filter({ HTMLWalk.isInside($0, [node]) }).count >= 2 { return node }
            ancestor = node.parentElement
        }
        return nil
    }

    /// A container's measures from the page's one pass when it has them: the same
    /// numbers unless a link holds the container (the pass counted its text as link
    /// text). The best containers of a page without `<article>` hold nearly all of
    /// it, and measuring them again read the page several times over.
    private func stats(of node: XMLNode, measured: [XMLNode: TextStats]) -> TextStats {
        if let stats = measured[node], node.ancestor(where: { $0.hasName("a") }) == nil { return stats }
        return TextStats.measure(node, skip: skip)
    }

    private func isParagraphLike(_ element: XMLNode, tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .pre, .blockquote:
            return true
        case .div, .section, .td, .unknown:
            // A container with only inline children is a paragraph in all but name.
            return !element.childElements.contains { HTMLTag($0).isBlock }
        default:
            return false
        }
    }

    private func initialScore(_ node: XMLNode) -> Double {
        let base: Double
        switch HTMLTag(node) {
        case .div, .article, .main, .section: base = 5
        case .pre, .td, .blockquote: base = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: base = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: base = -5
        default: base = 0
        }
        return base + ChromeFilter.classWeight(node)
    }
}
