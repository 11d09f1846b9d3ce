import Synchronization

/// Everything a reader or writer may need from the outside world: the time,
/// files it is asked to embed, and a place to report what it could not do.
/// Readers and writers never read the clock or the file system themselves,
/// so the same input and context give the same bytes.
public final class ConversionContext: Sendable {
    /// The moment the output claims to be made, in seconds since 1970
    /// (`SOURCE_DATE_EPOCH`, else the input's modification time).
    public let timestamp: Int64
    /// The input's file name, for messages; nil for standard input.
    public let inputName: String?
    private let loader: any ResourceLoader
    /// Files that came inside the input (an EPUB's images), by the name the tree uses.
    private let carried = Mutex<[String: [UInt8]]>([:])
    /// Turn warnings into failures.
    public let strict: Bool
    private let log = Mutex<[Diagnostic]>([])

    public init(timestamp: Int64 = 0, inputName: String? = nil,
                resources: any ResourceLoader = NoResources(), strict: Bool = false) {
        self.timestamp = timestamp
        self.inputName = inputName
        self.loader = resources
        self.strict = strict
    }

    /// Where writers load the files they embed: what the input carried first, then the loader given.
    public var resources: any ResourceLoader {
        let files = carried.withLock { $0 }
        return files.isEmpty ? loader : CarriedResources(files: MemoryResources(files: files), fallback: loader)
    }

    /// Offers a file the input carried (an image inside an EPUB) to the writers, under `name`.
    public func carry(_ name: String, _ bytes: [UInt8]) {
        carried.withLock { $0[name] = bytes }
    }

    /// Records a warning about content the format cannot hold, or a guess made.
    public func warn(_ message: String) {
        log.withLock { $0.append(Diagnostic(severity: .warning, message: message)) }
    }

    /// Records a note that is useful but not a problem.
    public func note(_ message: String) {
        log.withLock { $0.append(Diagnostic(severity: .note, message: message)) }
    }

    public var diagnostics: [Diagnostic] { log.withLock { $0 } }
}

/// A message from a reader or writer about the conversion.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case note, warning }
    public var severity: Severity
    public var message: String

    public var description: String { "\(severity.rawValue): \(message)" }
}

/// Loads files a writer is asked to embed (style sheets, images, fonts).
public protocol ResourceLoader: Sendable {
    func load(_ path: String) throws -> [UInt8]
}

/// Files held in memory by name: for library users who have the bytes
/// already, and for tests.
public struct MemoryResources: ResourceLoader {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) { self.files = files }

    public func load(_ path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw QuireModelError.resourceUnavailable(path) }
        return bytes
    }
}

/// A loader for conversions that embed nothing.
public struct NoResources: ResourceLoader {
    public init() {}
    public func load(_ path: String) throws -> [UInt8] {
        throw QuireModelError.resourceUnavailable(path)
    }
}

/// The input's own files, then the loader the conversion was given.
struct CarriedResources: ResourceLoader {
    var files: MemoryResources
    var fallback: any ResourceLoader

    func load(_ path: String) throws -> [UInt8] {
        if let bytes = files.files[path] { return bytes }
        return try fallback.load(path)
    }
}
