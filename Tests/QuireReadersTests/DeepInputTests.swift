import QuireModel
@testable import QuireReaders
import XCTest

/// Input nested past any real document's depth is read to the limit, with the
/// deeper structure's text kept and a warning; never a crash, never lost text.
final class DeepInputTests: XCTestCase {
    private func depth(_ blocks: [Block]) -> Int {
        var deepest = 0
        var pending = blocks.map { ($0, 1) }
        while let (block, level) = pending.popLast() {
            guard case .blockQuote = block else { continue }
            deepest = max(deepest, level)
            pending.append(contentsOf: block.childBlocks.map { ($0, level + 1) })
        }
        return deepest
    }

    private func markdown(_ text: String, _ context: ConversionContext) throws -> Document {
        try MarkdownReader().read(Array(text.utf8), options: ReaderOptions(), context: context)
    }

    func testTwentyThousandNestedBlockQuotesStopAtTheLimitWithTheirText() throws {
        let context = ConversionContext()
        let document = try markdown(String(repeating: ">", count: 20_000) + " deepest words\n", context)
        XCTAssertEqual(depth(document.blocks), Nesting.limit)
        var text = ""
        document.forEachInline { if case .text(let run) = $0 { text += run } }
        XCTAssertTrue(text.hasSuffix("> deepest words"), "the markers past the limit stay as text")
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("deeper than \(Nesting.limit) levels from line 1") })
    }

    func testNestedEmphasisPastTheLimitBecomesPlainText() throws {
        let context = ConversionContext()
        let count = 5_000
        let text = String(repeating: "*a **a ", count: count) + "b" + String(repeating: " a** a*", count: count)
        let document = try markdown(text, context)
        XCTAssertFalse(document.nestsDeeper(than: Nesting.limit))
        var letters = 0
        document.forEachInline { if case .text(let run) = $0 { letters += run.filter { $0 == "a" }.count } }
        XCTAssertEqual(letters, 4 * count, "every word is still there")
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("kept as plain text") })
    }

    func testFootnotesCitingEachOtherTwiceStayLinear() throws {
        // Expanded naively, 40 notes each citing the next twice would be 2^40 notes.
        var text = "Start[^n0].\n\n"
        for index in 0..<40 { text += "[^n\(index)]: See [^n\(index + 1)] and [^n\(index + 1)].\n\n" }
        text += "[^n40]: End.\n"
        let context = ConversionContext()
        let document = try markdown(text, context)
        var notes = 0
        document.forEachInline { if case .note = $0 { notes += 1 } }
        XCTAssertLessThan(notes, 1_000)
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("kept as written") })
    }

    func testHTMLNestedPastLibXMLsDepthKeepsItsText() throws {
        let context = ConversionContext()
        let html = "<!DOCTYPE html><html><head><title>Deep</title></head><body><article><p>Opening words of the page.</p>"
            + String(repeating: "<div>", count: 3_000) + "<p>The deepest paragraph of the page.</p>"
            + String(repeating: "</div>", count: 3_000) + "<p>Closing words after the nesting.</p></article></body></html>"
        let document = try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: context)
        var text = ""
        document.forEachInline { if case .text(let run) = $0 { text += run } }
        XCTAssertTrue(text.contains("The deepest paragraph of the page."))
        XCTAssertTrue(text.contains("Closing words after the nesting."))
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("nests deeper than") })
    }

    func testTooDeepJSONSaysSo() {
        let json = Array((String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)).utf8)
        XCTAssertThrowsError(try JSONReader().read(json, options: ReaderOptions(), context: ConversionContext())) { error in
            XCTAssertTrue("\(error)".contains("nests arrays and objects deeper than 512 levels"), "\(error)")
            XCTAssertFalse("\(error)".contains("not valid JSON"))
        }
    }

    func testDeepDocBookNamesTheLimitNotLibXMLsOption() {
        let xml = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><title>t</title>"
            + String(repeating: "<blockquote>", count: 1_000) + "<para>deep</para>"
            + String(repeating: "</blockquote>", count: 1_000) + "</article>"
        XCTAssertThrowsError(try DocBookReader().read(Array(xml.utf8), options: ReaderOptions(), context: ConversionContext())) { error in
            XCTAssertTrue("\(error)".contains("nest deeper than 256 levels"), "\(error)")
            XCTAssertFalse("\(error)".contains("XML_PARSE_HUGE"))
        }
    }
}
