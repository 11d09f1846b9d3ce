import Foundation
import XCTest

/// Bad input gets a one-line message saying what is wrong and what to do,
/// a distinct exit code, and no output file.
final class BadInputTests: CLITestCase {
    func testEmptyFile() throws {
        try write("empty.txt", [])
        assertFails(try quire("convert", "empty.txt", "-t", "plain", "-o", "out.txt"), code: 65, saying: "empty")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.txt")))
    }

    func testBinaryFile() throws {
        try write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        assertFails(try quire("convert", "image.txt", "-t", "plain"), code: 65, saying: "binary")
    }

    func testInvalidUTF8NamesTheOffsetAndLenientRecovers() throws {
        try write("latin1.txt", Array("Title\n\nCaf".utf8) + [0xE9] + Array(" au lait.\n".utf8))
        assertFails(try quire("convert", "latin1.txt", "-t", "plain"), code: 65, saying: "byte offset 10")
        let lenient = try quire("convert", "latin1.txt", "-t", "plain", "--lenient")
        XCTAssertEqual(lenient.status, 0, lenient.stderr)
        XCTAssertTrue(lenient.stdout.contains("Caf\u{FFFD} au lait."))
    }

    func testFiftyMegabyteSingleLine() throws {
        try write("line.txt", [UInt8](repeating: 0x61, count: 50 << 20))
        assertFails(try quire("convert", "line.txt", "-t", "plain", "-o", "out.txt"), code: 65, saying: "line 1 is longer")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.txt")))
    }

    func testMissingFile() throws {
        assertFails(try quire("convert", "nowhere.txt", "-t", "plain"), code: 74, saying: "quire: error: nowhere.txt: cannot read it: no such file")
    }

    func testUnknownFormatSuggestsOne() throws {
        try write("a.txt", Array("Title\n\nText.\n".utf8))
        assertFails(try quire("convert", "a.txt", "-t", "jsno"), code: 64, saying: "did you mean 'json'?")
        assertFails(try quire("convert", "a.txt", "-f", "nope", "-t", "plain"), code: 64, saying: "unknown input format 'nope'")
    }

    func testUnguessableInputFormat() throws {
        // Neither its name nor its content (binary, no archive) says what it is.
        try write("data", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00])
        assertFails(try quire("convert", "data", "-t", "plain"), code: 64, saying: "give it with -f")
    }

    func testAFailedConversionLeavesTheOldOutputUntouched() throws {
        try write("old.txt", Array("precious\n".utf8))
        try write("bad.txt", [0xFF, 0xFE, 0x41])
        _ = try quire("convert", "bad.txt", "-t", "plain", "-o", "old.txt")
        XCTAssertEqual(try String(contentsOfFile: path("old.txt"), encoding: .utf8), "precious\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary files left behind")
    }
}
