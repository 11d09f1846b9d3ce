import QuireModel
@testable import QuireReaders

/// Small helpers for the rule tests: read a text, build units, classify them.
enum ReaderTestSupport {
    static func read(_ text: String, language: String? = nil) throws -> Document {
        try PlainTextReader().analyze(Array(text.utf8), options: ReaderOptions(language: language)).document
    }

    static func units(_ text: String) -> [TextUnit] {
        let raw = Segmenter.segment(Array(text.utf8))
        return Unwrapper.unwrap(raw, layout: LayoutRule.detect(raw))
    }

    /// Body units classified and run through the quote, letter and attribution rules.
    static func classified(_ text: String, layout: LayoutRule.Layout = .web) -> [Classified] {
        let raw = Segmenter.segment(Array(text.utf8))
        let units = Unwrapper.unwrap(raw, layout: LayoutRule.Result(layout: layout, width: 70, evidence: ""))
        var items = BlockClassifier.classify(units, layout: layout)
        QuoteRule.apply(&items, layout: layout)
        ListRule.apply(&items)
        LetterRule.apply(&items)
        AttributionRule.apply(&items)
        return items
    }

    static func unit(_ text: String, indent: Int = 0, blankLinesBefore: Int = 1) -> TextUnit {
        let lines = text.split(separator: "\n")
        return TextUnit(line: 1, blankLinesBefore: blankLinesBefore, indent: indent, lines: lines, lineCount: lines.count,
                        keepsLines: lines.count > 1, text: Substring(lines.joined(separator: " ")),
                        wordCount: TextFacts.wordCount(text))
    }

    /// A paragraph of `count` words of filler prose.
    static func prose(_ count: Int = 30, start: String = "The") -> String {
        ([start] + Array(repeating: "word", count: count - 1)).joined(separator: " ") + "."
    }

    /// The text of a hard-wrapped paragraph, wrapped at `width`.
    static func wrap(_ text: String, width: Int = 70, indent: String = "") -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
