@testable import QuireReaders
import XCTest

final class QuoteRuleTests: XCTestCase {
    typealias S = ReaderTestSupport

    func roles(_ text: String, _ layout: LayoutRule.Layout = .web) -> [String] {
        S.classified(text, layout: layout).map { item in
            switch item.role {
            case .quote: return "quote"
            case .paragraph: return "p"
            case .heading: return "h"
            case .verse: return "verse"
            case .cite: return "cite"
            case .signOff: return "signoff"
            case .sceneBreak: return "break"
            case .listItem: return "li"
            }
        }
    }

    func testLeadInWithAVerbOfSaying() {
        let text = "\(S.prose()) In his will he wrote:\n\n\(S.prose(30, start: "For"))\n\n\(S.prose())"
        XCTAssertEqual(roles(text), ["p", "quote", "p"])
    }

    func testColonWithoutAVerbOfSayingIsAList() {
        let text = "The demands consisted of 5 main points:\n\n\(S.prose(30, start: "They"))\n\n\(S.prose())"
        XCTAssertEqual(roles(text), ["p", "p", "p"])
    }

    func testParagraphsThatReopenAQuotationFormOneQuote() {
        let text = """
        \(S.prose())

        “It is very probable” (says he) “that mankind would have been obliged to live under one ruler.

        “This form of government is a convention by which several smaller states agree.

        “As this government is composed of small republics, it enjoys the happiness of each.”

        I have thought it proper to quote at length these interesting passages.
        """
        XCTAssertEqual(roles(text), ["p", "quote", "quote", "quote", "p"])
    }

    func testDialogueParagraphsStayText() {
        let text = """
        “Are you coming?” she asked, and looked at the door for a long while before she spoke again.

        “I am,” he said. “Give me a minute to find my coat.”

        \(S.prose())
        """
        XCTAssertEqual(roles(text), ["p", "p", "p"])
    }

    func testEnclosedLineThatTheSentenceRunsInto() {
        let text = "In a very interesting poem, he says that\n\n“If England was what England seems”\n\n—that is, weak and inefficient; if England were not\n\n\(S.prose())"
        XCTAssertEqual(roles(text), ["p", "quote", "p", "p"])
    }

    func testClosingMarkNeverOpenedMakesAQuote() {
        let text = "\(S.prose())\n\nI have never doubted it, and you know that. That was wrong.”\n\n\(S.prose())"
        XCTAssertEqual(roles(text), ["p", "quote", "p"])
    }

    func testVerseInWebCopyIsQuoted() {
        let text = "\(S.prose())\n\nTumble me down, and I will sit\nUpon my ruins, smiling yet.\n\n\(S.prose())"
        XCTAssertEqual(roles(text), ["p", "quote", "p"])
    }

    func testIndentationMarksQuotesInWrappedText() {
        let text = "\(S.wrap(S.prose(40)))\n\n\(S.wrap(S.prose(30, start: "“I")+"”", indent: "    "))\n\n\(S.wrap(S.prose(40)))"
        XCTAssertEqual(roles(text, .wrapped), ["p", "quote", "p"])
    }
}

final class QuoteRuleDialogueTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testAMultiParagraphSpeechInDialogueIsNotABlockQuote() {
        let text = """
        “Pray continue your narrative,” said Holmes.

        “I am the son,” said he, “of a man who left the farm and went to sea when he was young.

        “He came back rich and bought the house where we lived until he died.”

        “That is very clear,” said Holmes.
        """
        XCTAssertFalse(S.classified(text).contains { $0.role == .quote })
    }

    func testShortSpeechesAfterABrokenOffLineStayText() {
        let text = "“But your client—”\n\n“Never mind him.”\n\n“Very well.”\n\n\(S.prose())"
        XCTAssertFalse(S.classified(text).contains { $0.role == .quote })
    }
}

final class QuoteRuleWrittenExtractTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testLongQuotationWithAWritingTagIsAnExtract() {
        let extract = "“I cannot conceive,” wrote an eyewitness, “as I now calmly look back on the first three weeks after the arrival of the wounded from Inkerman, how it could have been possible to have avoided a state of things too disastrous to contemplate.”"
        let items = S.classified("\(S.prose())\n\n\(extract)\n\n\(S.prose())")
        XCTAssertEqual(items.map(\.rule), ["paragraph.default", "quote.written-extract", "paragraph.default"])
    }

    func testSpokenLineWithASayingTagStaysText() {
        let speech = "“It is a trap,” said I, “and you know it as well as I do, Holmes, for nobody who meant well would ask a man to come alone to a boathouse at night in the fog.”"
        XCTAssertFalse(S.classified("\(S.prose())\n\n\(speech)\n\n\(S.prose())").contains { $0.role == .quote })
    }
}

final class QuoteRuleEnclosedExtractTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testLongParagraphWhollyInQuotationMarksAmongNarrationIsAnExtract() {
        let extract = "“" + S.prose(30, start: "Natasha") + " Life is beautiful.”"
        XCTAssertEqual(S.classified("\(S.prose())\n\n\(extract)\n\n\(S.prose())").map(\.role), [.paragraph, .quote, .paragraph])
    }

    func testShortQuotedSentenceAmongNarrationStaysText() {
        XCTAssertEqual(S.classified("\(S.prose())\n\n“Life is beautiful.”\n\n\(S.prose())").map(\.role), [.paragraph, .paragraph, .paragraph])
    }
}

final class ContentsListTests: XCTestCase {
    func testIndentedContentsAreNotAQuote() {
        let contents = ReaderTestSupport.unit("CHAPTER I. The Beginning 1\nCHAPTER II. The Middle 15\nCHAPTER III. The End 40", indent: 6)
        XCTAssertTrue(QuoteRule.isContentsList(contents))
        let verse = ReaderTestSupport.unit("There is the moral of all human tales:\n’Tis but the same rehearsal of the past—\nFirst Freedom, and then Glory", indent: 4)
        XCTAssertFalse(QuoteRule.isContentsList(verse))
    }
}

final class QuoteRuleContinuationTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testAParagraphWithItsOwnTagDoesNotContinueAQuotation() {
        let letter = "“You are, I know, well aware,” wrote Her Majesty, “of the high sense I entertain of the Christian devotion which you have displayed during this great and bloody war, and I need hardly repeat how warm my admiration is for your services."
        let next = "“It will be a very great satisfaction to me,” Her Majesty added, “to make the acquaintance of one who has set so bright an example to our sex.”"
        let items = S.classified("\(S.prose())\n\n\(letter)\n\n\(next)\n\n\(S.prose())")
        XCTAssertEqual(items.map(\.role), [.paragraph, .quote, .paragraph, .paragraph])
        XCTAssertEqual(items[1].rule, "quote.written-extract")
    }
}
