import QuireModel
@testable import QuireReaders
import XCTest

/// How each piece of HTML maps onto the tree.
final class HTMLReaderTests: XCTestCase {
    private func read(_ body: String, head: String = "", lang: String = " lang=\"en\"") throws -> Document {
        let html = "<!DOCTYPE html><html\(lang)><head>\(head)</head><body>\(body)</body></html>"
        return try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: ConversionContext())
    }

    private func paragraph(_ body: String) throws -> [Inline] {
        guard case .paragraph(let inlines)? = try read(body).blocks.first else {
            XCTFail("no paragraph in \(body)")
            return []
        }
        return inlines
    }

    func testWhiteSpaceCollapsesAsInABrowser() throws {
        XCTAssertEqual(try paragraph("<p>\n  One   two\t<em> three </em>\n four&nbsp; five<br>\n six </p>"), [
            .text(text: "One two "), .emphasis(inlines: [.text(text: "three")]), .text(text: " four\u{A0} five"),
            .lineBreak, .text(text: "six"),
        ])
    }

    func testEntitiesAreDecoded() throws {
        XCTAssertEqual(try paragraph("<p>Caf&eacute; &amp; cr&egrave;me &mdash; &#8220;ok&#x201D;</p>"),
                       [.text(text: "Café & crème — “ok”")])
    }

    func testInlineMarkup() throws {
        XCTAssertEqual(try paragraph("<p><i>a</i> <b>b</b> <strong>c</strong> <code>x  y</code> <a href=\"https://e.example/\" title=\"T\">d</a></p>"), [
            .emphasis(inlines: [.text(text: "a")]), .text(text: " "), .strong(inlines: [.text(text: "b")]), .text(text: " "),
            .strong(inlines: [.text(text: "c")]), .text(text: " "), .code(text: "x y"), .text(text: " "),
            .link(url: "https://e.example/", title: "T", inlines: [.text(text: "d")]),
        ])
    }

    func testQuotationsNestAndCitesAreTitles() throws {
        XCTAssertEqual(try paragraph("<p>He said <q>she wrote <q>no</q></q> in <cite>Walden</cite>.</p>"), [
            .text(text: "He said "),
            .quoted(kind: .double, inlines: [.text(text: "she wrote "), .quoted(kind: .single, inlines: [.text(text: "no")], citation: nil)], citation: nil),
            .text(text: " in "), .workTitle(inlines: [.text(text: "Walden")]), .text(text: "."),
        ])
    }

    func testParenthesisAfterAQuoteIsACitationOnlyWhenItNamesAWork() throws {
        let cited = try paragraph("<p>“Property is theft” (<cite>What Is Property?</cite>, 1840), he wrote.</p>")
        XCTAssertEqual(cited, [
            .text(text: "“Property is theft” "),
            .citation(citation: Citation(text: "What Is Property?, 1840", title: "What Is Property?", year: "1840")),
            .text(text: ", he wrote."),
        ])
        let page = try paragraph("<p>“A quote” (vol. ii, p. 298) follows.</p>")
        XCTAssertEqual(page[1], .citation(citation: Citation(text: "vol. ii, p. 298", locator: "vol. ii, p. 298")))
        XCTAssertEqual(try paragraph("<p>“It is very probable” (says he) “that mankind”</p>"),
                       [.text(text: "“It is very probable” (says he) “that mankind”")])
    }

    func testFootnoteCallsBecomeNotesAndTheNotesLeaveTheBody() throws {
        let document = try read("""
            <p>Text.<sup><a href="#fn1" id="r1">1</a></sup> More<a epub:type="noteref" href="#n2">2</a>.</p>
            <p>Last.</p>
            <aside epub:type="footnote" id="n2"><p>Second note.</p></aside>
            <div class="footnotes"><ol><li id="fn1"><p>First note. <a href="#r1">↩</a></p></li></ol></div>
            """)
        XCTAssertEqual(document.blocks, [
            .paragraph(inlines: [
                .text(text: "Text."), .note(blocks: [.paragraph(inlines: [.text(text: "First note.")])]),
                .text(text: " More"), .note(blocks: [.paragraph(inlines: [.text(text: "Second note.")])]), .text(text: "."),
            ]),
            .paragraph(inlines: [.text(text: "Last.")]),
        ])
    }

    func testQuoteAttributionsAndRoles() throws {
        let document = try read("""
            <blockquote class="epigraph"><p>Be bold.</p><cite>— Anon</cite></blockquote>
            <figure><blockquote><p>Words.</p></blockquote><figcaption>— Ada Lovelace, <cite>Notes</cite></figcaption></figure>
            <blockquote epub:type="z3998:letter"><p>Dear sir,</p><p>Yes.</p>
              <footer><p epub:type="z3998:valediction">Yours,</p><p epub:type="z3998:signature">J. Smith</p></footer></blockquote>
            <blockquote><p>Plain.</p><p>— Mark Twain</p></blockquote>
            """)
        let quotes = HTMLCorpusTests.quotes(in: document.blocks)
        XCTAssertEqual(quotes.map(\.role), [.epigraph, .plain, .letter, .plain])
        XCTAssertEqual(quotes.map { $0.attribution?.plainText }, ["Anon", "Ada Lovelace", "J. Smith", "Mark Twain"])
        XCTAssertEqual(quotes.map { $0.citation?.text }, ["Anon", "Notes", nil, nil])
        XCTAssertEqual(quotes[2].blocks.last, .division(division: Division(classes: ["signoff"], blocks: [.paragraph(inlines: [.text(text: "Yours,")])])))
        XCTAssertEqual(quotes[3].blocks, [.paragraph(inlines: [.text(text: "Plain.")])])
    }

    func testListsTablesRulesAndPre() throws {
        let document = try read("""
            <ol start="3"><li>three</li><li>four<ul><li>sub</li></ul></li></ol>
            <hr>
            <table><caption>Cap</caption><tr><th>A</th><th align="center">B</th></tr><tr><td>1</td><td colspan="1">2</td></tr></table>
            <pre>
              code
            </pre>
            """)
        XCTAssertEqual(document.blocks, [
            .list(list: ListBlock(ordered: true, start: 3, items: [
                [.paragraph(inlines: [.text(text: "three")])],
                [.paragraph(inlines: [.text(text: "four")]), .list(list: ListBlock(ordered: false, items: [[.paragraph(inlines: [.text(text: "sub")])]], tight: true))],
            ], tight: true)),
            .sceneBreak,
            .table(table: Table(alignments: [.default, .center], header: [[[.text(text: "A")], [.text(text: "B")]]],
                                rows: [[[.text(text: "1")], [.text(text: "2")]]], caption: [.text(text: "Cap")])),
            .preformatted(text: "  code"),
        ])
    }

    func testTitleHeadingLeavesTheBodyAndLevelsStartAtOne() throws {
        let document = try read("<article><h1>The Title</h1><p>Intro.</p><h3>Part</h3><p>Text.</p><h4>Sub</h4></article>",
                                head: "<title>The Title | Site</title>")
        XCTAssertEqual(document.metadata.plainTitle, "The Title")
        XCTAssertEqual(document.blocks.compactMap { if case .heading(let level, _, let inlines) = $0 { return "\(level) \(inlines.plainText)" } else { return nil } },
                       ["1 Part", "2 Sub"])
    }

    func testMetadataSources() throws {
        let document = try read("<p>Body text for the page that is long enough.</p>", head: """
            <title>Page title - Site</title>
            <meta name="keywords" content="a, b">
            <meta property="article:tag" content="c">
            <meta name="description" content="About it.">
            <script type="application/ld+json">{"@type":"BlogPosting","headline":"LD headline","author":[{"name":"A. One"},{"name":"B. Two"}],"datePublished":"2020-01-02T03:04:05Z","inLanguage":"fr"}</script>
            """, lang: "")
        XCTAssertEqual(document.metadata.plainTitle, "LD headline")
        XCTAssertEqual(document.metadata.authors, ["A. One", "B. Two"])
        XCTAssertEqual(document.metadata.date, "2020-01-02")
        XCTAssertEqual(document.metadata.language, "fr")
        XCTAssertEqual(document.metadata.subjects, ["c", "a", "b"])
        XCTAssertEqual(document.metadata.abstract, [.paragraph(inlines: [.text(text: "About it.")])])
    }

    func testLanguageFromXMLLangElseDetected() throws {
        let xhtml = try HTMLReader().read(Array("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"de-AT\"><body><p>x</p></body></html>".utf8),
                                          options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(xhtml.metadata.language, "de-AT")
        let detected = try read("<p>Le chat est sur la table et il ne veut pas descendre pour le dîner avec les enfants.</p>", lang: "")
        XCTAssertEqual(detected.metadata.language, "fr")
    }

    func testTheFormatIsRegisteredByNameAndExtension() {
        XCTAssertEqual(HTMLReader.format.name, "html")
        XCTAssertEqual(Set(HTMLReader.format.extensions), ["html", "htm", "xhtml"])
    }
}

