import Foundation
import QuireModel
import QuireReaders
import QuireWriters
import XCTest

/// Quire's own EPUBs read back to the tree they were written from: the golden
/// tree and every sample, through the EPUB writer and then the EPUB reader.
final class EPUBRoundTripTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func roundTrip(_ document: Document, _ options: WriterOptions = WriterOptions()) throws -> Document {
        let epub = try EPUBWriter().write(document, options: options, context: ConversionContext(timestamp: 1_700_000_000)).bytes
        let context = ConversionContext()
        let back = try EPUBReader().read(epub, options: ReaderOptions(), context: context)
        XCTAssertEqual(context.diagnostics, [], "reading our own book needs no warning")
        return back
    }

    /// The tree as the book holds it: heading ids as the writer assigns them, and
    /// the identifier the writer derives from the content when the tree has none.
    func assertSame(_ back: Document, _ document: Document, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        var back = back.assigningHeadingIDs()
        if document.metadata.identifier == nil {
            XCTAssertTrue(back.metadata.identifier?.hasPrefix("urn:uuid:") == true, name, file: file, line: line)
            back.metadata.identifier = nil
        }
        let expected = document.assigningHeadingIDs()
        XCTAssertEqual(back.metadata, expected.metadata, "\(name): metadata differs", file: file, line: line)
        XCTAssertEqual(back.blocks.count, expected.blocks.count, "\(name): block count differs", file: file, line: line)
        for (index, (got, want)) in zip(back.blocks, expected.blocks).enumerated() where got != want {
            XCTFail("\(name): block \(index) differs:\n got \(got)\nwant \(want)", file: file, line: line)
            break
        }
    }

    func testGoldenTreeReadsBack() throws {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent("Tests/Golden/testsuite.json"))
        let document = try QuireJSON.decode(Array(bytes))
        assertSame(try roundTrip(document), document, "testsuite.json")
        // Split into one file per section of the second level too: the same tree.
        assertSame(try roundTrip(document, WriterOptions(splitLevel: 2)), document, "testsuite.json, split at level 2")
    }

    func testEverySampleReadsBack() throws {
        let folder = Self.root.appendingPathComponent("Samples")
        let readers: [String: any DocumentReader] = ["txt": PlainTextReader(), "md": MarkdownReader(), "html": HTMLReader()]
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertGreaterThan(names.count, 3)
        for name in names {
            guard let reader = readers[String(name.split(separator: ".").last ?? "")] else { continue }
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let document = try reader.read(bytes, options: ReaderOptions(), context: ConversionContext())
            assertSame(try roundTrip(document), document, name)
        }
    }
}
