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

final class MixedLayoutTests: XCTestCase {
    func testAWrappedParagraphInWebCopyIsJoined() {
        let layout = LayoutRule.Result(layout: .web, width: 0, evidence: "")
        let wrapped = ReaderTestSupport.wrap(ReaderTestSupport.prose(50)).split(separator: "\n")
        let unit = Unwrapper.unit(from: Segmenter.RawBlock(firstLine: 1, blankLinesBefore: 1, rawLines: wrapped), layout: layout)
        XCTAssertFalse(unit.keepsLines)
        let verse = Unwrapper.unit(from: Segmenter.RawBlock(firstLine: 1, blankLinesBefore: 1, rawLines: [
            "Whoever you are, now I place my hand upon you, that you be my poem;",
            "I whisper with my lips close to your ear,",
            "I have loved many women and men, but I love none better than you.",
        ]), layout: layout)
        XCTAssertTrue(verse.keepsLines)
    }
}

final class NoBreakSpaceRuleTests: XCTestCase {
    func cleaned(_ text: String) -> String { NoBreakSpaceRule.cleaned(Substring(text)) ?? text }

    func testANoBreakSpaceBesideASpaceIsOneSpace() {
        XCTAssertEqual(cleaned("It ended.\u{A0} Then \u{A0}more.\u{A0}\u{A0} End"), "It ended. Then more.\u{A0} End")
        XCTAssertEqual(cleaned("Mr.\u{A0}Smith and St.\u{A0}Paul"), "Mr.\u{A0}Smith and St.\u{A0}Paul")
    }

    func testTheReaderSeesOneSpace() throws {
        let document = try ReaderTestSupport.read("Title\n\nIt was late.\u{A0} The lamps were lit.")
        XCTAssertEqual(document.blocks.first?.plainText, "It was late. The lamps were lit.")
    }
}
