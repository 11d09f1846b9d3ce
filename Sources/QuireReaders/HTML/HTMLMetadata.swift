import QuireModel
import QuireXML

/// The document's metadata, from the best source for each field: the article's own
/// heading and byline, JSON-LD, Open Graph and `<meta>` tags, and `<title>`.
enum HTMLMetadata {
    static func build(scan: HTMLScan, jsonLD: JSONLDArticle?, header: ArticleHeader, blocks: [Block],
                      options: ReaderOptions) -> Metadata {
        var metadata = Metadata()
        if !header.title.isEmpty {
            metadata.title = header.title
        } else if let title = jsonLD?.headline ?? scan.meta("og:title", "twitter:title", "dc.title") {
            metadata.title = [.text(text: title)]
        } else if let title = scan.titleText.map({ cleanTitle($0, siteName: scan.meta("og:site_name")) }), !title.isEmpty {
            metadata.title = [.text(text: title)]
        }
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
        metadata.publisher = scan.meta("og:site_name") ?? jsonLD?.publisher
        return metadata
    }

    /// A `<title>` without the site's name ("Glaciers retreat | The Daily Bugle").
    static func cleanTitle(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " • "] where title.contains(separator) {
            var parts = title.split(separator: separator).map(String.init)
            if let siteName { parts.removeAll { $0.caseInsensitiveEquals(siteName) } }
            if parts.count > 1, let last = parts.last, last.split(separator: " ").count <= 4 { parts.removeLast() }
            return parts.joined(separator: separator)
        }
        return title
    }

    private static func authors(scan: HTMLScan, jsonLD: JSONLDArticle?, header: ArticleHeader) -> [String] {
        if let authors = jsonLD?.authors, !authors.isEmpty { return authors }
        for key in ["author", "article:author", "dc.creator", "citation_author", "sailthru.author", "parsely-author"] {
            let values = scan.metaValues(key).filter { !$0.hasPrefix("http") && !$0.hasPrefix("@") }
            if !values.isEmpty { return values }
        }
        return header.authors
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
