import Foundation

/// One labelled text of a development set: the input and what the reader should find in it.
struct LabelledText {
    var name: String
    var input: URL
    /// Title and author as printed; an author of nil means the text has no byline.
    var title: String
    var author: String?
    /// Headings as "level text" (corpus style) or "text" alone (web copy, whose truth has no levels).
    var headings: [String]
    var quotes: [ExpectedQuote]
    /// Nil where the set has no citation truth (web copy).
    var citations: [String]?
}

struct ExpectedQuote {
    var firstWords: String
    /// Nil where the truth gives the first words only (web copy).
    var lastWords: String?
    var adjacentToPrevious: Bool
}

/// The development sets beside the clone (`../shared`), each read from its own layout:
/// `corpus`, the two halves of `corpus-large`, and the web copy of `webpages`.
enum CorpusSets {
    static let names = ["corpus", "tuning", "validation", "webcopy"]

    /// The labelled texts of every set that is present, by set name.
    static func load() throws -> [(set: String, texts: [LabelledText])] {
        var sets: [(String, [LabelledText])] = []
        if let corpus = SharedFixtures.url("corpus") { sets.append(("corpus", try corpusStyle(corpus))) }
        if let large = SharedFixtures.url("corpus-large") {
            let texts = try corpusStyle(large)
            sets.append(("tuning", texts.filter { split($0.name) == "tuning" }))
            sets.append(("validation", texts.filter { split($0.name) == "validation" }))
        }
        if let pages = SharedFixtures.url("webpages") { sets.append(("webcopy", try webCopy(pages))) }
        return sets
    }

    /// `make_corpus_large.split`: a book (the name before the last "__") is in the validation
    /// half when the SHA-1 of its name is odd.
    static func split(_ name: String) -> String {
        let book = name.range(of: "__", options: .backwards).map { String(name[..<$0.lowerBound]) } ?? name
        return SHA1.digest(Array(book.utf8)).last! & 1 == 1 ? "validation" : "tuning"
    }

    /// NAME.txt beside NAME.expected.json (../shared/corpus/README.md).
    static func corpusStyle(_ directory: URL) throws -> [LabelledText] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".expected.json") }.sorted().map { file in
            let name = String(file.dropLast(".expected.json".count))
            let truth = try json(directory.appendingPathComponent(file))
            return LabelledText(
                name: name, input: directory.appendingPathComponent(name + ".txt"),
                title: truth["title"] as? String ?? "", author: truth["author"] as? String,
                headings: (truth["headings"] as? [[String: Any]] ?? []).map { "\($0["level"] as? Int ?? 0) \($0["text"] as? String ?? "")" },
                quotes: (truth["blockquotes"] as? [[String: Any]] ?? []).map {
                    ExpectedQuote(firstWords: $0["first_words"] as? String ?? "", lastWords: $0["last_words"] as? String ?? "",
                                  adjacentToPrevious: $0["adjacent_to_previous"] as? Bool ?? false)
                },
                citations: truth["citations"] as? [String] ?? [])
        }
    }

    /// NAME/webcopy.txt beside NAME/webcopy.expected.json (../shared/webpages/README.md).
    static func webCopy(_ directory: URL) throws -> [LabelledText] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().compactMap { name in
            let folder = directory.appendingPathComponent(name)
            let truthURL = folder.appendingPathComponent("webcopy.expected.json")
            guard FileManager.default.fileExists(atPath: truthURL.path) else { return nil }
            let truth = try json(truthURL)
            var byline = (truth["byline"] as? String ?? "").trimmingCharacters(in: .whitespaces)
            if byline.lowercased().hasPrefix("by ") { byline = String(byline.dropFirst(3)) }
            return LabelledText(
                name: name, input: folder.appendingPathComponent("webcopy.txt"),
                title: truth["title"] as? String ?? "", author: byline.isEmpty ? nil : byline,
                headings: truth["headings"] as? [String] ?? [],
                quotes: (truth["blockquotes"] as? [[String: Any]] ?? []).map {
                    ExpectedQuote(firstWords: $0["first_words"] as? String ?? "", lastWords: nil, adjacentToPrevious: false)
                },
                citations: nil)
        }
    }

    private static func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }
}
