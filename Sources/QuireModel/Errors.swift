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

    public var category: ErrorCategory {
        switch self {
        case .resourceUnavailable: return .io
        case .unsupportedFormatVersion: return .badInput
        }
    }

    public var description: String {
        switch self {
        case .resourceUnavailable(let path):
            return "cannot load '\(path)': no such file was given to this conversion"
        case .unsupportedFormatVersion(let version):
            return "unsupported Quire JSON version '\(version)': convert it with the Quire that wrote it"
        }
    }
}
