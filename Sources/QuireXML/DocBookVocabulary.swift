// The names Quire's DocBook writer and reader agree on. They live here, beside
// the XML layer both depend on, so the two sides cannot drift apart: every
// role or remap value the writer invents is one the reader looks for.

/// Namespaces and the attribute values that carry what DocBook has no element for.
public enum DocBookVocabulary {
    public static let namespace = "http://docbook.org/ns/docbook"
    public static let xlinkNamespace = "http://www.w3.org/1999/xlink"
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    /// Foreign elements in `<info>` (allowed there by the schema) that keep a
    /// division's attributes.
    public static let quireNamespace = "urn:x-quire:docbook"

    /// `role` values.
    public enum Role {
        /// `<emphasis role="strong">`: strong importance (pandoc writes the same).
        public static let strong = "strong"
        /// `<quote role="single">`: the source used single marks.
        public static let singleQuote = "single"
        /// `<phrase role="cited-quote">` wraps a `<quote>` and the `<citation>` that belongs to it.
        public static let citedQuote = "cited-quote"
        /// `<citation role="inline">`: a citation among an attribution's own inlines, told apart
        /// from the citation of the quoted work, which has no role.
        public static let inlineCitation = "inline"
        /// On a quote's only `<citation>`: it names the speaker too (a cite line, "— Virgil").
        public static let alsoAttribution = "also-attribution"
        /// Parts of a `<citation>`: `<phrase role="year">`, `<phrase role="locator">`.
        public static let year = "year"
        public static let locator = "locator"
        /// `<para role="scene-break">* * *</para>`: a thematic break.
        public static let sceneBreak = "scene-break"
        /// `<para role="empty"/>`: stands in where DocBook needs a block and the tree has none.
        public static let empty = "empty"
        /// `<bibliomisc role="kicker">`: the line above a headline.
        public static let kicker = "kicker"
        /// `<annotation role="author-note">`: an author note when there is no author to hold a personblurb.
        public static let authorNote = "author-note"
        /// `<phrase role="...">` stand-ins where DocBook allows only plain phrases (attributions).
        public static let emphasis = "emphasis"
        public static let code = "code"
        public static let quote = "quote"
        public static let singleQuotePhrase = "quote-single"
        /// `<textobject role="title">`: an image's title (imagedata has no attribute for it).
        public static let imageTitle = "title"
        /// Inside such a phrase even titles and citations must be phrases.
        public static let workTitle = "citetitle"
        public static let citation = "citation"
    }

    /// `remap` values: what the content was in Quire's tree when DocBook's own element says less.
    public enum Remap {
        /// A `Division` (the element name only chooses the rendering).
        public static let division = "div"
        /// The book `<preface>` holding the blocks before the first chapter.
        public static let preamble = "preamble"

        /// `remap="h3"`: a heading of level 3, when the nesting alone would say otherwise.
        public static func heading(_ level: Int) -> String { "h\(level)" }

        /// The heading level of a `remap="hN"` value.
        public static func headingLevel(_ value: String) -> Int? {
            guard value.hasPrefix("h") else { return nil }
            return Int(value.dropFirst())
        }
    }

    /// Admonition elements; a division whose first class names one is written as it.
    public static let admonitions: Set<String> = ["note", "tip", "important", "caution", "warning"]

    /// `<?quire explicit-id?>` first in a section or bridgehead: its `xml:id` was chosen by an
    /// author, not derived from the heading text by the writer, so a reader keeps it.
    public static let quirePI = "quire"
    public static let explicitIDData = "explicit-id"

    /// The processing instructions asciidoctor uses for a hard line break and a thematic break.
    public static let lineBreakPI = "asciidoc-br"
    public static let sceneBreakPI = "asciidoc-hr"
}
