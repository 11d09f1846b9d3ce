import Foundation

/// The fields of a schema.org `Article` (or `NewsArticle`, `BlogPosting`...) that a
/// page describes itself with in `<script type="application/ld+json">`.
struct JSONLDArticle: Equatable {
    var headline: String?
    /// The `name`, when there is one: some pages put the title there and a
    /// description in `headline` (see `title(closestTo:)`).
    var name: String?
    var authors: [String] = []
    var datePublished: String?
    var keywords: [String] = []
    var language: String?
    var description: String?
    var publisher: String?
    var url: String?

    /// The first article found in any of the scripts; malformed JSON is skipped,
    /// since a page's broken metadata must not stop its text from being read.
    static func find(in scripts: [String]) -> JSONLDArticle? {
        for script in scripts {
            guard let data = withoutCDATA(script).data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            if let article = search(json) { return article }
        }
        return nil
    }

    /// The headline, or the name when they differ and the name shares more words
    /// with the page's `<title>`.
    func title(closestTo pageTitle: String?) -> String? {
        guard let headline, let name, let pageTitle, name != headline else { return headline }
        let words = Set(TitleMatcher.normalise(pageTitle).split(separator: " "))
        func shared(_ text: String) -> Int { Set(TitleMatcher.normalise(text).split(separator: " ")).intersection(words).count }
        return shared(name) > shared(headline) ? name : headline
    }

    /// The script's text without the `<![CDATA[ ... ]]>` that XHTML habits wrap it in
    /// (also as `//<![CDATA[`), which the HTML parser leaves as text.
    private static func withoutCDATA(_ script: String) -> String {
        guard let open = script.range(of: "<![CDATA["), let close = script.range(of: "]]>", options: .backwards),
              open.upperBound <= close.lowerBound else { return script }
        return String(script[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "\n//", with: "\n")
    }

    private static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
        "LiveBlogPosting", "Report", "CreativeWork", "Chapter", "Book",
    ]

    private static func search(_ json: Any) -> JSONLDArticle? {
        if let array = json as? [Any] {
            for item in array { if let found = search(item) { return found } }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        if isArticle(object["@type"]) { return JSONLDArticle(object) }
        if let graph = object["@graph"] { return search(graph) }
        if let entity = object["mainEntity"] { return search(entity) }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let name = type as? String { return articleTypes.contains(name) }
        if let names = type as? [Any] { return names.contains { isArticle($0) } }
        return false
    }

    private init(_ object: [String: Any]) {
        headline = Self.text(object["headline"]) ?? Self.text(object["name"])
        name = Self.text(object["name"])
        let authors = Self.names(object["author"])
        self.authors = authors.isEmpty ? Self.names(object["creator"]) : authors
        datePublished = Self.text(object["datePublished"]) ?? Self.text(object["dateCreated"])
        keywords = Self.list(object["keywords"])
        if keywords.isEmpty { keywords = Self.list(object["articleSection"]) }
        language = Self.text(object["inLanguage"]) ?? Self.names(object["inLanguage"]).first
        if let tag = (object["inLanguage"] as? [String: Any]).flatMap({ Self.text($0["alternateName"]) }) { language = tag }
        description = Self.text(object["description"])
        publisher = Self.names(object["publisher"]).first
        url = Self.text(object["url"]) ?? Self.text((object["mainEntityOfPage"] as? [String: Any])?["@id"])
            ?? Self.text(object["mainEntityOfPage"])
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = string.collapsingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Names of people or organisations: a string, an object with `name`, or a list of either.
    private static func names(_ value: Any?) -> [String] {
        if let name = text(value) { return [name] }
        if let object = value as? [String: Any] { return text(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }

    /// Keywords: a comma-separated string or a list of strings.
    private static func list(_ value: Any?) -> [String] {
        if let string = value as? String {
            return string.split(separator: ",").map { $0.collapsingWhitespace }.filter { !$0.isEmpty }
        }
        if let array = value as? [Any] { return array.compactMap { text($0) } }
        return []
    }
}
