import Foundation
import QuireModel
@testable import QuireWriters
import XCTest

/// The golden tree's EPUB compared with `Tests/Golden/testsuite.epub/`,
/// entry by entry: the list of entries, then each one's text. Bytes of the
/// archive itself are never compared (they change with zlib versions).
/// Re-record with `make accept` (UPDATE_GOLDEN=1) and review the diff.
final class EPUBGoldenTests: XCTestCase {
    var goldenFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Golden/testsuite.epub").standardized
    }

    func testGoldenTreeMatchesTheRecordedBookEntryByEntry() throws {
        let book = try EPUBArchive(try EPUBFixtures.write(try EPUBFixtures.golden()))
        defer { book.remove() }
        let listing = book.entries.map { "\($0.method == 0 ? "stored  " : "deflated") \($0.name)" }.joined(separator: "\n") + "\n"
        let record = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        try compare(listing, "ENTRIES", record: record)
        for name in book.names {
            try compare(try book.text(name), name, record: record)
        }
    }

    func compare(_ actual: String, _ name: String, record: Bool) throws {
        let url = goldenFolder.appendingPathComponent(name)
        if record {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("no golden file \(name): record it with make accept")
        }
        XCTAssertEqual(actual, expected, "\(name) differs from the golden book: review, then make accept")
    }
}
