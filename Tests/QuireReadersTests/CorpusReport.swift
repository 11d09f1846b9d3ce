import Foundation

/// The scoreboard: one row per set and a total, every miss, and `.build/corpus-report.json`
/// to compare a change with the run before it.
struct CorpusReport {
    struct SetScore {
        var name: String
        var documents: [DocumentScore]

        var headings: Score { documents.reduce(Score()) { $0 + $1.headings } }
        var quotes: Score { documents.reduce(Score()) { $0 + $1.quotes } }
        var citations: Score? {
            let scored = documents.compactMap(\.citations)
            return scored.isEmpty ? nil : scored.reduce(Score(), +)
        }
        var titles: Int { documents.filter(\.titleRight).count }
        var authors: Int { documents.filter(\.authorRight).count }
    }

    var sets: [SetScore]

    var total: SetScore { SetScore(name: "total", documents: sets.flatMap(\.documents)) }

    func table(previous: [String: Any]?) -> String {
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
        var lines = ["corpus scores (precision/recall/F1; title and author right of documents)",
                     pad("set", 12) + pad("docs", 6) + pad("headings", 16) + pad("block quotes", 16) + pad("citations", 16)
                        + pad("title", 9) + "author"]
        for set in sets + [total] {
            lines.append(pad(set.name, 12) + pad("\(set.documents.count)", 6) + pad(set.headings.cell, 16) + pad(set.quotes.cell, 16)
                         + pad(set.citations?.cell ?? "-", 16) + pad("\(set.titles)/\(set.documents.count)", 9)
                         + "\(set.authors)/\(set.documents.count)")
            if let before = (previous?["sets"] as? [String: Any])?[set.name] as? [String: Any] {
                let change = [("headings", set.headings.f1), ("quotes", set.quotes.f1), ("citations", set.citations?.f1 ?? 1)].compactMap {
                    name, now -> String? in
                    guard let was = (before[name] as? [String: Any])?["f1"] as? Double, abs(was - now) >= 0.005 else { return nil }
                    return String(format: "%@ F1 %.2f → %.2f", name, was, now)
                }
                if !change.isEmpty { lines.append(pad("", 12) + "since the last report: " + change.joined(separator: ", ")) }
            }
        }
        return lines.joined(separator: "\n")
    }

    func misses() -> String {
        sets.flatMap { set in set.documents.flatMap(\.misses).map { "miss \(set.name) \($0.description)" } }.joined(separator: "\n")
    }

    /// Sorted keys and fixed figures: the same scores give the same file.
    func json() throws -> Data {
        func score(_ score: Score) -> [String: Any] {
            ["true_positives": score.truePositives, "predicted": score.predicted, "expected": score.expected,
             "precision": rounded(score.precision), "recall": rounded(score.recall), "f1": rounded(score.f1)]
        }
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        var setsJSON: [String: Any] = [:]
        for set in sets + [total] {
            var entry: [String: Any] = ["documents": set.documents.count, "headings": score(set.headings), "quotes": score(set.quotes),
                                        "title_right": set.titles, "author_right": set.authors]
            entry["citations"] = set.citations.map(score)
            setsJSON[set.name] = entry
        }
        let documents: [[String: Any]] = sets.flatMap { set in
            set.documents.map { document -> [String: Any] in
                var entry: [String: Any] = [
                    "set": set.name, "name": document.name, "headings": score(document.headings), "quotes": score(document.quotes),
                    "title_right": document.titleRight, "author_right": document.authorRight,
                    "misses": document.misses.map { ["line": $0.line, "kind": $0.kind, "expected": $0.expected, "found": $0.found, "rule": $0.rule] },
                ]
                entry["citations"] = document.citations.map(score)
                return entry
            }
        }
        return try JSONSerialization.data(withJSONObject: ["sets": setsJSON, "documents": documents], options: [.prettyPrinted, .sortedKeys])
    }
}
