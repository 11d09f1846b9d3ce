/// Settings every reader understands.
public struct ReaderOptions: Sendable, Hashable {
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    public var lenient: Bool
    /// Language to assume (BCP 47) instead of detecting it.
    public var language: String?

    public init(lenient: Bool = false, language: String? = nil) {
        self.lenient = lenient
        self.language = language
    }
}

/// Settings for writers. Each writer reads the fields that concern it; a
/// third-party writer can take its own settings from `extra`.
public struct WriterOptions: Sendable, Hashable {
    public enum Wrap: String, Sendable, Hashable, CaseIterable { case auto, none }
    public enum TopLevelDivision: String, Sendable, Hashable, CaseIterable { case section, chapter }

    /// Line width for plain text.
    public var columns: Int
    public var wrap: Wrap
    /// Transliterate typographic quotes and dashes to ASCII (plain text).
    public var ascii: Bool
    /// Heading level at which EPUB content is split into files.
    public var splitLevel: Int
    public var topLevelDivision: TopLevelDivision
    /// Extra style sheets (paths) added after the built-in one.
    public var stylesheets: [String]
    public var coverImage: String?
    public var fonts: [String]
    /// Paper size for print (`a4`, `letter`, `a5`, `6x9in`, `WxH`).
    public var paper: String
    public var bleed: String?
    public var cropMarks: Bool
    /// Write only the body content (HTML).
    public var fragment: Bool
    /// PDF: an archival or accessible variant (`pdf/a-3b`, `pdf/ua-1`).
    public var pdfVariant: String?
    /// Settings for third-party writers, by name.
    public var extra: [String: String]

    public init(columns: Int = 72, wrap: Wrap = .auto, ascii: Bool = false, splitLevel: Int = 1,
                topLevelDivision: TopLevelDivision = .section, stylesheets: [String] = [],
                coverImage: String? = nil, fonts: [String] = [], paper: String = "a4",
                bleed: String? = nil, cropMarks: Bool = false, fragment: Bool = false,
                extra: [String: String] = [:], pdfVariant: String? = nil) {
        self.columns = columns
        self.wrap = wrap
        self.ascii = ascii
        self.splitLevel = splitLevel
        self.topLevelDivision = topLevelDivision
        self.stylesheets = stylesheets
        self.coverImage = coverImage
        self.fonts = fonts
        self.paper = paper
        self.bleed = bleed
        self.cropMarks = cropMarks
        self.fragment = fragment
        self.extra = extra
        self.pdfVariant = pdfVariant
    }
}
