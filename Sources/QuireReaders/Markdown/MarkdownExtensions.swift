/// The pandoc-style additions to CommonMark the Markdown reader understands.
///
/// Each one changes what a strict CommonMark parser would produce, so they are
/// switched on and off as a set: the registered `markdown` reader has them all,
/// the `commonmark` reader none (which is what conformance is measured with).
public struct MarkdownExtensions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// A `---` YAML block at the very top fills the metadata.
    public static let yamlMetadata = MarkdownExtensions(rawValue: 1 << 0)
    /// `[^1]` calls and `[^1]: text` definitions.
    public static let footnotes = MarkdownExtensions(rawValue: 1 << 1)
    /// Pipe tables with an alignment row.
    public static let pipeTables = MarkdownExtensions(rawValue: 1 << 2)
    /// An image alone in a paragraph is a figure captioned by its alt text.
    public static let implicitFigures = MarkdownExtensions(rawValue: 1 << 3)
    /// Straight quotes become quotations, `--`/`---` dashes, `...` an ellipsis.
    public static let smartPunctuation = MarkdownExtensions(rawValue: 1 << 4)
    /// A block quote's last paragraph starting "— " or "-- " is its attribution.
    public static let attribution = MarkdownExtensions(rawValue: 1 << 5)
    /// "(My Life)" after a quotation, or a titled reference with a year or page, is a citation.
    public static let citations = MarkdownExtensions(rawValue: 1 << 6)
    /// `::: {.class key=value}` fenced divisions.
    public static let fencedDivs = MarkdownExtensions(rawValue: 1 << 7)

    /// Nothing beyond CommonMark 0.31.2.
    public static let commonMark: MarkdownExtensions = []
    /// Everything: the dialect Quire's Markdown writer writes.
    public static let quire: MarkdownExtensions = [
        .yamlMetadata, .footnotes, .pipeTables, .implicitFigures, .smartPunctuation, .attribution, .citations, .fencedDivs,
    ]
}
