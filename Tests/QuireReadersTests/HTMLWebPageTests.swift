import Foundation
import QuireModel
@testable import QuireReaders
import XCTest

/// Saved web pages give only the article: its title, author, date, language and
/// body, and nothing from the page around it.
final class HTMLWebPageTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/WebPages")
    /// The magazine page doubles as the saved-page sample that `make run` converts.
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    static func url(of file: String) -> URL {
        let fixture = fixtures.appendingPathComponent(file)
        return FileManager.default.fileExists(atPath: fixture.path) ? fixture : samples.appendingPathComponent(file)
    }

    struct Expectation {
        var file: String
        var title: String
        var authors: [String]
        var date: String?
        var language: String
        var firstParagraph: String
        var lastParagraph: String
        /// Text of the page's chrome that must appear nowhere in the tree.
        var chrome: [String]
    }

    static let pages: [Expectation] = [
        Expectation(
            file: "news-article.html",
            title: "Alpine glaciers lost a tenth of their ice in two years, survey finds",
            authors: ["Maria Okafor"], date: "2024-03-05", language: "en-GB",
            firstParagraph: "Glaciers in the Alps lost ten per cent of their remaining ice in just two years",
            lastParagraph: "Most of the Alps’ glaciers will be gone by the end of the century",
            chrome: ["Skip to main content", "World news", "Politics", "Search the Courier", "Support independent journalism",
                     "Share on Facebook", "Share via Email", "Freezing level over the Alps", "Advertisement",
                     "Climate crisis", "Copy link", "Sign up to Down to Earth", "Most viewed", "Train strikes",
                     "Privacy policy", "© 2024 Northfield Courier Media Group", "dataLayer", "skip-link"]),
        Expectation(
            file: "blog-post-with-comments.html",
            title: "Bringing a 1950s hand plane back to life",
            authors: ["Tom Lindqvist"], date: "2023-11-19", language: "en-US",
            firstParagraph: "Last spring I paid four euros for a Stanley No.\u{A0}4 smoothing plane",
            lastParagraph: "That is all there is to it.",
            chrome: ["Hand tools, old wood and slow evenings", "Start here", "Tool reviews", "About me", "Menu",
                     "Posted on", "Share this:", "Twitter", "Facebook", "Posted in", "Tagged", "Previous post",
                     "thoughts on", "Lovely result", "Paste wax", "Great write-up", "says:", "Reply", "Leave a Reply",
                     "Your email address will not be published", "Post Comment", "Recent Posts", "Archives",
                     "Sharpening without a jig", "Proudly powered by WordPress", "© 2023"]),
        Expectation(
            file: "magazine-longread.html",
            title: "The Last Lighthouse Keepers",
            authors: ["Helen Marsh"], date: "2022-09-30", language: "en",
            firstParagraph: "On the night of 26 November 1998, Principal Keeper Dermot Cassidy",
            lastParagraph: "What was lost, in the end, was not safety but attention",
            chrome: ["We use cookies", "cookie policy", "Reject non-essential", "The archive", "Words by",
                     "18 minute read", "Enjoying this essay?", "The Meridian Letter", "Share this essay",
                     "You might also like", "The ferrymen of the Humber", "free essays this month",
                     "registered in England", "↩", "Notes"]),
        Expectation(
            file: "cookie-banner-and-menu.html",
            title: "Neue Radbrücke über die Dreisam soll im Herbst eröffnen",
            authors: ["Lena Vogt"], date: "2024-05-14", language: "de",
            firstParagraph: "Die Stadt Freiburg baut eine neue Brücke für Radfahrer und Fußgänger über die Dreisam.",
            lastParagraph: "Während der Bauarbeiten bleibt der Uferweg auf der Südseite bis Ende August gesperrt.",
            chrome: ["Wir verwenden Cookies", "Alle akzeptieren", "Einstellungen verwalten", "Startseite", "Lokales",
                     "Wirtschaft", "Abo & Service", "› Verkehr", "Von Lena Vogt", "Teilen", "Twittern", "Meistgelesen",
                     "Hitzewelle", "Wetter", "Impressum", "Datenschutz", "Alle Rechte vorbehalten", "Stadtanzeiger"]),
        Expectation(
            file: "broken-markup.html",
            title: "The Night the Fog Came In",
            authors: ["Sam Ortiz"], date: "2009-03-03", language: "en",
            firstParagraph: "Nobody on Front Street could see across the road on Tuesday night",
            lastParagraph: "The National Weather Service says more fog is likely this weekend",
            chrome: ["Front page", "Town news", "Letters to the editor", "Classifieds", "ADVERTISEMENT", "Bait",
                     "Reader poll", "Copyright 2009", "webmaster", "Harbor Town Gazette", "By Sam Ortiz"]),
    ]

    static func read(_ file: String) throws -> Document {
        let bytes = try Data(contentsOf: url(of: file))
        return try HTMLReader().read(Array(bytes), options: ReaderOptions(), context: ConversionContext())
    }

    func testEachPageGivesTheArticleAndItsMetadata() throws {
        for page in Self.pages {
            let document = try Self.read(page.file)
            XCTAssertEqual(document.metadata.plainTitle, page.title, page.file)
            XCTAssertEqual(document.metadata.authors, page.authors, page.file)
            XCTAssertEqual(document.metadata.date, page.date, page.file)
            XCTAssertEqual(document.metadata.language, page.language, page.file)
            let paragraphs = document.blocks.compactMap { block -> String? in
                if case .paragraph(let inlines) = block { return inlines.plainText }
                return nil
            }
            XCTAssertTrue(paragraphs.first?.hasPrefix(page.firstParagraph) == true, "\(page.file): first paragraph is \(paragraphs.first ?? "none")")
            XCTAssertTrue(paragraphs.last?.hasPrefix(page.lastParagraph) == true, "\(page.file): last paragraph is \(paragraphs.last ?? "none")")
        }
    }

    func testNoChromeTextAnywhereInTheTree() throws {
        for page in Self.pages {
            let tree = String(reflecting: try Self.read(page.file))
            for text in page.chrome {
                XCTAssertFalse(tree.contains(text), "\(page.file): chrome text \"\(text)\" is in the tree")
            }
        }
    }

    func testTheHeadlineIsTheTitleNotAHeading() throws {
        for page in Self.pages {
            let document = try Self.read(page.file)
            for block in document.blocks {
                if case .heading(_, _, let inlines) = block {
                    XCTAssertNotEqual(inlines.plainText, page.title, page.file)
                }
            }
        }
    }

    func testNewsArticleKeepsStandfirstQuoteFigureAndRelativeHeadings() throws {
        let document = try Self.read("news-article.html")
        XCTAssertEqual(document.metadata.subtitle.plainText,
                       "Swiss and Austrian glaciologists say the losses of 2022 and 2023 were the worst since measurements began in 1914")
        XCTAssertEqual(document.metadata.kicker, "Science")
        XCTAssertEqual(document.metadata.publisher, "Northfield Courier")
        XCTAssertTrue(document.metadata.subjects.contains("Switzerland"))
        let headings = document.blocks.compactMap { block -> Int? in
            if case .heading(let level, _, _) = block { return level }
            return nil
        }
        XCTAssertEqual(headings, [1, 1], "h2 under the h1 title are level 1")
        let quote = try XCTUnwrap(HTMLCorpusTests.quotes(in: document.blocks).first)
        XCTAssertEqual(quote.attribution?.plainText, "Andrea Fischer, Austrian Academy of Sciences")
        guard case .figure(let figure)? = document.blocks.first else { return XCTFail("the lead image comes first") }
        XCTAssertEqual(figure.image.alt, "The tongue of the Rhône glacier covered with white fleeces")
        XCTAssertTrue(figure.caption.plainText.hasPrefix("Fleeces laid over the Rhône glacier"))
    }

    func testBlogPostKeepsListTableAndCode() throws {
        let document = try Self.read("blog-post-with-comments.html")
        var list: ListBlock?
        var table: Table?
        var code: String?
        for block in document.blocks {
            switch block {
            case .list(let found): list = found
            case .table(let found): table = found
            case .preformatted(let text): code = text
            default: continue
            }
        }
        XCTAssertEqual(list?.ordered, true)
        XCTAssertEqual(list?.items.count, 3)
        XCTAssertEqual(table?.header.first?.map(\.plainText), ["Grit", "Strokes", "What you are looking for"])
        XCTAssertEqual(table?.alignments, [.default, .right, .default])
        XCTAssertEqual(table?.rows.count, 3)
        XCTAssertEqual(code?.hasPrefix("strokes = 0\nwhile not flat(sole):\n    strokes += 1"), true)
    }

    func testLongReadNotesQuotesAndCitations() throws {
        let document = try Self.read("magazine-longread.html")
        var notes: [String] = []
        for block in document.blocks {
            block.forEachInline { if case .note(let blocks) = $0 { notes.append(blocks.map(\.plainText).joined()) } }
        }
        XCTAssertEqual(notes, [
            "Cassidy’s account is in the Trinity House oral history collection, recorded in 2004.",
            "The registers are held at the Guildhall Library, London.",
            "See also Bella Bathurst, The Lighthouse Stevensons (1999).",
        ])
        let quotes = HTMLCorpusTests.quotes(in: document.blocks)
        XCTAssertEqual(quotes.map(\.role), [.epigraph, .pullQuote, .plain])
        XCTAssertEqual(quotes[0].attribution?.plainText, "G. K. Chesterton")
        XCTAssertEqual(quotes[0].citation?.title, "The Ballad of the White Horse")
        XCTAssertEqual(quotes[2].attribution?.plainText, "Virginia Woolf")
        XCTAssertEqual(quotes[2].citation?.text, "To the Lighthouse")
        XCTAssertEqual(HTMLCorpusTests.citations(in: document.blocks),
                       ["The Ballad of the White Horse", "The Keepers’ Journal, p. 41", "To the Lighthouse"])
        XCTAssertTrue(document.blocks.contains(.sceneBreak))
        let table = document.blocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }.first
        XCTAssertEqual(table?.caption.plainText, "Staffed lighthouses in England and Wales")
        XCTAssertEqual(table?.alignments, [.left, .right, .right])
        XCTAssertEqual(document.metadata.subjects, ["lighthouses", "maritime history", "automation"])
    }

    func testBrokenMarkupIsRepairedNotLost() throws {
        let document = try Self.read("broken-markup.html")
        let text = document.blocks.map(\.plainText).joined(separator: "\n")
        XCTAssertTrue(text.contains("by ten o'clock, said its owner, Rosa Delgado."))
        XCTAssertTrue(text.contains("straight & that his office took \"more calls than on the Fourth of July.\""))
        XCTAssertTrue(text.contains("The farmers’ market was postponed to Saturday"))
    }
}
