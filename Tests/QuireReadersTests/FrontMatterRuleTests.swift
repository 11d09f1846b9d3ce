import QuireModel
@testable import QuireReaders
import XCTest

final class FrontMatterRuleTests: XCTestCase {
    typealias S = ReaderTestSupport

    func apply(_ text: String) -> FrontMatterRule.Result {
        FrontMatterRule.apply(S.units(text), inlines: InlineParser.parse)
    }

    func testTitleAndByline() {
        let result = apply("The Union\n\nBy Alexander Hamilton\n\n\(S.prose())")
        XCTAssertEqual(result.metadata.plainTitle, "The Union")
        XCTAssertEqual(result.metadata.authors, ["Alexander Hamilton"])
        XCTAssertEqual(result.bodyStart, 2)
    }

    func testBareNameUnderTheTitleIsTheAuthor() {
        let result = apply("Letter I\n\nMary Shelley\n\nTo Mrs. Saville, England.\n\n\(S.prose())")
        XCTAssertEqual(result.metadata.authors, ["Mary Shelley"])
        XCTAssertEqual(result.bodyStart, 2, "the salutation is body text")
    }

    func testArticleWithKickerTagsBioAndLead() {
        let text = """
        Leon Trotsky

        “We know our duty.” – the life of Leon Trotsky

        History & Theory International Marxism

        Rob Jones is a member of Sotsialisticheskaya Alternativa (CWI in Russia).

        \(S.prose(40, start: "November"))

        \(S.prose())
        """
        let result = apply(text)
        XCTAssertEqual(result.metadata.kicker, "Leon Trotsky")
        XCTAssertTrue(result.metadata.plainTitle.contains("We know our duty."))
        XCTAssertEqual(result.metadata.subjects, ["History & Theory International Marxism"])
        XCTAssertEqual(result.metadata.authors, ["Rob Jones"])
        XCTAssertEqual(result.metadata.authorNote.count, 1)
        XCTAssertTrue(result.metadata.abstract.first?.plainText.hasPrefix("November") ?? false)
        XCTAssertEqual(result.bodyStart, 5)
        XCTAssertEqual(result.decisions.map(\.kind), ["kicker", "title", "subjects", "author-note", "abstract"])
    }

    func testTagsMayHoldALowerCaseWordAndTheBioStillNamesTheAuthor() {
        let text = """
        Opinion

        Why the city needs its libraries more than ever

        Culture Cities Public services

        Anna Berg is a librarian and writer based in Leeds.

        \(S.prose())
        """
        let result = apply(text)
        XCTAssertEqual(result.metadata.kicker, "Opinion")
        XCTAssertEqual(result.metadata.subjects, ["Culture Cities Public services"])
        XCTAssertEqual(result.metadata.authors, ["Anna Berg"])
        XCTAssertEqual(result.decisions.map(\.kind).prefix(4), ["kicker", "title", "subjects", "author-note"])
    }

    func testAnEditorialNoteIsNotALead() {
        let result = apply("The Service\n\nHenry David Thoreau\n\nWritten around 1840 for The Dial, it was rejected and remained unpublished until 1902 when it was printed at last in a small volume.\n\n\(S.prose())")
        XCTAssertTrue(result.metadata.abstract.isEmpty)
        XCTAssertEqual(result.bodyStart, 2)
    }

    func testTagsWithSeparatorsAreSplit() {
        XCTAssertEqual(FrontMatterRule.subjects("History, Marxism, Russian Revolution"), ["History", "Marxism", "Russian Revolution"])
        XCTAssertEqual(FrontMatterRule.bylineNames(S.unit("by Karl Marx and Friedrich Engels")), ["Karl Marx", "Friedrich Engels"])
    }
}

final class FrontMatterSubtitleTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testSubtitleAndDateUnderTheTitle() {
        let result = FrontMatterRule.apply(S.units("The Service\n\nA Study of Courage\n\nBy Henry Thoreau\n\n7 November 2019\n\n\(S.prose())"),
                                           inlines: InlineParser.parse)
        XCTAssertNil(result.metadata.kicker)
        XCTAssertEqual(result.metadata.plainTitle, "The Service")
        XCTAssertEqual(result.metadata.subtitle.plainText, "A Study of Courage")
        XCTAssertEqual(result.metadata.authors, ["Henry Thoreau"])
        XCTAssertEqual(result.metadata.date, "7 November 2019")
        XCTAssertEqual(result.bodyStart, 4)
    }
}

final class FrontMatterNoBylineTests: XCTestCase {
    func testAOneWordHeadingUnderTheTitleIsNotTheAuthor() {
        let text = "The Service\n\nIntroduction\n\n\(ReaderTestSupport.prose())"
        let result = FrontMatterRule.apply(ReaderTestSupport.units(text), inlines: InlineParser.parse)
        XCTAssertEqual(result.metadata.authors, [])
        XCTAssertEqual(result.bodyStart, 1)
    }
}
