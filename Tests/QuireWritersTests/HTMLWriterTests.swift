import QuireModel
import QuireWriters
import XCTest

final class HTMLWriterTests: XCTestCase {
    let document = Document(
        metadata: Metadata(title: [.text(text: "On Tyranny")], authors: ["Rob Jones"], language: "fr",
                           abstract: [.paragraph(inlines: [.text(text: "A short essay.")])]),
        blocks: [
            .heading(level: 1, id: "", inlines: [.text(text: "First")]),
            .paragraph(inlines: [.text(text: "Text"), .note(blocks: [.paragraph(inlines: [.text(text: "A note.")])]),
                                 .quoted(kind: .double, inlines: [.text(text: "oui")], citation: nil)]),
            .raw(format: "html", text: "<aside>raw</aside>"),
        ])

    func write(_ options: WriterOptions) throws -> String {
        String(decoding: try HTMLWriter().write(document, options: options, context: ConversionContext()).bytes, as: UTF8.self)
    }

    func testStandalonePageHasHeadTitleSectionsAndNotes() throws {
        let html = try write(WriterOptions())
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"), html)
        XCTAssertTrue(html.contains("\"Times New Roman\""), "style sheet quotes must stay raw")
        for expected in ["<meta charset=\"utf-8\"/>", "name=\"viewport\"", "<meta name=\"author\" content=\"Rob Jones\"/>",
                         "<meta name=\"description\" content=\"A short essay.\"/>", "<title>On Tyranny</title>", "<style>",
                         "<h1 class=\"title\">On Tyranny</h1>", "<section id=\"first\" class=\"level1\"><h2>First</h2>",
                         "class=\"footnotes\"", "<aside>raw</aside>", "\u{AB}\u{202F}oui\u{202F}\u{BB}"] {
            XCTAssertTrue(html.contains(expected), "missing \(expected) in \(html)")
        }
    }

    func testFragmentIsBareBodyContent() throws {
        let html = try write(WriterOptions(fragment: true))
        XCTAssertTrue(html.hasPrefix("<h1>First</h1>\n<p>Text"), html)
        XCTAssertFalse(html.contains("<section id") || html.contains("<html") || html.contains("<style"), html)
    }
}
