import Foundation
import QuireModel
@testable import QuireWriters
import XCTest

/// The EPUB writer compared entry by entry and checked structurally, never
/// byte by byte (compression may change with zlib versions).
final class EPUBWriterTests: XCTestCase {
    func testGoldenTreeGivesTheExpectedEntriesMimetypeFirstAndStored() throws {
        let book = try EPUBArchive(try EPUBFixtures.write(try EPUBFixtures.golden()))
        defer { book.remove() }
        XCTAssertEqual(book.names, [
            "mimetype", "META-INF/container.xml", "EPUB/content.opf", "EPUB/toc.ncx", "EPUB/nav.xhtml",
            "EPUB/styles/epub.css", "EPUB/text/titlepage.xhtml", "EPUB/text/preamble.xhtml",
            "EPUB/text/chapter-001.xhtml", "EPUB/text/chapter-002.xhtml", "EPUB/text/chapter-003.xhtml",
            "EPUB/text/chapter-004.xhtml", "EPUB/text/chapter-005.xhtml",
        ])
        XCTAssertEqual(book.entries[0].method, 0, "mimetype is stored")
        XCTAssertTrue(book.entries.dropFirst().allSatisfy { $0.method == 8 }, "the rest is deflated")
        XCTAssertEqual(String(decoding: book.bytes[30..<58], as: UTF8.self), "mimetypeapplication/epub+zip")
        XCTAssertEqual(try book.text("mimetype"), "application/epub+zip")
    }

    func testSameTreeAndTimestampGiveIdenticalBytes() throws {
        let document = try EPUBFixtures.golden()
        XCTAssertEqual(try EPUBFixtures.write(document), try EPUBFixtures.write(document))
    }

    func testIdentifierIsAContentUUIDThatFollowsTheTextUnlessOneIsGiven() throws {
        var document = Document(metadata: Metadata(title: [.text(text: "T")]), blocks: [EPUBFixtures.paragraph("One.")])
        let first = try EPUBIdentifier.identifier(for: document)
        XCTAssertTrue(first.hasPrefix("urn:uuid:"), first)
        let uuid = Array(first.dropFirst("urn:uuid:".count))
        XCTAssertEqual(uuid.count, 36)
        XCTAssertEqual(uuid[14], "5", "version 5")
        XCTAssertTrue("89ab".contains(uuid[19]), "RFC 9562 variant")
        XCTAssertEqual(try EPUBIdentifier.identifier(for: document), first)
        document.blocks.append(EPUBFixtures.paragraph("Two."))
        XCTAssertNotEqual(try EPUBIdentifier.identifier(for: document), first)
        document.metadata.identifier = "isbn:9780000000002"
        XCTAssertEqual(try EPUBIdentifier.identifier(for: document), "isbn:9780000000002")
    }

