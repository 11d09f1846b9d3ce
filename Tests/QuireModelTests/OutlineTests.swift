import QuireModel
import XCTest

final class OutlineTests: XCTestCase {
    func heading(_ level: Int, _ text: String) -> Block { .heading(level: level, id: "", inlines: [.text(text: text)]) }
    func para(_ text: String) -> Block { .paragraph(inlines: [.text(text: text)]) }

    func testNestsHeadingsIntoSectionsAndKeepsThePreamble() {
        let outline = Document(blocks: [
            para("lead"), heading(1, "One"), para("a"), heading(2, "One.One"), para("b"),
            heading(1, "Two"), para("c"),
        ]).outline
        XCTAssertEqual(outline.preamble, [para("lead")])
        XCTAssertEqual(outline.sections.map(\.title.plainText), ["One", "Two"])
        XCTAssertEqual(outline.sections[0].blocks, [para("a")])
        XCTAssertEqual(outline.sections[0].subsections.map(\.title.plainText), ["One.One"])
        XCTAssertEqual(outline.sections[0].subsections[0].blocks, [para("b")])
        XCTAssertEqual(outline.sections[1].blocks, [para("c")])
    }

    func testSkippedLevelStillNestsUnderNearestShallowerHeading() {
        let outline = Outline(blocks: [heading(1, "A"), heading(3, "deep"), heading(2, "B")])
        XCTAssertEqual(outline.sections.count, 1)
        XCTAssertEqual(outline.sections[0].subsections.map(\.level), [3, 2])
    }

    func testHeadingIDsAreSlugsMadeUniqueAndStable() {
        let document = Document(blocks: [
            heading(1, "1905 and the theory of permanent revolution"),
            heading(1, "What is the USSR and where is it going?"),
            heading(1, "What is the USSR and where is it going?"),
            heading(1, "1917 — Permanent revolution in action"),
            heading(1, "???"),
        ]).assigningHeadingIDs()
        let ids = document.blocks.compactMap { block -> String? in
            if case .heading(_, let id, _) = block { return id } else { return nil }
        }
        XCTAssertEqual(ids, ["and-the-theory-of-permanent-revolution", "what-is-the-ussr-and-where-is-it-going",
                             "what-is-the-ussr-and-where-is-it-going-2", "permanent-revolution-in-action", "section"])
        XCTAssertEqual(document.assigningHeadingIDs(), document, "assigning twice changes nothing")
    }

    func testNotesAreCollectedInDocumentOrderIncludingInsideQuotes() {
        let note1: [Block] = [para("first")]
        let note2: [Block] = [para("second")]
        let document = Document(blocks: [
            .paragraph(inlines: [.text(text: "x"), .note(blocks: note1)]),
            .blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [.emphasis(inlines: [.note(blocks: note2)])])])),
        ])
        XCTAssertEqual(document.notes, [note1, note2])
    }

    func testPlainTextRestoresQuotationMarksAndCitations() {
        let inlines: [Inline] = [
            .text(text: "He wrote: "),
            .quoted(kind: .double, inlines: [.text(text: "Life is beautiful.")], citation: Citation(text: "My Life")),
        ]
        XCTAssertEqual(inlines.plainText, "He wrote: \u{201C}Life is beautiful.\u{201D} (My Life)")
    }
}

/// Unique heading ids stay unique and cheap when many sections share a title.
final class HeadingIDTests: XCTestCase {
    func testEightThousandSectionsCalledNotesGetNumberedIDsBesideExistingOnes() {
        var blocks: [Block] = [.heading(level: 1, id: "", inlines: [.text(text: "Notes 3")])]
        for _ in 0..<8_000 { blocks.append(.heading(level: 1, id: "", inlines: [.text(text: "Notes")])) }
        let ids = Document(blocks: blocks).assigningHeadingIDs().blocks.compactMap { block -> String? in
            if case .heading(_, let id, _) = block { return id }
            return nil
        }
        XCTAssertEqual(ids.prefix(5), ["notes-3", "notes", "notes-2", "notes-4", "notes-5"])
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertEqual(ids.last, "notes-8001")
    }
}
