import Foundation
import QuireReaders
import QuireModel
@testable import QuireWriters
import XCTest

final class PlainTextWriterTests: XCTestCase {
    func render(_ document: Document, _ options: WriterOptions = WriterOptions()) throws -> String {
        String(decoding: try PlainTextWriter().write(document, options: options, context: ConversionContext()).bytes, as: UTF8.self)
    }

    let long = "Revolution goes in waves. And a real revolutionary is distinguished not just by how he conducts himself during the upturns of revolutionary struggle."

    func testTitleBlockHeadingsQuotesAndNotes() throws {
        let document = Document(
            metadata: Metadata(title: [.text(text: "The Life")], authors: ["Rob Jones"], language: "en"),
            blocks: [
                .heading(level: 1, id: "", inlines: [.text(text: "Always with his class")]),
                .paragraph(inlines: [.text(text: "He wrote "), .quoted(kind: .double, inlines: [.text(text: "yes")], citation: Citation(text: "My Life")),
                                     .note(blocks: [.paragraph(inlines: [.text(text: "A note.")])]), .text(text: " and "),
                                     .link(url: "https://example.org", title: nil, inlines: [.text(text: "this")])]),
                .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [.text(text: "Life is beautiful.")])],
                                       attribution: [.text(text: "Leon Trotsky")])),
            ])
        XCTAssertEqual(try render(document), """
        The Life
        ========
        by Rob Jones

        Always with his class
        =====================

        He wrote “yes” (My Life)[1] and this <https://example.org>

            Life is beautiful.

                — Leon Trotsky

        Notes
        -----

        [1] A note.

        """)
    }

    func testWrapsAtTheColumnsGivenWithoutTrailingSpaces() throws {
        let text = try render(Document(blocks: [.paragraph(inlines: [.text(text: long)])]), WriterOptions(columns: 40))
        let lines = text.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 && !$0.hasSuffix(" ") })
        XCTAssertEqual(lines.joined(separator: " "), long)
    }

    func testWrapNoneKeepsAParagraphOnOneLine() throws {
        let text = try render(Document(blocks: [.paragraph(inlines: [.text(text: long)])]), WriterOptions(wrap: .none))
        XCTAssertEqual(text, long + "\n")
    }

    func testASCIITransliteratesTypography() throws {
        let document = Document(blocks: [.paragraph(inlines: [.text(text: "1917\u{A0}— it’s “over”… 1923–27")])])
        XCTAssertEqual(try render(document, WriterOptions(ascii: true)), "1917 -- it's \"over\"... 1923-27\n")
    }

    func testQuotationMarksFollowTheDocumentLanguage() throws {
        let document = Document(metadata: Metadata(language: "de"),
                                blocks: [.paragraph(inlines: [.quoted(kind: .double, inlines: [.text(text: "Ja")], citation: nil)])])
        XCTAssertEqual(try render(document), "\u{201E}Ja\u{201C}\n")
    }
}

final class PlainTextTableTests: XCTestCase {
    func testTablesLineUpTheirColumnsWithTheHeaderRuledOff() throws {
        let table = Table(alignments: [.left, .right],
                          header: [[[.text(text: "Year")], [.text(text: "Members")]]],
                          rows: [[[.text(text: "1905")], [.text(text: "8,400")]], [[.text(text: "1917")], [.text(text: "240,000")]]],
                          caption: [.text(text: "Party membership")])
        let context = ConversionContext()
        let bytes = try PlainTextWriter().write(Document(blocks: [.table(table: table), .raw(format: "html", text: "<hr>")]),
                                                options: WriterOptions(), context: context).bytes
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), """
        Party membership
        Year  Members
        ----  -------
        1905    8,400
        1917  240,000

        """)
        XCTAssertEqual(context.diagnostics.count, 1, "raw HTML is reported, not silently dropped")
    }

    func testFiguresShowTheirAltTextAndCaption() throws {
        let figure = Figure(image: Image(source: "map.png", alt: "A map of Petrograd"), caption: [.text(text: "Petrograd, 1917.")])
        let bytes = try PlainTextWriter().write(Document(blocks: [.figure(figure: figure)]), options: WriterOptions(),
                                                context: ConversionContext()).bytes
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "[Image: A map of Petrograd] Petrograd, 1917.\n")
    }
}

