import Foundation
import QuireZip
import XCTest

/// EPUB in, formats told by content, and hostile archives refused as bad input.
final class EPUBCLITests: CLITestCase {
    let text = "# A Title\n\nThe first paragraph of the book.\n\n## A Section\n\nMore text.[^1]\n\n[^1]: A note.\n"

    func testABookWithoutAnExtensionConverts() throws {
        try write("book.md", Array(text.utf8))
        XCTAssertEqual(try quire("convert", "book.md", "-t", "epub", "-o", "book").status, 0)
        let plain = try quire("convert", "book", "-t", "plain")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.contains("The first paragraph of the book."), plain.stdout)
        XCTAssertTrue(plain.stdout.contains("A note."), plain.stdout)
        // A text file without an extension is plain text.
        try write("notes", Array("Some notes\n\nA paragraph of notes.\n".utf8))
        let notes = try quire("convert", "notes", "-t", "json")
        XCTAssertEqual(notes.status, 0, notes.stderr)
        XCTAssertTrue(notes.stdout.contains("A paragraph of notes."))
    }

    func testAnEPUBNamedAsTextIsStillReadAsEPUB() throws {
        try write("book.md", Array(text.utf8))
        XCTAssertEqual(try quire("convert", "book.md", "-t", "epub", "-o", "book.txt").status, 0)
        let json = try quire("convert", "book.txt", "-t", "json")
        XCTAssertEqual(json.status, 0, json.stderr)
        XCTAssertTrue(json.stdout.contains("\"A Section\""), json.stdout)
    }

    func testHostileArchivesAreBadInput() throws {
        var bomb = ZipWriter(timestamp: 0)
        try bomb.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        try bomb.add("OEBPS/chapter.xhtml", [UInt8](repeating: 0x20, count: 3 << 20))
        try write("bomb.epub", try bomb.finish())
        assertFails(try quire("convert", "bomb.epub", "-t", "plain", "-o", "out.txt"), code: 65, saying: "zip bomb")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.txt")))

        var traversal = ZipWriter(timestamp: 0)
        try traversal.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        try traversal.add("../../evil.xhtml", Array("<p>hi</p>".utf8))
        try write("traversal.epub", try traversal.finish())
        assertFails(try quire("convert", "traversal.epub", "-t", "plain"), code: 65, saying: "'../../evil.xhtml'")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("evil.xhtml").path))

        try write("truncated.epub", Array(try makeBook().dropLast(30)))
        assertFails(try quire("convert", "truncated.epub", "-t", "plain"), code: 65, saying: "truncated")
    }

    func makeBook() throws -> [UInt8] {
        try write("book.md", Array(text.utf8))
        XCTAssertEqual(try quire("convert", "book.md", "-t", "epub", "-o", "made.epub").status, 0)
        return Array(try Data(contentsOf: folder.appendingPathComponent("made.epub")))
    }
}
