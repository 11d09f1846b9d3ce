import Foundation
import XCTest

final class ConvertTests: CLITestCase {
    let article = Array("A Title\n\nFirst paragraph of the text, which is long enough to be wrapped at a narrow width.\n".utf8)

    func testConvertsToAFileNamedByExtensionAndReadsStandardInput() throws {
        try write("a.txt", article)
        let toFile = try quire("convert", "a.txt", "-o", "a.json")
        XCTAssertEqual(toFile.status, 0, toFile.stderr)
        let back = try quire("convert", "a.json", "-t", "plain", "--columns", "30")
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertTrue(back.stdout.hasPrefix("A Title\n=======\n"), back.stdout)
        XCTAssertTrue(back.stdout.split(separator: "\n").allSatisfy { $0.count <= 30 }, back.stdout)
    }

    func testSeveralInputsGoToAnOutputFolder() throws {
        try write("a.txt", article)
        try write("b.txt", article)
        let result = try quire("convert", "a.txt", "b.txt", "-t", "json", "--output-dir", "out")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("out/a.json")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("out/b.json")))
        assertFails(try quire("convert", "a.txt", "b.txt", "-t", "json"), code: 64, saying: "--output-dir")
    }

    func testMetadataOverridesReachTheOutput() throws {
        try write("a.txt", article)
        let result = try quire("convert", "a.txt", "-t", "plain", "--title", "Better", "--author", "Rob Jones",
                               "-M", "date=2019-11-07")
        XCTAssertTrue(result.stdout.hasPrefix("Better\n======\nby Rob Jones\n2019-11-07\n"), result.stdout)
        assertFails(try quire("convert", "a.txt", "-t", "plain", "-M", "colour"), code: 64, saying: "key=value")
    }

    func testSameInputGivesSameBytes() throws {
        try write("a.txt", article)
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let first = try quire("convert", "a.txt", "-t", "json", environment: env)
        let second = try quire("convert", "a.txt", "-t", "json", environment: env)
        XCTAssertEqual(first.stdout, second.stdout)
    }

    func testHelpShowsExamples() throws {
        let help = try quire("--help")
        XCTAssertTrue(help.stdout.contains("quire convert article.txt -t epub"), help.stdout)
        let formats = try quire("formats")
        XCTAssertTrue(formats.stdout.contains("plain (txt, text)"))
    }
}

final class DeviceOutputTests: CLITestCase {
    /// Renaming a temporary file over /dev/null would replace the device for
    /// every program on the machine; devices are written in place.
    func testWritingToDevNullLeavesTheDeviceAlone() throws {
        try write("a.txt", Array("Title\n\nText.\n".utf8))
        let result = try quire("convert", "a.txt", "-t", "plain", "-o", "/dev/null")
        XCTAssertEqual(result.status, 0, result.stderr)
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeCharacterSpecial)
    }
}

final class InspectTests: CLITestCase {
    /// A user who wonders why a line became a heading sees the rule and its evidence.
    func testInspectExplainsEveryBlock() throws {
        try write("a.txt", Array("""
        A Short Title

        By Ada Writer

        The first paragraph is running text, long enough to be a paragraph and nothing else at all.

        What came next

        She wrote:

        This paragraph is quoted, because the one before it ends in a colon after a verb of saying.

        """.utf8))
        let result = try quire("inspect", "a.txt")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.contains("title") && $0.contains("front-matter") }, result.stdout)
        XCTAssertTrue(lines.contains { $0.contains("heading") && $0.contains("What came next") == false && $0.contains("heading.") }, result.stdout)
        XCTAssertTrue(lines.contains { $0.contains("blockquote") && $0.contains("colon") }, result.stdout)
        XCTAssertTrue(result.stdout.contains("authors:  Ada Writer"), result.stdout)
    }
}
