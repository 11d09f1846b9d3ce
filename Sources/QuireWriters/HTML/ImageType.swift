/// What an image file is, told from its first bytes rather than its name:
/// extensions lie, and EPUB manifests and data URIs must state the true type.
/// One test for every writer that embeds images (EPUB, print HTML).
enum ImageType {
    /// The media type and usual file extension of an image every EPUB 3.3
    /// reading system and browser shows (JPEG, PNG, GIF, WebP, SVG), or nil.
    static func detect(_ bytes: [UInt8]) -> (mediaType: String, ext: String)? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return ("image/jpeg", "jpg") }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return ("image/png", "png") }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return ("image/gif", "gif") }
        if bytes.count > 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return ("image/webp", "webp")
        }
        // SVG is text: an XML declaration or a comment may come before the root.
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
        if head.contains("<svg") { return ("image/svg+xml", "svg") }
        return nil
    }
}
