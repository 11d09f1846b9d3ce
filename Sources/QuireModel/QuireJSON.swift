import Foundation

/// The JSON form of a document tree (like `pandoc -t json`): a format version
/// and the tree, with sorted keys so the same tree always gives the same bytes.
public enum QuireJSON {
    /// The version written; readers accept any 1.x.
    public static let version = "1.0"

    struct Envelope: Codable {
        var quire: String
        var metadata: Metadata
        var blocks: [Block]
    }

    struct VersionProbe: Decodable { var quire: String? }

    public static func encode(_ document: Document) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var bytes = Array(try encoder.encode(Envelope(quire: version, metadata: document.metadata, blocks: document.blocks)))
        bytes.append(0x0A)
        return bytes
    }

    /// The deepest nesting of arrays and objects decoded: JSONDecoder's own limit,
    /// checked first so that too deep is said as such, not as "not valid JSON".
    /// A tree within `Nesting.limit` needs at most five levels a container.
    public static let maxDepth = 512

    /// The line where arrays and objects first nest deeper than `limit`, if they do;
    /// one pass over the bytes, strings skipped.
    public static func lineNestingPast(_ limit: Int, in bytes: [UInt8]) -> Int? {
        var depth = 0
        var line = 1
        var inString = false
        var escaped = false
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > limit { return line }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return nil
    }

    public static func decode(_ bytes: [UInt8]) throws -> Document {
        if let line = lineNestingPast(maxDepth, in: bytes) {
            throw QuireModelError.nestedTooDeep(line: line, limit: maxDepth)
        }
        let data = Data(bytes)
        let probe = try JSONDecoder().decode(VersionProbe.self, from: data)
        guard let found = probe.quire, found.split(separator: ".").first == "1" else {
            throw QuireModelError.unsupportedFormatVersion(probe.quire ?? "none")
        }
        let envelope = try JSONDecoder().decode(Envelope.self, from: data)
        return Document(metadata: envelope.metadata, blocks: envelope.blocks)
    }
}
