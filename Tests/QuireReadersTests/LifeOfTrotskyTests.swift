import Foundation
import QuireModel
@testable import QuireReaders
import XCTest

/// The whole contract of Tests/Fixtures/Samples/life-of-trotsky.expected.json
/// (a copy of ../shared/samples', so a plain clone runs it on Samples/): a
/// web article with a kicker, tags, an author bio, a lead, ten headings, four
/// quoted paragraphs and two citations.
final class LifeOfTrotskyTests: XCTestCase {
    var document = Document()
    var expected: [String: Any] = [:]

    override func setUpWithError() throws {
        let text = SharedFixtures.repository("Samples/life-of-trotsky.txt")
        let truth = SharedFixtures.repository("Tests/Fixtures/Samples/life-of-trotsky.expected.json")
        document = try PlainTextReader().analyze(Array(Data(contentsOf: text)), options: ReaderOptions()).document
        expected = try JSONSerialization.jsonObject(with: Data(contentsOf: truth)) as! [String: Any]
    }

    /// NFC, collapsed white space, no quotation marks at the very ends (the file's "matching" note).
    func normalise(_ text: String) -> String {
        TextFacts.strippingOuterQuotes(CorpusScorer.normalise(text.precomposedStringWithCanonicalMapping))
    }

    func testMetadata() throws {
        let meta = expected["metadata"] as! [String: Any]
        let metadata = document.metadata
        XCTAssertTrue(metadata.plainTitle.contains(meta["title_contains"] as! String), metadata.plainTitle)
        XCTAssertEqual(metadata.authors, [meta["author"] as! String])
        XCTAssertEqual(metadata.language, meta["language"] as? String)
        let metadataText = ([metadata.kicker ?? ""] + metadata.subjects + metadata.authorNote.map(\.plainText)).map(normalise)
        let bodyTexts = Set(document.blocks.map { normalise($0.plainText) })
        for line in meta["also_in_metadata_not_body"] as! [String] {
            XCTAssertTrue(metadataText.contains(normalise(line)), "not in metadata: \(line)")
            XCTAssertFalse(bodyTexts.contains(normalise(line)), "in the body: \(line)")
        }
        let lead = meta["lead_paragraph_first_words"] as! String
        let firstText = (metadata.abstract.first ?? document.blocks.first { if case .paragraph = $0 { true } else { false } })?.plainText ?? ""
        XCTAssertTrue(firstText.hasPrefix(lead), firstText)
    }

    func testTenHeadingsAtOneLevel() {
        let wanted = (expected["headings"] as! [[String: Any]]).map { normalise($0["text"] as! String) }
        var texts: [String] = []
        var levels: Set<Int> = []
        for case .heading(let level, _, let inlines) in document.blocks {
            texts.append(normalise(inlines.plainText))
            levels.insert(level)
        }
        XCTAssertEqual(texts, wanted)
        XCTAssertEqual(levels.count, 1)
        XCTAssertGreaterThanOrEqual(levels.first ?? 0, 1, "below the document title")
    }

    func testExactlyTheFourQuotedParagraphs() {
        let wanted = (expected["blockquote_paragraphs"] as! [[String: Any]]).map {
            (normalise($0["first_words"] as! String), normalise($0["last_words"] as! String))
        }
        var quoted: [String] = []
        var quoteCount = 0
        for case .blockQuote(let quote) in document.blocks {
            quoteCount += 1
            quoted += quote.blocks.map { normalise($0.plainText) }
        }
        XCTAssertEqual(quoted.count, wanted.count, "\(quoted.map { $0.prefix(40) })")
        for ((first, last), text) in zip(wanted, quoted) {
            XCTAssertTrue(text.hasPrefix(first), "\(text.prefix(60)) should start \(first)")
            XCTAssertTrue(text.hasSuffix(last), "\(text.suffix(60)) should end \(last)")
        }
        XCTAssertTrue((3...4).contains(quoteCount), "the will may be one quote of two paragraphs or two quotes")
    }

    func testCitations() {
        let found = Set(CorpusScorer.citations(in: document).map { normalise($0) })
        let required = Set((expected["citations_required"] as! [String]).map { normalise($0) })
        let allowed = required.union((expected["citations_allowed"] as! [String]).map { normalise($0) })
        XCTAssertTrue(required.isSubset(of: found), "found \(found)")
        XCTAssertTrue(found.isSubset(of: allowed), "unexpected \(found.subtracting(allowed))")
        for text in expected["not_citations"] as! [String] {
            XCTAssertFalse(found.contains(normalise(text)), text)
        }
    }

    func testMyLifeIsAttachedToTheQuotationBeforeIt() {
        var attached = false
        func visit(_ inlines: [Inline]) {
            for case .quoted(_, _, let citation) in inlines where citation?.text == "My Life" { attached = true }
        }
        for case .paragraph(let inlines) in document.blocks { visit(inlines) }
        XCTAssertTrue(attached)
    }

    func testParagraphCount() {
        var count = document.metadata.abstract.count
        for block in document.blocks {
            switch block {
            case .paragraph: count += 1
            case .blockQuote(let quote): count += quote.blocks.count
            default: break
            }
        }
        XCTAssertEqual(count, expected["body_paragraph_count_including_blockquote_paragraphs_and_lead"] as? Int)
    }
}
