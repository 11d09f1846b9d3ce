/// A block-level element of the document tree.
///
/// Writers switch over it exhaustively (no `default:`), so a new kind of block
/// breaks the build everywhere it is not yet rendered instead of vanishing.
public indirect enum Block: Sendable, Hashable, Codable {
    case paragraph(inlines: [Inline])
    /// A heading; `level` 1 is the first level below the document title.
    /// `id` is empty until `Document.assigningHeadingIDs()` fills it.
    case heading(level: Int, id: String, inlines: [Inline])
    case blockQuote(quote: BlockQuote)
    case list(list: ListBlock)
    /// Verse: one entry per line; an empty line separates stanzas.
    case verse(lines: [[Inline]])
    /// Text whose line breaks and spacing matter (code, tables drawn in text).
    case preformatted(text: String)
    /// A thematic break between scenes or sections (`* * *`).
    case sceneBreak
    /// The escape hatch: blocks grouped under a class and attributes.
    case division(division: Division)
    case table(table: Table)
    /// An image set off from the text, with its caption.
    case figure(figure: Figure)
    /// Markup of another format passed through untouched (`format` is `html`,
    /// `docbook`...); writers of other formats leave it out with a warning.
    case raw(format: String, text: String)
}

/// A quotation set off from the text, with who said it and where.
public struct BlockQuote: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case plain, epigraph, letter, pullQuote
    }

    public var blocks: [Block]
    /// Who or what the quote is attributed to ("Leon Trotsky", "R. Walton.").
    public var attribution: [Inline]?
    /// The work it is cited from, when known ("My Life").
    public var citation: Citation?
    public var role: Role

    public init(blocks: [Block], attribution: [Inline]? = nil, citation: Citation? = nil, role: Role = .plain) {
        self.blocks = blocks
        self.attribution = attribution
        self.citation = citation
        self.role = role
    }
}

extension BlockQuote {
    /// The citation when it says more than the attribution: a cite line
    /// ("— Virgil") is both who is quoted and the source, and is shown once.
    public var distinctCitation: Citation? {
        guard let citation else { return nil }
        return citation.text == attribution?.plainText ? nil : citation
    }
}

extension BlockQuote.Role {
    /// The class name that marks the role where a format has no element for
    /// it (HTML `class`, a Markdown fenced division), shared by readers and writers.
    public var className: String {
        switch self {
        case .plain: return "blockquote"
        case .epigraph: return "epigraph"
        case .letter: return "letter"
        case .pullQuote: return "pull-quote"
        }
    }
}

/// A bulleted or numbered list; each item is a sequence of blocks.
public struct ListBlock: Sendable, Hashable, Codable {
    public var ordered: Bool
    public var start: Int
    public var items: [[Block]]
    /// Items are short and set close together: their paragraphs render
    /// without paragraph spacing (CommonMark's tight lists, pandoc's `Plain`).
    public var tight: Bool

    public init(ordered: Bool, start: Int = 1, items: [[Block]], tight: Bool = false) {
        self.ordered = ordered
        self.start = start
        self.items = items
        self.tight = tight
    }
}

extension ListBlock {
    private enum CodingKeys: String, CodingKey { case ordered, start, items, tight }

    /// `tight` is written only when set, so trees without it read and write as before.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(ordered: try c.decode(Bool.self, forKey: .ordered),
                  start: try c.decodeIfPresent(Int.self, forKey: .start) ?? 1,
                  items: try c.decode([[Block]].self, forKey: .items),
                  tight: try c.decodeIfPresent(Bool.self, forKey: .tight) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ordered, forKey: .ordered)
        try c.encode(start, forKey: .start)
        try c.encode(items, forKey: .items)
        if tight { try c.encode(tight, forKey: .tight) }
    }
}

/// A generic group of blocks, for structure no other case names.
public struct Division: Sendable, Hashable, Codable {
    public var classes: [String]
    public var attributes: [String: String]
    public var blocks: [Block]

    public init(classes: [String] = [], attributes: [String: String] = [:], blocks: [Block]) {
        self.classes = classes
        self.attributes = attributes
        self.blocks = blocks
    }
}

/// A table: an optional header, body rows, column alignments and a caption.
public struct Table: Sendable, Hashable, Codable {
    public enum Alignment: String, Sendable, Hashable, Codable { case `default`, left, center, right }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// Header rows (usually one); each row is a list of cells, each cell its inlines.
    public var header: [[[Inline]]]
    public var rows: [[[Inline]]]
    public var caption: [Inline]

    public init(alignments: [Alignment], header: [[[Inline]]] = [], rows: [[[Inline]]], caption: [Inline] = []) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.caption = caption
    }

    /// The number of columns: the widest row decides.
    public var columnCount: Int {
        max(alignments.count, (header + rows).map(\.count).max() ?? 0)
    }
}

/// An image with its caption, standing as a block.
public struct Figure: Sendable, Hashable, Codable {
    public var image: Image
    public var caption: [Inline]

    public init(image: Image, caption: [Inline] = []) {
        self.image = image
        self.caption = caption
    }
}

/// A picture: where it is, and the text that stands for it.
public struct Image: Sendable, Hashable, Codable {
    /// A path or URL.
    public var source: String
    /// The text alternative; empty marks a decorative image.
    public var alt: String
    public var title: String?

    public init(source: String, alt: String, title: String? = nil) {
        self.source = source
        self.alt = alt
        self.title = title
    }
}
