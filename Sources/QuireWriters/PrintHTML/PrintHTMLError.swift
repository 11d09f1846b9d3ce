import QuireModel

/// What the print HTML writer refuses: page settings it cannot turn into CSS
/// and files it is asked to embed that are not what they claim to be.
public enum PrintHTMLError: CategorizedError, Equatable {
    case invalidPaper(String)
    case invalidBleed(String)
    case notAnImage(String)

    public var category: ErrorCategory {
        switch self {
        case .invalidPaper, .invalidBleed: return .usage
        case .notAnImage: return .badInput
        }
    }

    public var description: String {
        switch self {
        case .invalidPaper(let value):
            return "unknown paper size '\(value)': give a4, a5, a6, a3, b5, letter, legal or WIDTHxHEIGHT with a unit (6x9in, 148x210mm)"
        case .invalidBleed(let value):
            return "invalid bleed '\(value)': give a length from 0 to 25mm with a unit, e.g. 3mm or 0.125in"
        case .notAnImage(let path):
            return "'\(path)' is not a JPEG, PNG, GIF, WebP or SVG image: give one of those"
        }
    }
}
