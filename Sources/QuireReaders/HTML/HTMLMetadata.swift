import QuireModel
import QuireXML

/// The document's metadata, from the best source for each field: the article's own
/// heading and byline, JSON-LD, Open Graph and `<meta>` tags, and `<title>`.
enum HTMLMetadata {
    static func build(scan: HTMLScan, jsonLD: JSONLDArticle?, header: ArticleHeader, blocks: [Block],
                      options: ReaderOptions) -> Metadata {
        var metadata = Metadata()
        metadata.title = title(scan: scan, jsonLD: jsonLD, header: header)
        metadata.subtitle = header.subtitle
        metadata.authors = authors(scan: scan, jsonLD: jsonLD, header: header)
        metadata.date = (jsonLD?.datePublished ?? scan.meta("article:published_time", "date", "dc.date", "dcterms.date",
                                                             "pubdate", "publish-date", "datepublished", "citation_publication_date")
                         ?? header.date).map(normaliseDate)
        metadata.language = options.language ?? language(scan: scan, jsonLD: jsonLD, blocks: blocks)
        metadata.subjects = subjects(scan: scan, jsonLD: jsonLD)
        metadata.kicker = header.ordinal.isEmpty ? header.kicker ?? scan.meta("article:section") : header.ordinal.plainText
        if let description = jsonLD?.description ?? scan.meta("description", "og:description", "twitter:description"),
           !repeatsText(description, header: header, blocks: blocks) {
            metadata.abstract = [.paragraph(inlines: [.text(text: description)])]
        }
        metadata.source = scan.canonicalURL ?? scan.meta("og:url") ?? jsonLD?.url
        metadata.publisher = siteName(scan: scan, jsonLD: jsonLD)
        return metadata
    }

    /// The title the page declares for sharing (JSON-LD, Dublin Core, Open Graph,
    /// Twitter) before the `<title>` of the browser tab, which more often carries the
    /// site's name; the headline's own markup when it says the same. In an ebook the
    /// chapter's heading comes first: its `<title>` is often the book's.
    private static func title(scan: HTMLScan, jsonLD: JSONLDArticle?, header: ArticleHeader) -> [Inline] {
        let siteName = siteName(scan: scan, jsonLD: jsonLD)
        if scan.isEbookMarkup, !header.title.isEmpty { return header.title }
        let declared = (jsonLD?.title(closestTo: scan.titleText) ?? scan.meta("dc:title", "dc.title", "dcterms.title", "og:title", "twitter:title"))
            .map { withoutSiteName($0, siteName: siteName) }
        let headline = header.title.plainText
        guard let chosen = declared ?? scan.titleText.map({ cleanTitle($0, siteName: siteName, headline: headline) }),
              !chosen.isEmpty else { return header.title }
        return TitleMatcher.normalise(chosen) == TitleMatcher.normalise(headline) ? header.title : [.text(text: chosen)]
    }

    static func siteName(scan: HTMLScan, jsonLD: JSONLDArticle?) -> String? {
        scan.meta("og:site_name", "application-name") ?? jsonLD?.publisher
    }

    static let titleSeparators = [" | ", " – ", " — ", " - ", " -- ", " :: ", " · ", " • ", " » ", " / ", " ~ "]

    /// A `<title>` without the site's name ("Glaciers retreat | The Daily Bugle"):
    /// the leading parts that the headline repeats, else the parts that are not the
    /// site's name, else all but a short last part (a site's name is a few words).
    static func cleanTitle(_ title: String, siteName: String?, headline: String = "") -> String {
        guard let separator = titleSeparators.first(where: { title.contains($0) }) else {
            return withoutSiteName(title, siteName: siteName)
        }
        let parts = title.components(separatedBy: separator)
        let wanted = TitleMatcher.normalise(headline)
        if !wanted.isEmpty {
            for count in 1..<parts.count where TitleMatcher.normalise(parts[..<count].joined(separator: separator)) == wanted {
                return parts[..<count].joined(separator: separator)
            }
        }
        let cleaned = withoutSiteName(title, siteName: siteName)
        if cleaned != title { return cleaned }
        if let last = parts.last, last.split(separator: " ").count <= 3 {
            return parts.dropLast().joined(separator: separator)
        }
        return title
    }

