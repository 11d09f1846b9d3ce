import QuireModel
@testable import QuireWriters
import XCTest

/// An engine that records the job and answers with what it was given.
final class RecordingEngine: PDFEngine, @unchecked Sendable {
    var jobs: [PDFJob] = []
    let answer: PDFRendering

    init(_ answer: PDFRendering) { self.answer = answer }

    func render(_ job: PDFJob) throws -> PDFRendering {
        jobs.append(job)
        return answer
    }
}

final class PDFWriterTests: XCTestCase {
    let document = Document(metadata: Metadata(title: [.text(text: "T")], language: "en"),
                            blocks: [.paragraph(inlines: [.text(text: "Text.")])])

    func write(_ engine: RecordingEngine?, _ options: WriterOptions = WriterOptions(), timestamp: Int64 = 0) throws
        -> (bytes: [UInt8], warnings: [String]) {
        let context = ConversionContext(timestamp: timestamp, pdfEngine: engine)
        let bytes = try PDFWriter().write(document, options: options, context: context).bytes
        return (bytes, context.diagnostics.filter { $0.severity == .warning }.map(\.message))
    }

    func testTheEngineRendersTheWholePrintHTMLWithTheVariantAndTimestamp() throws {
        let engine = RecordingEngine(PDFRendering(bytes: Array("%PDF-1.7".utf8), fonts: ["ABCDEF+Linux-Libertine-O"]))
        let result = try write(engine, WriterOptions(paper: "a5", fragment: true, pdfVariant: "pdf/a-3b"), timestamp: 1_700_000_000)
        XCTAssertEqual(result.bytes, Array("%PDF-1.7".utf8))
        XCTAssertEqual(result.warnings, [])
        let job = try XCTUnwrap(engine.jobs.first)
        let html = String(decoding: job.html, as: UTF8.self)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), "a whole page even when --fragment was given")
        XCTAssertTrue(html.contains("@page { size: a5; }"))
        XCTAssertEqual(job.variant, "pdf/a-3b")
        XCTAssertEqual(job.timestamp, 1_700_000_000)
    }

    func testWithoutAnEngineOrWithAnUnknownVariantNothingIsRendered() {
        XCTAssertThrowsError(try write(nil)) { XCTAssertEqual($0 as? PDFError, .noEngine) }
        let engine = RecordingEngine(PDFRendering(bytes: []))
        XCTAssertThrowsError(try write(engine, WriterOptions(pdfVariant: "pdf/a-9"))) {
            XCTAssertEqual(($0 as? PDFError)?.category, .usage)
            XCTAssertTrue("\($0)".contains("pdf/ua-1"))
        }
        XCTAssertTrue(engine.jobs.isEmpty)
    }

    func testEngineWarningsBecomeTheConversionsWarnings() throws {
        let engine = RecordingEngine(PDFRendering(bytes: [], warnings: ["Unknown rule at 1:1"]))
        XCTAssertEqual(try write(engine).warnings, ["weasyprint: Unknown rule at 1:1"])
    }

    func testAFallbackFontIsNamedWithTheRemedy() throws {
        let missing = RecordingEngine(PDFRendering(bytes: [], fonts: ["QWERTY+DejaVuSerif", "ASDFGH+DejaVuSerif-Italic"]))
        let whole = try write(missing).warnings
        XCTAssertEqual(whole.count, 1)
        XCTAssertTrue(whole[0].contains("DejaVuSerif, DejaVuSerif-Italic") && whole[0].contains("apt-get install fonts-linuxlibertine"), whole[0])

        let script = RecordingEngine(PDFRendering(bytes: [], fonts: ["AAAAAA+Linux-Libertine-O", "BBBBBB+NotoSansCJK-Regular"]))
        let some = try write(script).warnings
        XCTAssertEqual(some.count, 1)
        XCTAssertTrue(some[0].hasPrefix("some characters were set in NotoSansCJK-Regular"), some[0])

        let fine = RecordingEngine(PDFRendering(bytes: [], fonts: ["AAAAAA+Linux-Libertine-O-Small-Caps", "CCCCCC+Linux-Libertine-Mono-O"]))
        XCTAssertEqual(try write(fine).warnings, [])
        // A user's own style sheet may name any face.
        let context = ConversionContext(resources: MemoryResources(files: ["my.css": Array("html { font-family: Gentium }".utf8)]), pdfEngine: missing)
        _ = try PDFWriter().write(document, options: WriterOptions(stylesheets: ["my.css"]), context: context)
        XCTAssertEqual(context.diagnostics.filter { $0.severity == .warning }, [])
    }
}
