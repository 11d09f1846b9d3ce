import QuireModel

/// The book's `dc:identifier`: the one given in the metadata, else a
/// name-based UUID (version 5) of the tree, so rebuilding the same text keeps
/// the identifier and reading systems see an update, not a new book.
enum EPUBIdentifier {
    /// The namespace of Quire's content UUIDs: drawn at random once and fixed
    /// forever, since changing it would change every book's identifier.
    static let namespace: [UInt8] = [
        0x3C, 0x4D, 0x1E, 0x8A, 0x5B, 0x27, 0x5F, 0x0E, 0x9A, 0x61, 0x2D, 0x47, 0xC0, 0x88, 0x13, 0xB5,
    ]

    /// The name hashed is the tree's canonical serialization (`EPUBTreeDigest`).
    static func identifier(for document: Document) throws -> String {
        if let given = document.metadata.identifier?.trimmedOfWhitespace, !given.isEmpty {
            return given
        }
        return "urn:uuid:" + format(EPUBTreeDigest.digest(of: document, prefix: namespace))
    }

    /// RFC 9562 §5.5: SHA-1 of namespace and name, with version and variant bits set.
    static func uuid5(name: [UInt8], namespace: [UInt8] = namespace) -> String {
        var hasher = SHA1()
        hasher.update(namespace)
        name.withUnsafeBytes { hasher.update($0) }
        return format(hasher.finalize())
    }

    /// The UUID text of a SHA-1 digest: its first 16 bytes, version 5, RFC variant.
    static func format(_ digest: [UInt8]) -> String {
        var bytes = Array(digest.prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x50
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { byte -> String in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }
}
