import Foundation
import QuireModel
import QuireReaders
@testable import QuireWriters
import XCTest

/// The DocBook writer and reader together: what is written reads back as the same tree,
/// and a second pass gives the same bytes.
final class DocBookRoundTripTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func write(_ document: Document, _ options: WriterOptions = WriterOptions(),
               _ context: ConversionContext = ConversionContext()) throws -> [UInt8] {
        try DocBookWriter().write(document, options: options, context: context).bytes
    }

    func read(_ bytes: [UInt8], _ context: ConversionContext = ConversionContext()) throws -> Document {
        try DocBookReader().read(bytes, options: ReaderOptions(), context: context)
    }

    func assertRoundTrip(_ document: Document, _ options: WriterOptions = WriterOptions(),
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let context = ConversionContext()
        let first = try write(document, options, context)
        dump(first, line)
        XCTAssertEqual(context.diagnostics, [], "a lossless tree needs no warning", file: file, line: line)
        let back = try read(first)
        XCTAssertEqual(back, document, "the tree read back differs", file: file, line: line)
        XCTAssertEqual(try write(back, options), first, "the second pass differs", file: file, line: line)
    }

    /// With QUIRE_DOCBOOK_DUMP=folder, keeps every written file for a look with jing.
    func dump(_ bytes: [UInt8], _ line: UInt) {
        guard let folder = ProcessInfo.processInfo.environment["QUIRE_DOCBOOK_DUMP"] else { return }
        let name = "\(name.filter { $0.isLetter || $0.isNumber })-\(line)-\(bytes.count).xml"
        try? Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }

    func golden() throws -> Document {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent("Tests/Golden/testsuite.json"))
        return try QuireJSON.decode(Array(bytes))
    }

    // MARK: - Whole documents

    func testGoldenTreeRoundTripsAsArticleAndAsBook() throws {
        let document = try golden()
        try assertRoundTrip(document)
        try assertRoundTrip(document, WriterOptions(topLevelDivision: .chapter))
    }

    func testEverySampleRoundTrips() throws {
        let folder = Self.root.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let document = try PlainTextReader().read(bytes, options: ReaderOptions(), context: ConversionContext())
            let written = try write(document)
            XCTAssertEqual(try read(written), document, name)
            XCTAssertEqual(try write(try read(written)), written, name)
        }
    }

    // MARK: - Structure

    /// A cite line ("— Virgil") is attribution and citation at once: written once, read back as both.
    func testACiteLineThatIsBothAttributionAndCitationIsWrittenOnce() throws {
        let quote = BlockQuote(blocks: [.paragraph(inlines: [.text(text: "Spes sibi quisque.")])],
                               attribution: [.text(text: "Virgil")], citation: Citation(text: "Virgil"))
        let document = Document(metadata: Metadata(title: [.text(text: "T")]), blocks: [.blockQuote(quote: quote)])
        try assertRoundTrip(document)
        let xml = String(decoding: try write(document, WriterOptions(), ConversionContext()), as: UTF8.self)
        XCTAssertEqual(xml.components(separatedBy: "Virgil").count, 2, xml)
    }

    func testHeadingLevelsDeeperThanTheNestingAndThePreambleSurvive() throws {
        let document = Document(metadata: Metadata(title: [.text(text: "T")]), blocks: [
            .paragraph(inlines: [.text(text: "Before any heading.")]),
            .heading(level: 2, id: "", inlines: [.text(text: "Starts at two")]),
            .heading(level: 1, id: "", inlines: [.text(text: "One")]),
            .heading(level: 3, id: "", inlines: [.text(text: "Skips to three")]),
            .paragraph(inlines: [.text(text: "Body.")]),
            .heading(level: 1, id: "", inlines: [.text(text: "Empty section")]),
        ])
        let xml = String(decoding: try write(document), as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<section xml:id="starts-at-two" remap="h2">"#), xml)
        XCTAssertTrue(xml.contains(#"<section xml:id="skips-to-three" remap="h3">"#), xml)
        XCTAssertTrue(xml.contains(#"<para role="empty"/>"#), "an empty section needs a block to be valid")
        try assertRoundTrip(document)
        try assertRoundTrip(document, WriterOptions(topLevelDivision: .chapter))
    }

    func testBookHasChaptersAndAPrefaceForThePreamble() throws {
        let document = Document(metadata: Metadata(title: [.text(text: "Book")]), blocks: [
            .paragraph(inlines: [.text(text: "Front.")]),
            .heading(level: 1, id: "", inlines: [.text(text: "Chapter")]),
            .heading(level: 2, id: "", inlines: [.text(text: "Section")]),
            .paragraph(inlines: [.text(text: "Text.")]),
        ])
        let xml = String(decoding: try write(document, WriterOptions(topLevelDivision: .chapter)), as: UTF8.self)
        XCTAssertTrue(xml.contains("<book xmlns=\"http://docbook.org/ns/docbook\""), xml)
        XCTAssertTrue(xml.contains(#"<preface remap="preamble">"#), xml)
        XCTAssertTrue(xml.contains(#"<chapter xml:id="chapter">"#), xml)
        XCTAssertTrue(xml.contains(#"<section xml:id="section">"#), xml)
    }

    func testExplicitIDsAreKeptAndDerivedOnesStayEmpty() throws {
        let document = Document(blocks: [
            .heading(level: 1, id: "intro", inlines: [.text(text: "Intro")]),
            .heading(level: 1, id: "", inlines: [.text(text: "Intro")]),
            .heading(level: 1, id: "chosen", inlines: [.text(text: "Other")]),
            .paragraph(inlines: [.text(text: "x")]),
            // Derived with "picked" taken: this one's text alone would also give "section".
            .heading(level: 1, id: "picked", inlines: []),
            .heading(level: 1, id: "", inlines: []),
        ])
        try assertRoundTrip(document)
    }

    func testEmptyDocumentIsValidAndReadsBackEmpty() throws {
        let xml = String(decoding: try write(Document()), as: UTF8.self)
        XCTAssertTrue(xml.contains("<title/>"), "an article must have a title")
        XCTAssertTrue(xml.contains(#"<para role="empty"/>"#), "an article must have a body")
        try assertRoundTrip(Document())
    }

    // MARK: - Blocks

    func testQuoteRolesAttributionsAndCitations() throws {
        let paragraph = Block.paragraph(inlines: [.text(text: "Words.")])
        let document = Document(blocks: [
            .blockQuote(quote: BlockQuote(blocks: [paragraph], attribution: [.text(text: "Leon Trotsky")],
                                          citation: Citation(text: "My Life, 1930, p. 5", title: "My Life", year: "1930", locator: "p. 5"))),
            .blockQuote(quote: BlockQuote(blocks: [paragraph], attribution: nil, citation: Citation(text: "Capital"))),
            .blockQuote(quote: BlockQuote(blocks: [paragraph], attribution: [], role: .letter)),
            .blockQuote(quote: BlockQuote(blocks: [paragraph], attribution: [.text(text: "Ends with, ")],
                                          citation: Citation(text: "Work", title: "Work"), role: .pullQuote)),
            .blockQuote(quote: BlockQuote(blocks: [paragraph], attribution: [.emphasis(inlines: [.text(text: "Anon")]),
                                                                             .text(text: " in "), .workTitle(inlines: [.text(text: "Book")])],
                                          role: .epigraph)),
            .blockQuote(quote: BlockQuote(blocks: [.list(list: ListBlock(ordered: false, items: [[paragraph]]))], role: .epigraph)),
            .blockQuote(quote: BlockQuote(blocks: [])),
        ])
        let xml = String(decoding: try write(document), as: UTF8.self)
        XCTAssertTrue(xml.contains("<blockquote>\n    <attribution>Leon Trotsky, <citation><citetitle>My Life</citetitle>, <phrase role=\"year\">1930</phrase>, <phrase role=\"locator\">p. 5</phrase></citation></attribution>"), xml)
        XCTAssertTrue(xml.contains(#"<epigraph>"#), xml)
        XCTAssertTrue(xml.contains(#"<blockquote role="epigraph">"#), "an epigraph holding a list cannot be an <epigraph>")
        XCTAssertTrue(xml.contains(#"<phrase role="emphasis">Anon</phrase>"#), "no emphasis is allowed in an attribution")
        try assertRoundTrip(document)
    }

    func testListsVersePreformattedSceneBreakAndDivisions() throws {
        let paragraph = Block.paragraph(inlines: [.text(text: "P.")])
        let document = Document(blocks: [
            .list(list: ListBlock(ordered: true, start: 4, items: [[paragraph], [], [paragraph, paragraph]])),
            .verse(lines: [[.text(text: "One "), .emphasis(inlines: [.text(text: "two")])], [], [.text(text: "  three  ")]]),
            .preformatted(text: "\n  code\r\n\tand tabs\n"),
            .sceneBreak,
            .division(division: Division(classes: ["note", "extra"], attributes: ["data-x": "1 & 2", "id": "n"], blocks: [
                .division(division: Division(classes: ["warning"], blocks: [paragraph])),
                .heading(level: 7, id: "", inlines: [.text(text: "Deep heading")]),
            ])),
            .division(division: Division(blocks: [])),
            .paragraph(inlines: [.text(text: "Note"), .note(blocks: [.division(division: Division(classes: ["tip"], blocks: [paragraph])),
                                                                     .blockQuote(quote: BlockQuote(blocks: [paragraph], role: .epigraph))])]),
        ])
        let xml = String(decoding: try write(document), as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<orderedlist startingnumber="4">"#), xml)
        XCTAssertTrue(xml.contains(#"<literallayout class="normal">One <emphasis>two</emphasis>"#), xml)
        XCTAssertTrue(xml.contains(#"<note remap="div" role="note extra">"#), xml)
        XCTAssertTrue(xml.contains(#"<sidebar remap="div" role="warning">"#), "no admonition inside an admonition")
        XCTAssertTrue(xml.contains(#"<blockquote remap="div" role="tip">"#), "no admonition inside a footnote")
        try assertRoundTrip(document)
    }

    // MARK: - Inlines

    func testInlineMarkupRoundTrips() throws {
        let document = Document(metadata: Metadata(title: [.text(text: "A "), .emphasis(inlines: [.text(text: "title")])]), blocks: [
            .paragraph(inlines: [
                .text(text: "  Spaces  kept, "), .strong(inlines: [.emphasis(inlines: [.text(text: "both")])]),
                .quoted(kind: .single, inlines: [.text(text: "single")], citation: nil),
                .quoted(kind: .double, inlines: [.text(text: "cited")], citation: Citation(text: "Ibid., 12", locator: "12")),
                .citation(citation: Citation(text: "1917, History", title: "History", year: "1917")),
                .link(url: "https://example.org/a b?c=<d>", title: nil, inlines: []),
                .lineBreak, .code(text: "a  <b>"), .text(text: " end "),
            ]),
        ])
        try assertRoundTrip(document)
    }

    // MARK: - Metadata

    func testMetadataHasAHomeForEveryField() throws {
        var document = try golden()
        document.metadata.identifier = "urn:isbn:9780000000000"
        document.metadata.authors = ["Ursula K. Le Guin"]
        let xml = String(decoding: try write(document), as: UTF8.self)
        for expected in [#"<biblioid class="isbn">urn:isbn:9780000000000</biblioid>"#, "<personname>Ursula K. Le Guin</personname>",
                         #"<bibliomisc role="kicker">Quire test suite</bibliomisc>"#, "<publishername>Quire Press</publishername>",
                         "<personblurb>", "<legalnotice>", "<keyword>Testing</keyword>", "<abstract>", "<pubdate>2024-03-01</pubdate>"] {
            XCTAssertTrue(xml.contains(expected), expected)
        }
        try assertRoundTrip(document)
        document.metadata.authors = []
        try assertRoundTrip(document)
    }

    // MARK: - What DocBook cannot hold

    func testLossesAreWarningsAndTheOutputStaysWellFormed() throws {
        let document = Document(blocks: [
            .heading(level: 1, id: "1 bad id", inlines: [.text(text: "Bad\u{0C}id")]),
            .paragraph(inlines: [.note(blocks: [.paragraph(inlines: [.text(text: "outer"), .note(blocks: [.paragraph(inlines: [.text(text: "inner")])])])])]),
            .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [.text(text: "q")])],
                                          attribution: [.text(text: "Who"), .note(blocks: [])])),
            .paragraph(inlines: [.citation(citation: Citation(text: "Text", title: "Elsewhere"))]),
            .list(list: ListBlock(ordered: false, start: 3, items: [])),
            .paragraph(inlines: [.text(text: "a line\nfeed")]),
        ])
        let context = ConversionContext()
        let bytes = try write(document, WriterOptions(), context)
        dump(bytes, #line)
        let messages = context.diagnostics.map(\.message).joined(separator: "\n")
        for expected in ["not an XML name", "control characters", "footnote inside a footnote", "no footnote in an attribution",
                         "'Elsewhere' is not part of its text", "empty list", "line feed inside running text"] {
            XCTAssertTrue(messages.contains(expected), "missing warning: \(expected)\n\(messages)")
        }
        XCTAssertNoThrow(try read(bytes))
    }
}

extension DocBookRoundTripTests {
    func testMetadataEdgeCasesRoundTrip() throws {
        let metadata = Metadata(authors: [" Spaced ", "Jean-Paul O'Brien"], date: "", subjects: ["a", "a"],
                                rights: "First paragraph.\n\nSecond paragraph.")
        try assertRoundTrip(Document(metadata: metadata, blocks: [.paragraph(inlines: [.text(text: "x")])]))
    }

    func testLenientReadingRepairsInvalidUTF8() throws {
        let bytes = Array("<article xmlns=\"http://docbook.org/ns/docbook\"><para>a".utf8) + [0xFF] + Array("b</para></article>".utf8)
        XCTAssertThrowsError(try read(bytes))
        let context = ConversionContext()
        let document = try DocBookReader().read(bytes, options: ReaderOptions(lenient: true), context: context)
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [.text(text: "a\u{FFFD}b")])])
        XCTAssertEqual(context.diagnostics.map(\.message), ["docbook: invalid UTF-8 was replaced by U+FFFD"])
    }
}

extension DocBookRoundTripTests {
    func testLinksThatAreNotURIsAreEncodedWithAWarning() throws {
        XCTAssertEqual(DocBookText.uri("http://a/%zz"), "http://a/%25zz")
        XCTAssertEqual(DocBookText.uri("x#a#b"), "x#a%23b")
        XCTAssertEqual(DocBookText.uri("http://[::1]/x[1]"), "http://[::1]/x%5B1%5D")
        XCTAssertEqual(DocBookText.uri("::"), "%3A%3A")
        XCTAssertEqual(DocBookText.uri("1:x"), "1%3Ax")
        for valid in ["https://example.org/?a=1&b=2#top", "mailto:a@b", "#frag", "a b/é", "C:\\dir"] {
            XCTAssertEqual(DocBookText.uri(valid), valid)
        }
        let context = ConversionContext()
        let document = Document(blocks: [.paragraph(inlines: [.link(url: "[x]", title: nil, inlines: [])])])
        let back = try read(try write(document, WriterOptions(), context))
        XCTAssertEqual(back.blocks, [.paragraph(inlines: [.link(url: "%5Bx%5D", title: nil, inlines: [])])])
        XCTAssertEqual(context.diagnostics.map(\.message), ["docbook: the link '[x]' is not a valid URI; written as '%5Bx%5D'"])
    }
}

extension DocBookRoundTripTests {
    func testTablesFiguresImagesRoundTrip() throws {
        let cell: (String) -> [Inline] = { [.text(text: $0)] }
        let image = Image(source: "images/a b.png", alt: "A picture", title: "Its title")
        let document = Document(blocks: [
            .table(table: Table(alignments: [.left, .default, .right], header: [[cell("H1"), cell("H2"), []]],
                                rows: [[cell("a"), [.emphasis(inlines: cell("b"))], cell("c")], [cell("only one")]],
                                caption: [.text(text: "A "), .strong(inlines: cell("caption"))])),
            .table(table: Table(alignments: [], rows: [])),
            .figure(figure: Figure(image: image, caption: cell("Figure caption"))),
            .figure(figure: Figure(image: Image(source: "x.svg", alt: ""))),
            .paragraph(inlines: [.text(text: "An "), .image(image: Image(source: "i.png", alt: "icon")), .text(text: " inline."),
                                 .note(blocks: [.table(table: Table(alignments: [.center], rows: [[cell("in a note")]], caption: cell("c"))),
                                                .figure(figure: Figure(image: image, caption: cell("in a note")))])]),
            .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: cell("q"))],
                                          attribution: [.emphasis(inlines: [.image(image: Image(source: "s.png", alt: "sig"))])])),
        ])
        let xml = String(decoding: try write(document), as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<colspec colname="c1" align="left"/>"#), xml)
        XCTAssertTrue(xml.contains(#"<row role="empty">"#), "a CALS body needs a row")
        XCTAssertTrue(xml.contains(#"<alt>A picture</alt><imageobject><imagedata fileref="images/a b.png"/></imageobject><textobject role="title"><phrase>Its title</phrase></textobject>"#), xml)
        try assertRoundTrip(document)
    }

    func testRawDocBookPassesThroughAndOtherRawMarkupIsAWarning() throws {
        let document = Document(blocks: [
            .raw(format: "docbook", text: "<para>raw <emphasis>markup</emphasis></para>"),
            .raw(format: "html", text: "<div>html</div>"),
            .raw(format: "docbook", text: "<para>broken"),
            .paragraph(inlines: [.raw(format: "docbook", text: "<superscript>2</superscript>")]),
        ])
        let context = ConversionContext()
        let bytes = try write(document, WriterOptions(), context)
        dump(bytes, #line)
        XCTAssertEqual(try read(bytes).blocks, [.paragraph(inlines: [.text(text: "raw "), .emphasis(inlines: [.text(text: "markup")])]),
                                                .paragraph(inlines: [.text(text: "2")])])
        XCTAssertEqual(context.diagnostics.map(\.message), ["docbook: raw html markup cannot be held by DocBook; it was left out",
                                                           "docbook: raw DocBook markup that is not well-formed was left out"])
    }
}
