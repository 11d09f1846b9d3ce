import Foundation
import QuireZip
import XCTest

final class ZipWriterTests: XCTestCase {
    func makeBook() throws -> [UInt8] {
        var zip = ZipWriter(timestamp: 1_700_000_000)
        try zip.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        try zip.add("META-INF/container.xml", Array("<container/>".utf8))
        try zip.add("EPUB/text/long.xhtml", Array(String(repeating: "All work and no play. ", count: 5000).utf8))
        try zip.add("EPUB/empty.txt", [])
        return try zip.finish()
    }

    func testMimetypeComesFirstStoredWithoutExtraField() throws {
        let bytes = try makeBook()
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(bytes[8], 0, "mimetype must be stored, not deflated")
        XCTAssertEqual(bytes[28], 0, "no extra field")
        XCTAssertEqual(String(decoding: bytes[30..<58], as: UTF8.self), "mimetypeapplication/epub+zip")
    }

    func testUnzipReadsTheArchiveBackIntact() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("book.zip").path
        try Data(try makeBook()).write(to: URL(fileURLWithPath: path))

        let test = try run("/usr/bin/unzip", ["-t", path])
        XCTAssertEqual(test.status, 0, test.output)
        XCTAssertTrue(test.output.contains("No errors detected"), test.output)

        let listing = try run("/usr/bin/unzip", ["-Z1", path])
        XCTAssertEqual(listing.output.split(separator: "\n"), ["mimetype", "META-INF/container.xml", "EPUB/text/long.xhtml", "EPUB/empty.txt"])

        let content = try run("/usr/bin/unzip", ["-p", path, "EPUB/text/long.xhtml"])
        XCTAssertEqual(content.output, String(repeating: "All work and no play. ", count: 5000))
    }

    func testSameEntriesAndTimestampGiveSameBytes() throws {
        XCTAssertEqual(try makeBook(), try makeBook())
    }

    func testLargeEntryIsCompressed() throws {
        let bytes = try makeBook()
        XCTAssertLessThan(bytes.count, 2_000, "110 kB of repeated text should deflate to almost nothing")
    }

    func testEntriesCarryTheTimestampAsUTCDOSTime() {
        // 2023-11-14T22:13:20Z
        let stamp = DOSDateTime(unixTime: 1_700_000_000)
        XCTAssertEqual(stamp.date, UInt16((2023 - 1980) << 9 | 11 << 5 | 14))
        XCTAssertEqual(stamp.time, UInt16(22 << 11 | 13 << 5 | 10))
        // Before 1980 DOS cannot say: clamp to its first day.
        XCTAssertEqual(DOSDateTime(unixTime: 0).date, UInt16(1 << 5 | 1))
    }

    func testDuplicateNamesAreRefused() throws {
        var zip = ZipWriter(timestamp: 0)
        try zip.add("a", [1])
        XCTAssertThrowsError(try zip.add("a", [2]))
    }

    func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw XCTSkip("\(tool) is missing: install Debian's unzip (make test does)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
