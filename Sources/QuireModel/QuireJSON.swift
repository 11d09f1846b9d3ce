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

    public static func decode(_ bytes: [UInt8]) throws -> Document {
        let data = Data(bytes)
        let probe = try JSONDecoder().decode(VersionProbe.self, from: data)
        guard let found = probe.quire, found.split(separator: ".").first == "1" else {
            throw QuireModelError.unsupportedFormatVersion(probe.quire ?? "none")
        }
        let envelope = try JSONDecoder().decode(Envelope.self, from: data)
        return Document(metadata: envelope.metadata, blocks: envelope.blocks)
    }
}
