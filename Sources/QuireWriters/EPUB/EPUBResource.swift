/// A file of the book other than a content document: a style sheet, the
/// cover image, a font. Paths are relative to the `EPUB/` folder.
struct EPUBResource {
    var id: String
    var path: String
    var mediaType: String
    var bytes: [UInt8]
    /// OPF manifest properties (`cover-image`).
    var properties: String?
}

/// What a file is, told from its first bytes rather than its name, since a
/// reading system trusts the media type in the manifest.
enum EPUBMediaType {
    /// The media type, extension and CSS `format()` of a font file.
    static func font(_ bytes: [UInt8]) -> (mediaType: String, ext: String, format: String)? {
        let magic = Array(bytes.prefix(4))
        switch magic {
        case [0x00, 0x01, 0x00, 0x00], Array("true".utf8): return ("font/ttf", "ttf", "truetype")
        case Array("OTTO".utf8): return ("font/otf", "otf", "opentype")
        case Array("wOFF".utf8): return ("font/woff", "woff", "woff")
        case Array("wOF2".utf8): return ("font/woff2", "woff2", "woff2")
        default: return nil
        }
    }
}
