import QuireModel

/// Why a reader could not read its input.
public enum ReaderError: CategorizedError, Equatable {
    case empty
    case binary(offset: Int)
    case invalidUTF8(offset: Int)
    case lineTooLong(line: Int, limit: Int)
    case malformed(String)

    public var category: ErrorCategory { .badInput }

    public var description: String {
        switch self {
        case .empty:
            return "the input is empty: give a file with some text in it"
        case .binary(let offset):
            return "the input looks binary (a NUL byte at offset \(offset)): give a UTF-8 text file"
        case .invalidUTF8(let offset):
            return "invalid UTF-8 at byte offset \(offset): give the file's encoding with --encoding (such as cp1252 or latin1), or use --lenient to replace bad bytes"
        case .lineTooLong(let line, let limit):
            return "line \(line) is longer than \(limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"): this is not running text (minified or binary data?); split it into paragraphs"
        case .malformed(let message):
            return message
        }
    }
}
