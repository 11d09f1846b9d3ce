import QuireModel

/// Reads a tree saved by the JSON writer, so it can be edited and rendered.
public struct JSONReader: DocumentReader {
    public static let format = FormatDescription(
        name: "json", extensions: ["json"], summary: "Quire's document tree as JSON",
        mediaType: "application/json")

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        let text = try TextInput.decode(input, lenient: options.lenient, maxLineLength: nil)
        do {
            return try QuireJSON.decode(text).limitingNesting(context: context)
        } catch let error as QuireModelError {
            throw error
        } catch let error as DecodingError {
            throw ReaderError.malformed("not a Quire JSON tree: \(JSONReader.explain(error)); write one with `quire convert -t json`")
        } catch {
            throw ReaderError.malformed("not valid JSON: \(error.localizedDescription)")
        }
    }

    static func explain(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default:
            return "\(error)"
        }
    }

    static func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        return keys.isEmpty ? "the top level" : keys.joined(separator: ".")
    }
}
