import QuireXML

/// Tells whether a heading repeats the page's title (from JSON-LD, Open Graph or
/// `<title>`), so that it is read as the title, and so that the header holding it
/// is not taken for the site's masthead.
struct TitleMatcher {
    private let titles: [String]

    /// The titles, and the first part of each one that separators divide ("Title -
    /// Author's Blog"): a headline may repeat only that part, whatever the length
    /// of the rest.
    init(_ titles: [String]) {
        var all: [String] = []
        for title in titles {
            all.append(title)
            if let separator = HTMLMetadata.titleSeparators.first(where: { title.contains($0) }),
               let first = title.components(separatedBy: separator).first {
                all.append(first)
            }
        }
        self.titles = all.map(TitleMatcher.normalise).filter { !$0.isEmpty }
    }

    var isEmpty: Bool { titles.isEmpty }

    /// 1 for the same words; the share of the longer text for one inside the other
    /// ("The Union…" in "IX: The Union…"), at least half; else 0. A site name inside
    /// "Post title – Site" is too small a share to count.
    func score(_ text: String) -> Double {
        let heading = TitleMatcher.normalise(text)
        guard !heading.isEmpty else { return 0 }
        var best = 0.0
        for title in titles {
            if title == heading { return 1 }
            let (short, long) = heading.count <= title.count ? (heading, title) : (title, heading)
            guard short.count >= 4, long.contains(short) else { continue }
            let share = Double(short.count) / Double(long.count)
            if share >= 0.5 { best = max(best, share) }
        }
        return best
    }

    /// Whether `node` holds an `<h1>` or `<h2>` that repeats the title (any `<h1>`
    /// when the page names no title).
    func isHeadlineInside(_ node: XMLNode) -> Bool {
        var found = false
        HTMLWalk.elements(below: node) { element, tag in
            if tag == .h1 || tag == .h2 {
                found = isEmpty ? tag == .h1 : score(element.textContent) > 0
            }
            return !found
        }
        return found
    }

    /// Lower case, white space collapsed, quotation marks and punctuation at the edges gone.
    static func normalise(_ text: String) -> String {
        text.lowercased().collapsingWhitespace.trimmingCharacters(in: " .,:;!?\"'“”‘’«»")
    }
}
