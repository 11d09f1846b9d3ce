import QuireModel
@testable import QuireReaders
import XCTest

final class InlineParserTests: XCTestCase {
    func testCurlyQuotationBecomesQuoted() {
        XCTAssertEqual(InlineParser.parse("He said “go home” and left."), [
            .text(text: "He said "), .quoted(kind: .double, inlines: [.text(text: "go home")], citation: nil), .text(text: " and left."),
        ])
    }

    func testSingleQuotesNestInsideDoubleOnes() {
        let inlines = InlineParser.parse("“He called it ‘the gravedigger’ twice.”")
        XCTAssertEqual(inlines, [.quoted(kind: .double, inlines: [
            .text(text: "He called it "), .quoted(kind: .single, inlines: [.text(text: "the gravedigger")], citation: nil),
            .text(text: " twice."),
        ], citation: nil)])
    }

    func testApostrophesAreNotQuotes() {
        for text in ["Trotsky’s life", "’tis the season", "the workers’ movement", "don't stop", "we’d chuck ’er"] {
            XCTAssertEqual(InlineParser.parse(text), [.text(text: text)], text)
        }
    }

    func testStraightQuotesPairByPosition() {
        XCTAssertEqual(InlineParser.parse("a \"b\" c"), [
            .text(text: "a "), .quoted(kind: .double, inlines: [.text(text: "b")], citation: nil), .text(text: " c"),
        ])
    }

    func testUnclosedMarkStaysText() {
        XCTAssertEqual(InlineParser.parse("“It was a long night"), [.text(text: "“It was a long night")])
    }

    func testCitationAfterQuotationIsAttached() {
        let inlines = InlineParser.parse("countries would be!” he wrote. “It is so!” (My Life) Then")
        guard case .quoted(_, _, let citation)? = inlines.first(where: { if case .quoted = $0 { true } else { false } }) else {
            return XCTFail("no quotation in \(inlines)")
        }
        XCTAssertEqual(citation, Citation(text: "My Life", title: "My Life"))
        XCTAssertEqual(inlines.plainText, "countries would be!” he wrote. “It is so!” (My Life) Then")
    }

    func testStandaloneCitationWithYear() {
        let inlines = InlineParser.parse("the revolution 1925-1927 (Comintern after Lenin, 1928). Stalin")
        XCTAssertEqual(inlines, [
            .text(text: "the revolution 1925-1927 "),
            .citation(citation: Citation(text: "Comintern after Lenin, 1928", title: "Comintern after Lenin", year: "1928")),
            .text(text: ". Stalin"),
        ])
    }

    func testAsidesAfterQuotationStayText() {
        let inlines = InlineParser.parse("“It is very probable” (says he) “that mankind”")
        XCTAssertEqual(inlines.count, 3)
        XCTAssertEqual(inlines[1], .text(text: " (says he) "))
    }

    func testDashesAndEllipsesKeptAsWritten() {
        XCTAssertEqual(InlineParser.parse("1917 — then… 1923–27"), [.text(text: "1917 — then… 1923–27")])
    }
}
