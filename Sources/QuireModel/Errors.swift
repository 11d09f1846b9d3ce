/// What kind of failure an error is; the CLI turns it into an exit code
/// (usage 64, bad input 65, I/O 74, as in BSD's sysexits).
public enum ErrorCategory: Sendable {
    case usage, badInput, io
}

/// An error that can say what kind of failure it is. Every target's error enum
/// conforms, and so may a plugin's.
public protocol CategorizedError: Error, CustomStringConvertible {
    var category: ErrorCategory { get }
}

/// Errors of the model layer.
public enum QuireModelError: CategorizedError, Equatable {
    case resourceUnavailable(String)
    case unsupportedFormatVersion(String)
    /// JSON whose arrays and objects nest past what is decoded.
    case nestedTooDeep(line: Int, limit: Int)

    public var category: ErrorCategory {
        switch self {
        case .resourceUnavailable: return .io
        case .unsupportedFormatVersion, .nestedTooDeep: return .badInput
        }
    }

    public var description: String {
        switch self {
        case .resourceUnavailable(let path):
            return "cannot load '\(path)': no such file was given to this conversion"
        case .unsupportedFormatVersion(let version):
            return "unsupported Quire JSON version '\(version)': convert it with the Quire that wrote it"
        case .nestedTooDeep(let line, let limit):
            return "the JSON nests arrays and objects deeper than \(limit) levels (at line \(line)), more than a Quire tree can (containers nest at most \(Nesting.limit) deep): flatten the tree, or write it with `quire convert -t json`"
        }
    }
}
