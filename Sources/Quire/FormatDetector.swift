import QuireZip

/// Tells a format from a file's first bytes, for files whose name says
/// nothing (`book` with no extension) or the wrong thing. Archives say what
/// they hold (EPUB and ODT in a stored `mimetype` entry, DOCX by its
/// `word/document.xml`); text says it by its first element or character.
public enum FormatDetector {
    /// The name of the format `bytes` declare, or nil if they declare none.
    public static func archiveFormat(of bytes: [UInt8]) -> String? {
        guard ZipReader.looksLikeArchive(bytes), let archive = try? ZipReader(bytes) else { return nil }
        // The mimetype entry is a few dozen bytes; a large one is not a mimetype.
        if let entry = archive.entry(named: "mimetype"), entry.size < 256, let type = try? archive.read(entry) {
            switch String(decoding: type, as: UTF8.self).trimmingSpaces {
            case "application/epub+zip": return "epub"
            case "application/vnd.oasis.opendocument.text": return "odt"
            default: break
            }
        }
        if archive.contains("word/document.xml") { return "docx" }
        if archive.contains("META-INF/container.xml") { return "epub" }
        return nil
    }

    /// How many bytes of content the input holds: an archive's entries
    /// unpacked, else the bytes themselves (so speeds compare across formats).
    public static func contentSize(of bytes: [UInt8]) -> Int {
        guard ZipReader.looksLikeArchive(bytes), let archive = try? ZipReader(bytes) else { return bytes.count }
        return archive.entries.reduce(0) { $0 + $1.size }
    }

    /// The text format `bytes` look like: an HTML page, DocBook, a Quire JSON
    /// tree; anything else that is text is plain text, the reader that infers
    /// structure. Nil for binary data.
    public static func textFormat(of bytes: [UInt8]) -> String? {
        var head = bytes.prefix(4096)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        guard !head.contains(0) else { return nil }
        let text = String(decoding: head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }, as: UTF8.self)
        let lower = text.lowercased()
        if lower.hasPrefix("{"), lower.contains("\"quire\"") || lower.contains("\"blocks\"") { return "json" }
        guard lower.hasPrefix("<") else { return "plain" }
        if lower.contains("<html") || lower.hasPrefix("<!doctype html") { return "html" }
        if lower.contains("docbook.org/ns/docbook") || lower.contains("<!doctype article") || lower.contains("<!doctype book") {
            return "docbook"
        }
        return lower.contains("<body") || lower.contains("<p>") ? "html" : nil
    }
}

private extension String {
    var trimmingSpaces: Substring {
        let scalars = drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        return scalars.prefix { $0 != " " && $0 != "\n" && $0 != "\r" && $0 != "\t" }
    }
}
