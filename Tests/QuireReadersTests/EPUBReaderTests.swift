import Foundation
import QuireModel
import QuireReaders
import QuireZip
import XCTest

final class EPUBReaderTests: XCTestCase {
    func read(_ bytes: [UInt8], _ context: ConversionContext = ConversionContext()) throws -> Document {
        try EPUBReader().read(bytes, options: ReaderOptions(), context: context)
    }

    func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/EPUB/\(name)")
        return Array(try Data(contentsOf: url))
    }

    func headings(_ document: Document) -> [String] {
        var found: [String] = []
        document.forEachBlock { if case .heading(let level, _, let inlines) = $0 { found.append("\(level) \(inlines.plainText)") } }
        return found
    }

    func notes(_ document: Document) -> [String] {
        var found: [String] = []
        document.forEachInline { if case .note(let blocks) = $0 { found.append(blocks.map { $0.inlineRuns.map(\.plainText).joined() }.joined()) } }
        return found
    }

    // MARK: - Books made by pandoc

    func testPandocEPUB3ReadsAsItsMarkdown() throws {
        for name in ["pandoc-epub3.epub", "pandoc-epub2.epub"] {
            let document = try read(try fixture(name))
            XCTAssertEqual(document.metadata.plainTitle, "A Pandoc Book", name)
            XCTAssertEqual(document.metadata.subtitle.plainText, "Made for the reader’s tests", name)
            XCTAssertEqual(document.metadata.authors, ["Mary Shelley", "Percy Shelley"], name)
            XCTAssertEqual(document.metadata.language, "en-GB", name)
            XCTAssertEqual(document.metadata.date, "2020-05-04", name)
            XCTAssertEqual(document.metadata.rights, "Public domain", name)
            // The title page and the contents page are not text of the book.
            XCTAssertEqual(headings(document), ["1 The First Chapter", "2 A Section", "1 The Second Chapter"], name)
            XCTAssertEqual(notes(document), ["The first note, in chapter one.", "The second note, with emphasis."], name)
            guard case .paragraph(let lead)? = document.blocks.dropFirst().first else { return XCTFail("\(name): \(document.blocks)") }
            XCTAssertTrue(lead.contains(.emphasis(inlines: [.text(text: "anxiety")])), name)
            XCTAssertTrue(document.blocks.contains { if case .blockQuote = $0 { return true } else { return false } }, name)
        }
    }

    // MARK: - Standard Ebooks–style markup

    func seStyleBook() -> EPUBTestBook {
        var book = EPUBTestBook()
        book.metadata = """
            <dc:identifier id="uid">url:https://standardebooks.org/ebooks/test</dc:identifier>
            <dc:title id="title">The Test</dc:title><meta property="title-type" refines="#title">main</meta>
            <dc:creator id="author">Jane Writer</dc:creator><meta property="role" refines="#author" scheme="marc:relators">aut</meta>
            <dc:contributor id="translator">Tom Translator</dc:contributor><meta property="role" refines="#translator" scheme="marc:relators">trl</meta>
            <dc:language>en-US</dc:language><dc:subject>Fiction</dc:subject><dc:publisher>Standard Ebooks</dc:publisher>
            <dc:description>A story told in a test.</dc:description>
            """
        book.documents = [
            ("text/titlepage.xhtml", """
                <body epub:type="frontmatter"><section id="titlepage" epub:type="titlepage"><h1 epub:type="title">The Test</h1>
                <p>By <b epub:type="z3998:author">Jane Writer</b>.</p></section></body>
                """),
            ("text/chapter-1.xhtml", """
                <body epub:type="bodymatter z3998:fiction"><section id="chapter-1" epub:type="chapter">
                <h2 epub:type="ordinal z3998:roman">I</h2>
                <blockquote epub:type="epigraph"><p>All is well.</p><cite>Anon.</cite></blockquote>
                <p>It began with a call.<a href="endnotes.xhtml#note-1" id="noteref-1" epub:type="noteref">1</a> And went on.</p>
                </section></body>
                """),
            ("text/endnotes.xhtml", """
                <body epub:type="backmatter"><section id="endnotes" epub:type="endnotes"><h2 epub:type="title">Endnotes</h2><ol>
                <li id="note-1" epub:type="endnote"><p>A note in another file. <a href="chapter-1.xhtml#noteref-1" epub:type="backlink">↩</a></p></li>
                </ol></section></body>
                """),
        ]
        return book
    }

    func testStandardEbooksStyleBook() throws {
        let context = ConversionContext()
        let document = try read(try seStyleBook().bytes(), context)
        XCTAssertEqual(document.metadata.plainTitle, "The Test")
        XCTAssertEqual(document.metadata.authors, ["Jane Writer"])
        XCTAssertEqual(document.metadata.identifier, "url:https://standardebooks.org/ebooks/test")
        XCTAssertEqual(document.metadata.subjects, ["Fiction"])
        XCTAssertEqual(document.metadata.publisher, "Standard Ebooks")
        XCTAssertEqual(document.metadata.abstract, [.paragraph(inlines: [.text(text: "A story told in a test.")])])
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("Tom Translator (trl)") }, "\(context.diagnostics)")
        XCTAssertEqual(headings(document), ["1 I"])
        // The endnote in its own file moves to its call; the endnotes section is gone.
        XCTAssertEqual(notes(document), ["A note in another file."])
        XCTAssertFalse(headings(document).contains { $0.contains("Endnotes") })
        let quotes = document.blocks.compactMap { if case .blockQuote(let quote) = $0 { return quote } else { return nil } }
        XCTAssertEqual(quotes.map(\.role), [.epigraph])
        XCTAssertEqual(quotes.first?.attribution?.plainText, "Anon.")
    }

    /// calibre-style EPUB 2: chapter titles set as classed paragraphs, found through the NCX.
    func testTitlesSetAsParagraphsBecomeHeadingsThroughTheContents() throws {
        var book = EPUBTestBook()
        book.version = "2.0"
        book.metadata = "<dc:title>Old Book</dc:title><dc:creator opf:role=\"aut\">An Author</dc:creator><dc:language>en</dc:language>"
        book.documents = [
            ("part1.html", """
                <p class="calibre3" id="c1">Chapter One</p><p class="calibre1">The first text.</p>
                <p class="calibre4" id="s1">A Scene</p><p class="calibre1">More text.</p>
                """),
            ("part2.html", "<p class=\"calibre3\" id=\"c2\">Chapter Two</p><p class=\"calibre1\">The last text.</p>"),
        ]
        book.ncx = """
            <navPoint id="n1"><navLabel><text>Chapter One</text></navLabel><content src="part1.html#c1"/>
              <navPoint id="n2"><navLabel><text>A Scene</text></navLabel><content src="part1.html#s1"/></navPoint></navPoint>
            <navPoint id="n3"><navLabel><text>Chapter Two</text></navLabel><content src="part2.html#c2"/></navPoint>
            """
        let document = try read(try book.bytes())
        XCTAssertEqual(document.metadata.authors, ["An Author"])
        XCTAssertEqual(headings(document), ["1 Chapter One", "2 A Scene", "1 Chapter Two"])
        XCTAssertEqual(document.blocks.count, 6)
    }

    func testImagesTravelWithTheText() throws {
        var book = EPUBTestBook()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
        book.documents = [("text/one.xhtml", "<h1>One</h1><p>See.</p><p><img src=\"../images/a%20b.png\" alt=\"A picture\"/></p>")]
        book.extraEntries = [("OEBPS/images/a b.png", png)]
        let context = ConversionContext()
        let document = try read(try book.bytes(), context)
        XCTAssertEqual(document.blocks.last, .figure(figure: Figure(image: Image(source: "OEBPS/images/a b.png", alt: "A picture"))))
        XCTAssertEqual(try context.resources.load("OEBPS/images/a b.png"), png)
    }

    // MARK: - Books that cannot be read

    func testDRMProtectedBooksAreRefused() throws {
        var book = seStyleBook()
        book.extraEntries = [("META-INF/encryption.xml", Array("""
            <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
            <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
            <enc:CipherData><enc:CipherReference URI="OEBPS/text/chapter-1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>
            """.utf8))]
        XCTAssertThrowsError(try read(try book.bytes())) { error in
            XCTAssertTrue("\(error)".contains("DRM-protected"), "\(error)")
            XCTAssertEqual((error as? CategorizedError)?.category, .badInput)
        }
        // Obfuscated fonts are not DRM.
        book.extraEntries = [("META-INF/encryption.xml", Array("""
            <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
            <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
            <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData></encryption>
            """.utf8))]
        XCTAssertNoThrow(try read(try book.bytes()))
    }

    func testArchivesThatAreNoBookSayWhy() throws {
        var zip = ZipWriter(timestamp: 0)
        try zip.add("word/document.xml", Array("<w:document/>".utf8))
        XCTAssertThrowsError(try read(try zip.finish())) { error in
            XCTAssertTrue("\(error)".contains("no META-INF/container.xml"), "\(error)")
        }
        XCTAssertThrowsError(try read(Array("plain text, not a book at all".utf8))) { error in
            XCTAssertEqual(error as? ZipError, .notAnArchive)
        }
    }
}
