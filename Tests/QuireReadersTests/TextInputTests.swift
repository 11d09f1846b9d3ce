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

final class TextEncodingTests: XCTestCase {
    func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return bytes
    }

    func testUTF16WithAByteOrderMarkIsDecodedEitherWay() throws {
        let text = "Title\r\n\r\nÉtude 𝄞, lone CR\rend\n"
        for bigEndian in [false, true] {
            let decoded = try TextInput.decode(utf16(text, bigEndian: bigEndian), lenient: false)
            XCTAssertEqual(String(decoding: decoded, as: UTF8.self), "Title\n\nÉtude 𝄞, lone CR\nend\n")
        }
    }

    func testALoneSurrogateIsNamedOrReplaced() throws {
        let bad: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        XCTAssertThrowsError(try TextInput.decode(bad, lenient: false)) {
            XCTAssertTrue("\($0)".contains("UTF-16 at byte offset 4"), "\($0)")
        }
        XCTAssertEqual(String(decoding: try TextInput.decode(bad, lenient: true), as: UTF8.self), "A\u{FFFD}B")
    }

    func testNamedEncodingsGoThroughIconv() throws {
        XCTAssertTrue(TextEncoding.isKnown("cp1252"))
        XCTAssertFalse(TextEncoding.isKnown("no-such-encoding"))
        // 0x93 0x94 are curly quotes in Windows-1252, 0x80 the euro sign.
        let cp1252: [UInt8] = [0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35]
        XCTAssertEqual(String(decoding: try TextEncoding.utf8(from: cp1252, encoding: "cp1252", lenient: false), as: UTF8.self), "“Hi” €5")
        // 0x81 is not a character in Windows-1252.
        XCTAssertThrowsError(try TextEncoding.utf8(from: [0x41, 0x81], encoding: "cp1252", lenient: false)) {
            XCTAssertTrue("\($0)".contains("byte offset 1"), "\($0)")
        }
        XCTAssertEqual(String(decoding: try TextEncoding.utf8(from: [0x41, 0x81, 0x42], encoding: "cp1252", lenient: true), as: UTF8.self), "A\u{FFFD}B")
        // More output than one buffer holds.
        let long = [UInt8](repeating: 0xE9, count: 200_000)
        XCTAssertEqual(try TextEncoding.utf8(from: long, encoding: "latin1", lenient: false).count, 400_000)
    }
}
