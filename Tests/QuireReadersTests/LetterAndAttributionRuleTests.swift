import QuireModel
@testable import QuireReaders
import XCTest

final class LetterAndAttributionRuleTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testLetterFromSalutationToSignature() {
        let text = "To Mrs. Saville, England.\n\n\(S.prose())\n\n\(S.prose())\n\nYour affectionate brother,\n\nR. Walton."
        let items = S.classified(text)
        XCTAssertEqual(items.map(\.role), [.quote, .quote, .quote, .signOff, .signOff])
        XCTAssertTrue(items.prefix(3).allSatisfy { $0.quoteRole == .letter })
    }

    func testPublicLetterWithoutValedictionStaysInTheText() {
        let text = "To the People of the State of New York:\n\n\(S.prose())\n\nPublius"
        XCTAssertEqual(S.classified(text).map(\.role), [.paragraph, .paragraph, .paragraph])
    }

    func testCiteLineUnderAQuote() {
        let text = "\(S.prose())\n\nWhat’s brave, what’s noble,\nLet’s do it after the high Roman fashion.\n\n— Shakespeare\n\n\(S.prose())"
        XCTAssertEqual(S.classified(text).map(\.role), [.paragraph, .quote, .cite("Shakespeare"), .paragraph])
    }

    func testCiteLineTurnsShortLinesAboveIntoAQuote() {
        let text = "I. Qualities of the Recruit\n\nSpes sibi quisque.\n\nEach one his own hope.\n\n— Virgil\n\n\(S.prose())"
        let roles = S.classified(text).map(\.role)
        XCTAssertEqual(Array(roles.dropFirst()), [.quote, .quote, .cite("Virgil"), .paragraph])
    }

    func testDashClauseIsNotACiteLine() {
        XCTAssertNil(BlockClassifier.citeLine(S.unit("—that is, weak and inefficient; if England were not—")))
        XCTAssertEqual(BlockClassifier.citeLine(S.unit("—Edward Dacre, 1640.")), "Edward Dacre, 1640.")
        XCTAssertEqual(BlockClassifier.citeLine(S.unit("-- Virgil")), "Virgil")
    }

    func testSceneBreaks() {
        XCTAssertTrue(BlockClassifier.isSceneBreak(S.unit("* * *")))
        XCTAssertTrue(BlockClassifier.isSceneBreak(S.unit("#")))
        XCTAssertFalse(BlockClassifier.isSceneBreak(S.unit("* note")))
    }
}

final class ListRuleTests: XCTestCase {
    func testMarkers() {
        XCTAssertEqual(ListRule.marker("12. Twelve"), ListRule.Marker(ordered: true, number: 12, length: 4))
        XCTAssertEqual(ListRule.marker("• Bread"), ListRule.Marker(ordered: false, number: 0, length: 4))
        XCTAssertNil(ListRule.marker("1905 and the theory"))
        XCTAssertNil(ListRule.marker("-that is"))
    }

    func testNumbersMustCountUp() {
        let items = ReaderTestSupport.classified("1. Bread.\n\n2. Peace.\n\n7. Land.")
        XCTAssertEqual(items.map(\.role), [.listItem, .listItem, .paragraph])
    }
}

final class CiteBackfillTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testLongParagraphAboveACiteLineIsTheQuote() {
        let items = S.classified("\(S.prose())\n\n\(S.prose(60, start: "Whatever"))\n\n— Edmund Burke\n\n\(S.prose())")
        XCTAssertEqual(items.map(\.role), [.paragraph, .quote, .cite("Edmund Burke"), .paragraph])
    }

    func testSignatureBetweenAQuoteAndItsCiteIsASignOff() throws {
        let text = "An Essay\n\nby Jane Doe\n\n\(S.prose())\n\nThe river keeps its secrets well,\nAnd sings them to the sea.\n\nJohn Clare\n\n— Poems, 1835\n\n\(S.prose())"
        let document = try S.read(text)
        guard case .blockQuote(let quote) = document.blocks[1] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(quote.blocks.count, 1)
        XCTAssertEqual(quote.citation?.text, "Poems, 1835")
        XCTAssertEqual(quote.attribution?.plainText, "John Clare\nPoems, 1835")
    }
}
