import Foundation
import QuireModel
import QuireReaders
import QuireWriters
import XCTest

/// Tree → Markdown → tree gives the same tree: on every sample (read by the
/// plain-text reader) and on the golden tree with every node kind.
final class MarkdownRoundTripTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func roundTrip(_ document: Document, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let context = ConversionContext()
        let markdown = try MarkdownWriter().write(document, options: WriterOptions(), context: context).bytes
        let back = try MarkdownReader().read(markdown, options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(back.metadata, document.metadata, "\(name): metadata", file: file, line: line)
        XCTAssertEqual(back.blocks.count, document.blocks.count, "\(name): block count", file: file, line: line)
        for (index, (got, want)) in zip(back.blocks, document.blocks).enumerated() where got != want {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let gotJSON = String(decoding: try encoder.encode(got), as: UTF8.self)
            let wantJSON = String(decoding: try encoder.encode(want), as: UTF8.self)
            XCTFail("\(name): block \(index) differs\n want \(wantJSON)\n got  \(gotJSON)", file: file, line: line)
            return
        }
        // Writing the tree read back gives the same Markdown: the output is stable.
        let again = try MarkdownWriter().write(back, options: WriterOptions(), context: ConversionContext()).bytes
        XCTAssertEqual(String(decoding: again, as: UTF8.self), String(decoding: markdown, as: UTF8.self),
                       "\(name): second write differs", file: file, line: line)
    }

    func testEverySampleRoundTrips() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Samples").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(samples.isEmpty)
        for sample in samples {
            let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Samples/\(sample)")))
            let document = try PlainTextReader().read(bytes, options: ReaderOptions(), context: ConversionContext())
            try roundTrip(document, name: sample)
        }
    }

    func testGoldenTreeRoundTrips() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Tests/Golden/testsuite.json")))
        try roundTrip(try QuireJSON.decode(bytes), name: "testsuite.json")
    }

    /// Text that looks like Markdown syntax, and every node kind the golden tree lacks.
    func testHardCasesRoundTrip() throws {
        let text: (String) -> Inline = { .text(text: $0) }
        let document = Document(metadata: Metadata(title: [text("A \"title\": with # and *stars*")], authors: ["O'Brien"]), blocks: [
            .paragraph(inlines: [text("# not a heading, *not emphasis*, _nor_ `code`, [no link](x) <b> & &amp; \\ back")]),
            .paragraph(inlines: [text("1. not a list")]),
            .paragraph(inlines: [text("- nor this; + nor; > nor a quote; 12) nor")]),
            .paragraph(inlines: [text("---")]),
            .paragraph(inlines: [text("a--b and a---b and ... and don't and 'straight' and \"double\" marks")]),
            .paragraph(inlines: [text("line"), .lineBreak, text("- after a break"), .lineBreak, text("# also")]),
            .paragraph(inlines: [.code(text: "a ` b"), text(" "), .code(text: "`start"), text(" "), .code(text: " spaced ")]),
            .paragraph(inlines: [.link(url: "https://e.org/a(b)", title: "T \"q\"", inlines: [.emphasis(inlines: [text("em")])]),
                                 text(" "), .link(url: "mailto:a@b.org", title: nil, inlines: [text("a@b.org")])]),
            .paragraph(inlines: [text("word"), .emphasis(inlines: [text("inside")]), text("word "), .strong(inlines: [.emphasis(inlines: [text("x")])])]),
            .paragraph(inlines: [.image(image: Image(source: "i.png", alt: "", title: nil)), text(" inline image")]),
            .heading(level: 2, id: "", inlines: [text("Ends with #")]),
            .heading(level: 3, id: "custom-id", inlines: [text("Has an id")]),
            .preformatted(text: "code with ``` fences\n\n  and blank lines"),
            .table(table: Table(alignments: [.left, .right, .center, .default],
                                header: [[[text("a|b")], [.strong(inlines: [text("B")])], [text("c")], [text("d")]]],
                                rows: [[[text("1")], [text("2")], [.code(text: "x")], []]], caption: [text("A caption")])),
            .figure(figure: Figure(image: Image(source: "map.png", alt: "The map", title: "Map"), caption: [text("The map")])),
            .raw(format: "html", text: "<div class=\"x\">\n<p>raw</p>\n</div>"),
            .list(list: ListBlock(ordered: true, start: 7, items: [[.paragraph(inlines: [text("seven")])], [.paragraph(inlines: [text("eight")])]], tight: true)),
            .list(list: ListBlock(ordered: true, start: 1, items: [[.paragraph(inlines: [text("after")])]], tight: true)),
            .list(list: ListBlock(ordered: false, items: [[.paragraph(inlines: [text("a")]), .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [text("q")])]))]])),
            .division(division: Division(classes: ["a", "b"], attributes: ["id": "d1", "key": "a \"v\""], blocks: [
                .division(division: Division(classes: ["inner"], blocks: [.paragraph(inlines: [text("deep")])])),
            ])),
            .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [text("\u{2014} Who is there?")]),
                                                   .paragraph(inlines: [text("\u{2014} Nobody, he said.")])])),
            .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [text("Only a citation.")])], citation: Citation(text: "Capital, vol. i", title: "Capital", locator: "vol. i"))),
            .paragraph(inlines: [text("Note"), .note(blocks: [.paragraph(inlines: [text("outer"), .note(blocks: [.paragraph(inlines: [text("inner")])])]),
                                                                 .preformatted(text: "in a note")])]),
        ])
        try roundTrip(document, name: "hard cases")
    }
}

