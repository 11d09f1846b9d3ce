import Foundation
import QuireModel
@testable import QuireReaders
import QuireWriters
import XCTest

/// Every example of the CommonMark 0.31.2 spec, read by the strict
/// `commonmark` reader and written by the `html` writer as a fragment,
/// compared after the spec runner's normalisation.
final class CommonMarkConformanceTests: XCTestCase {
    struct Example: Decodable {
        var markdown: String
        var html: String
        var example: Int
        var section: String
    }

    static func examples() throws -> [Example] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/CommonMark/spec.json").standardizedFileURL
        return try JSONDecoder().decode([Example].self, from: Data(contentsOf: url))
    }

    static func render(_ markdown: String) throws -> String {
        let context = ConversionContext()
        let document = try CommonMarkReader().read(Array(markdown.utf8), options: ReaderOptions(), context: context)
        let output = try HTMLWriter().write(document, options: WriterOptions(fragment: true), context: context)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Empty input is an error for the CLI but an empty document here.
    static func renderAllowingEmpty(_ markdown: String) -> String {
        (try? render(markdown)) ?? ""
    }

    func testPassRateIsAtLeast98Percent() throws {
        let examples = try Self.examples()
        XCTAssertEqual(examples.count, 655)
        var failures: [String: [Int]] = [:]
        var slow: [Int] = []
        for example in examples {
            let start = DispatchTime.now().uptimeNanoseconds
            let actual = Self.renderAllowingEmpty(example.markdown)
            if DispatchTime.now().uptimeNanoseconds - start > 1_000_000_000 { slow.append(example.example) }
            if HTMLNormalizer.normalize(actual) != HTMLNormalizer.normalize(example.html) {
                failures[example.section, default: []].append(example.example)
                if ProcessInfo.processInfo.environment["COMMONMARK_VERBOSE"] != nil {
                    print("--- example \(example.example) (\(example.section))\n\(example.markdown)--- expected\n\(example.html)--- got\n\(actual)")
                }
            }
        }
        let failed = failures.values.map(\.count).reduce(0, +)
        let rate = Double(examples.count - failed) / Double(examples.count) * 100
        print("CommonMark 0.31.2 conformance: \(examples.count - failed)/\(examples.count) passed (\(String(format: "%.1f", rate))%)")
        for (section, numbers) in failures.sorted(by: { $0.key < $1.key }) {
            print("  failed in \(section): \(numbers.map(String.init).joined(separator: ", "))")
        }
        XCTAssertTrue(slow.isEmpty, "examples over a second: \(slow)")
        XCTAssertGreaterThanOrEqual(rate, 98.0)
    }

    func testNormalizerTreatsBreakFormsAlike() {
        XCTAssertEqual(HTMLNormalizer.normalize("<p>a<br>\nb</p>"), HTMLNormalizer.normalize("<p>a<br/>b</p>"))
        XCTAssertEqual(HTMLNormalizer.normalize("<a title=\"t\" href=\"u\">x</a>"), HTMLNormalizer.normalize("<a href=\"u\" title=\"t\">x</a>"))
    }
}
