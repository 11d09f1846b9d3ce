import Foundation
import QuireModel
import QuireReaders
import XCTest

/// Every sample, converted by Quire to HTML and by LibreOffice to DOCX and ODT (see
/// Tests/Fixtures/Office/make-fixtures.sh), reads back with every heading, block quote,
/// note and emphasis the sample's own tree has.
final class OfficeRoundTripTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What a reader of the converted file would miss if it were lost.
    struct Landmarks: Equatable {
        var headings: [String] = []
        var quotes: [String] = []
        var notes: [String] = []
        var emphasis: [String] = []
    }

    static func landmarks(_ document: Document) -> Landmarks {
        var marks = Landmarks()
        marks.headings.append(clean(document.metadata.title.plainText))
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(_, _, let inlines): marks.headings.append(clean(inlines.plainText)); visitInlines(inlines)
                case .blockQuote(let quote):
                    // A quote that only wraps another (a pull quote around its text) is one to a reader.
                    if quote.blocks.count != 1 || { if case .blockQuote = quote.blocks[0] { return false } else { return true } }() {
                        marks.quotes.append(clean(quote.blocks.map(\.plainText).joined(separator: " ")))
                    }
                    visit(quote.blocks)
                case .paragraph(let inlines): visitInlines(inlines)
                case .list(let list): list.items.forEach(visit)
                case .division(let division): visit(division.blocks)
                case .table(let table): (table.header + table.rows).forEach { $0.forEach(visitInlines) }
                case .figure(let figure): visitInlines(figure.caption)
                case .verse(let lines): lines.forEach(visitInlines)
                case .preformatted, .sceneBreak, .raw: break
                }
            }
        }
        func visitInlines(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .emphasis(let inner), .strong(let inner):
                    marks.emphasis.append(clean(inner.plainText))
                    visitInlines(inner)
                case .note(let blocks):
                    marks.notes.append(clean(blocks.map(\.plainText).joined(separator: " ")))
                    visit(blocks)
                case .quoted(_, let inner, _), .link(_, _, let inner): visitInlines(inner)
                default: break
                }
            }
        }
        visit(document.blocks)
        return marks
    }

    /// Spaces as one, so that line wrapping and no-break spaces do not count.
    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func sampleTree(_ url: URL) throws -> Document {
        let bytes = Array(try Data(contentsOf: url))
        let reader: any DocumentReader = switch url.pathExtension {
        case "md": MarkdownReader()
        case "html": HTMLReader()
        default: PlainTextReader()
        }
        return try reader.read(bytes, options: ReaderOptions(), context: ConversionContext())
    }

    func check(_ format: String, _ reader: any DocumentReader) throws {
        let samples = try FileManager.default.contentsOfDirectory(at: Self.root.appendingPathComponent("Samples"), includingPropertiesForKeys: nil)
        XCTAssertGreaterThanOrEqual(samples.count, 8)
        for sample in samples {
            let name = sample.deletingPathExtension().lastPathComponent
            let converted = Self.root.appendingPathComponent("Tests/Fixtures/Office/LibreOffice/\(name).\(format)")
            let expected = Self.landmarks(try Self.sampleTree(sample))
            let read = Self.landmarks(try reader.read(Array(try Data(contentsOf: converted)), options: ReaderOptions(), context: ConversionContext()))
            XCTAssertEqual(read.headings, expected.headings, "\(name).\(format): headings")
            XCTAssertEqual(read.quotes, expected.quotes, "\(name).\(format): block quotes")
            XCTAssertEqual(read.notes, expected.notes, "\(name).\(format): notes")
            // Emphasis the sample has must survive; cited titles may add more.
            XCTAssertTrue(expected.emphasis.allSatisfy(read.emphasis.contains), "\(name).\(format): emphasis \(expected.emphasis) in \(read.emphasis)")
        }
    }

    func testSamplesThroughLibreOfficeDOCXKeepTheirLandmarks() throws {
        try check("docx", DOCXReader())
    }

    func testSamplesThroughLibreOfficeODTKeepTheirLandmarks() throws {
        try check("odt", ODTReader())
    }
}
