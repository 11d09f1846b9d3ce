import QuireZip
import XCTest

final class CRC32Tests: XCTestCase {
    func testMatchesTheStandardCheckValue() {
        // The CRC-32 check value every implementation publishes for "123456789".
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
    }

    func testIncrementalEqualsOneShot() {
        var crc = CRC32()
        crc.update(Array("12345".utf8))
        crc.update(Array("6789".utf8))
        XCTAssertEqual(crc.value, 0xCBF4_3926)
    }
}
