import Foundation
import QuireZip
import XCTest

/// Archives for the reader's tests: made by our writer, or by Info-ZIP (committed fixtures).
enum ZipFixtures {
    static func infoZIP(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Zip/\(name)")
        return Array(try Data(contentsOf: url))
    }

    /// An archive of `entries` (name, bytes), deflated unless `stored`.
    static func archive(_ entries: [(String, [UInt8])], stored: Bool = false) throws -> [UInt8] {
        var zip = ZipWriter(timestamp: 1_700_000_000)
        for (name, bytes) in entries { try zip.add(name, bytes, method: stored ? .stored : .deflated) }
        return try zip.finish()
    }

    /// Offset of the first central directory header.
    static func centralDirectory(of archive: [UInt8]) -> Int {
        let end = archive.count - 22
        return Int(archive[end + 16]) | Int(archive[end + 17]) << 8 | Int(archive[end + 18]) << 16 | Int(archive[end + 19]) << 24
    }

    static func patch32(_ archive: inout [UInt8], at offset: Int, _ value: UInt32) {
        for byte in 0..<4 { archive[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
    }
}

/// Asserts `body` throws exactly `expected`.
func XCTAssertThrows<T>(_ expected: ZipError, _ body: @autoclosure () throws -> T, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
        XCTAssertEqual(error as? ZipError, expected, file: file, line: line)
    }
}
