import Foundation
import XCTest

/// The workflow the Markdown writer exists for: text → Markdown, an edit,
/// Markdown → another format, with the format picked by file extension.
final class MarkdownWorkflowTests: CLITestCase {
    func testTextToMarkdownEditThenHTML() throws {
        try write("article.txt", Array("On Tyranny\n\nBy Rob Jones\n\nHe said \"we know our duty\" (My Life).\n\nA second paragraph.\n".utf8))
        let toMarkdown = try quire("convert", "article.txt", "-o", "article.md")
        XCTAssertEqual(toMarkdown.status, 0, toMarkdown.stderr)
        var markdown = try String(contentsOfFile: path("article.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("\"we know our duty\" (My Life)"), markdown)
        markdown = markdown.replacingOccurrences(of: "A second paragraph.", with: "A second *edited* paragraph.")
        try write("article.md", Array(markdown.utf8))

        let toHTML = try quire("convert", "article.md", "-o", "article.html")
        XCTAssertEqual(toHTML.status, 0, toHTML.stderr)
        let html = try String(contentsOfFile: path("article.html"), encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), html)
        XCTAssertTrue(html.contains("A second <em>edited</em> paragraph."), html)
        XCTAssertTrue(html.contains("<cite class=\"citation\">My Life</cite>"), html)
    }

    func testCommonMarkFragment() throws {
        try write("spec.md", Array("# Hi\n\n- a\n- b\n".utf8))
        let result = try quire("convert", "spec.md", "-f", "commonmark", "-t", "html", "--fragment")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "<h1>Hi</h1>\n<ul><li>a</li><li>b</li></ul>\n")
    }
}
