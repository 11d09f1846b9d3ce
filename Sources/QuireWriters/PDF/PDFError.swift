import QuireModel

/// What the PDF writer refuses before any rendering starts.
public enum PDFError: CategorizedError, Equatable {
    case noEngine
    case unknownVariant(String, known: [String])

    public var category: ErrorCategory {
        switch self {
        case .noEngine: return .io
        case .unknownVariant: return .usage
        }
    }

    public var description: String {
        switch self {
        case .noEngine:
            return "no PDF engine was given to this conversion: pass one in ConversionContext(pdfEngine:), e.g. WeasyPrint()"
        case .unknownVariant(let variant, let known):
            return "unknown PDF variant '\(variant)': give one of \(known.joined(separator: ", "))"
        }
    }
}
