@testable import QuireReaders
import XCTest

final class LayoutAndUnwrapperTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testOneParagraphPerLineIsWeb() {
        let text = (0..<5).map { _ in S.prose(40) }.joined(separator: "\n\n")
        XCTAssertEqual(LayoutRule.detect(Segmenter.segment(Array(text.utf8))).layout, .web)
    }

    func testHardWrappedProseIsWrappedAndJoined() {
        let paragraph = S.prose(60)
        let text = (0..<4).map { _ in S.wrap(paragraph) }.joined(separator: "\n\n")
        let raw = Segmenter.segment(Array(text.utf8))
        let layout = LayoutRule.detect(raw)
        XCTAssertEqual(layout.layout, .wrapped)
        XCTAssertTrue((66...70).contains(layout.width), "\(layout.width)")
        let units = Unwrapper.unwrap(raw, layout: layout)
        XCTAssertEqual(units.first.map { String($0.text) }, paragraph)
        XCTAssertEqual(units.first?.keepsLines, false)
    }

    func testShortLinesInWrappedTextAreKept() {
        let layout = LayoutRule.Result(layout: .wrapped, width: 70, evidence: "")
        let verse = Segmenter.RawBlock(firstLine: 1, blankLinesBefore: 1,
                                       rawLines: ["    Virtue against fury shall advance the fight,", "    And it i’ th’ combat soon shall put to flight:"])
        let unit = Unwrapper.unit(from: verse, layout: layout)
        XCTAssertTrue(unit.keepsLines)
        XCTAssertEqual(unit.indent, 4)
        XCTAssertEqual(unit.lines.first, "Virtue against fury shall advance the fight,")
    }

    func testCompoundSplitAtItsHyphenIsRejoined() {
        XCTAssertEqual(Unwrapper.join(["a well-", "known fact"]), "a well-known fact")
        XCTAssertEqual(Unwrapper.join(["the end", "of it"]), "the end of it")
    }
}
