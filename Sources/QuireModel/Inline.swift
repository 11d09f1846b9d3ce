/// An inline element: text and the spans that mark it up.
public indirect enum Inline: Sendable, Hashable, Codable {
    case text(text: String)
    case emphasis(inlines: [Inline])
    case strong(inlines: [Inline])
    /// A run-in quotation; the marks are not part of `inlines`, writers add them
    /// for `kind` and the document language.
    case quoted(kind: QuoteKind, inlines: [Inline], citation: Citation?)
    /// A reference to a source, as written in parentheses after a quotation.
    case citation(citation: Citation)
    /// The title of a cited work (a book, a poem, a newspaper).
    case workTitle(inlines: [Inline])
    case link(url: String, title: String?, inlines: [Inline])
    /// A footnote; writers number notes in document order.
    case note(blocks: [Block])
    case lineBreak
    case code(text: String)
    case image(image: Image)
    /// Markup of another format passed through untouched (see `Block.raw`).
    case raw(format: String, text: String)
}

/// Which marks enclosed a quotation.
public enum QuoteKind: String, Sendable, Hashable, Codable {
    case double, single
}

/// A reference to a source: "(My Life)", "(Comintern after Lenin, 1928)",
/// "(Capital, vol. i, p. 298)".
public struct Citation: Sendable, Hashable, Codable {
    /// The reference as written, without the enclosing parentheses.
    public var text: String
    /// The cited work's title, when it can be told apart.
    public var title: String?
    public var year: String?
    /// Page, volume or chapter ("vol. i, p. 298").
    public var locator: String?

    public init(text: String, title: String? = nil, year: String? = nil, locator: String? = nil) {
        self.text = text
        self.title = title
        self.year = year
        self.locator = locator
    }
}
