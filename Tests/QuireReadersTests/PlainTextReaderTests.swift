import QuireModel
@testable import QuireReaders
import XCTest

final class PlainTextReaderTests: XCTestCase {
    typealias S = ReaderTestSupport

    let gutenberg: String = {
        let prose = S.wrap(S.prose(60, start: "Knowing"))
        return """
        Women and Economics

        by Charlotte Perkins Gilman




        CHAPTER II.


        \(prose) Thus the poet:

            There is the moral of all human tales:
            ’Tis but the same rehearsal of the past—

            And History, with all her volumes vast,
            Hath but one page.

                —Childe Harold’s Pilgrimage, Canto IV, CVIII

        \(prose)
        """
    }()

    func testGutenbergChapterWithVerseQuoteAndCite() throws {
        let document = try S.read(gutenberg)
        XCTAssertEqual(document.metadata.plainTitle, "Women and Economics")
        XCTAssertEqual(document.metadata.authors, ["Charlotte Perkins Gilman"])
        XCTAssertEqual(document.metadata.language, "en")
        guard document.blocks.count == 4, case .heading(1, _, let heading) = document.blocks[0],
              case .blockQuote(let quote) = document.blocks[2] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(heading.plainText, "CHAPTER II.")
        XCTAssertEqual(quote.blocks.count, 1, "two stanzas make one verse block")
        guard case .verse(let lines) = quote.blocks[0] else { return XCTFail("\(quote.blocks)") }
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines[2], [], "an empty line between stanzas")
        XCTAssertEqual(quote.attribution?.plainText, "Childe Harold’s Pilgrimage, Canto IV, CVIII")
        XCTAssertEqual(quote.citation?.title, "Childe Harold’s Pilgrimage")
        XCTAssertEqual(quote.citation?.locator, "Canto IV, CVIII")
        guard case .paragraph(let paragraph) = document.blocks[1] else { return XCTFail() }
        XCTAssertTrue(paragraph.plainText.hasPrefix("Knowing word word"), "wrapped lines joined into one paragraph")
    }

    func testEpigraphAndLetterRoles() throws {
        let text = """
        The Service

        Henry David Thoreau

        I. Qualities of the Recruit

        Spes sibi quisque.

        — Virgil

        \(S.prose())

        To Mrs. Saville, England.

        \(S.prose())

        Your affectionate brother,

        R. Walton.
        """
        let quotes = try S.read(text).blocks.compactMap { block -> BlockQuote? in
            if case .blockQuote(let quote) = block { return quote }
            return nil
        }
        XCTAssertEqual(quotes.map(\.role), [.epigraph, .letter])
        XCTAssertEqual(quotes.first?.citation?.text, "Virgil")
        XCTAssertEqual(quotes.last?.attribution?.plainText, "Your affectionate brother,\nR. Walton.")
        XCTAssertNil(quotes.last?.citation, "a signature is not a citation")
    }

    /// A chapter's title under its label is a heading even when the chapter
    /// that follows is short.
    func testATitleUnderAChapterLabelIsAHeadingWhateverFollows() throws {
        let text = """
        The Lamp of Memory

        by Arthur Penrose




        CHAPTER I.

        THE OLD HOUSE


        \(S.wrap(S.prose(60)))




        CHAPTER II.

        THE GARDEN


        The garden had gone wild long before any of us could remember it.
        """
        let document = try S.read(text)
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(_, _, let inlines) = block { return inlines.plainText } else { return nil }
        }
        XCTAssertEqual(headings, ["CHAPTER I.", "THE OLD HOUSE", "CHAPTER II.", "THE GARDEN"])
    }

    func testEveryBlockGetsADecision() throws {
        let analysis = try PlainTextReader().analyze(Array(gutenberg.utf8), options: ReaderOptions())
        let blockCount = Segmenter.segment(Array(gutenberg.utf8)).count
        // One decision for the layout, one per input block.
        XCTAssertEqual(analysis.decisions.count, blockCount + 1)
        XCTAssertEqual(Set(analysis.decisions.dropFirst().map(\.line)).count, blockCount)
        XCTAssertTrue(analysis.decisions.allSatisfy { !$0.rule.isEmpty && !$0.evidence.isEmpty })
    }

    func testReadGivesTheTreeThatInspectExplains() throws {
        let read = try PlainTextReader().read(Array(gutenberg.utf8), options: ReaderOptions(), context: ConversionContext())
        XCTAssertEqual(read, try PlainTextReader().analyze(Array(gutenberg.utf8), options: ReaderOptions()).document)
    }

    func testLanguageOptionWinsOverDetection() throws {
        XCTAssertEqual(try S.read(gutenberg, language: "fr").metadata.language, "fr")
    }

    func testSignOffAtTheEndIsNotAHeading() throws {
        let text = "The Service\n\nHenry David Thoreau\n\n\(S.prose())\n\nHenry D. Thoreau\n\nJuly, 1840."
        let document = try S.read(text)
        XCTAssertFalse(document.blocks.contains { if case .heading = $0 { true } else { false } })
        XCTAssertEqual(document.blocks.count, 3)
    }

    func testPartTitleThenNumeralNestsTheNumeral() throws {
        let prose = S.wrap(S.prose(60))
        let text = "Eminent Victorians\n\nby Lytton Strachey\n\n\n\n\nFLORENCE NIGHTINGALE\n\n\n\n\nII\n\n\n\(prose)\n\n\(prose)"
        let levels = try S.read(text).blocks.compactMap { block -> Int? in
            if case .heading(let level, _, _) = block { return level }
            return nil
        }
        XCTAssertEqual(levels, [1, 2])
    }

    func testSceneBreakInTheBody() throws {
        let document = try S.read("A Story\n\nby Jane Doe\n\n\(S.prose())\n\n* * *\n\n\(S.prose())")
        XCTAssertEqual(document.blocks[1], .sceneBreak)
    }
}

