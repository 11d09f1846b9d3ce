import QuireModel
@testable import QuireReaders
import XCTest

final class CitationRuleTests: XCTestCase {
    func testWorksWithYearOrLocatorAreCitations() {
        XCTAssertEqual(CitationRule.citation("Comintern after Lenin, 1928", afterQuote: false),
                       Citation(text: "Comintern after Lenin, 1928", title: "Comintern after Lenin", year: "1928"))
        XCTAssertEqual(CitationRule.citation("Capital, vol. i, p. 298", afterQuote: false),
                       Citation(text: "Capital, vol. i, p. 298", title: "Capital", locator: "vol. i, p. 298"))
    }

    func testATitleAfterAQuotationIsACitation() {
        XCTAssertEqual(CitationRule.citation("My Life", afterQuote: true)?.title, "My Life")
        XCTAssertNil(CitationRule.citation("My Life", afterQuote: false), "a bare title elsewhere may be an aside")
    }

    func testAsidesAcronymsAndRangesAreNot() {
        for text in ["CWI in Russia", "KPD", "1789-1794", "1923-27", "says he", "Stalin",
                     "the Bolsheviks had campaigned to reduce the consumption of strong spirits", "1932"] {
            XCTAssertNil(CitationRule.citation(text, afterQuote: false), text)
        }
        for text in ["KPD", "1789-1794", "says he", "1932", "as he says"] {
            XCTAssertNil(CitationRule.citation(text, afterQuote: true), text)
        }
    }

    /// Anywhere in running text, a parenthesis that gives a page or volume, or opens with a
    /// work's title and a year, perhaps after "see" or an author and a comma, names a source.
    func testBibliographicParenthesesInRunningText() {
        for text in ["Hudson, Naturalist on the La Plata, pp. 130 seq.", "Primitive Family, 1889", "vol. i, p. 458",
                     "see Capital, vol. i, p. 298", "see The Ancient City, 1864", "pp. 12-14"] {
            XCTAssertNotNil(CitationRule.citation(text, afterQuote: false), text)
        }
        XCTAssertEqual(CitationRule.citation("vol. i, p. 458", afterQuote: false)?.locator, "vol. i, p. 458")
        XCTAssertEqual(CitationRule.citation("see Capital, vol. i", afterQuote: false)?.title, "Capital")
        for text in ["then the Christian Union", "KPD", "1923-27", "chapter 3", "see below", "section 2", "line 4"] {
            XCTAssertNil(CitationRule.citation(text, afterQuote: false), text)
        }
    }
}
