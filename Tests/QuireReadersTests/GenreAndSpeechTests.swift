import QuireModel
@testable import QuireReaders
import XCTest

/// Quoted paragraphs in a text that reports speech, and replies after "she said:", are
/// speech and stay paragraphs; in an essay the same paragraphs are extracts.
final class GenreAndSpeechTests: XCTestCase {
    typealias S = ReaderTestSupport

    func quoteCount(_ text: String) throws -> Int {
        try S.read(text).blocks.filter { if case .blockQuote = $0 { true } else { false } }.count
    }

    /// A news report: speakers tagged in several paragraphs.
    let report = """
    Flood Waters Rise

    \(S.prose(40, start: "Residents"))

    “We have never seen anything like this,” said one farmer, who asked not to be named.

    \(S.prose(30, start: "Officials"))

    “The river is higher than at any time in living memory, and the rain has not stopped for three days. Everyone on the low ground must leave tonight.”

    \(S.prose(30, start: "Engineers"))

    “It will take weeks,” she said. “Perhaps months.”

    \(S.prose(30, start: "The"))

    “We are doing what we can,” the mayor added.
    """

    func testTaggedSpeakersMakeAReportOfSpeech() {
        let items = S.classified(report)
        XCTAssertEqual(GenreRule.detect(items).genre, .reportedSpeech)
        XCTAssertTrue(GenreRule.tagsSpeech("“It will take weeks,” she said."))
        XCTAssertTrue(GenreRule.tagsSpeech("“Soon,” said the engineer on duty."))
        XCTAssertFalse(GenreRule.tagsSpeech("He called it “the worst of all”, and went on."))
    }

    func testALongQuotedParagraphInAReportIsSpeech() throws {
        XCTAssertEqual(try quoteCount(report), 0)
        let speech = S.classified(report).first { $0.unit.text.hasPrefix("“The river") }
        XCTAssertEqual(speech?.rule, "paragraph.reported-speech")
    }

    func testTheSameParagraphInAnEssayIsAnExtract() throws {
        let essay = """
        On Rivers

        \(S.prose(40, start: "Rivers"))

        “The river is higher than at any time in living memory, and the rain has not stopped for three days. Everyone on the low ground must leave tonight.”

        \(S.prose(40, start: "Such"))
        """
        XCTAssertEqual(try quoteCount(essay), 1)
    }

    func testAReplyAfterAVerbOfSpeakingIsDialogue() throws {
        let text = """
        \(S.prose(30))

        His eyes twinkled a little as he soberly replied:

        “I am a Quaker.”

        \(S.prose(30))
        """
        let reply = S.classified(text).first { $0.unit.text.hasPrefix("“I am") }
        XCTAssertEqual(reply?.role, .paragraph)
        XCTAssertEqual(reply?.rule, "paragraph.spoken-reply")
    }

    func testAPassageAfterAVerbOfWritingIsAQuote() throws {
        let text = """
        \(S.prose(30))

        In his last letter he wrote:

        “I am content, and I ask for nothing more than the quiet of these hills and the company of my books.”

        \(S.prose(30))
        """
        XCTAssertEqual(try quoteCount(text), 1)
    }
}

final class SetInSentenceTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testALineSetApartInsideASentenceIsAQuote() {
        let text = "\(S.prose(30)) and make thyself like the sphere,\n\nAll round, and in its joyous rest reposing;\n\nand if thou shalt strive to live only what is thy life, thou wilt be free."
        XCTAssertEqual(S.classified(text).map(\.rule), ["paragraph.default", "quote.set-in-sentence", "paragraph.default"])
    }

    func testAShortParagraphBetweenWholeSentencesIsNot() {
        let text = "\(S.prose(30))\n\nAll round, and in its joyous rest reposing.\n\n\(S.prose(30))"
        XCTAssertEqual(S.classified(text).map(\.role), [.paragraph, .paragraph, .paragraph])
    }
}
