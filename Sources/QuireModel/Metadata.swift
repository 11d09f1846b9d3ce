/// What a document is: title, who wrote it, when, in which language, about what.
public struct Metadata: Sendable, Hashable, Codable {
    public var title: [Inline]
    public var subtitle: [Inline]
    /// Authors' names as they should be displayed ("Rob Jones").
    public var authors: [String]
    /// The date as written or as ISO 8601 (`2019-11-07`).
    public var date: String?
    /// BCP 47 language tag (`en`, `de`, `fr-CA`).
    public var language: String?
    /// Subjects, keywords or tags.
    public var subjects: [String]
    /// The series or section line printed above a web headline ("History & Theory").
    public var kicker: String?
    /// A summary or lead paragraph that stands apart from the body.
    public var abstract: [Block]
    /// A note about the author ("Rob Jones is a member of ...").
    public var authorNote: [Block]
    /// Where the text came from (a URL or a bibliographic description).
    public var source: String?
    public var rights: String?
    public var publisher: String?
    /// A stable identifier (URN, ISBN, DOI); writers derive one from the content when absent.
    public var identifier: String?

    public init(
        title: [Inline] = [], subtitle: [Inline] = [], authors: [String] = [],
        date: String? = nil, language: String? = nil, subjects: [String] = [],
        kicker: String? = nil, abstract: [Block] = [], authorNote: [Block] = [],
        source: String? = nil, rights: String? = nil, publisher: String? = nil,
        identifier: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.date = date
        self.language = language
        self.subjects = subjects
        self.kicker = kicker
        self.abstract = abstract
        self.authorNote = authorNote
        self.source = source
        self.rights = rights
        self.publisher = publisher
        self.identifier = identifier
    }

    /// The title as plain text, for places that cannot hold markup (OPF, `<title>`).
    public var plainTitle: String { title.plainText }
}

extension Metadata {
    private enum CodingKeys: String, CodingKey {
        case title, subtitle, authors, date, language, subjects, kicker, abstract, authorNote, source, rights,
             publisher, identifier
    }

    /// Missing fields mean "not known", so a hand-written JSON tree needs only what it has.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decodeIfPresent([Inline].self, forKey: .title) ?? [],
            subtitle: try c.decodeIfPresent([Inline].self, forKey: .subtitle) ?? [],
            authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
            date: try c.decodeIfPresent(String.self, forKey: .date),
            language: try c.decodeIfPresent(String.self, forKey: .language),
            subjects: try c.decodeIfPresent([String].self, forKey: .subjects) ?? [],
            kicker: try c.decodeIfPresent(String.self, forKey: .kicker),
            abstract: try c.decodeIfPresent([Block].self, forKey: .abstract) ?? [],
            authorNote: try c.decodeIfPresent([Block].self, forKey: .authorNote) ?? [],
            source: try c.decodeIfPresent(String.self, forKey: .source),
            rights: try c.decodeIfPresent(String.self, forKey: .rights),
            publisher: try c.decodeIfPresent(String.self, forKey: .publisher),
            identifier: try c.decodeIfPresent(String.self, forKey: .identifier))
    }
}
