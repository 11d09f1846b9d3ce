import QuireModel
import QuireWriters
import QuireXML
import XCTest

final class HTMLRendererTests: XCTestCase {
    func body(_ blocks: [Block], flavor: HTMLFlavor = .epub, language: String = "en") throws -> String {
        let writer = XMLWriter()
        writer.startElement("body")
        let renderer = HTMLRenderer(writer: writer, flavor: flavor, language: language)
        renderer.render(blocks)
        renderer.writePendingNotes()
        writer.endElementFull()
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    func testAttributedQuoteIsAFigureWithACaptionNamingSpeakerAndWork() throws {
        let html = try body([.blockQuote(quote: BlockQuote(
            blocks: [.paragraph(inlines: [.text(text: "Life is beautiful.")])],
            attribution: [.text(text: "Leon Trotsky")], citation: Citation(text: "Testament")))])
        XCTAssertTrue(html.contains("<figure class=\"quote blockquote\"><blockquote><p>Life is beautiful.</p></blockquote><figcaption class=\"attribution\">—\u{2009}<span class=\"name\">Leon Trotsky</span>, <cite>Testament</cite></figcaption></figure>"), html)
    }

    func testNotesAreNumberedCallsWithBackLinkedAsides() throws {
        let html = try body([.paragraph(inlines: [.text(text: "x"), .note(blocks: [.paragraph(inlines: [.text(text: "N")])])])])
        XCTAssertTrue(html.contains("<sup class=\"noteref\"><a href=\"#note-1\" id=\"noteref-1\" epub:type=\"noteref\" role=\"doc-noteref\">1</a></sup>"), html)
        XCTAssertTrue(html.contains("<aside id=\"note-1\" class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\"><a href=\"#noteref-1\""), html)
    }

    func testPrintFlavorPutsNotesInPlaceAndDropsEPUBTypes() throws {
        let html = try body([.paragraph(inlines: [.text(text: "x"), .note(blocks: [.paragraph(inlines: [.text(text: "N")])])]),
                             .sceneBreak], flavor: .print)
        XCTAssertTrue(html.contains("<p>x<span class=\"footnote\" id=\"note-1\">N</span></p>"), html)
        XCTAssertFalse(html.contains("epub:type"))
    }

    func testQuotationMarksFollowTheLanguageAndCitationsAreCite() throws {
        let html = try body([.paragraph(inlines: [.quoted(kind: .double, inlines: [.text(text: "Nein")], citation: Citation(text: "Mein Leben"))])],
                            language: "de")
        XCTAssertTrue(html.contains("<span class=\"quote\">\u{201E}Nein\u{201C}</span> (<cite class=\"citation\">Mein Leben</cite>)"), html)
    }

    func testVerseKeepsLinesAndStanzas() throws {
        let html = try body([.verse(lines: [[.text(text: "a")], [.text(text: "b")], [], [.text(text: "c")]])])
        XCTAssertTrue(html.contains("<p class=\"stanza\"><span class=\"line\">a</span><br/><span class=\"line\">b</span></p><p class=\"stanza\"><span class=\"line\">c</span></p>"), html)
    }

    func testEmptyElementsGetEndTagsForHTMLParsers() throws {
        let html = try body([.paragraph(inlines: [])])
        XCTAssertTrue(html.contains("<p></p>"), html)
    }
}

final class HTMLRendererTableTests: XCTestCase {
    func testTablesHaveCaptionHeadAndAlignedCells() throws {
        let writer = XMLWriter()
        let renderer = HTMLRenderer(writer: writer, flavor: .epub, language: "en")
        var warnings: [String] = []
        renderer.warn = { warnings.append($0) }
        renderer.render([
            .table(table: Table(alignments: [.default, .right], header: [[[.text(text: "A")], [.text(text: "B")]]],
                                rows: [[[.text(text: "1")], [.text(text: "2")]]], caption: [.text(text: "C")])),
            .figure(figure: Figure(image: Image(source: "m.png", alt: "Map"), caption: [.text(text: "A map.")])),
            .raw(format: "html", text: "<blink>"),
        ])
        let html = String(decoding: try writer.finish(), as: UTF8.self)
        XCTAssertTrue(html.contains("<table><caption>C</caption><thead><tr><th>A</th><th style=\"text-align: right\">B</th></tr></thead><tbody><tr><td>1</td><td style=\"text-align: right\">2</td></tr></tbody></table>"), html)
        XCTAssertTrue(html.contains("<figure class=\"image\"><img src=\"m.png\" alt=\"Map\"/><figcaption>A map.</figcaption></figure>"), html)
        XCTAssertFalse(html.contains("blink"), "EPUB cannot take raw HTML")
        XCTAssertEqual(warnings.count, 1)
    }
}
