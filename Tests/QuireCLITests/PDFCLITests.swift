import Foundation
import XCTest

/// `quire convert -t pdf` as a user runs it: one step to a PDF, the same bytes
/// twice, and one-line errors when WeasyPrint cannot be run.
final class PDFCLITests: CLITestCase {
    let article = "Title\n\nBy Someone\n\nA first paragraph of the article, long enough to be a paragraph.\n\nA heading\n\nMore text under the heading, which runs on.\n"

    func testWithoutWeasyPrintTheErrorSaysHowToInstallItAndWritesNothing() throws {
        try write("a.txt", Array(article.utf8))
        // No weasyprint and no python3 on an empty PATH.
        let missing = try quire("convert", "a.txt", "-t", "pdf", "-o", "a.pdf", environment: ["PATH": path("no-such-dir")])
        assertFails(missing, code: 74, saying: "pip install weasyprint")
        let broken = try quire("convert", "a.txt", "-t", "pdf", "-o", "a.pdf", environment: ["QUIRE_WEASYPRINT": path("nothing-here")])
        assertFails(broken, code: 74, saying: "QUIRE_WEASYPRINT")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("a.pdf")))
    }

    func testAnUnknownVariantIsAUsageError() throws {
        try write("a.txt", Array(article.utf8))
        assertFails(try quire("convert", "a.txt", "-t", "pdf", "--pdf-variant", "pdf/z", "-o", "a.pdf"),
                    code: 64, saying: "pdf/a-3b")
    }

    /// Runs only where WeasyPrint is installed (make test installs it).
    func testOneStepToAReproduciblePDF() throws {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/weasyprint") }
        try XCTSkipUnless(found, "WeasyPrint is not installed")
        try write("a.txt", Array(article.utf8))
        let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
        let first = try quire("convert", "a.txt", "-t", "pdf", "--paper", "a5", "-o", "a.pdf", environment: epoch)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try quire("convert", "a.txt", "-o", "b.pdf", "--paper", "a5", environment: epoch).status, 0, "-o b.pdf picks the format")
        let a = try Data(contentsOf: folder.appendingPathComponent("a.pdf"))
        let b = try Data(contentsOf: folder.appendingPathComponent("b.pdf"))
        XCTAssertTrue(a.starts(with: Array("%PDF-".utf8)))
        XCTAssertEqual(a, b, "the same input and SOURCE_DATE_EPOCH give the same PDF bytes")
    }
}
