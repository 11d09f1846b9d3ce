import QuireModel
@testable import QuireWriters
import XCTest

final class EPUBImageTests: XCTestCase {
    /// The eight-byte PNG signature is all the writer reads to type an image.
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]

    func document(alt: String) -> Document {
        Document(metadata: Metadata(title: [.text(text: "Maps")], language: "en"), blocks: [
            .figure(figure: Figure(image: Image(source: "maps/petrograd.png", alt: alt), caption: [.text(text: "Petrograd.")])),
            .paragraph(inlines: [.text(text: "A remote one: "), .image(image: Image(source: "https://example.org/x.png", alt: "X"))]),
        ])
    }

    func testLocalImagesArePackedTypedAndListedRemoteOnesReported() throws {
        let context = ConversionContext(timestamp: 0, resources: MemoryResources(files: ["maps/petrograd.png": png]))
        let bytes = try EPUBWriter().write(document(alt: "A map of Petrograd"), options: WriterOptions(), context: context).bytes
        let book = try EPUBArchive(bytes)
        defer { book.remove() }
        XCTAssertTrue(book.names.contains("EPUB/images/image-1.png"), "\(book.names)")
        let opf = try book.text("EPUB/content.opf")
        XCTAssertTrue(opf.contains("href=\"images/image-1.png\" media-type=\"image/png\""), opf)
        XCTAssertTrue(opf.contains(">alternativeText<"), "every image has alt text")
        let text = try book.names.filter { $0.hasPrefix("EPUB/text/") && $0 != "EPUB/text/titlepage.xhtml" }.map(book.text).joined()
        XCTAssertTrue(text.contains("<img src=\"../images/image-1.png\" alt=\"A map of Petrograd\"/>"), text)
        XCTAssertTrue(text.contains("<span class=\"image-alt\">[X]</span>"), "the remote image's alt text stands in")
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("https://example.org/x.png") })
    }

    func testAnImageWithoutAltTextWithdrawsTheAlternativeTextClaim() throws {
        let context = ConversionContext(timestamp: 0, resources: MemoryResources(files: ["maps/petrograd.png": png]))
        let bytes = try EPUBWriter().write(document(alt: ""), options: WriterOptions(), context: context).bytes
        let book = try EPUBArchive(bytes)
        defer { book.remove() }
        let opf = try book.text("EPUB/content.opf")
        XCTAssertFalse(opf.contains(">alternativeText<"), opf)
        XCTAssertTrue(opf.contains("textual,visual"), opf)
    }
}
