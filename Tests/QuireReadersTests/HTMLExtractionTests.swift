import QuireModel
@testable import QuireReaders
import XCTest

/// Where the article is on pages that mislead: chrome words on the article's own
/// wrapper, a charset declaration the bytes contradict, and titles that carry the
/// site's name or disagree with the headline.
final class HTMLExtractionTests: XCTestCase {
    private func read(_ html: String) throws -> Document {
        try HTMLReader().read(Array(html.utf8), options: ReaderOptions(), context: ConversionContext())
    }

    private static let story = (1...6).map {
        "<p>Paragraph \($0) of the story goes on for a while, with commas, clauses and enough words to be read as text.</p>"
    }.joined()

    private func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .paragraph(let inlines) = $0 { return inlines.plainText } else { return nil } }
    }

    func testAnArticleWhoseClassSoundsLikeChromeIsStillTheArticle() throws {
        // `commented` and `with-sidebar` hold chrome words; the wrapper holds the headline and the text.
        let document = try read("""
            <html lang="en"><head><title>The story</title></head><body>
            <div class="layout with-sidebar"><article class="post commented"><h1>The story</h1>\(Self.story)
            <section class="comments"><p>First! This comment is long enough to be a paragraph of its own, surely.</p></section>
            </article><div class="sidebar"><p>Other stories you might like to read today, and many more.</p></div></div>
            </body></html>
            """)
        XCTAssertEqual(document.metadata.plainTitle, "The story")
        XCTAssertEqual(paragraphs(document).count, 6)
        XCTAssertFalse(paragraphs(document).contains { $0.contains("First!") || $0.contains("Other stories") })
    }

    func testAGalleryOutweighingTheArticleIsNotTakenForIt() throws {
        // The share widget's class names chrome; it holds more text than the story, but not the headline.
        let captions = (1...12).map { "<p>Caption \($0) describes a photograph at some length, as galleries do, on and on.</p>" }.joined()
        let document = try read("""
            <html lang="en"><head><title>The story</title></head><body>
            <article><h1>The story</h1>\(Self.story)</article>
            <div class="widget share-gallery"><h2>In pictures</h2>\(captions)</div>
            </body></html>
            """)
        XCTAssertEqual(paragraphs(document).count, 6)
    }

    func testMicrodataArticleBodyOutweighsAShareWidgetsClass() throws {
        let document = try read("""
            <html lang="en"><head><title>The story</title></head><body>
            <h1>The story</h1><div class="share-buttons-container" itemprop="articleBody">\(Self.story)</div>
            <div class="share-buttons"><a href="/s">Share</a></div></body></html>
            """)
        XCTAssertEqual(paragraphs(document).count, 6)
    }

    func testAnArticleSplitIntoSiblingBoxesIsReadWhole() throws {
        // Each step sits two boxes deep; none holds the article alone.
        let steps = (1...4).map { step in
            "<div class=\"step\"><h2>Step \(step)</h2><div class=\"step-text\"><p>In step \(step) you do one thing, then another, "
                + "and then, carefully, a third thing that takes a sentence or two to explain properly.</p></div></div>"
        }.joined()
        let document = try read("""
            <html lang="en"><head><title>How to do it</title></head><body>
            <div class="page"><div class="col"><h1>How to do it</h1>\(steps)</div>
            <div class="links"><a href="/a">One link</a> <a href="/b">Another link</a></div></div></body></html>
            """)
        XCTAssertEqual(paragraphs(document).count, 4)
        XCTAssertEqual(document.blocks.filter { if case .heading = $0 { return true } else { return false } }.count, 4)
    }

    func testAListOfOtherStoriesAndAVideoPlayerInsideTheMainElementAreLeftOut() throws {
        let teasers = (1...4).map {
            "<li><h3><a href=\"/s\($0)\">Other story \($0)</a></h3><p>A teaser for other story \($0), long enough to be a "
                + "paragraph of text, with a comma or two, and a full stop.</p></li>"
        }.joined()
        let document = try read("""
            <html lang="en"><head><title>The story</title></head><body><main><h1>The story</h1>
            <div class="video-player"><ul><li>Auto</li><li>High (HD)</li><li>Low</li></ul><span>Captions</span></div>
            \(Self.story)<ul class="stream">\(teasers)</ul></main></body></html>
            """)
        XCTAssertEqual(paragraphs(document).count, 6)
        XCTAssertEqual(document.blocks.count, 6, "\(document.blocks)")
    }

    func testDocumentationSectionsNamedAfterTheirHeadingsAreKept() throws {
        // Generated ids repeat the heading ("sharing" is a chrome word); the headings
        // link back to the table of contents, not to other pages.
        let sections = ["Sharing with a single developer", "Sharing with a team", "Sharing in the open"].enumerated().map { index, title in
            let slug = title.lowercased().split(separator: " ").joined(separator: "-")
            return "<div class=\"section\" id=\"\(slug)\"><h2><a class=\"toc-backref\" href=\"#toc\(index)\">\(title)</a></h2>"
                + "<p>Text of the section on \(title.lowercased()), with enough words, commas and clauses to count.</p></div>"
        }.joined()
        let document = try read("""
            <html lang="en"><head><title>Sharing</title></head><body><div class="body"><h1>Sharing</h1>\(sections)</div></body></html>
            """)
        XCTAssertEqual(paragraphs(document).count, 3)
        XCTAssertEqual(document.blocks.filter { if case .heading = $0 { return true } else { return false } }.count, 3)
    }

    func testABylineOutsideTheArticleIsFoundButNotACommentersName() throws {
        let document = try read("""
            <html lang="en"><head><title>The story</title></head><body>
            <aside class="meta"><p><span itemprop="author"><span itemprop="name">Rosa Cole</span> —</span></p></aside>
            <article><h1>The story</h1>\(Self.story)</article>
            <ol class="comment-list"><li><a rel="author" href="/u/x">A Commenter</a><p>Nice.</p></li></ol></body></html>
            """)
        XCTAssertEqual(document.metadata.authors, ["Rosa Cole"])
        let commented = try read("""
            <html lang="en"><head><title>The story</title></head><body><article><h1>The story</h1>\(Self.story)</article>
            <ol class="comment-list"><li><a rel="author" href="/u/x">A Commenter</a><p>Nice.</p></li></ol></body></html>
            """)
        XCTAssertEqual(commented.metadata.authors, [])
    }

    func testTextInABoxNamedLikeChromeIsReadWhenThereIsNoOtherText() throws {
        // The only text of the page is in a modal slideshow; the title names the site.
        let document = try read("""
            <html lang="en"><head><title>News - Latest headlines</title></head><body>
            <div class="nav"><a href="/">Home</a> <a href="/n">News</a></div>
            <div class="modal slideshow"><div class="slide">\(Self.story)</div></div></body></html>
            """)
        XCTAssertEqual(paragraphs(document).count, 6)
        XCTAssertFalse(paragraphs(document).contains { $0.contains("Home") })
    }

    func testValidUTF8WinsOverADeclaredLegacyCharset() throws {
        let document = try read("""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>新闻</title></head>
            <body><p>人工智能迈上新台阶，这是一段足够长的中文文字。</p></body></html>
            """)
        XCTAssertEqual(paragraphs(document), ["人工智能迈上新台阶，这是一段足够长的中文文字。"])
    }

    func testTheSharedTitleWinsAndLosesTheSiteName() throws {
        let document = try read("""
            <html lang="en"><head><title>Tab title – Daily Example</title>
            <meta property="og:title" content="Shared title | Daily Example"><meta property="og:site_name" content="Daily Example">
            </head><body><article><h1>Shared title</h1>\(Self.story)</article></body></html>
            """)
        XCTAssertEqual(document.metadata.plainTitle, "Shared title")
        XCTAssertEqual(document.metadata.publisher, "Daily Example")
    }

    func testJSONLDInsideCDATAIsRead() throws {
        let document = try read("""
            <html lang="en"><head><title>Something else</title><script type="application/ld+json">//<![CDATA[
            {"@type": "NewsArticle", "headline": "The linked-data headline", "author": {"name": "Ada Byron"}}
            //]]></script></head><body><article>\(Self.story)</article></body></html>
            """)
        XCTAssertEqual(document.metadata.plainTitle, "The linked-data headline")
        XCTAssertEqual(document.metadata.authors, ["Ada Byron"])
    }

    func testAHeadlineTheTitleDoesNotRepeatStaysAHeading() throws {
        let document = try read("""
            <html lang="en"><head><title>Notes on bread | Crumb</title></head><body>
            <article><h1>Starters</h1>\(Self.story)</article></body></html>
            """)
        XCTAssertEqual(document.metadata.plainTitle, "Notes on bread")
        XCTAssertEqual(document.blocks.first, .heading(level: 1, id: "", inlines: [.text(text: "Starters")]))
    }

    func testAMetaTagMayNameSeveralProperties() throws {
        let document = try read("""
            <html lang="en"><head><title>Tab</title><meta property="x:title dc:title" content="Preferred title">
            </head><body>\(Self.story)</body></html>
            """)
        XCTAssertEqual(document.metadata.plainTitle, "Preferred title")
    }
}
