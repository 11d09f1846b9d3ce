import QuireModel

/// Stage 4a: Project Gutenberg files wrap the book in a header ("Title:",
/// "Author:", then "*** START OF THE PROJECT GUTENBERG EBOOK ... ***") and a
/// licence after "*** END OF ...". The book is what lies between; the header's
/// title and author are the metadata, and the book's own title lines under
/// the start marker are front matter.
enum GutenbergFrameRule {
    struct Result {
        /// The units of the book itself.
        var body: Range<Int>
        var title: String?
        var authors: [String] = []
        var decisions: [BlockDecision] = []
    }

    /// The frame, or nil when the text has no start marker near its top.
    static func apply(_ units: [TextUnit]) -> Result? {
        guard let start = units.prefix(120).firstIndex(where: { isMarker($0, "START OF") }) else { return nil }
        let end = units[(start + 1)...].firstIndex(where: { isMarker($0, "END OF") }) ?? units.count
        var result = Result(body: (start + 1)..<end)
        for unit in units[..<start] {
            for line in unit.lines {
                if let value = field(line, "Title:") { result.title = value }
                if let value = field(line, "Author:") { result.authors = FrontMatterRule.splitNames(Substring(value)) }
            }
        }
        for index in units.indices where !result.body.contains(index) {
            let unit = units[index]
            result.decisions.append(BlockDecision(
                line: unit.line, kind: "boilerplate", rule: "gutenberg-frame",
                evidence: index < start ? "Project Gutenberg header, above the start marker" : "Project Gutenberg licence, below the end marker",
                excerpt: BlockDecision.excerpt(unit.text)))
        }
        // The book repeats its title (and byline) under the marker: they are front matter, not body.
        if let title = result.title {
            let wanted = normalised(title)
            if let titleIndex = units[result.body].prefix(8).firstIndex(where: { normalised($0.text) == wanted }) {
                var next = titleIndex + 1
                result.decisions.append(decision(units[titleIndex], "title", "the title the header names"))
                if next < result.body.upperBound, FrontMatterRule.bylineNames(units[next]) != nil {
                    result.decisions.append(decision(units[next], "author", "the byline under the title"))
                    next += 1
                }
                for index in result.body.lowerBound..<titleIndex {
                    result.decisions.append(decision(units[index], "front-matter", "above the book's title"))
                }
                result.body = next..<result.body.upperBound
            }
        }
        return result
    }

    static func isMarker(_ unit: TextUnit, _ phrase: String) -> Bool {
        guard unit.text.hasPrefix("***") || unit.text.hasPrefix("*** ") else { return false }
        let upper = unit.text.uppercased()
        return upper.contains(phrase) && upper.contains("PROJECT GUTENBERG")
    }

    static func field(_ line: Substring, _ name: String) -> String? {
        guard line.hasPrefix(name) else { return nil }
        let value = TextFacts.trimmed(line.dropFirst(name.count))
        return value.isEmpty ? nil : String(value)
    }

    static func normalised(_ text: Substring) -> String {
        TextFacts.words(text).joined(separator: " ").lowercased()
    }

    static func normalised(_ text: String) -> String { normalised(Substring(text)) }

    private static func decision(_ unit: TextUnit, _ kind: String, _ evidence: String) -> BlockDecision {
        BlockDecision(line: unit.line, kind: kind, rule: "gutenberg-frame", evidence: evidence,
                      excerpt: BlockDecision.excerpt(unit.text))
    }
}