extension HTMLReaderTests {
    func testEmbeddedMediaAreReportedNotSilentlyDropped() throws {
        let context = ConversionContext()
        let html = "<html lang=\"en\"><body><article><p>Watch this.</p><video src=\"a.mp4\"></video><iframe src=\"https://v.example/\"></iframe></article></body></html>"
        let document = try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: context)
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [.text(text: "Watch this.")])])
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("1 iframe, 1 video") }, "\(context.diagnostics)")
    }

    func testTheUsersLanguageWins() throws {
        let html = "<html lang=\"en\"><body><p>Text.</p></body></html>"
        let document = try HTMLReader().read(Array(html.utf8), options: ReaderOptions(language: "cy"), context: ConversionContext())
        XCTAssertEqual(document.metadata.language, "cy")
    }
}

extension HTMLReaderTests {
    func testDoubleLineBreaksSeparateParagraphs() throws {
        let html = "<html lang=\"en\"><body><div>First para<br>still first.<br><br>\n<br>Second para.<br></div></body></html>"
        let document = try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(document.blocks, [
            .paragraph(inlines: [.text(text: "First para"), .lineBreak, .text(text: "still first.")]),
            .paragraph(inlines: [.text(text: "Second para.")]),
        ])
    }

    func testFlattenedFormattingIsReported() throws {
        let context = ConversionContext()
        let html = "<html lang=\"en\"><body><p>H<sub>2</sub>O and E = mc<sup>2</sup>, <del>not</del> so.</p></body></html>"
        let document = try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: context)
        XCTAssertEqual(document.blocks, [.paragraph(inlines: [.text(text: "H2O and E = mc2, not so.")])])
        XCTAssertTrue(context.diagnostics.contains { $0.message.contains("1 <del>, 1 <sub>, 1 <sup>") }, "\(context.diagnostics)")
    }
}

