import Foundation
import QuireModel
import QuireReaders
import XCTest

/// The DOCX and ODT readers on a manuscript typed by hand (make-manuscript.py, and the
/// ODT LibreOffice made of it), on pandoc's output, and on files that are not what they claim.
final class OfficeReaderTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Office")

    func read(_ file: String, _ context: ConversionContext = ConversionContext()) throws -> Document {
        let bytes = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(file)))
        let reader: any DocumentReader = file.hasSuffix(".odt") ? ODTReader() : DOCXReader()
        return try reader.read(bytes, options: ReaderOptions(), context: context)
    }

    func text(_ string: String) -> Inline { .text(text: string) }
    func para(_ inlines: Inline...) -> Block { .paragraph(inlines: inlines) }

    /// The title page gives the metadata, the italic lines and their credit the epigraph,
    /// blank paragraphs vanish, a double line break splits, `#` is a scene break.
    func checkManuscript(_ file: String) throws {
        let document = try read(file)
        XCTAssertEqual(document.metadata.title, [text("The Lighthouse Keeper")], file)
        XCTAssertEqual(document.metadata.subtitle, [text("A Story")], file)
        XCTAssertEqual(document.metadata.authors, ["Ada Marsh"], file)
        XCTAssertEqual(document.metadata.language, "en-GB", file)
        XCTAssertEqual(document.metadata.subjects, ["lighthouses", "Scotland"], file)
        let note = Inline.note(blocks: [para(text("The Marsh family kept the Skerry light from 1931."))])
        XCTAssertEqual(document.blocks, [
            .blockQuote(quote: BlockQuote(
                blocks: [para(text("I am by birth a Genevese, and my family is one of the most distinguished of that republic."))],
                attribution: [text("Mary Shelley, "), .emphasis(inlines: [text("Frankenstein")])], role: .epigraph)),
            .heading(level: 1, id: "", inlines: [text("Chapter One")]),
            para(text("The lamp had burned for ninety years before Elsie climbed the stair to tend it. She counted the steps the first night and never again.")),
            para(text("Her father had kept the light, and "), .emphasis(inlines: [text("his")]), text(" father before him."), note,
                 text(" Nobody asked whether she wanted it.")),
            para(text("The log listed three duties:")),
            .list(list: ListBlock(ordered: true, items: [[para(text("Trim the wick."))], [para(text("Wind the clockwork."))],
                                                         [para(text("Write the weather down."))]], tight: true)),
            para(text("In winter the sea came over the rocks.")),
            para(text("In summer the tourists came instead, which was worse.")),
            .sceneBreak,
            para(text("The letter from the Board arrived in March.")),
            .heading(level: 1, id: "", inlines: [text("Chapter Two")]),
            para(text("It was short and it was final:")),
            .blockQuote(quote: BlockQuote(
                blocks: [para(text("The light will be automated on the first of June. Your services will not be required."))],
                attribution: [text("The Northern Lighthouse Board")])),
            para(text("She read it twice, then went up to trim the wick.")),
        ], file)
    }

    func testAManuscriptTypedInWord() throws {
        try checkManuscript("manuscript.docx")
    }

    func testTheSameManuscriptSavedByLibreOfficeAsODT() throws {
        try checkManuscript("manuscript.odt")
    }

    /// pandoc's styles: Title, Subtitle, Author, Date, Abstract, Block Text, Compact lists, notes, a table.
    func testPandocOutput() throws {
        for file in ["pandoc/on-keeping-a-commonplace-book.docx", "pandoc/on-keeping-a-commonplace-book.odt"] {
            let document = try read(file)
            XCTAssertEqual(document.metadata.title, [text("On Keeping a Commonplace Book")], file)
            XCTAssertEqual(document.metadata.subtitle, [text("Notes for readers who write things down")], file)
            XCTAssertEqual(document.metadata.authors, ["Quire Sample Writer"], file)
            XCTAssertEqual(document.metadata.date, "2026-11-20", file)
            let headings = document.blocks.compactMap { block -> String? in
                if case .heading(let level, _, let inlines) = block { return "\(level) \(inlines.plainText)" } else { return nil }
            }
            XCTAssertEqual(headings, ["1 Why copy at all?", "1 What goes in", "2 A short method", "1 Reading it back"], file)
            XCTAssertTrue(document.blocks.contains(.blockQuote(quote: BlockQuote(
                blocks: [para(text("The palest ink is better than the best memory."))], attribution: [text("Chinese proverb")]))), file)
            guard let table = document.blocks.lazy.compactMap({ block -> Table? in if case .table(let table) = block { return table } else { return nil } }).first else {
                return XCTFail("\(file): no table")
            }
            XCTAssertEqual(table.rows.count + table.header.count, 4, file)
            XCTAssertEqual(table.rows.last?.map(\.plainText), ["Letters", "22", "1995"], file)
            var notes = 0
            for block in document.blocks { if case .paragraph(let inlines) = block { notes += inlines.filter { if case .note = $0 { return true } else { return false } }.count } }
            XCTAssertEqual(notes, 2, file)
            let list = document.blocks.first { if case .list = $0 { return true } else { return false } }
            guard case .list(let steps)? = list else { return XCTFail("\(file): no list") }
            XCTAssertTrue(steps.ordered, file)
            XCTAssertEqual(steps.items.count, 3, file)
        }
    }

    /// A link keeps its target, a picture comes out of the archive (its bytes handed to the
    /// writers) with its caption (pandoc's "Image Caption" or "FigureCaption" paragraph),
    /// a definition list keeps its terms.
    func testLinksPicturesAndCaptions() throws {
        for file in ["pandoc/links.docx", "pandoc/links.odt"] {
            let context = ConversionContext()
            let document = try read(file, context)
            XCTAssertEqual(document.blocks.first, para(
                text("A paragraph with a "), .link(url: "https://example.org/quire", title: nil, inlines: [text("link to the project")]),
                text(" and "), .strong(inlines: [text("strong words")]), text(" and "), .code(text: "code"), text(".")), file)
            guard document.blocks.count > 1, case .figure(let figure) = document.blocks[1] else {
                return XCTFail("\(file): no figure in \(document.blocks)")
            }
            XCTAssertEqual(figure.caption, [text("A red square")], file)
            XCTAssertEqual(figure.image.alt, "A red square", file)
            let png = try context.resources.load(figure.image.source)
            XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(file): \(figure.image.source)")
            // The tree has no definition list: terms in bold in a bulleted list, as DocBook's variablelist.
            XCTAssertEqual(document.blocks.dropFirst(2).first, .list(list: ListBlock(ordered: false, items: [
                [para(.strong(inlines: [text("Term")])), para(text("Its definition."))]])), file)
            XCTAssertEqual(document.blocks.count, 3, file)
            XCTAssertEqual(context.diagnostics.map(\.message).filter { $0.contains("definition list") }.count, 1, file)
        }
    }

    func testFilesThatAreNotWordDocumentsAreRefusedInOneLine() {
        func message(_ reader: any DocumentReader, _ bytes: [UInt8]) -> String {
            do { _ = try reader.read(bytes, options: ReaderOptions(), context: ConversionContext()); return "" } catch {
                XCTAssertEqual((error as? CategorizedError)?.category, .badInput, "\(error)")
                return "\(error)"
            }
        }
        XCTAssertEqual(message(DOCXReader(), Array("plain text".utf8)),
                       "not a DOCX file: it is not a ZIP archive; give a document saved by a word processor")
        let odt = (try? Data(contentsOf: Self.fixtures.appendingPathComponent("manuscript.odt"))).map(Array.init) ?? []
        XCTAssertEqual(message(DOCXReader(), odt),
                       "not a DOCX file: the archive has no 'word/document.xml'; give a document saved by a word processor")
        XCTAssertFalse(message(ODTReader(), Array(odt.prefix(odt.count / 2))).isEmpty, "a truncated archive is refused")
    }
}
