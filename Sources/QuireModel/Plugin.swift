// The plugin protocols: every reader and writer, built in or third party,
// comes in through these and is listed in a `FormatRegistry`.

/// What a format is called and how files of it are recognised.
public struct FormatDescription: Sendable, Hashable {
    /// The canonical name used with `-f`/`-t` (`plain`, `epub`).
    public var name: String
    public var aliases: [String]
    /// File name extensions without the dot, used to guess the format.
    public var extensions: [String]
    public var summary: String
    public var mediaType: String
    /// Whether the output is binary (never written to a terminal, never transcoded).
    public var isBinary: Bool

    public init(name: String, aliases: [String] = [], extensions: [String] = [], summary: String,
                mediaType: String = "text/plain", isBinary: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.extensions = extensions
        self.summary = summary
        self.mediaType = mediaType
        self.isBinary = isBinary
    }

    /// Whether `name` names this format (its name or an alias, case-insensitively).
    public func answers(to name: String) -> Bool {
        let lower = name.lowercased()
        return self.name == lower || aliases.contains(lower)
    }
}

/// Reads bytes of one format into a document tree.
public protocol DocumentReader: Sendable {
    static var format: FormatDescription { get }
    func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document
}

/// Renders a document tree in one format.
public protocol DocumentWriter: Sendable {
    static var format: FormatDescription { get }
    func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput
}

/// What a writer produced: the bytes of one file.
public struct WriterOutput: Sendable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(string: String) { self.bytes = Array(string.utf8) }
}
