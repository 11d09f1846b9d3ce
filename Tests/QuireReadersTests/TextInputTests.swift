@testable import QuireReaders
import XCTest

final class TextInputTests: XCTestCase {
    func testStripsBOMAndNormalisesLineEnds() throws {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)
        XCTAssertEqual(try TextInput.decode(input, lenient: false), Array("a\nb\nc\n".utf8))
    }

    func testInvalidUTF8NamesTheByteOffset() {
        let input = Array("caf".utf8) + [0xE9] + Array(" au lait".utf8)
        XCTAssertThrowsError(try TextInput.decode(input, lenient: false)) { error in
            XCTAssertEqual(error as? ReaderError, .invalidUTF8(offset: 3))
            XCTAssertTrue("\(error)".contains("--lenient"))
        }
    }

    func testLenientReplacesBadBytes() throws {
        let input = Array("caf".utf8) + [0xE9] + Array("!".utf8)
        XCTAssertEqual(String(decoding: try TextInput.decode(input, lenient: true), as: UTF8.self), "caf\u{FFFD}!")
    }

    func testRejectsOverlongsAndSurrogates() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            XCTAssertThrowsError(try TextInput.decode(Array("x".utf8) + bad, lenient: false))
        }
    }

    func testEmptyAndBinaryInputsAreRefused() {
        XCTAssertThrowsError(try TextInput.decode([], lenient: false)) { XCTAssertEqual($0 as? ReaderError, .empty) }
        XCTAssertThrowsError(try TextInput.decode(Array(" \n\n\t".utf8), lenient: false)) {
            XCTAssertEqual($0 as? ReaderError, .empty)
        }
        XCTAssertThrowsError(try TextInput.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], lenient: true)) {
            XCTAssertEqual($0 as? ReaderError, .binary(offset: 4))
        }
    }
}

final class LineLengthTests: XCTestCase {
    func testAHugeLineIsRefusedWithItsLineNumber() {
        let input = Array("title\r\n\r\n".utf8) + [UInt8](repeating: 0x61, count: 2000)
        XCTAssertThrowsError(try TextInput.decode(input, lenient: false, maxLineLength: 1000)) { error in
            XCTAssertEqual(error as? ReaderError, .lineTooLong(line: 3, limit: 1000))
        }
        XCTAssertNoThrow(try TextInput.decode(input, lenient: false, maxLineLength: nil))
    }
}

final class SWARTests: XCTestCase {
    func testFindsAByteInAnyOfTheEightPositions() {
        for position in 0..<8 {
            var bytes = [UInt8](repeating: 0x61, count: 8)
            bytes[position] = 0x0A
            let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            XCTAssertTrue(SWAR.hasByte(word, 0x0A), "LF at \(position)")
            XCTAssertFalse(SWAR.hasByte(word, 0x0D))
        }
    }

    func testCleanInputWithCarriageReturnsOrBadBytesAtEveryOffsetIsCaught() throws {
        for offset in 0..<17 {
            var crlf = [UInt8](repeating: 0x61, count: 17)
            crlf[offset] = 0x0D
            XCTAssertEqual(try TextInput.decode(crlf, lenient: false).contains(0x0D), false)
            var bad = [UInt8](repeating: 0x61, count: 17)
            bad[offset] = 0xFF
            XCTAssertThrowsError(try TextInput.decode(bad, lenient: false)) {
                XCTAssertEqual($0 as? ReaderError, .invalidUTF8(offset: offset))
            }
        }
    }
}
