import QuireModel
@testable import QuireReaders
import XCTest

/// The pandoc-style extensions of the `markdown` reader, and their absence in `commonmark`.
final class MarkdownReaderTests: XCTestCase {
    func read(_ text: String, _ extensions: MarkdownExtensions = .quire) throws -> Document {
        try MarkdownReader(extensions: extensions).read(Array(text.utf8), options: ReaderOptions(), context: ConversionContext())
    }

    func testYAMLMetadataBlock() throws {
        let document = try read("""
        ---
        title: "The *Prince*"
        author: [Niccolò Machiavelli, W. K. Marriott]
        date: 1532-01-01
        lang: it
        keywords: history
        abstract: |
          First paragraph.

          Second paragraph.
        rights: Public domain
        ---

        Body.
        """)
        XCTAssertEqual(document.metadata.title, [.text(text: "The "), .emphasis(inlines: [.text(text: "Prince")])])
        XCTAssertEqual(document.metadata.authors, ["Niccolò Machiavelli", "W. K. Marriott"])
        XCTAssertEqual(document.metadata.date, "1532-01-01")
        XCTAssertEqual(document.metadata.language, "it")
        XCTAssertEqual(document.metadata.subjects, ["history"])
        XCTAssertEqual(document.metadata.abstract.count, 2)
        XCTAssertEqual(document.metadata.rights, "Public domain")
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [.text(text: "Body.")])])
    }

    func testASingleAuthorStringAndAThematicBreakThatIsNotMetadata() throws {
        XCTAssertEqual(try read("---\nauthor: Rob Jones\n---\n\nText.").metadata.authors, ["Rob Jones"])
        XCTAssertEqual(try read("---\n\nText.").blocks.first, .sceneBreak)
    }

    func testInvalidYAMLIsMarkdownWithAWarning() throws {
        let context = ConversionContext()
        let document = try MarkdownReader().read(Array("---\ntitle: [unclosed\n---\n\nText.\n".utf8),
                                                 options: ReaderOptions(), context: context)
        XCTAssertEqual(document.metadata.title, [])
        XCTAssertEqual(document.blocks.first, .sceneBreak)
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("not valid YAML") }, "\(context.diagnostics)")
    }

    func testFootnotesWithSeveralParagraphs() throws {
        let document = try read("Text.[^a]\n\n[^a]: First.\n\n    Second.\n")
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [
            .text(text: "Text."),
            .note(blocks: [.paragraph(inlines: [.text(text: "First.")]), .paragraph(inlines: [.text(text: "Second.")])]),
        ])])
    }

    func testPipeTableWithAlignmentsAndCaption() throws {
        let document = try read("| a | b | c |\n|:--|:-:|--:|\n| 1 | `|` | 3 |\n\n: Numbers\n")
        guard case .table(let table) = document.blocks.first else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(table.alignments, [.left, .center, .right])
        XCTAssertEqual(table.header, [[[.text(text: "a")], [.text(text: "b")], [.text(text: "c")]]])
        XCTAssertEqual(table.rows.count, 1)
        XCTAssertEqual(table.caption, [.text(text: "Numbers")])
        XCTAssertEqual(document.blocks.count, 1)
    }

    func testAnImageAloneIsAFigureCaptionedByItsAlt() throws {
        let document = try read("![The *route*](map.png \"Map\")\n")
        XCTAssertEqual(document.blocks, [.figure(figure: Figure(
            image: Image(source: "map.png", alt: "The route", title: "Map"),
            caption: [.text(text: "The "), .emphasis(inlines: [.text(text: "route")])]))])
    }

    func testSmartPunctuation() throws {
        let document = try read("He said \"it's 'fine'\" -- twice --- and... stopped.\n")
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [
            .text(text: "He said "),
            .quoted(kind: .double, inlines: [.text(text: "it's "), .quoted(kind: .single, inlines: [.text(text: "fine")], citation: nil)],
                    citation: nil),
            .text(text: " \u{2013} twice \u{2014} and\u{2026} stopped."),
        ])])
    }

    func testQuotationWithCitationAndStandaloneCitation() throws {
        let document = try read("\"Life is beautiful\" (My Life). See (Comintern after Lenin, 1928).\n")
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [
            .quoted(kind: .double, inlines: [.text(text: "Life is beautiful")], citation: Citation(text: "My Life", title: "My Life")),
            .text(text: ". See "),
            .citation(citation: Citation(text: "Comintern after Lenin, 1928", title: "Comintern after Lenin", year: "1928")),
            .text(text: "."),
        ])])
    }

    func testBlockQuoteAttribution() throws {
        for dash in ["\u{2014}", "--"] {
            let document = try read("> Life is beautiful.\n>\n> \(dash) Leon Trotsky\n")
            XCTAssertEqual(document.blocks, [.blockQuote(quote: BlockQuote(
                blocks: [.paragraph(inlines: [.text(text: "Life is beautiful.")])],
                attribution: [.text(text: "Leon Trotsky")]))], dash)
        }
    }

    func testFencedDivisionsHeadingIDsAndRoles() throws {
        let document = try read("# Title {#top}\n\n::: {.sidebar kind=\"aside\"}\nText.\n:::\n\n::: epigraph\n> Words.\n:::\n")
        XCTAssertEqual(document.blocks, [
            .heading(level: 1, id: "top", inlines: [.text(text: "Title")]),
            .division(division: Division(classes: ["sidebar"], attributes: ["kind": "aside"],
                                         blocks: [.paragraph(inlines: [.text(text: "Text.")])])),
            .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [.text(text: "Words.")])], role: .epigraph)),
        ])
    }

    func testCommonMarkHasNoExtensions() throws {
        // `[^1]: note` is a link reference definition in CommonMark, so [^1] links to "note".
        let document = try read("\"Quoted\" -- [^1]\n\n[^1]: note\n\n| a |\n|---|\n", .commonMark)
        XCTAssertEqual(document.blocks.first, .paragraph(inlines: [
            .text(text: "\"Quoted\" -- "), .link(url: "note", title: nil, inlines: [.text(text: "^1")]),
        ]))
        XCTAssertEqual(document.blocks.last, .paragraph(inlines: [.text(text: "| a | |---|")]))
    }

    func testTightAndLooseLists() throws {
        guard case .list(let tight) = try read("- a\n- b\n").blocks.first,
              case .list(let loose) = try read("- a\n\n- b\n").blocks.first else { return XCTFail() }
        XCTAssertTrue(tight.tight)
        XCTAssertFalse(loose.tight)
    }

    func testRawHTMLAndEntities() throws {
        let document = try read("<div>\nraw\n</div>\n\nA &amp; B &#x41; <span>x</span>\n")
        XCTAssertEqual(document.blocks, [
            .raw(format: "html", text: "<div>\nraw\n</div>"),
            .paragraph(inlines: [.text(text: "A & B A "), .raw(format: "html", text: "<span>"), .text(text: "x"),
                                 .raw(format: "html", text: "</span>")]),
        ])
    }
}

/// Inputs built to make a naive parser quadratic or overflow its stack finish.
final class MarkdownPathologicalInputTests: XCTestCase {
    func read(_ text: String) throws -> Document {
        try MarkdownReader().read(Array(text.utf8), options: ReaderOptions(), context: ConversionContext())
    }

    func testDeepNestingAndLongDelimiterRuns() throws {
        let inputs = [
            String(repeating: ">", count: 2000) + " a\n",
            (0..<800).map { String(repeating: "  ", count: $0) + "- a\n" }.joined(),
            String(repeating: "[a](<b", count: 20000) + "\n",
            String(repeating: "*a _b ", count: 20000) + "\n",
            String(repeating: "(a ", count: 20000) + "\n",
            String(repeating: "[", count: 20000) + "a" + String(repeating: "]", count: 20000) + "\n",
        ]
        for input in inputs {
            XCTAssertFalse(try read(input).blocks.isEmpty)
        }
    }
}
