import QuireModel
@testable import QuireReaders
import XCTest

/// Web copy prints list items and table rows one a line, as it prints verse: only
/// verse becomes a verse quote.
final class LineListTests: XCTestCase {
    typealias S = ReaderTestSupport

    func blocks(_ lines: String) throws -> [Block] {
        try S.read("Title\n\n\(S.prose(40))\n\n\(lines)\n\n\(S.prose(40))").blocks
    }

    func isList(_ block: Block?) -> Bool { if case .list? = block { true } else { false } }
    func isQuote(_ block: Block?) -> Bool { if case .blockQuote? = block { true } else { false } }

    func testTableRowsAndUnpunctuatedItemsAreLists() throws {
        let table = try blocks("Release\tDate\n3.3\tFebruary 2011\n3.4\tJuly 2011")
        XCTAssertTrue(isList(table[1]))
        if case .list(let list) = table[1] { XCTAssertEqual(list.items.count, 3) }
        XCTAssertTrue(isList(try blocks("Frontend\nTask Store\nQueue\nExecutor")[1]))
    }

    func testLowerCaseLongAndSentenceLinesAreLists() throws {
        XCTAssertTrue(isList(try blocks("memory dump & memory sampling,\nthe x-axis shows the stack.\nthe y-axis shows time")[1]))
        XCTAssertTrue(isList(try blocks("When was the last time I used this?\nIs this a planned purchase?\nWill it end up in a drawer?")[1]))
        let long = (0..<3).map { _ in S.prose(25, start: "Compute") }.joined(separator: "\n")
        XCTAssertTrue(isList(try blocks(long)[1]))
    }

    func testALabelAndItsItemsAreAList() throws {
        XCTAssertTrue(isList(try blocks("More about:\nHotels\nTravel hygiene")[1]))
    }

    func testOnAPageOfListsLinesAreItems() throws {
        let text = "Title\n\n\(S.prose(40))\n\nRelease\tDate\n3.3\tMay\n\n\(S.prose(40))\n\nImprove the offline experience.\nExpose the building blocks.\n\n\(S.prose(40))"
        let blocks = try S.read(text).blocks
        XCTAssertFalse(blocks.contains { isQuote($0) }, "\(blocks)")
    }

    func testAPhotoCreditOrARemarkIsNoSource() {
        XCTAssertNil(AttributionRule.trailingSource("A rocket on its pad at dawn. (AP Photo/Jane Roe)"))
        XCTAssertNil(AttributionRule.trailingSource("A map of the western coast. (In this map, north is at the bottom.)"))
        XCTAssertNotNil(AttributionRule.trailingSource("Knowledge is power. (Francis Bacon)"))
    }

    func testALinkTitleAfterALabelIsNoQuote() throws {
        let text = "Title\n\n\(S.prose(40))\n\nRead more:\n\nIslamists get a sobering lesson in governing\n\n\(S.prose(40))"
        XCTAssertFalse(try S.read(text).blocks.contains { isQuote($0) })
    }

    func testVerseStaysAQuote() throws {
        let verse = try blocks("The will of the world is a whistling wind,\nSweeping a cloud-swept sky,\nAnd not from the East and not from the West\nKnelled that soul-waking cry.")
        XCTAssertTrue(isQuote(verse[1]))
        if case .blockQuote(let quote) = verse[1] { XCTAssertTrue(quote.blocks.contains { if case .verse = $0 { true } else { false } }) }
    }

    func testHeadingLevelsHoldAfterAMisreadLine() throws {
        // An aphorism that is a short question sits between two numbered sections: it is
        // the first section's text, and every numeral stays at one level.
        let text = "Maxims\n\n91\n\n\(S.prose(30))\n\n92\n\nWho has not sacrificed himself for his good name?\n\n93\n\n\(S.prose(30))\n\n94\n\n\(S.prose(30))"
        let levels = try S.read(text).blocks.compactMap { block -> String? in
            guard case .heading(let level, _, let inlines) = block else { return nil }
            return "\(level) \(inlines.plainText)"
        }
        XCTAssertEqual(levels, ["1 91", "1 92", "1 93", "1 94"])
    }
}