final class PlainTextReaderStructureTests: XCTestCase {
    typealias S = ReaderTestSupport

    func headings(_ document: Document) -> [String] {
        document.blocks.compactMap { block in
            if case .heading(let level, _, let inlines) = block { return "\(level) \(inlines.plainText)" }
            return nil
        }
    }

    func testRomanSectionsAndArabicSubsectionsGetTwoLevels() throws {
        let text = "An Essay\n\nJane Doe\n\nI. The First Part\n\n\(S.prose())\n\n1. A Detail\n\n\(S.prose())\n\nII. The Second Part\n\n\(S.prose())"
        XCTAssertEqual(headings(try S.read(text)), ["1 I. The First Part", "2 1. A Detail", "1 II. The Second Part"])
    }

    func testNumberedItemsInARowAreNotHeadings() throws {
        let text = "An Essay\n\nJane Doe\n\n\(S.prose())\n\n1. Bread for all\n\n2. Peace now\n\n3. Land to the tillers\n\n\(S.prose())"
        XCTAssertEqual(headings(try S.read(text)), [])
    }

    func testIndentedSignOffUnderAQuotedLetter() throws {
        let prose = S.wrap(S.prose(60))
        let text = """
        A Book

        by Jane Doe




        CHAPTER I.


        \(prose)

        \(S.wrap("“My dear sister, I write to you from the ship, where all is well and the crew are in good spirits, though the ice is close.", indent: "    "))

                Your affectionate brother,

                R. Walton.

        \(prose)
        """
        let document = try S.read(text)
        guard case .blockQuote(let quote) = document.blocks[2] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(quote.blocks.count, 1)
        XCTAssertEqual(quote.attribution?.plainText, "Your affectionate brother,\nR. Walton.")
    }

    func testSourceInParenthesesClosingAQuoteIsItsAttribution() throws {
        let text = "An Essay\n\nJane Doe\n\n\(S.prose()) As the poet wrote:\n\nAll the world’s a stage,\nAnd all the men and women merely players. (As You Like It)\n\n\(S.prose())"
        let document = try S.read(text)
        guard case .blockQuote(let quote) = document.blocks[1] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(quote.citation?.text, "As You Like It")
        XCTAssertEqual(quote.blocks.last?.plainText, "All the world’s a stage,\nAnd all the men and women merely players.")
    }
}

