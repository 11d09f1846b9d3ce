import Foundation
import QuireModel
@testable import QuireWriters
import XCTest

final class PrintHTMLWriterTests: XCTestCase {
    func render(_ document: Document, _ options: WriterOptions = WriterOptions(),
                context: ConversionContext = ConversionContext()) throws -> String {
        String(decoding: try PrintHTMLWriter().write(document, options: options, context: context).bytes, as: UTF8.self)
    }

    func golden() throws -> Document {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Golden/testsuite.json")
        return try QuireJSON.decode(Array(try Data(contentsOf: url)))
    }

    func testGoldenTreeIsOneSelfContainedHTMLFileWithMetadataForThePDF() throws {
        let html = try render(try golden())
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>A Test of Every Kind of Node</title>"), html)
        for meta in ["<meta name=\"author\" content=\"Ada Lovelace\"/>", "<meta name=\"author\" content=\"Charles Babbage\"/>",
                     "<meta name=\"description\" content=\"This document holds every block",
                     "<meta name=\"keywords\" content=\"Testing, Typography\"/>",
                     "<meta name=\"dcterms.created\" content=\"2024-03-01\"/>"] {
            XCTAssertTrue(html.contains(meta), meta)
        }
        // Nothing to fetch: no external style sheet, script or image.
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("src=\"http"))
        XCTAssertTrue(html.contains("<style>/* Quire print style sheet"))
    }

    func testTitlePageThenContentsThenTheText() throws {
        let html = try render(try golden(), WriterOptions(topLevelDivision: .chapter))
        let titlePage = try XCTUnwrap(html.range(of: "<section class=\"titlepage\">"))
        let contents = try XCTUnwrap(html.range(of: "<nav class=\"toc\" role=\"doc-toc\" aria-label=\"Contents\"><h2>Contents</h2>"))
        let main = try XCTUnwrap(html.range(of: "<main>"))
        XCTAssertTrue(titlePage.lowerBound < contents.lowerBound && contents.lowerBound < main.lowerBound)
        XCTAssertTrue(html.contains("<h1 class=\"title\" data-running-head=\"A Test of Every Kind of Node\">A Test of Every Kind of Node</h1>"), html)
        XCTAssertTrue(html.contains("<p class=\"subtitle\">with <em>emphasis</em> in the subtitle</p>"))
        XCTAssertTrue(html.contains("<p class=\"author\">Ada Lovelace</p><p class=\"author\">Charles Babbage</p>"))
        XCTAssertTrue(html.contains("<footer class=\"imprint\"><p class=\"publisher\">Quire Press</p>"))
        XCTAssertTrue(html.contains("<section class=\"author-note\"><h2>About the author</h2><p>Ada Lovelace wrote"))
    }

    func testEveryContentsEntryLinksToItsSection() throws {
        let html = try render(try golden(), WriterOptions(topLevelDivision: .chapter))
        let nav = try XCTUnwrap(html.range(of: "<nav").flatMap { start in html.range(of: "</nav>", range: start.upperBound..<html.endIndex).map { html[start.lowerBound..<$0.upperBound] } })
        let targets = nav.components(separatedBy: "href=\"#").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(targets.count, 8, String(nav))
        for target in targets {
            XCTAssertTrue(html.contains("<section id=\"\(target)\""), "no section for #\(target)")
        }
        // Two levels only: "Deeper still" is a third-level section.
        XCTAssertFalse(nav.contains("Deeper still"))
    }

    func testContentsEntriesAndRunningHeadsLeaveNotesOut() throws {
        let note = Inline.note(blocks: [.paragraph(inlines: [.text(text: "Heading note.")])])
        let document = Document(metadata: Metadata(title: [.text(text: "Book")], language: "en"), blocks: [
            .heading(level: 1, id: "", inlines: [.text(text: "Chapter "), .link(url: "https://x.org", title: nil, inlines: [.text(text: "one")]), note]),
            .paragraph(inlines: [.text(text: "Text.")]),
        ])
        let html = try render(document, WriterOptions(topLevelDivision: .chapter))
        XCTAssertTrue(html.contains("<li class=\"level1\"><a href=\"#chapter-one\">Chapter one</a></li>"), html)
        XCTAssertTrue(html.contains("<h2 data-running-head=\"Chapter one\" data-bookmark=\"Chapter one\">Chapter <a href=\"https://x.org\">one</a><span class=\"footnote\" id=\"note-1\">Heading note.</span></h2>"), html)
        XCTAssertEqual(html.components(separatedBy: "class=\"footnote\"").count, 2, "the note is written once")
    }

    func sections(_ titles: [String]) -> Document {
        Document(metadata: Metadata(title: [.text(text: "T")], language: "en"), blocks: titles.flatMap {
            [Block.heading(level: 1, id: "", inlines: [.text(text: $0)]), .paragraph(inlines: [.text(text: "Text.")])]
        })
    }

    func testAnArticleRunsOnWithoutContentsUntilItHasManySections() throws {
        let short = try render(sections(["One", "Two", "Three"]))
        XCTAssertTrue(short.contains("<body class=\"article\">"), short)
        XCTAssertFalse(short.contains("<nav"), "three sections are found without a contents page")
        let long = try render(sections((1...PrintLayout.articleSectionsForContents).map { "Topic \($0)" }))
        XCTAssertTrue(long.contains("<body class=\"article\">"))
        XCTAssertTrue(long.contains("<nav class=\"toc\""), "many sections get a contents page")
    }

    func testChaptersMakeABookWithContents() throws {
        for titles in [["Chapter I", "Chapter II. The Storm"], ["Kapitel 1", "Kapitel 2"], ["BOOK ONE", "BOOK TWO"]] {
            let html = try render(sections(titles))
            XCTAssertTrue(html.contains("<body class=\"book\">"), "\(titles)")
            XCTAssertTrue(html.contains("<nav class=\"toc\""), "\(titles)")
        }
        // One chapter heading among other sections is an article's section.
        XCTAssertTrue(try render(sections(["Chapter and verse", "Notes"])).contains("<body class=\"article\">"))
        XCTAssertTrue(try render(sections(["One", "Two"]), WriterOptions(topLevelDivision: .chapter)).contains("<body class=\"book\">"))
    }

    func testLongRunningHeadsAreCutAtAWord() {
        let long = [Inline.text(text: "The Union as a Safeguard Against Domestic Faction and Insurrection")]
        XCTAssertEqual(RunningHead.text(long), "The Union as a Safeguard Against Domestic Faction\u{2026}")
        XCTAssertEqual(RunningHead.text([.text(text: "Short"), .lineBreak, .text(text: "title")]), "Short title")
    }

    func testNotesStayInPlaceWithTheirBlocksAsLines() throws {
        let note = Inline.note(blocks: [
            .paragraph(inlines: [.text(text: "First.")]),
            .list(list: ListBlock(ordered: true, items: [[.paragraph(inlines: [.text(text: "a")])], [.paragraph(inlines: [.text(text: "b")])]])),
            .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [.text(text: "Q.")])], attribution: [.text(text: "Marx")])),
        ])
        let html = try render(Document(blocks: [.paragraph(inlines: [.text(text: "Call"), note, .text(text: ".")])]))
        XCTAssertTrue(html.contains("<p>Call<span class=\"footnote\" id=\"note-1\">First.<br/>1. a<br/>2. b<br/>Q.<br/>—\u{2009}Marx</span>.</p>"), html)
    }

    func testPageRulesFollowTheOptionsAfterTheBuiltInSheet() throws {
        let options = WriterOptions(stylesheets: ["extra.css"], paper: "a5", bleed: "3mm", cropMarks: true)
        let context = ConversionContext(resources: MemoryResources(files: ["extra.css": Array("p { color: navy }".utf8)]))
        let html = try render(try golden(), options, context: context)
        let builtIn = try XCTUnwrap(html.range(of: "float: footnote"))
        let page = try XCTUnwrap(html.range(of: "@page { size: a5; }\n@page { bleed: 3mm; marks: crop cross; }\nhtml { font-size: 10.5pt; }"))
        let extra = try XCTUnwrap(html.range(of: "p { color: navy }"))
        XCTAssertTrue(builtIn.lowerBound < page.lowerBound && page.lowerBound < extra.lowerBound)
    }

    func testAStyleSheetCannotCloseTheStyleElement() throws {
        let context = ConversionContext(resources: MemoryResources(files: ["x.css": Array("a::after { content: \"</style><script>\" }".utf8)]))
        let html = try render(Document(), WriterOptions(stylesheets: ["x.css"]), context: context)
        XCTAssertFalse(html.contains("</style><script>"))
        XCTAssertTrue(html.contains("content: \"<\\/style><script>\""))
    }

    func testCoverImageIsADataURIOnTheTitlePage() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
        let context = ConversionContext(resources: MemoryResources(files: ["cover.png": png, "cover.txt": Array("hello".utf8)]))
        let html = try render(Document(), WriterOptions(coverImage: "cover.png"), context: context)
        XCTAssertTrue(html.contains("<figure class=\"frontispiece\"><img src=\"data:image/png;base64,iVBORw0KGgoBAgM=\" alt=\"\"/></figure>"), html)
        XCTAssertThrowsError(try render(Document(), WriterOptions(coverImage: "cover.txt"), context: context)) {
            XCTAssertEqual($0 as? PrintHTMLError, .notAnImage("cover.txt"))
        }
    }

    func testUntitledDocumentsAreNamedAfterTheirFileAndLanguageSetsTheLabels() throws {
        let context = ConversionContext(inputName: "texts/essay.v2.txt")
        let html = try render(Document(metadata: Metadata(language: "de"), blocks: [
            .heading(level: 1, id: "", inlines: [.text(text: "Eins")])]), WriterOptions(topLevelDivision: .chapter), context: context)
        XCTAssertTrue(html.contains("<html lang=\"de\">"))
        XCTAssertTrue(html.contains("<title>essay.v2</title>"))
        XCTAssertTrue(html.contains("<h2>Inhalt</h2>"))
    }

    func testUnknownLanguageIsReportedBecauseNothingWillBeHyphenated() throws {
        let context = ConversionContext()
        let html = try render(Document(blocks: [.paragraph(inlines: [.text(text: "x")])]), context: context)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html><html><head>"), html)
        XCTAssertEqual(context.diagnostics.map(\.severity), [.note])
    }

    func testFragmentIsTheBodyContentOnly() throws {
        let html = try render(try golden(), WriterOptions(fragment: true))
        XCTAssertTrue(html.hasPrefix("<section class=\"titlepage\">"), html)
        XCTAssertFalse(html.contains("<style>"))
        XCTAssertFalse(html.contains("<body"))
    }

    func testBuiltInStyleSheetIsEmbeddedInTheBinary() {
        let css = PrintStyleSheet.builtIn
        for rule in ["@page :left", "@page :right", "@page :first", "string-set", "target-counter(attr(href), page)",
                     "leader(", "float: footnote", "::footnote-call", "::footnote-marker", "hyphens: auto",
                     "orphans: 2", "widows: 2", "break-after: avoid", "Linux Libertine O"] {
            XCTAssertTrue(css.contains(rule), rule)
        }
    }
}

