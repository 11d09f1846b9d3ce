@testable import QuireReaders
import XCTest

final class HeadingRuleTests: XCTestCase {
    typealias S = ReaderTestSupport

    func kind(_ line: String, _ layout: LayoutRule.Layout = .web, blanks: Int = 1) -> HeadingRule.Kind? {
        HeadingRule.candidate(S.unit(line, blankLinesBefore: blanks), layout: layout)?.kind
    }

    func testShortUnpunctuatedLinesAreTitles() {
        for line in ["Always with his class", "1905 and the theory of permanent revolution", "1917 — Permanent revolution in action",
                     "What is the USSR and where is it going?", "Red army – forward march, march!"] {
            XCTAssertEqual(kind(line), .title, line)
        }
    }

    func testSentencesAndQuotesAreNotHeadings() {
        for line in ["So much for our preliminary look at possibility.", "“If England was what England seems”",
                     "—that is, weak and inefficient", "To the People of the State of New York:", "and then it rained"] {
            XCTAssertNil(kind(line), line)
        }
    }

    func testLabelsNumeralsAndNumberedTitles() {
        XCTAssertEqual(kind("CHAPTER XIII.", .wrapped), .chapter)
        XCTAssertEqual(kind("Lecture VIII"), .chapter)
        XCTAssertEqual(kind("SECTION 2", .wrapped), .section)
        XCTAssertEqual(kind("PART ONE", .wrapped), .part)
        XCTAssertEqual(kind("II", .wrapped), .numeral)
        XCTAssertEqual(kind("1. THE TITLE", .wrapped), .numberedArabic)
        XCTAssertEqual(kind("I. Qualities of the Recruit"), .numberedRoman)
        XCTAssertEqual(kind("(A) The Second Part"), .numberedLetter)
        XCTAssertEqual(kind("AN EXHORTATION TO LIBERATE ITALY", .wrapped), .title)
    }

    func testMixedCaseLineInWrappedTextNeedsExtraBlankLines() {
        XCTAssertNil(kind("The Beginning", .wrapped, blanks: 1))
        XCTAssertEqual(kind("The Beginning", .wrapped, blanks: 3), .title)
    }
}

final class WebHeadingTests: XCTestCase {
    func candidate(_ text: String) -> HeadingRule.Kind? {
        HeadingRule.candidate(ReaderTestSupport.unit(text), layout: .web)?.kind
    }

    func testPermalinkPilcrowAndPictureCredits() {
        XCTAssertEqual(candidate("Setting up\u{B6}"), .title)
        XCTAssertNil(candidate("Mark Stout/iStock/Getty Images"))
        XCTAssertNil(candidate("Thomas Jackson/Digital Vision/Getty Images"))
        XCTAssertEqual(candidate("Add-ons / Web Extensions"), .title)
    }

    func testTwoSentencesOnALineAreProse() {
        XCTAssertNil(candidate("Cast away opinion: thou art saved. Who then hinders thee?"))
        XCTAssertEqual(candidate("Mr. Barton Goes to St. Paul"), .title)
    }
}
