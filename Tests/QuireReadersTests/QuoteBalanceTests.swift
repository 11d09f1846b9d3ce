@testable import QuireReaders
import XCTest

final class QuoteBalanceTests: XCTestCase {
    func testWhollyEnclosed() {
        XCTAssertTrue(QuoteBalance("“Life is beautiful.”").whollyEnclosed)
        XCTAssertTrue(QuoteBalance("“If England was what England seems”").whollyEnclosed)
        XCTAssertFalse(QuoteBalance("“Revolution Betrayed,” despite all, was his work.").whollyEnclosed)
        XCTAssertFalse(QuoteBalance("“Yes,” he said, “it is.”").whollyEnclosed, "two quotations, not one")
    }

    func testOpenAtEndAndUnmatchedCloses() {
        let open = QuoteBalance("“It is very probable” (says he) “that mankind would")
        XCTAssertTrue(open.startsWithOpen)
        XCTAssertEqual(open.openAtEnd, 1)
        let tail = QuoteBalance("I have been with you. That was wrong.”")
        XCTAssertEqual(tail.unmatchedCloses, 1)
        XCTAssertTrue(tail.endsWithClose)
        XCTAssertFalse(tail.startsWithOpen)
    }
}
