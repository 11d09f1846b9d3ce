import QuireModel
import XCTest

final class JSONTests: XCTestCase {
    func testTreeSurvivesAJSONRoundTripWithAVersion() throws {
        var metadata = Metadata(title: [.text(text: "T")], authors: ["Rob Jones"], language: "en")
        metadata.abstract = [.paragraph(inlines: [.text(text: "lead")])]
        let document = Document(metadata: metadata, blocks: [
            .heading(level: 1, id: "a", inlines: [.emphasis(inlines: [.text(text: "A")])]),
            .blockQuote(quote: BlockQuote(blocks: [.verse(lines: [[.text(text: "l1")], [], [.text(text: "l2")]])],
                                   attribution: [.text(text: "Virgil")], citation: Citation(text: "Aeneid", title: "Aeneid"),
                                   role: .epigraph)),
            .list(list: ListBlock(ordered: true, start: 3, items: [[.paragraph(inlines: [.code(text: "x")])]])),
            .paragraph(inlines: [.link(url: "https://example.org", title: nil, inlines: [.text(text: "l")]),
                                 .note(blocks: [.preformatted(text: "p")]), .lineBreak, .strong(inlines: []),
                                 .workTitle(inlines: [.text(text: "Capital")]),
                                 .citation(citation: Citation(text: "Capital, vol. i, p. 298", title: "Capital", locator: "vol. i, p. 298"))]),
            .sceneBreak, .division(division: Division(classes: ["x"], attributes: ["k": "v"], blocks: [])),
        ])
        let bytes = try QuireJSON.encode(document)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("\"quire\" : \"1.0\""))
        XCTAssertEqual(try QuireJSON.decode(bytes), document)
        XCTAssertEqual(try QuireJSON.encode(QuireJSON.decode(bytes)), bytes, "same tree, same bytes")
    }

    func testRefusesAnotherMajorVersion() {
        let bytes = Array(#"{"quire":"2.0","metadata":{},"blocks":[]}"#.utf8)
        XCTAssertThrowsError(try QuireJSON.decode(bytes)) { error in
            XCTAssertEqual(error as? QuireModelError, .unsupportedFormatVersion("2.0"))
        }
    }
}