final class PlainTextListTests: XCTestCase {
    func testTightListsKeepTheirItemsTogetherAndLooseOnesApart() throws {
        func items(_ texts: [String]) -> [[Block]] { texts.map { [.paragraph(inlines: [.text(text: $0)])] } }
        let document = Document(blocks: [
            .list(list: ListBlock(ordered: true, start: 3, items: items(["three", "four"]), tight: true)),
            .list(list: ListBlock(ordered: false, items: items(["a", "b"]))),
        ])
        let text = String(decoding: try PlainTextWriter().write(document, options: WriterOptions(), context: ConversionContext()).bytes,
                          as: UTF8.self)
        XCTAssertEqual(text, "3. three\n4. four\n\n- a\n\n- b\n")
    }
}

final class TextWrapperTests: XCTestCase {
    func testRunsOfSpacesAndTabsBecomeOneSpaceWhereverTheLinesBreak() {
        var out: [UInt8] = []
        TextWrapper(width: 20).append("word  two\tthree   four five six seven eight nine ten", indent: "  ", to: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "  word two three\n  four five six\n  seven eight nine\n  ten\n", "lines of at most 20 columns, indent included")
    }

    /// Copied text puts a no-break space beside a space after a sentence: no line may end
    /// or start with it, while one between words still holds them together.
    func testANoBreakSpaceBesideASpaceNeverEndsALine() {
        var out: [UInt8] = []
        TextWrapper(width: 16).append("It was late.\u{A0} Mr.\u{A0}Smith left \u{A0}at once. \u{A0} Done.", indent: "", to: &out)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines, ["It was late.", "Mr.\u{A0}Smith left", "at once. Done."])
    }

    /// The Trotsky sample (web copy with no-break spaces after sentences) read and written plain.
    func testNoLineOfACopiedArticleEndsInANoBreakSpace() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/life-of-trotsky.txt")
        let document = try PlainTextReader().read(Array(try Data(contentsOf: sample)), options: ReaderOptions(), context: ConversionContext())
        let plain = String(decoding: try PlainTextWriter().write(document, options: WriterOptions(), context: ConversionContext()).bytes, as: UTF8.self)
        XCTAssertGreaterThan(plain.count, 10_000)
        let bad = plain.split(separator: "\n").filter { $0.hasSuffix("\u{A0}") || $0.hasPrefix("\u{A0}") }
        XCTAssertEqual(bad, [], "lines ending or starting with a no-break space")
    }
}

final class QuoteSourceTests: XCTestCase {
    /// A cite line ("— Virgil") is read as both attribution and citation; readers see it once.
    func testASourceThatIsAlsoTheAttributionIsWrittenOnce() throws {
        let quote = BlockQuote(blocks: [.paragraph(inlines: [.text(text: "Spes sibi quisque.")])],
                               attribution: [.text(text: "Virgil")], citation: Citation(text: "Virgil"))
        let document = Document(blocks: [.blockQuote(quote: quote)])
        let plain = String(decoding: try PlainTextWriter().write(document, options: WriterOptions(), context: ConversionContext()).bytes,
                           as: UTF8.self)
        XCTAssertEqual(plain, "    Spes sibi quisque.\n\n        — Virgil\n")
        let html = String(decoding: try HTMLWriter().write(document, options: WriterOptions(fragment: true), context: ConversionContext()).bytes,
                          as: UTF8.self)
        XCTAssertEqual(html.components(separatedBy: "Virgil").count, 2, html)
    }
}
