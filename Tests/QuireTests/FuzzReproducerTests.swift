import Foundation
import Quire
import XCTest

/// Every input kept in Tests/Fuzz/crashes/READER/ once crashed, hung or lost text;
/// each must now read (or be refused with an error) and render through every
/// writer. `make fuzz` replays them under AddressSanitizer too.
final class FuzzReproducerTests: XCTestCase {
    func testEveryKeptReproducerReadsAndRendersEverywhere() throws {
        let crashes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/crashes")
        let converter = Converter()
        var replayed = 0
        for reader in try FileManager.default.contentsOfDirectory(atPath: crashes.path).sorted() {
            let folder = crashes.appendingPathComponent(reader)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let input = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
                // PDF is the print HTML handed to an engine: this one hands the HTML back,
                // so the reproducers go through every writer of ours without WeasyPrint.
                let context = ConversionContext(timestamp: 0, pdfEngine: EchoEngine())
                guard let document = try? converter.read(input, from: reader, context: context) else { continue }
                XCTAssertFalse(document.nestsDeeper(than: Nesting.limit), "\(reader)/\(name)")
                for writer in converter.registry.writers {
                    let format = type(of: writer).format.name
                    XCTAssertNoThrow(try converter.write(document, to: format, context: context), "\(reader)/\(name) → \(format)")
                }
                replayed += 1
            }
        }
        XCTAssertGreaterThan(replayed, 0, "no reproducer was read: are they still in Tests/Fuzz/crashes?")
    }
}

/// A PDF engine that answers with the print HTML it was given.
private struct EchoEngine: PDFEngine {
    func render(_ job: PDFJob) throws -> PDFRendering { PDFRendering(bytes: job.html) }
}
