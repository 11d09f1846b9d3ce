import Quire
import XCTest

/// A writer defined outside the library, as a third-party package would.
struct WordCountWriter: DocumentWriter {
    static let format = FormatDescription(name: "wordcount", aliases: ["wc"], extensions: ["wc"],
                                          summary: "the number of words in the body")

    func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        var words = 0
        document.forEachBlock { block in
            if case .paragraph(let inlines) = block { words += inlines.plainText.split(separator: " ").count }
        }
        return WriterOutput(string: "\(words)\n")
    }
}

final class RegistryTests: XCTestCase {
    func testACustomWriterConvertsThroughThePublicAPI() throws {
        var registry = FormatRegistry.standard
        registry.register(writer: WordCountWriter())
        let converter = Converter(registry: registry)
        let output = try converter.convert(Array("Title\n\nOne two three.\n\nFour five.\n".utf8), from: "txt", to: "wc")
        XCTAssertEqual(String(decoding: output, as: UTF8.self), "5\n")
        XCTAssertEqual(type(of: try registry.writer(named: "WC")).format.name, "wordcount")
        XCTAssertEqual(registry.writer(forPath: "x/counts.wc").map { type(of: $0).format.name }, "wordcount")
    }

    func testUnknownFormatSuggestsTheNearestName() {
        XCTAssertThrowsError(try FormatRegistry.standard.writer(named: "plian")) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'plain'?"), "\(error)")
            XCTAssertEqual((error as? CategorizedError)?.category, .usage)
        }
    }

    func testMetadataOverridesReplaceWhatTheReaderFound() throws {
        var overrides = MetadataOverrides()
        try overrides.add("title=New Title")
        try overrides.add("subject=History")
        overrides.set("author", "A. Writer")
        XCTAssertThrowsError(try overrides.add("nonsense"))
        let converter = Converter(metadata: overrides)
        let document = try converter.read(Array("Old\n\nText here.\n".utf8), from: "plain", context: ConversionContext())
        XCTAssertEqual(document.metadata.plainTitle, "New Title")
        XCTAssertEqual(document.metadata.authors, ["A. Writer"])
        XCTAssertEqual(document.metadata.subjects, ["History"])
    }
}
