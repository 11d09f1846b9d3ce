import Foundation
import QuireModel
import QuireReaders
@testable import QuireWriters
import XCTest

/// Random trees of every node kind nested in every way (fixed seeds, so failures repeat):
/// whatever the nesting, DocBook must hold the tree without a warning and give it back.
/// `make check-docbook` runs the validators; this guards the round trip.
final class DocBookRandomTreeTests: XCTestCase {
    /// SplitMix64: tiny, seedable, the same on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    var random = Generator(state: 0)
    let words = ["alpha", "Gamma", "δέλτα", "x & y", "<tag>", "1917", "p. 5", "  two  spaces", "end.", "“curly”"]

    func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
    func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }
    func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    func citation() -> Citation {
        let title = chance(0.5) ? "Title" : nil, year = chance(0.5) ? "1928" : nil, locator = chance(0.5) ? "p. 5" : nil
        let parts = [title, year, locator].compactMap { $0 }
        return Citation(text: parts.isEmpty ? "Ibid" : parts.joined(separator: ", "), title: title, year: year, locator: locator)
    }

    /// Inlines as a reader would make them: adjacent texts merged, no note in a note or an attribution.
    func inlines(_ depth: Int, attribution: Bool = false, inNote: Bool = false) -> [Inline] {
        var out: [Inline] = []
        for _ in 0..<count(0...4) {
            let kind = depth > 2 ? count(0...1) : count(0...10)
            switch kind {
            case 0:
                let text = (0..<count(1...3)).map { _ in pick(words) }.joined(separator: " ")
                if case .text(let previous)? = out.last { out[out.count - 1] = .text(text: previous + text) } else { out.append(.text(text: text)) }
            case 1: out.append(chance(0.5) ? .lineBreak : .code(text: pick(["x < 1", "a  b"])))
            case 2: out.append(.emphasis(inlines: inlines(depth + 1, attribution: attribution, inNote: inNote)))
            case 3: out.append(.strong(inlines: inlines(depth + 1, attribution: attribution, inNote: inNote)))
            case 4: out.append(.quoted(kind: chance(0.5) ? .double : .single, inlines: inlines(depth + 1, attribution: attribution, inNote: inNote),
                                       citation: !attribution && chance(0.3) ? citation() : nil))
            case 5: out.append(.citation(citation: citation()))
            case 6: out.append(.workTitle(inlines: inlines(depth + 1, attribution: attribution, inNote: inNote)))
            case 7: out.append(.link(url: pick(["https://example.org/a?b=1&c=2", "#sec", "mailto:a@b.c"]), title: chance(0.3) ? "T" : nil,
                                     inlines: inlines(depth + 1, attribution: attribution, inNote: inNote)))
            case 8: out.append(.image(image: Image(source: pick(["a.png", "dir/b c.jpg"]), alt: pick(["", "alt"]), title: chance(0.3) ? "T" : nil)))
            default:
                if !attribution && !inNote { out.append(.note(blocks: blocks(depth + 1, inNote: true))) }
            }
        }
        return out
    }

    func blocks(_ depth: Int, inNote: Bool = false, count n: Int? = nil) -> [Block] {
        (0..<(n ?? count(0...3))).map { _ in
            switch depth > 3 ? 0 : count(0...12) {
            case 0...3: return .paragraph(inlines: inlines(0, inNote: inNote))
            case 4: return .heading(level: count(1...7), id: !inNote && chance(0.2) ? "chosen-\(count(0...1_000_000))" : "",
                                    inlines: inlines(1, inNote: inNote))
            case 5: return .blockQuote(quote: BlockQuote(
                blocks: blocks(depth + 1, inNote: inNote), attribution: chance(0.6) ? inlines(1, attribution: true, inNote: inNote) : nil,
                citation: chance(0.4) ? citation() : nil, role: pick(BlockQuote.Role.allCases)))
            case 6:
                let ordered = chance(0.5)
                return .list(list: ListBlock(ordered: ordered, start: ordered ? count(1...5) : 1,
                                             items: (0..<count(1...3)).map { _ in blocks(depth + 1, inNote: inNote) }))
            case 7: return .verse(lines: (0..<count(2...4)).map { _ in inlines(1, inNote: inNote) })
            case 8: return chance(0.5) ? .sceneBreak : .preformatted(text: pick(["  code\n    more", "a < b && c", "\ttab"]))
            case 9:
                let columns = count(1...3)
                func row() -> [[Inline]] { (0..<count(1...columns)).map { _ in inlines(2, inNote: inNote) } }
                return .table(table: Table(alignments: (0..<count(0...columns)).map { _ in pick([.default, .left, .center, .right]) },
                                           header: (0..<count(0...1)).map { _ in row() }, rows: (0..<count(0...3)).map { _ in row() },
                                           caption: chance(0.5) ? inlines(2, inNote: inNote) : []))
            case 10:
                return .figure(figure: Figure(image: Image(source: "f.png", alt: pick(["", "a figure"]), title: chance(0.3) ? "T" : nil),
                                              caption: chance(0.6) ? inlines(1, inNote: inNote) : []))
            default:
                let classes = Array(["note", "sidebar", "warning", "tip", "aside"].shuffled(using: &random).prefix(count(0...2)))
                return .division(division: Division(classes: classes, attributes: chance(0.4) ? ["data-k": "v & <w>"] : [:],
                                                    blocks: blocks(depth + 1, inNote: inNote)))
            }
        }
    }

    func testRandomTreesRoundTripWithoutWarnings() throws {
        for seed in 1...200 {
            random = Generator(state: UInt64(seed))
            let metadata = Metadata(title: inlines(1), subtitle: chance(0.5) ? inlines(1) : [],
                                    authors: Array(["Ada Lovelace", "R. Walton.", "Jean-Paul Sartre"].prefix(count(0...3))),
                                    date: chance(0.5) ? "2024" : nil, language: chance(0.5) ? "en" : nil,
                                    subjects: Array(["a", "b"].prefix(count(0...2))), kicker: chance(0.5) ? "K" : nil,
                                    abstract: chance(0.5) ? [.paragraph(inlines: inlines(1))] : [],
                                    authorNote: chance(0.5) ? [.paragraph(inlines: inlines(1))] : [],
                                    rights: chance(0.5) ? "CC0" : nil)
            let document = Document(metadata: metadata, blocks: blocks(0, count: count(1...8)))
            for division in WriterOptions.TopLevelDivision.allCases {
                let options = WriterOptions(topLevelDivision: division)
                let context = ConversionContext()
                let written = try DocBookWriter().write(document, options: options, context: context).bytes
                XCTAssertEqual(context.diagnostics, [], "seed \(seed)")
                if let folder = ProcessInfo.processInfo.environment["QUIRE_DOCBOOK_DUMP"] {
                    try Data(written).write(to: URL(fileURLWithPath: folder).appendingPathComponent("random-\(seed)-\(division).xml"))
                }
                let back = try DocBookReader().read(written, options: ReaderOptions(), context: ConversionContext())
                XCTAssertEqual(back, document, "seed \(seed), \(division)")
                XCTAssertEqual(try DocBookWriter().write(back, options: options, context: ConversionContext()).bytes, written,
                               "seed \(seed), \(division)")
            }
        }
    }
}
