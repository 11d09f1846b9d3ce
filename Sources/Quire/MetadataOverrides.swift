/// Metadata given on the command line, applied over what the reader found.
public struct MetadataOverrides: Sendable, Hashable {
    public var values: [(key: String, value: String)] = []

    public init() {}

    public static func == (lhs: MetadataOverrides, rhs: MetadataOverrides) -> Bool {
        lhs.values.elementsEqual(rhs.values) { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for (key, value) in values { hasher.combine(key); hasher.combine(value) }
    }

    static let keys: Set<String> = ["title", "subtitle", "author", "date", "language", "lang", "subject",
                                    "keywords", "rights", "source", "publisher", "identifier", "description", "abstract"]

    /// Adds `key=value`; repeated `author` and `subject` accumulate.
    public mutating func add(_ item: String) throws {
        guard let equals = item.firstIndex(of: "=") else { throw QuireError.badMetadata(item) }
        let key = item[..<equals].trimmingSpaces.lowercased()
        guard MetadataOverrides.keys.contains(key) else { throw QuireError.badMetadata(item) }
        values.append((key, String(item[item.index(after: equals)...]).trimmingSpaces))
    }

    public mutating func set(_ key: String, _ value: String?) {
        if let value { values.append((key, value)) }
    }

    /// The metadata with these values applied.
    public func apply(to metadata: Metadata) -> Metadata {
        var result = metadata
        var authors: [String] = []
        var subjects: [String] = []
        for (key, value) in values {
            switch key {
            case "title": result.title = [.text(text: value)]
            case "subtitle": result.subtitle = [.text(text: value)]
            case "author": authors.append(value)
            case "date": result.date = value
            case "language", "lang": result.language = value
            case "subject", "keywords": subjects.append(value)
            case "rights": result.rights = value
            case "source": result.source = value
            case "publisher": result.publisher = value
            case "identifier": result.identifier = value
            case "description", "abstract": result.abstract = [.paragraph(inlines: [.text(text: value)])]
            default: break
            }
        }
        if !authors.isEmpty { result.authors = authors }
        if !subjects.isEmpty { result.subjects = subjects }
        return result
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
