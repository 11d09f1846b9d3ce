import QuireModel

/// Errors of the EPUB writer.
public enum EPUBError: CategorizedError, Equatable {
    case unknownImage(String)
    case unknownFont(String)

    public var category: ErrorCategory { .badInput }

    public var description: String {
        switch self {
        case .unknownImage(let path):
            return "'\(path)' is not a JPEG, PNG, GIF, WebP or SVG image: convert the cover to one of them"
        case .unknownFont(let path):
            return "'\(path)' is not a TrueType, OpenType, WOFF or WOFF2 font: give one of those"
        }
    }
}
