import Foundation
import XCTest

/// DocBook through the command line: hostile files are refused with exit 65 and no output,
/// and a DocBook file converts back to DocBook byte for byte.
final class DocBookCLITests: CLITestCase {
    func testHostileDocBookIsRefused() throws {
        try write("xxe.xml", Array(#"<!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]><article xmlns="http://docbook.org/ns/docbook"><para>&x;</para></article>"#.utf8))
        assertFails(try quire("convert", "xxe.xml", "-t", "plain", "-o", "out.txt"), code: 65,
                    saying: "refused to read the document: it declares entities (x)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.txt")))
        try write("broken.xml", Array("<article xmlns=\"http://docbook.org/ns/docbook\"><para></article>".utf8))
        assertFails(try quire("convert", "broken.xml", "-t", "plain"), code: 65, saying: "not well-formed XML at line 1")
    }

    func testDocBookToDocBookIsStable() throws {
        try write("a.txt", Array("A Title\n\nA paragraph & more.\n\nAnother one.\n".utf8))
        let first = try quire("convert", "a.txt", "-t", "docbook", "-o", "a.xml")
        XCTAssertEqual(first.status, 0, first.stderr)
        let second = try quire("convert", "a.xml", "-t", "docbook", "-o", "b.dbk")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("a.xml"))), try Data(contentsOf: URL(fileURLWithPath: path("b.dbk"))))
    }
}