extension HTMLReaderTests {
    /// pandoc's standalone HTML: a title block in a page-level `<header>` whose id says
    /// "header", notes whose call and backlink share the class word "footnote", and
    /// a table whose header row has the class "header".
    func testPandocStandalonePage() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>A Test Document</title></head><body>
            <header id="title-block-header"><h1 class="title">A Test Document</h1><p class="author">Jane Roe</p><p class="date">2021-04-05</p></header>
            <h1 id="introduction">Introduction</h1>
            <p>Some text with a note.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> More.</p>
            <table><thead><tr class="header"><th style="text-align: right;">A</th></tr></thead><tbody><tr class="odd"><td style="text-align: right;">1</td></tr></tbody></table>
            <section class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>
            <li id="fn1"><p>The note text.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>
            </body></html>
            """
        let document = try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(document.metadata.plainTitle, "A Test Document")
        XCTAssertEqual(document.metadata.authors, ["Jane Roe"])
        XCTAssertEqual(document.metadata.date, "2021-04-05")
        XCTAssertEqual(document.blocks, [
            .heading(level: 1, id: "", inlines: [.text(text: "Introduction")]),
            .paragraph(inlines: [.text(text: "Some text with a note."), .note(blocks: [.paragraph(inlines: [.text(text: "The note text.")])]),
                                 .text(text: " More.")]),
            .table(table: Table(alignments: [.right], header: [[[.text(text: "A")]]], rows: [[[.text(text: "1")]]])),
        ])
    }

    func testASiteNameInTheTitleDoesNotMakeTheLogoTheHeadline() throws {
        let html = """
            <html lang="en"><head><title>Why bread rises – Crumb Notes</title></head><body>
            <div class="logo"><h1><a href="/">Crumb Notes</a></h1></div>
            <div class="post"><h2>Why bread rises</h2><p>Yeast eats sugar and breathes out carbon dioxide, which the gluten traps in little bubbles, and so the loaf grows.</p></div>
            </body></html>
            """
        let document = try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(document.metadata.plainTitle, "Why bread rises")
        XCTAssertFalse(String(reflecting: document.blocks).contains("Crumb Notes"))
    }
}
