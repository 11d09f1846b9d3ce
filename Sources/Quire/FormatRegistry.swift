@_exported import QuireModel
import QuireReaders
import QuireWriters

/// The formats a conversion can read and write, by name. Built-ins register
/// through the same `register` a third-party package calls.
public struct FormatRegistry: Sendable {
    public private(set) var readers: [any DocumentReader] = []
    public private(set) var writers: [any DocumentWriter] = []

    public init() {}

    /// Every format that ships with Quire.
    public static var standard: FormatRegistry {
        var registry = FormatRegistry()
        registry.register(reader: PlainTextReader())
        registry.register(reader: MarkdownReader())
        registry.register(reader: CommonMarkReader())
        registry.register(reader: HTMLReader())
        registry.register(reader: DocBookReader())
        registry.register(reader: DOCXReader())
        registry.register(reader: ODTReader())
        registry.register(reader: JSONReader())
        registry.register(reader: EPUBReader())
        registry.register(writer: PlainTextWriter())
        registry.register(writer: EPUBWriter())
        registry.register(writer: DocBookWriter())
        registry.register(writer: PrintHTMLWriter())
        registry.register(writer: HTMLWriter())
        registry.register(writer: MarkdownWriter())
        registry.register(writer: JSONWriter())
        return registry
    }

    /// Adds a reader; a later one with the same name replaces the earlier.
    public mutating func register(reader: any DocumentReader) {
        let name = type(of: reader).format.name
        readers.removeAll { type(of: $0).format.name == name }
        readers.append(reader)
    }

    /// Adds a writer; a later one with the same name replaces the earlier.
    public mutating func register(writer: any DocumentWriter) {
        let name = type(of: writer).format.name
        writers.removeAll { type(of: $0).format.name == name }
        writers.append(writer)
    }

    public func reader(named name: String) throws -> any DocumentReader {
        if let found = readers.first(where: { type(of: $0).format.answers(to: name) }) { return found }
        throw QuireError.unknownFormat(name, role: "input", known: readers.map { type(of: $0).format.name })
    }

    public func writer(named name: String) throws -> any DocumentWriter {
        if let found = writers.first(where: { type(of: $0).format.answers(to: name) }) { return found }
        throw QuireError.unknownFormat(name, role: "output", known: writers.map { type(of: $0).format.name })
    }

    /// The reader for a file name's extension (`article.txt` → plain), if any.
    public func reader(forPath path: String) -> (any DocumentReader)? {
        guard let ext = FormatRegistry.pathExtension(path) else { return nil }
        return readers.first { type(of: $0).format.extensions.contains(ext) }
    }

    /// The writer for a file name's extension (`book.epub` → epub), if any.
    public func writer(forPath path: String) -> (any DocumentWriter)? {
        guard let ext = FormatRegistry.pathExtension(path) else { return nil }
        return writers.first { type(of: $0).format.extensions.contains(ext) }
    }

    static func pathExtension(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }
}
