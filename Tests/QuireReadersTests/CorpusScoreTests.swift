import Foundation
import QuireModel
@testable import QuireReaders
import XCTest

/// The plain-text reader's scoreboard on every development set beside the package
/// (../shared: `corpus`, the tuning and validation halves of `corpus-large`, the web copy
/// of `webpages`): P/R/F1 for headings, block quotes and citations, title and author, every
/// miss with the rule that decided, and `.build/corpus-report.json`. `make corpus` runs it.
/// It measures; the one gate is the shared corpus, which the reader reads perfectly.
final class CorpusScoreTests: XCTestCase {
    /// The bar per document of ../shared/corpus and kind. Every document reaches F1 = 1 today;
    /// the bar is 0.9 so that a rule change that costs one match in a large document still
    /// fails loudly in a small one.
    static let bar = 0.9

    func testCorpusScores() throws {
        // A plain clone skips with the reason; under CI the corpus must be there.
        _ = try SharedFixtures.required("corpus")
        let sets = try CorpusSets.load()
        var report = CorpusReport(sets: [])
        for (name, texts) in sets {
            var scores: [DocumentScore] = []
            for text in texts {
                let input = Array(try Data(contentsOf: text.input))
                let analysis = try PlainTextReader().analyze(input, options: ReaderOptions())
                // `quire inspect` explains every block: one decision per block, plus the layout.
                XCTAssertEqual(analysis.decisions.count, Segmenter.segment(input).count + 1, "\(text.name): decisions")
                scores.append(CorpusScorer.score(text, input: input, analysis: analysis))
            }
            report.sets.append(.init(name: name, documents: scores))
        }
        let reportURL = SharedFixtures.packageRoot.appendingPathComponent(".build/corpus-report.json")
        let previous = (try? Data(contentsOf: reportURL)).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        print("corpus misses (document:line kind: expected, found [deciding rule])")
        print(report.misses())
        print(report.table(previous: previous))
        try report.json().write(to: reportURL)
        print("report: \(reportURL.path)")

        for score in report.sets.first(where: { $0.name == "corpus" })?.documents ?? [] {
            for (kind, value) in [("headings", score.headings), ("block quotes", score.quotes), ("citations", score.citations ?? Score())] {
                XCTAssertGreaterThanOrEqual(value.f1, Self.bar, "\(score.name): \(kind) F1 \(value.cell)")
            }
            XCTAssertTrue(score.titleRight, "\(score.name): title")
            XCTAssertTrue(score.authorRight, "\(score.name): author")
        }
    }

    /// The split reproduces `make_corpus_large.split` (a book's SHA-1 parity).
    func testSplitFollowsTheCorpusScript() {
        XCTAssertEqual(SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined(),
                       "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(CorpusSets.split("beyond_good_and_evil_helen_zim__part_1"), "validation")
    }
}