final class PlainTextReaderNestingTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testHeadingsPrintedUnderEachOtherNest() throws {
        let prose = S.wrap(S.prose(60))
        let text = "The Walled Garden\n\nby J. M. Harrow\n\n\n\n\nESSAYS OF THE SEASONS\n\n\n\n\nIV. OF GARDENS\n\n\n\n\nI. THE OLD WALLS\n\n\n\(prose)\n\n\n\nII. LETTERS\n\n\n\(prose)"
        let levels = try S.read(text).blocks.compactMap { block -> Int? in
            if case .heading(let level, _, _) = block { return level }
            return nil
        }
        XCTAssertEqual(levels, [1, 2, 3, 3])
    }

    func testEpigraphClosedByItsSourceInParentheses() throws {
        let text = "An Essay\n\nby Jane Doe\n\nI. The Old Walls\n\nGod Almighty first planted a garden. (Francis Bacon)\n\n\(S.prose())"
        guard case .blockQuote(let quote) = try S.read(text).blocks[1] else { return XCTFail() }
        XCTAssertEqual(quote.role, .epigraph)
        XCTAssertEqual(quote.citation?.text, "Francis Bacon")
    }

    func testAListAfterAColonIsNotAQuote() throws {
        let text = "An Essay\n\nby Jane Doe\n\n\(S.prose()) He wrote them on the inside cover:\n\n1. Plant for your grandchildren.\n\n2. Water in the evening.\n\n\(S.prose())"
        let blocks = try S.read(text).blocks
        XCTAssertFalse(blocks.contains { if case .blockQuote = $0 { true } else { false } })
        XCTAssertEqual(blocks[1], .list(list: ListBlock(ordered: true, start: 1, items: [
            [.paragraph(inlines: [.text(text: "Plant for your grandchildren.")])],
            [.paragraph(inlines: [.text(text: "Water in the evening.")])],
        ])))
    }

    func testSignatureOfAFirmUnderAValediction() throws {
        let text = "An Essay\n\nby Jane Doe\n\nDear Sir,\n\n\(S.prose())\n\nYour obedient servants,\n\nHarkness and Sons\n\n\(S.prose())"
        let document = try S.read(text)
        guard case .blockQuote(let quote) = document.blocks[0] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(quote.role, .letter)
        XCTAssertEqual(quote.attribution?.plainText, "Your obedient servants,\nHarkness and Sons")
    }
}

final class GutenbergFrameRuleTests: XCTestCase {
    typealias S = ReaderTestSupport

    func testHeaderGivesMetadataAndLicenceIsLeftOut() throws {
        let prose = S.wrap(S.prose(60))
        let text = """
        The Project Gutenberg eBook of The Walled Garden

        \(S.wrap("This ebook is for the use of anyone anywhere in the United States and most other parts of the world at no cost and with almost no restrictions whatsoever."))

        Title: The Walled Garden

        Author: J. M. Harrow

        Language: English

        *** START OF THE PROJECT GUTENBERG EBOOK THE WALLED GARDEN ***




        THE WALLED GARDEN

        by J. M. Harrow




        CHAPTER I.


        \(prose)

        \(prose)

        *** END OF THE PROJECT GUTENBERG EBOOK THE WALLED GARDEN ***

        \(S.wrap("Updated editions will replace the previous one—the old editions will be renamed. Creating the works from print editions not protected by U.S. copyright law means that no one owns a United States copyright in these works."))
        """
        let analysis = try PlainTextReader().analyze(Array(text.utf8), options: ReaderOptions())
        let document = analysis.document
        XCTAssertEqual(document.metadata.plainTitle, "The Walled Garden")
        XCTAssertEqual(document.metadata.authors, ["J. M. Harrow"])
        XCTAssertEqual(document.blocks.count, 3, "the chapter heading and its two paragraphs")
        XCTAssertEqual(analysis.decisions.filter { $0.kind == "boilerplate" }.count, 8, "header, markers and licence")
        let blocks = analysis.decisions.dropFirst()  // the first is the layout
        XCTAssertEqual(Set(blocks.map(\.line)).count, blocks.count, "one decision per block")
        XCTAssertEqual(blocks.count, Segmenter.segment(Array(text.utf8)).count)
    }
}
