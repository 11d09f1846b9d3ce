#if canImport(Glibc)
import Glibc
#endif
import Foundation
import QuireModel
@testable import QuireReaders
import XCTest

/// Pages built to make a parser reach out (external entities, DTDs, entity bombs)
/// read without touching a file or the network, and unreadable input fails with
/// one clear line.
final class HTMLHostileInputTests: XCTestCase {
    private func read(_ html: String, context: ConversionContext = ConversionContext()) throws -> Document {
        try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: context)
    }

    private func secretFile() throws -> (path: String, marker: String) {
        let marker = "SECRET-\(UUID().uuidString)"
        let path = NSTemporaryDirectory() + "quire-secret-\(UUID().uuidString).txt"
        try marker.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return (path, marker)
    }

    func testExternalEntityInAnInternalSubsetIsNeitherReadNorShown() throws {
        let (path, marker) = try secretFile()
        let html = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE html [ <!ENTITY xxe SYSTEM "file://\(path)"> <!ENTITY lol "lol"> ]>
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>Trap</title></head>
            <body><p>Before &xxe; after, and &lol; too.</p></body></html>
            """
        let context = ConversionContext()
        let document = try read(html, context: context)
        let tree = String(reflecting: document)
        XCTAssertFalse(tree.contains(marker), "the entity's file was read")
        XCTAssertFalse(tree.contains("ENTITY"), "the DOCTYPE leaked into the text")
        XCTAssertEqual(document.metadata.language, "en", "the root element survived the DOCTYPE")
        XCTAssertTrue(tree.contains("Before &xxe; after"), "an undeclared entity stays as written")
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("DOCTYPE") })
    }

    func testExternalDTDIsNotLoaded() throws {
        let (path, marker) = try secretFile()
        let dtd = NSTemporaryDirectory() + "quire-\(UUID().uuidString).dtd"
        try "<!ENTITY secret SYSTEM \"file://\(path)\">".write(toFile: dtd, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dtd) }
        let document = try read("""
            <!DOCTYPE html SYSTEM "file://\(dtd)">
            <html><body><p>Text &secret; end.</p><img src="file://\(path)" alt="x"></body></html>
            """)
        XCTAssertFalse(String(reflecting: document).contains(marker))
    }

    func testEntityBombIsNotExpanded() throws {
        var subset = "<!ENTITY a0 \"lol\">"
        for level in 1...9 { subset += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let start = ContinuousClock.now
        let document = try read("<!DOCTYPE html [\(subset)]><html><body><p>&a9;</p></body></html>")
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
        XCTAssertFalse(String(reflecting: document).contains("lollol"))
    }

    /// A DTD on a local server that would see any connection the parser made.
    func testNothingConnectsToTheNetwork() throws {
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(server, 0)
        defer { close(server) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(server, $0, length) == 0 && getsockname(server, $0, &length) == 0 }
        }
        XCTAssertTrue(bound)
        XCTAssertEqual(listen(server, 4), 0)
        _ = fcntl(server, F_SETFL, fcntl(server, F_GETFL) | O_NONBLOCK)
        let port = UInt16(bigEndian: address.sin_port)
        let url = "http://127.0.0.1:\(port)"
        _ = try read("""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(url)/x.dtd">
            <html><head><link rel="stylesheet" href="\(url)/s.css"><script src="\(url)/a.js"></script></head>
            <body><p>Text with <img src="\(url)/i.png" alt="i"> and <iframe src="\(url)/f"></iframe>.</p></body></html>
            """)
        XCTAssertLessThan(accept(server, nil, nil), 0, "the reader connected to \(url)")
    }

    func testUnreadableInputFailsWithOneLine() throws {
        XCTAssertThrowsError(try read("")) { XCTAssertEqual($0 as? ReaderError, .empty) }
        XCTAssertThrowsError(try read(" \n\t\n")) { XCTAssertEqual($0 as? ReaderError, .empty) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        XCTAssertThrowsError(try HTMLReader().read(png, options: ReaderOptions(), context: ConversionContext())) { error in
            XCTAssertEqual(error as? ReaderError, .binary(offset: 8))
        }
        let latin1 = Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        XCTAssertThrowsError(try HTMLReader().read(latin1, options: ReaderOptions(), context: ConversionContext())) { error in
            XCTAssertEqual(error as? ReaderError, .invalidUTF8(offset: 6))
        }
        XCTAssertThrowsError(try HTMLInput.prepare(Array(repeating: 0x61, count: 2048), lenient: false, maxSize: 1024)) { error in
            let message = "\(error)"
            XCTAssertFalse(message.contains("\n"))
            XCTAssertTrue(message.contains("split it"), message)
        }
    }

    func testDeclaredCharsetIsHonoured() throws {
        let latin1 = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8) + [0xE9] + Array(" au lait, s'il vous pla".utf8) + [0xEE, 0x74] + Array("</p></body></html>".utf8)
        let document = try HTMLReader().read(latin1, options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [.text(text: "café au lait, s'il vous plaît")])])
    }
}

extension HTMLHostileInputTests {
    func testAnUnknownDeclaredCharsetFallsBackToUTF8() throws {
        let bytes = Array("<html><head><meta charset=\"x-bogus\"></head><body><p>café</p></body></html>".utf8)
        let document = try HTMLReader().read(bytes, options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [.text(text: "café")])])
    }
}
