import QuireZip
import XCTest

final class ZipReaderTests: XCTestCase {
    func testReadsBackWhatTheWriterWrote() throws {
        let text = Array(String(repeating: "Call me Ishmael. ", count: 4000).utf8)
        let archive = try ZipFixtures.archive([("mimetype", Array("application/epub+zip".utf8)),
                                               ("OEBPS/chapter one.xhtml", text), ("empty", []),
                                               ("OEBPS/café.txt", Array("crème".utf8))])
        let reader = try ZipReader(archive)
        XCTAssertEqual(reader.entries.map(\.name), ["mimetype", "OEBPS/chapter one.xhtml", "empty", "OEBPS/café.txt"])
        XCTAssertEqual(try reader.read("OEBPS/chapter one.xhtml"), text)
        XCTAssertEqual(try reader.read("empty"), [])
        XCTAssertEqual(String(decoding: try reader.read("OEBPS/café.txt"), as: UTF8.self), "crème")
        XCTAssertLessThan(reader.entry(named: "OEBPS/chapter one.xhtml")!.compressedSize, text.count / 10)
    }

    func testReadsStoredEntries() throws {
        let reader = try ZipReader(try ZipFixtures.archive([("a.txt", Array("stored".utf8))], stored: true))
        XCTAssertEqual(String(decoding: try reader.read("a.txt"), as: UTF8.self), "stored")
    }

    func testReadsInfoZIPsZIP64Archive() throws {
        let reader = try ZipReader(try ZipFixtures.infoZIP("zip64.zip"))
        XCTAssertEqual(reader.entries.map(\.name), ["hello.txt", "license.txt"])
        XCTAssertEqual(String(decoding: try reader.read("hello.txt"), as: UTF8.self), "Hello, ZIP64.\n")
        let license = String(decoding: try reader.read("license.txt"), as: UTF8.self)
        XCTAssertEqual(license.utf8.count, 3000)
        XCTAssertTrue(license.hasPrefix("                    GNU GENERAL PUBLIC LICENSE"), license)
    }

    func testReadsAnEntryWhoseSizesFollowItsData() throws {
        let reader = try ZipReader(try ZipFixtures.infoZIP("streamed.zip"))
        XCTAssertEqual(String(decoding: try reader.read(reader.entries[0]), as: UTF8.self), "streamed entry\n")
    }

    func testEncryptedEntriesAreNamedNotGarbled() throws {
        let reader = try ZipReader(try ZipFixtures.infoZIP("encrypted.zip"))
        XCTAssertTrue(reader.entry(named: "hello.txt")!.isEncrypted)
        XCTAssertThrows(.encrypted("hello.txt"), try reader.read("hello.txt"))
    }

    func testMissingEntryIsAnError() throws {
        let reader = try ZipReader(try ZipFixtures.archive([("a", [1])]))
        XCTAssertFalse(reader.contains("b"))
        XCTAssertThrows(.missingEntry("b"), try reader.read("b"))
    }

    func testTextIsNotAnArchive() {
        XCTAssertThrows(.notAnArchive, try ZipReader(Array("just some text, long enough to search".utf8)))
        XCTAssertFalse(ZipReader.looksLikeArchive(Array("PK".utf8)))
    }
}
