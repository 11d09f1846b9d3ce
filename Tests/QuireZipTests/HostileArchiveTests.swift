import QuireZip
import XCTest

/// Archives crafted to hurt whoever opens them are refused when opened, before
/// anything is unpacked, with the reason.
final class HostileArchiveTests: XCTestCase {
    func testZipBombByRatioIsRefusedBeforeUnpacking() throws {
        // 2 MiB of zeros deflate about a thousand times: no document does that.
        let archive = try ZipFixtures.archive([("bomb.xhtml", [UInt8](repeating: 0, count: 2 << 20))])
        XCTAssertLessThan(archive.count, 8_000)
        XCTAssertThrowsError(try ZipReader(archive)) { error in
            guard case .suspiciousRatio(name: "bomb.xhtml", _, limit: 250)? = error as? ZipError else {
                return XCTFail("\(error)")
            }
        }
    }

    func testZipBombBySizeIsRefused() throws {
        let chunk = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        let archive = try ZipFixtures.archive((0..<4).map { ("part\($0)", chunk) })
        let limits = ZipLimits(maxTotalSize: 1 << 20)
        XCTAssertThrows(.tooMuchData(total: 1_200_000, limit: 1 << 20), try ZipReader(archive, limits: limits))
    }

    func testZipBombByCountIsRefused() throws {
        let archive = try ZipFixtures.archive((0..<30).map { ("page\($0)", []) })
        XCTAssertThrows(.tooManyEntries(count: 30, limit: 20), try ZipReader(archive, limits: ZipLimits(maxEntries: 20)))
    }

    func testSizesThatLieAreCaught() throws {
        // The directory promises 5 bytes; the data unpacks to 5000.
        var archive = try ZipFixtures.archive([("a.txt", Array(String(repeating: "x", count: 5000).utf8))])
        let central = ZipFixtures.centralDirectory(of: archive)
        ZipFixtures.patch32(&archive, at: central + 24, 5)
        let reader = try ZipReader(archive)
        XCTAssertThrows(.corrupt("'a.txt' unpacks to more than the 5 bytes its header says"), try reader.read("a.txt"))
    }

    func testPathTraversalNamesAreRefused() throws {
        for name in ["../../etc/passwd", "/etc/passwd", "OEBPS/../../up.xhtml", "C:\\windows\\x", "a\\..\\..\\b"] {
            XCTAssertThrows(.unsafeName(name), try ZipReader(try ZipFixtures.archive([(name, [1])])))
        }
        // Dots inside a name are fine.
        XCTAssertNoThrow(try ZipReader(try ZipFixtures.archive([("OEBPS/..hidden/a..b.xhtml", [1])])))
    }

    func testOverlappingEntriesAreRefused() throws {
        // Point the second entry's header at the first entry's, as overlapping bombs do.
        var archive = try ZipFixtures.archive([("one", Array("first".utf8)), ("two", Array("second".utf8))])
        let central = ZipFixtures.centralDirectory(of: archive)
        let second = central + 46 + 3
        ZipFixtures.patch32(&archive, at: second + 42, 0)
        XCTAssertThrows(.overlappingEntries("one", "two"), try ZipReader(archive))
    }

    func testTruncatedArchivesAreRefusedAtEveryLength() throws {
        let archive = try ZipFixtures.archive([("mimetype", Array("application/epub+zip".utf8)),
                                               ("text.xhtml", Array(String(repeating: "words ", count: 500).utf8))])
        for length in stride(from: 4, to: archive.count, by: 7) {
            XCTAssertThrowsError(try ZipReader(Array(archive.prefix(length))), "cut at \(length)") { error in
                XCTAssertEqual((error as? ZipError).map { "\($0)".hasPrefix("the archive is truncated") }, true, "\(error)")
            }
        }
    }

    func testDamagedDataFailsItsCRC() throws {
        var archive = try ZipFixtures.archive([("a.txt", Array("some stored text".utf8))], stored: true)
        archive[30 + 5] ^= 0x20
        XCTAssertThrows(.corrupt("'a.txt' fails its CRC check"), try ZipReader(archive).read("a.txt"))
    }

    func testDuplicateNamesAreRefused() throws {
        var archive = try ZipFixtures.archive([("aa", [1]), ("ab", [2])])
        // Rename the second entry to the first's name in both its headers.
        let central = ZipFixtures.centralDirectory(of: archive)
        archive[central + 46 + 2 + 46 + 1] = UInt8(ascii: "a")
        XCTAssertThrows(.duplicateName("aa"), try ZipReader(archive))
    }

    func testErrorsAreBadInput() {
        XCTAssertEqual(ZipError.notAnArchive.category, .badInput)
        XCTAssertTrue(ZipError.unsafeName("../x").description.contains("'../x'"))
    }
}
