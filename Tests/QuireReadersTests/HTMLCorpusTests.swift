import Foundation
import QuireModel
@testable import QuireReaders
import XCTest

/// Standard Ebooks chapters read as XHTML give the headings, block quotes (with
/// their attributions) and citations that the corpus' ground truth derives from
/// the same markup (/work/shared/corpus, README.md).
final class HTMLCorpusTests: XCTestCase {
    static let override = ProcessInfo.processInfo.environment["QUIRE_CORPUS"]
    static let names = [
        "thoreau_the_service", "hamilton_federalist_9", "chesterton_on_kipling", "shelley_frankenstein_letter_1",
        "james_pragmatism_and_religion", "pg_machiavelli_prince_ch26", "pg_strachey_nightingale_2",
        "pg_gilman_women_and_economics_ch2",
    ]
    /// What the Gutenberg-style ground truth adds from outside the chapter file: the
    /// title of the part it belongs to (make_corpus.py's `part_heading`).
    static let partHeadings = ["pg_strachey_nightingale_2": "Florence Nightingale"]

    func testEveryCorpusDocumentMatchesItsGroundTruth() throws {
        let corpus = try Self.override ?? SharedFixtures.required("corpus").path
        for name in Self.names {
            let source = try Data(contentsOf: URL(fileURLWithPath: "\(corpus)/src/\(name).xhtml"))
            let json = try Data(contentsOf: URL(fileURLWithPath: "\(corpus)/\(name).expected.json"))
            let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any])
            let document = try HTMLReader().read(Array(source), options: ReaderOptions(), context: ConversionContext())
            check(document, against: expected, name: name)
        }
    }

    private func check(_ document: Document, against expected: [String: Any], name: String) {
        let gutenberg = expected["style"] as? String == "gutenberg"
        // Headings: level and text.
        let wantHeadings = (expected["headings"] as? [[String: Any]] ?? []).map {
            "\($0["level"] as? Int ?? 0) \(Self.normalise($0["text"] as? String ?? ""))"
        }
        var gotHeadings: [String] = []
        var offset = 0
        if gutenberg {
            (gotHeadings, offset) = Self.gutenbergTitleHeadings(document.metadata, part: Self.partHeadings[name])
        } else {
            XCTAssertEqual(Self.normalise(document.metadata.plainTitle), Self.normalise(expected["title"] as? String ?? ""), "\(name): title")
        }
        for block in document.blocks {
            if case .heading(let level, _, let inlines) = block {
                gotHeadings.append("\(level + offset) \(Self.normalise(gutenberg ? inlines.plainText.uppercased() : inlines.plainText))")
            }
        }
        XCTAssertEqual(gotHeadings, wantHeadings, "\(name): headings")

        // Block quotes: first and last eight words, attribution.
        let quotes = Self.quotes(in: document.blocks)
        let wantQuotes = expected["blockquotes"] as? [[String: Any]] ?? []
        XCTAssertEqual(quotes.count, wantQuotes.count, "\(name): number of block quotes")
        for (quote, want) in zip(quotes, wantQuotes) {
            let words = Self.words(quote.blocks.filter { !Self.isSignOff($0) }.map(\.plainText).joined(separator: " "))
            XCTAssertEqual(Self.unquoted(words.prefix(8).joined(separator: " ")),
                           Self.unquoted(Self.normalise(want["first_words"] as? String ?? "")), "\(name): first words")
            XCTAssertEqual(Self.unquoted(words.suffix(8).joined(separator: " ")),
                           Self.unquoted(Self.normalise(want["last_words"] as? String ?? "")), "\(name): last words")
            XCTAssertEqual(quote.attribution.map { Self.normalise($0.plainText) },
                           (want["attribution"] as? String).map(Self.normalise), "\(name): attribution")
        }

        // Citations, in document order.
        XCTAssertEqual(Self.citations(in: document.blocks), (expected["citations"] as? [String] ?? []).map(Self.normalise),
                       "\(name): citations")
    }

    /// The chapter heading as the Gutenberg style prints it: "CHAPTER XXVI." and the
    /// title in capitals, both level 1; under a part title, the bare number at level 2.
    static func gutenbergTitleHeadings(_ metadata: Metadata, part: String?) -> ([String], Int) {
        let title = metadata.plainTitle
        let isNumber = !title.isEmpty && title.allSatisfy { "IVXLCDM0123456789".contains($0) }
        let ordinal = metadata.kicker ?? (isNumber ? title : nil)
        let name = metadata.kicker != nil || !isNumber ? title : nil
        guard let part else {
            var headings: [String] = []
            if let ordinal { headings.append("1 CHAPTER \(ordinal).") }
            if let name { headings.append("1 \(normalise(name.uppercased()))") }
            return (headings, 0)
        }
        let joined = [ordinal, name].compactMap { $0 }.joined(separator: ". ").uppercased()
        return (["1 \(part.uppercased())", "2 \(joined)"], 1)
    }

    static func quotes(in blocks: [Block]) -> [BlockQuote] {
        var found: [BlockQuote] = []
        for block in blocks {
            switch block {
            case .blockQuote(let quote): found.append(quote)
            case .division(let division): found += quotes(in: division.blocks)
            case .list(let list): found += quotes(in: list.items.flatMap { $0 })
            default: continue
            }
        }
        return found
    }

    static func citations(in blocks: [Block]) -> [String] {
        var found: [String] = []
        for block in blocks {
            if case .blockQuote(let quote) = block {
                found += citations(in: quote.blocks)
                if let citation = quote.citation { found.append(normalise(citation.text)) }
                continue
            }
            for run in block.inlineRuns {
                for inline in run {
                    inline.forEach { inline in
                        switch inline {
                        case .citation(let citation): found.append(normalise(citation.text))
                        case .quoted(_, _, let citation?): found.append(normalise(citation.text))
                        default: break
                        }
                    }
                }
            }
            found += citations(in: block.childBlocks)
        }
        return found
    }

    static func isSignOff(_ block: Block) -> Bool {
        if case .division(let division) = block { return division.classes.contains("signoff") }
        return false
    }

    /// Any white space as one space; word joiners (invisible) gone.
    static func normalise(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    static func words(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{2060}", with: "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Quotation marks at either end do not count.
    static func unquoted(_ text: String) -> String {
        let marks: Set<Character> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\""]
        var result = Substring(text)
        while let first = result.first, marks.contains(first) { result.removeFirst() }
        while let last = result.last, marks.contains(last) { result.removeLast() }
        return String(result)
    }
}