    /// `Title | Site`, `Site: Title` and the like without the part that is the site's name.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, !TitleMatcher.normalise(siteName).isEmpty else { return title }
        // A site's name may carry its motto ("Site - All the news"), which titles leave out.
        let motto = titleSeparators.first { siteName.contains($0) }
        let names = Set([siteName, motto.flatMap { siteName.components(separatedBy: $0).first } ?? siteName].map(TitleMatcher.normalise))
        for separator in titleSeparators + [": "] where title.contains(separator) {
            var parts = title.components(separatedBy: separator)
            if let last = parts.last, names.contains(TitleMatcher.normalise(last)) { parts.removeLast() }
            if parts.count > 1, let first = parts.first, names.contains(TitleMatcher.normalise(first)) { parts.removeFirst() }
            if parts.count < title.components(separatedBy: separator).count, !parts.isEmpty {
                return parts.joined(separator: separator)
            }
        }
        return title
    }

    private static func authors(scan: HTMLScan, jsonLD: JSONLDArticle?, header: ArticleHeader) -> [String] {
        if let authors = jsonLD?.authors, !authors.isEmpty { return authors }
        for key in ["dc:creator", "dc.creator", "dcterms.creator", "author", "article:author", "citation_author",
                    "sailthru.author", "parsely-author"] {
            let values = scan.metaValues(key).filter { !$0.hasPrefix("http") && !$0.hasPrefix("@") }
            if !values.isEmpty { return values }
        }
        if !header.authors.isEmpty { return header.authors }
        return scan.body.flatMap(pageByline).map { [$0] } ?? []
    }

    /// The first author the page marks up (`rel="author"`, `itemprop="author"`, a
    /// `byline`) outside the article, as a header or a sidebar above it does; never one
    /// from the comments, whose authors mark themselves up the same way.
    private static func pageByline(_ body: XMLNode) -> String? {
        var found: String?
        HTMLWalk.elements(below: body) { element, tag in
            if found != nil || tag.isNeverContent || ChromeFilter.isHidden(element) { return false }
            let words = element.classWords
            if words.contains(where: { $0.hasPrefix("comment") || $0 == "replies" || $0 == "respond" }) { return false }
            guard element.attribute(named: "rel") == "author" || element.attribute(named: "itemprop") == "author"
                    || words.contains(where: { $0 == "byline" }) else { return true }
            let named = element.childElements.first { $0.attribute(named: "itemprop") == "name" } ?? element
            let name = ArticleHeader.name(inByline: named.textContent.collapsingWhitespace)
            if !name.isEmpty, name.count < 80, !name.hasPrefix("http") { found = name }
            return false
        }
        return found
    }

    private static func language(scan: HTMLScan, jsonLD: JSONLDArticle?, blocks: [Block]) -> String? {
        if let declared = scan.root.declaredLanguage ?? scan.body?.declaredLanguage ?? jsonLD?.language
            ?? scan.meta("og:locale", "content-language", "dc.language", "language") {
            return declared.replacingUnderscores
        }
        // The sample's length is kept as it grows (a grapheme always ends after a line
        // feed, and before it unless a carriage return precedes it): counting the
        // sample again for each of a long page's blocks took longer than reading it.
        var sample = ""
        var length = 0
        for block in blocks {
            if length >= 20_000 { break }
            let text = block.plainText
            sample += text + "\n"
            length += text.count + (text.utf8.last == 0x0D ? 0 : 1)
        }
        return LanguageDetector.detect(sample)
    }

    private static func subjects(scan: HTMLScan, jsonLD: JSONLDArticle?) -> [String] {
        var all: [String] = []
        let keywords = scan.meta("keywords", "news_keywords").map { $0.split(separator: ",").map { $0.collapsingWhitespace } } ?? []
        for subject in (jsonLD?.keywords ?? []) + scan.metaValues("article:tag") + keywords
        where !subject.isEmpty && !all.contains(where: { $0.caseInsensitiveEquals(subject) }) {
            all.append(subject)
        }
        return all
    }

    /// ISO 8601 date-times shortened to their date; anything else as written.
    static func normaliseDate(_ value: String) -> String {
        let bytes = Array(value.utf8)
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        if bytes.count >= 10, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-"),
           bytes[5..<7].allSatisfy(isDigit), bytes[7] == UInt8(ascii: "-"), bytes[8..<10].allSatisfy(isDigit) {
            return String(decoding: bytes[0..<10], as: UTF8.self)
        }
        return value
    }

    /// A description that only repeats the standfirst or the first paragraph adds nothing.
    private static func repeatsText(_ description: String, header: ArticleHeader, blocks: [Block]) -> Bool {
        let wanted = TitleMatcher.normalise(description)
        if wanted.isEmpty { return true }
        let subtitle = TitleMatcher.normalise(header.subtitle.plainText)
        if !subtitle.isEmpty, subtitle.hasPrefix(wanted.prefix(60)) { return true }
        guard let first = blocks.first(where: { if case .paragraph = $0 { return true } else { return false } }) else { return false }
        return TitleMatcher.normalise(first.plainText).hasPrefix(wanted.prefix(60))
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }

    /// `en_GB` (Open Graph's locale) as a BCP 47 tag, `en-GB`.
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
