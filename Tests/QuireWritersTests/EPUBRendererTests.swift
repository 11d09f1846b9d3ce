import QuireModel
import QuireWriters
import QuireXML
import XCTest

/// What the EPUB writer asks of the shared HTML renderer beyond its defaults.
final class EPUBRendererTests: XCTestCase {
    let section = Section(level: 1, id: "part", title: [.text(text: "Part")],
                          blocks: [.paragraph(inlines: [.link(url: "#one", title: nil, inlines: [.text(text: "one")])])],
                          subsections: [Section(level: 2, id: "one", title: [.text(text: "One")])])

    func render(_ configure: (HTMLRenderer) -> Void, subsections: Bool) throws -> String {
        let writer = XMLWriter()
        writer.startElement("body")
        let renderer = HTMLRenderer(writer: writer, flavor: .epub, language: "en")
        configure(renderer)
        renderer.render(section, includingSubsections: subsections)
        writer.endElementFull()
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    func testChaptersArePairedWithTheirDPUBRoleAndOpenWithH1InTheirOwnFile() throws {
        let html = try render({ $0.headingOffset = 0 }, subsections: true)
        XCTAssertTrue(html.contains("<section id=\"part\" class=\"level1\" epub:type=\"chapter\" role=\"doc-chapter\"><h1>Part</h1>"), html)
        XCTAssertTrue(html.contains("<section id=\"one\" class=\"level2\"><h2>One</h2></section>"), html)
    }

    func testSubsectionsCanBeLeftForAnotherFileAndLinksFollowThem() throws {
        let html = try render({ $0.linkResolver = { "chapter-002.xhtml" + $0 } }, subsections: false)
        XCTAssertFalse(html.contains("id=\"one\""), html)
        XCTAssertTrue(html.contains("<a href=\"chapter-002.xhtml#one\">one</a>"), html)
        XCTAssertTrue(html.contains("<h2>Part</h2>"), "the default offset keeps <h1> for the document title")
    }
}