    func testUUID5MatchesTheRFCAlgorithm() {
        // Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
        let dns: [UInt8] = [0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]
        XCTAssertEqual(EPUBIdentifier.uuid5(name: Array("python.org".utf8), namespace: dns),
                       "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    func testPackageMetadata() throws {
        let book = try EPUBArchive(try EPUBFixtures.write(try EPUBFixtures.golden()))
        defer { book.remove() }
        let opf = try book.text("EPUB/content.opf")
        for expected in [
            "<dc:title id=\"title\">A Test of Every Kind of Node</dc:title>",
            "<meta refines=\"#title\" property=\"title-type\">main</meta>",
            "<dc:title id=\"subtitle\">with emphasis in the subtitle</dc:title>",
            "<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>",
            "<dc:creator id=\"creator-1\">Ada Lovelace</dc:creator>",
            "<meta refines=\"#creator-1\" property=\"role\" scheme=\"marc:relators\">aut</meta>",
            "<meta refines=\"#creator-1\" property=\"file-as\">Lovelace, Ada</meta>",
            "<dc:language>en</dc:language>", "<dc:date>2024-03-01</dc:date>",
            "<dc:subject>Testing</dc:subject>", "<dc:publisher>Quire Press</dc:publisher>",
            "<dc:rights>Public domain</dc:rights>", "<dc:source>https://example.org/testsuite</dc:source>",
            "<dc:description>This document holds every block",
            "<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>",
            "<meta property=\"schema:accessibilityHazard\">none</meta>",
            "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>",
            "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>",
            "<itemref idref=\"nav\" linear=\"no\"/>",
        ] {
            XCTAssertTrue(opf.contains(expected), "missing \(expected) in\n\(opf)")
        }
        XCTAssertEqual(opf.components(separatedBy: "dcterms:modified").count, 2, "exactly one dcterms:modified")
        XCTAssertFalse(opf.contains("alternativeText"), "no images, so no claim about their alt text")
        XCTAssertFalse(opf.contains("certifiedBy"))
    }

    func testLanguageThatIsNoTagIsReplacedByTheDetectedOneWithAWarning() throws {
        let document = Document(metadata: Metadata(title: [.text(text: "T")], language: "English"),
                                blocks: [EPUBFixtures.paragraph("It was the best of times and it was the worst of times, in the age of wisdom.")])
        let context = ConversionContext(timestamp: 0)
        let book = try EPUBArchive(try EPUBWriter().write(document, options: WriterOptions(), context: context).bytes)
        defer { book.remove() }
        XCTAssertTrue(try book.text("EPUB/content.opf").contains("<dc:language>en</dc:language>"))
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("'English' is not a BCP 47 language tag") })
        XCTAssertTrue(EPUBBook.isLanguageTag("sr-Latn-RS"))
        XCTAssertFalse(EPUBBook.isLanguageTag("en_US"))
    }

    func testSortableNamesAndW3CDates() {
        XCTAssertEqual(EPUBMetadataText.fileAs("Rob Jones"), "Jones, Rob")
        XCTAssertEqual(EPUBMetadataText.fileAs("Martin Luther King Jr."), "King, Martin Luther, Jr.")
        XCTAssertEqual(EPUBMetadataText.fileAs("Plato"), "Plato")
        XCTAssertEqual(EPUBMetadataText.fileAs("Jones, Rob"), "Jones, Rob")
        XCTAssertEqual(EPUBMetadataText.w3cDate("2019-11-07"), "2019-11-07")
        XCTAssertEqual(EPUBMetadataText.w3cDate("November 7, 2019"), "2019-11-07")
        XCTAssertEqual(EPUBMetadataText.w3cDate("Spring 1928"), "1928")
        XCTAssertNil(EPUBMetadataText.w3cDate("undated"))
    }

    func testNavigationNestsLikeTheHeadingsAndHasLandmarks() throws {
        let book = try EPUBArchive(try EPUBFixtures.write(try EPUBFixtures.golden()))
        defer { book.remove() }
        let nav = try book.text("EPUB/nav.xhtml")
        XCTAssertTrue(nav.contains("<li><a href=\"text/chapter-002.xhtml#block-quotes\">Block quotes</a><ol><li><a href=\"text/chapter-002.xhtml#with-attribution-and-citation\">"), nav)
        XCTAssertTrue(nav.contains("<a href=\"text/chapter-004.xhtml#the-deepest\">The deepest</a>"), nav)
        XCTAssertTrue(nav.contains("<a href=\"text/chapter-005.xhtml#inline-markup-2\">Inline markup</a>"), nav)
        XCTAssertTrue(nav.contains("<a epub:type=\"bodymatter\" href=\"text/preamble.xhtml\">"), nav)
        XCTAssertTrue(nav.contains("<a epub:type=\"titlepage\" href=\"text/titlepage.xhtml\">"), nav)
        XCTAssertTrue(nav.contains("<a epub:type=\"toc\" href=\"#toc\">"), nav)
        let ncx = try book.text("EPUB/toc.ncx")
        XCTAssertEqual(ncx.components(separatedBy: "<navPoint ").count - 1, 11, "one navPoint per heading")
        XCTAssertTrue(ncx.contains("<meta name=\"dtb:depth\" content=\"4\"/>"), ncx)
    }

    func testEveryDocumentDeclaresItsLanguageBothWays() throws {
        var document = try EPUBFixtures.golden()
        document.metadata.language = "de"
        let book = try EPUBArchive(try EPUBFixtures.write(document))
        defer { book.remove() }
        for name in book.names where name.hasSuffix(".xhtml") {
            XCTAssertTrue(try book.text(name).contains("lang=\"de\" xml:lang=\"de\""), name)
        }
        XCTAssertTrue(try book.text("EPUB/text/chapter-001.xhtml").contains("\u{201E}we know our duty"), "German quotation marks")
        let nav = try book.text("EPUB/nav.xhtml")
        XCTAssertTrue(nav.contains("<title>Inhalt</title>") && nav.contains(">Titelseite</a>"), "labels in the book's language")
    }

    func testNotesNumberOnAcrossFilesWithLinksBothWays() throws {
        let book = try EPUBArchive(try EPUBFixtures.write(try EPUBFixtures.golden()))
        defer { book.remove() }
        let preamble = try book.text("EPUB/text/preamble.xhtml")
        XCTAssertTrue(preamble.contains("<a href=\"#note-1\" id=\"noteref-1\" epub:type=\"noteref\" role=\"doc-noteref\">1</a>"), preamble)
        let quotes = try book.text("EPUB/text/chapter-002.xhtml")
        XCTAssertTrue(quotes.contains("id=\"noteref-2\""), quotes)
        XCTAssertTrue(quotes.contains("<aside id=\"note-2\" class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\"><a href=\"#noteref-2\""), quotes)
        XCTAssertTrue(try book.text("EPUB/text/chapter-004.xhtml").contains("<aside id=\"note-3\""))
    }

    func testSemanticQuotesCitationsAndVerse() throws {
        let book = try EPUBArchive(try EPUBFixtures.write(try EPUBFixtures.golden()))
        defer { book.remove() }
        let quotes = try book.text("EPUB/text/chapter-002.xhtml")
        XCTAssertTrue(quotes.contains("<figcaption class=\"attribution\">—\u{2009}<span class=\"name\">Leon Trotsky</span>, <cite>Testament, 1940</cite></figcaption>"), quotes)
        XCTAssertTrue(quotes.contains("epub:type=\"epigraph\" role=\"doc-epigraph\""), quotes)
        let inline = try book.text("EPUB/text/chapter-001.xhtml")
        XCTAssertTrue(inline.contains("<cite>Capital</cite>"), inline)
        XCTAssertTrue(inline.contains("(<cite class=\"citation\">My Life</cite>)"), inline)
        let verse = try book.text("EPUB/text/chapter-003.xhtml")
        XCTAssertTrue(verse.contains("<span class=\"line\">Each more melodious note I hear</span><br/>"), verse)
    }

    func testSplitLevelTwoGivesSubsectionsTheirOwnFiles() throws {
        let document = Document(metadata: Metadata(title: [.text(text: "T")], language: "en"), blocks: [
            EPUBFixtures.heading(1, "Part"), EPUBFixtures.paragraph("Intro."),
            EPUBFixtures.heading(2, "One"), .paragraph(inlines: [.link(url: "#two", title: nil, inlines: [.text(text: "see two")])]),
            EPUBFixtures.heading(2, "Two"), EPUBFixtures.paragraph("Second."),
        ])
        let book = try EPUBArchive(try EPUBFixtures.write(document, options: WriterOptions(splitLevel: 2)))
        defer { book.remove() }
        XCTAssertEqual(book.names.filter { $0.hasPrefix("EPUB/text/chapter") },
                       ["EPUB/text/chapter-001.xhtml", "EPUB/text/chapter-002.xhtml", "EPUB/text/chapter-003.xhtml"])
        XCTAssertTrue(try book.text("EPUB/text/chapter-002.xhtml").contains("<a href=\"chapter-003.xhtml#two\">"), "cross-file link resolved")
        XCTAssertTrue(try book.text("EPUB/nav.xhtml").contains("<a href=\"text/chapter-001.xhtml#part\">Part</a><ol><li><a href=\"text/chapter-002.xhtml#one\">"))
    }

    func testDocumentWithoutHeadingsHasOneBodyFileAndOneContentsEntry() throws {
        let document = Document(metadata: Metadata(title: [.text(text: "Essay")]),
                                blocks: (1...3).map { EPUBFixtures.paragraph("The \($0) and the of it was in that is.") })
        let book = try EPUBArchive(try EPUBFixtures.write(document))
        defer { book.remove() }
        XCTAssertTrue(book.names.contains("EPUB/text/preamble.xhtml"))
        XCTAssertFalse(book.names.contains { $0.contains("chapter") })
        let nav = try book.text("EPUB/nav.xhtml")
        XCTAssertTrue(nav.contains("<ol><li><a href=\"text/preamble.xhtml\">Essay</a></li></ol>"), nav)
        let opf = try book.text("EPUB/content.opf")
        XCTAssertTrue(opf.contains("<dc:language>en</dc:language>"), "language detected when not given")
        XCTAssertFalse(opf.contains("structuralNavigation"), "no headings, no claim of structural navigation")
    }

    func testLongTextBeforeAnyHeadingIsCutIntoFilesReadingSystemsCanOpen() throws {
        let paragraph = String(repeating: "The text of a long book without headings runs on. ", count: 200)
        let document = Document(metadata: Metadata(title: [.text(text: "Long")], language: "en"),
                                blocks: Array(repeating: EPUBFixtures.paragraph(paragraph), count: 60))
        let book = try EPUBArchive(try EPUBFixtures.write(document))
        defer { book.remove() }
        let parts = book.names.filter { $0.hasPrefix("EPUB/text/preamble") }
        XCTAssertEqual(parts, ["EPUB/text/preamble.xhtml", "EPUB/text/preamble-2.xhtml", "EPUB/text/preamble-3.xhtml"])
        let opf = try book.text("EPUB/content.opf")
        XCTAssertTrue(opf.contains("<itemref idref=\"preamble\"/>\n    <itemref idref=\"preamble-2\"/>\n    <itemref idref=\"preamble-3\"/>"), opf)
        XCTAssertEqual(try book.text("EPUB/nav.xhtml").components(separatedBy: "<li>").count - 1, 1 + 3,
                       "one contents entry (plus three landmarks)")
    }

    func testCoverAndFontsAreEmbeddedWithTheirMediaTypes() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]
        let ttf: [UInt8] = [0x00, 0x01, 0x00, 0x00, 0, 0, 0, 0]
        let woff2: [UInt8] = Array("wOF2".utf8) + [0, 0, 0, 0]
        let resources = MemoryResources(files: ["c.png": png, "/f/Serif-Bold.ttf": ttf, "Mono.woff2": woff2, "user.css": Array("p{}".utf8)])
        let options = WriterOptions(stylesheets: ["user.css"], coverImage: "c.png", fonts: ["/f/Serif-Bold.ttf", "Mono.woff2"])
        let book = try EPUBArchive(try EPUBFixtures.write(try EPUBFixtures.golden(), options: options, resources: resources))
        defer { book.remove() }
        XCTAssertTrue(book.names.contains("EPUB/images/cover.png"))
        XCTAssertEqual(book.entries.first { $0.name == "EPUB/images/cover.png" }?.method, 0, "images are stored")
        let opf = try book.text("EPUB/content.opf")
        for expected in [
            "<item id=\"cover-image\" href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>",
            "<meta name=\"cover\" content=\"cover-image\"/>",
            "<item id=\"font-1\" href=\"fonts/Serif-Bold.ttf\" media-type=\"font/ttf\"/>",
            "<item id=\"font-2\" href=\"fonts/Mono.woff2\" media-type=\"font/woff2\"/>",
            "<item id=\"style-user-1\" href=\"styles/user-1.css\" media-type=\"text/css\"/>",
            "<meta property=\"schema:accessibilityFeature\">alternativeText</meta>",
            "<meta property=\"schema:accessMode\">visual</meta>",
        ] {
            XCTAssertTrue(opf.contains(expected), "missing \(expected)")
        }
        XCTAssertTrue(try book.text("EPUB/text/cover.xhtml").contains("alt=\"Cover of A Test of Every Kind of Node\""))
        let fonts = try book.text("EPUB/styles/fonts.css")
        XCTAssertTrue(fonts.contains("font-family: \"Serif\";\n  font-style: normal;\n  font-weight: 700;\n  src: url(\"../fonts/Serif-Bold.ttf\") format(\"truetype\");"), fonts)
        let chapter = try book.text("EPUB/text/chapter-001.xhtml")
        XCTAssertTrue(chapter.contains("href=\"../styles/epub.css\"/><link rel=\"stylesheet\" type=\"text/css\" href=\"../styles/fonts.css\"/><link rel=\"stylesheet\" type=\"text/css\" href=\"../styles/user-1.css\"/>"), chapter)
    }

    func testFontFamilyAndStyleComeFromTheFontsOwnTables() throws {
        let path = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
        guard let data = FileManager.default.contents(atPath: path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { throw TestFailure("fonts-dejavu-core is missing under CI") }
            throw XCTSkip("install fonts-dejavu-core (make test does)")
        }
        XCTAssertEqual(EPUBFontInfo(Array(data)), EPUBFontInfo(family: "DejaVu Serif", weight: 700, italic: false))
        XCTAssertNil(EPUBFontInfo(Array("wOF2....".utf8)))
    }

    func testUnknownCoverIsAnErrorThatSaysWhatToDo() {
        let resources = MemoryResources(files: ["c.bmp": Array("BM....".utf8)])
        XCTAssertThrowsError(try EPUBFixtures.write(Document(), options: WriterOptions(coverImage: "c.bmp"), resources: resources)) {
            XCTAssertEqual("\($0)", "'c.bmp' is not a JPEG, PNG, GIF, WebP or SVG image: convert the cover to one of them")
        }
    }

    func testBuiltInStyleSheetIsEmbeddedAndNightModeSafe() throws {
        let sheet = String(decoding: PackageResources.epub_css, as: UTF8.self)
        // Rules only: the comments may name what the rules avoid.
        let css = sheet.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        XCTAssertTrue(css.contains("figcaption.attribution"))
        XCTAssertFalse(css.contains("!important"))
        XCTAssertNil(css.range(of: #"font-size:\s*[0-9.]+px"#, options: .regularExpression), "no px font sizes")
        XCTAssertNil(css.range(of: #"(^|[^-])(color|background(-color)?):\s*(#|rgb|white|black)"#, options: .regularExpression),
                     "no hard-coded colours")
    }
}
