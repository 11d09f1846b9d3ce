import Foundation
import QuireModel
import QuireReaders
import QuireWriters
import XCTest

/// Tree → Markdown → tree gives the same tree: on every sample (read by the
/// plain-text reader) and on the golden tree with every node kind.
final class MarkdownRoundTripTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func roundTrip(_ document: Document, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let context = ConversionContext()
        let markdown = try MarkdownWriter().write(document, options: WriterOptions(), context: context).bytes
        let back = try MarkdownReader().read(markdown, options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(back.metadata, document.metadata, "\(name): metadata", file: file, line: line)
        XCTAssertEqual(back.blocks.count, document.blocks.count, "\(name): block count", file: file, line: line)
        for (index, (got, want)) in zip(back.blocks, document.blocks).enumerated() where got != want {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let gotJSON = String(decoding: try encoder.encode(got), as: UTF8.self)
            let wantJSON = String(decoding: try encoder.encode(want), as: UTF8.self)
            XCTFail("\(name): block \(index) differs\n want \(wantJSON)\n got  \(gotJSON)", file: file, line: line)
            return
        }
        // Writing the tree read back gives the same Markdown: the output is stable.
        let again = try MarkdownWriter().write(back, options: WriterOptions(), context: ConversionContext()).bytes
        XCTAssertEqual(String(decoding: again, as: UTF8.self), String(decoding: markdown, as: UTF8.self),
                       "\(name): second write differs", file: file, line: line)
    }

    func testEverySampleRoundTrips() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Samples").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(samples.isEmpty)
        for sample in samples {
            let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Samples/\(sample)")))
            let document = try PlainTextReader().read(bytes, options: ReaderOptions(), context: ConversionContext())
            try roundTrip(document, name: sample)
        }
    }

    func testGoldenTreeRoundTrips() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Tests/Golden/testsuite.json")))
        try roundTrip(try QuireJSON.decode(bytes), name: "testsuite.json")
    }
}
