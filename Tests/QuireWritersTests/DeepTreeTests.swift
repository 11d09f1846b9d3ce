import Foundation
import QuireModel
@testable import QuireWriters
import XCTest

/// A tree built by code may nest any depth; every writer flattens what lies past
/// `Nesting.limit` (text kept, a warning given) instead of overflowing the stack.
final class DeepTreeTests: XCTestCase {
    static let depth = 100_000

    /// 100,000 containers in turn block quotes, list items, divisions and notes,
    /// with emphasis, links and quotations nested inside, and "innermost" at the bottom.
    static func deepDocument() -> Document {
        var inlines: [Inline] = [.text(text: "innermost")]
        for level in 0..<(depth / 2) {
            switch level % 3 {
            case 0: inlines = [.emphasis(inlines: inlines)]
            case 1: inlines = [.link(url: "https://example.org/\(level)", title: nil, inlines: inlines)]
            default: inlines = [.quoted(kind: .double, inlines: inlines, citation: nil)]
            }
        }
        var blocks: [Block] = [.paragraph(inlines: inlines)]
        for level in 0..<(depth / 2) {
            switch level % 4 {
            case 0: blocks = [.blockQuote(quote: BlockQuote(blocks: blocks))]
            case 1: blocks = [.list(list: ListBlock(ordered: false, items: [blocks]))]
            case 2: blocks = [.division(division: Division(blocks: blocks))]
            default: blocks = [.paragraph(inlines: [.text(text: "see"), .note(blocks: blocks)])]
            }
        }
        var headings: [Block] = []
        for level in stride(from: 1, through: depth, by: depth / 100) {
            headings.append(.heading(level: level, id: "", inlines: [.text(text: "Level \(level)")]))
        }
        return Document(metadata: Metadata(title: [.text(text: "Deep")]), blocks: headings + blocks)
    }

    func testEveryWriterFlattensAHundredThousandLevelsKeepingTheText() throws {
        // The test itself holds the deep value: building and freeing it recurse once a
        // level in the Swift runtime, so it runs on a thread with room for that.
        try onLargeStack {
            let document = Self.deepDocument()
            XCTAssertTrue(document.nestsDeeper(than: Nesting.limit))
            let writers: [any DocumentWriter] = [PlainTextWriter(), JSONWriter(), MarkdownWriter(), HTMLWriter(),
                                                 DocBookWriter(), PrintHTMLWriter(), EPUBWriter()]
            for writer in writers {
                let name = type(of: writer).format.name
                let context = ConversionContext(timestamp: 1_700_000_000)
                let output = try writer.write(document, options: WriterOptions(), context: context)
                XCTAssertTrue(context.diagnostics.contains { $0.message.contains("nests deeper than \(Nesting.limit) levels") },
                              "\(name) says nothing of the flattening")
                let text: String
                if name == "epub" {
                    let archive = try EPUBArchive(output.bytes)
                    defer { archive.remove() }
                    text = try archive.names.filter { $0.hasSuffix(".xhtml") }.map { try archive.text($0) }.joined()
                } else {
                    text = String(decoding: output.bytes, as: UTF8.self)
                }
                XCTAssertTrue(text.contains("innermost"), "\(name) lost the innermost text")
                if name == "json" {
                    XCTAssertFalse(try QuireJSON.decode(output.bytes).nestsDeeper(than: Nesting.limit), "the JSON reads back")
                }
                XCTAssertTrue(text.contains("https://example.org/1"), "\(name) lost the deepest link's address")
            }
        }
    }

    func testTreeWithinTheLimitIsLeftAsItIs() {
        let document = Document(blocks: [.blockQuote(quote: BlockQuote(blocks: [.paragraph(inlines: [.emphasis(inlines: [.text(text: "a")])])]))])
        let context = ConversionContext()
        XCTAssertEqual(document.limitingNesting(context: context), document)
        XCTAssertTrue(context.diagnostics.isEmpty)
    }

    /// Runs `body` on a thread with a 1 GiB stack (reserved, touched only as used).
    func onLargeStack(_ body: @escaping @Sendable () throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        let thread = Thread {
            do { try body() } catch { failure = error }
            done.signal()
        }
        thread.stackSize = 1 << 30
        thread.start()
        done.wait()
        if let failure { throw failure }
    }
}
