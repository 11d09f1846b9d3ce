import Foundation
import XCTest

/// Word and OpenDocument files through the command line: chosen by their extension,
/// converted to EPUB and plain text, and refused with exit 65 and no output when broken.
final class OfficeCLITests: CLITestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Office")

    func copy(_ fixture: String, as name: String) throws {
        try write(name, Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(fixture))))
    }

    func testAManuscriptBecomesPlainTextAndAnEbook() throws {
        try copy("manuscript.docx", as: "story.docx")
        let plain = try quire("convert", "story.docx", "-t", "plain")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.hasPrefix("The Lighthouse Keeper\n"), plain.stdout)
        XCTAssertTrue(plain.stdout.contains("Chapter Two"), plain.stdout)
        try copy("manuscript.odt", as: "story.odt")
        let epub = try quire("convert", "story.odt", "-o", "story.epub")
        XCTAssertEqual(epub.status, 0, epub.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("story.epub")))
    }

    /// A Word file without an extension is known by its content, and its picture goes into the EPUB.
    func testAPictureTravelsIntoTheEbookAndNoExtensionIsNeeded() throws {
        try copy("pandoc/links.docx", as: "links")
        let epub = try quire("convert", "links", "-o", "links.epub")
        XCTAssertEqual(epub.status, 0, epub.stderr)
        // Entry names stand uncompressed in a ZIP's headers.
        let book = try Data(contentsOf: URL(fileURLWithPath: path("links.epub")))
        XCTAssertNotNil(book.range(of: Data("EPUB/images/image-1.png".utf8)), "the picture is not in the EPUB")
    }

    func testBrokenWordFilesAreRefused() throws {
        try write("notes.docx", Array("just some text\n".utf8))
        assertFails(try quire("convert", "notes.docx", "-t", "plain", "-o", "out.txt"), code: 65,
                    saying: "not a DOCX file: it is not a ZIP archive")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.txt")))
        let whole = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("manuscript.docx")))
        try write("cut.docx", Array(whole.prefix(whole.count - 40)))
        let cut = try quire("convert", "cut.docx", "-t", "plain", "-o", "out.txt")
        XCTAssertEqual(cut.status, 65, cut.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.txt")))
    }
}