extension PrintHTMLWriterTests {
    func testOrderedListsStartWhereTheTextSaysInWeasyPrintToo() throws {
        let list = Block.list(list: ListBlock(ordered: true, start: 3, items: [[.paragraph(inlines: [.text(text: "three")])]]))
        let html = try render(Document(blocks: [list]))
        XCTAssertTrue(html.contains("<ol style=\"counter-reset: list-item 2\"><li><p>three</p></li></ol>"), html)
    }
}

extension PrintHTMLWriterTests {
    func testANoteTallerThanThePageIsAWarning() throws {
        let long = String(repeating: "A sentence of a very long note. ", count: 80)
        let document = Document(metadata: Metadata(language: "en"), blocks: [.paragraph(inlines: [
            .text(text: "Text"), .note(blocks: [.paragraph(inlines: [.text(text: "Short.")])]),
            .note(blocks: [.paragraph(inlines: [.text(text: long)])])])])
        let context = ConversionContext()
        _ = try render(document, WriterOptions(paper: "a5"), context: context)
        XCTAssertEqual(context.diagnostics.map(\.severity), [.warning])
        XCTAssertTrue(context.diagnostics[0].message.hasPrefix("note 2 has 2560 characters"), context.diagnostics[0].message)
        let roomy = ConversionContext()
        _ = try render(document, WriterOptions(paper: "a3"), context: roomy)
        XCTAssertTrue(roomy.diagnostics.isEmpty)
    }
}
