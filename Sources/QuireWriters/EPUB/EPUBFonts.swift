/// Embedded fonts: each file becomes a manifest item and an `@font-face`
/// rule; the first family becomes the body text's, since embedding a font
/// nobody uses would surprise whoever asked for it.
struct EPUBFonts {
    struct Face {
        var family: String
        /// CSS weight, 100 to 900.
        var weight: Int
        var italic: Bool
        var path: String
        var format: String
    }

    var resources: [EPUBResource] = []
    var faces: [Face] = []

    /// Loads and identifies each font file; an unknown kind is an error the user can fix.
    init(paths: [String], load: (String) throws -> [UInt8]) throws {
        var usedNames = Set<String>()
        for (index, source) in paths.enumerated() {
            let bytes = try load(source)
            guard let kind = EPUBMediaType.font(bytes) else { throw EPUBError.unknownFont(source) }
            let stem = Self.safeStem(source, fallback: "font-\(index + 1)")
            var name = stem + "." + kind.ext
            if !usedNames.insert(name).inserted {
                name = stem + "-\(index + 1)." + kind.ext
                usedNames.insert(name)
            }
            let path = "fonts/" + name
            resources.append(EPUBResource(id: "font-\(index + 1)", path: path, mediaType: kind.mediaType, bytes: bytes))
            // The font's own tables say best; its file name is the fallback.
            let guess = Self.style(of: stem)
            let info = EPUBFontInfo(bytes)
            faces.append(Face(family: info?.family ?? guess.family, weight: info?.weight ?? (guess.bold ? 700 : 400),
                              italic: info?.italic ?? guess.italic, path: path, format: kind.format))
        }
    }

    /// The style sheet with the `@font-face` rules, relative to `styles/`; nil without fonts.
    var styleSheet: [UInt8]? {
        guard let first = faces.first else { return nil }
        var css = "/* Fonts embedded with --embed-font. */\n"
        for face in faces {
            css += "@font-face {\n"
            css += "  font-family: \"\(face.family)\";\n"
            css += "  font-style: \(face.italic ? "italic" : "normal");\n"
            css += "  font-weight: \(face.weight);\n"
            css += "  src: url(\"../\(face.path)\") format(\"\(face.format)\");\n"
            css += "}\n"
        }
        css += "\nbody {\n  font-family: \"\(first.family)\", \(Self.generic(first.family));\n}\n"
        return Array(css.utf8)
    }

    /// Family, weight and slant guessed from a file name such as
    /// `DejaVuSerif-BoldItalic`, for fonts whose tables we cannot read
    /// (WOFF2, compressed WOFF): font files are conventionally named so.
    static func style(of stem: String) -> (family: String, bold: Bool, italic: Bool) {
        let lower = stem.lowercased()
        let bold = lower.contains("bold")
        let italic = lower.contains("italic") || lower.contains("oblique")
        var family = stem
        if let dash = stem.lastIndex(where: { $0 == "-" || $0 == "_" }) {
            let suffix = stem[stem.index(after: dash)...].lowercased()
            let styleWords = ["regular", "book", "roman", "bold", "italic", "oblique", "bolditalic", "boldoblique"]
            if styleWords.contains(suffix) { family = String(stem[..<dash]) }
        }
        return (family, bold, italic)
    }

    static func generic(_ family: String) -> String {
        let lower = family.lowercased()
        if lower.contains("mono") || lower.contains("code") { return "monospace" }
        if lower.contains("sans") { return "sans-serif" }
        return "serif"
    }

    /// The file's name without folder or extension, kept to characters that
    /// are safe in a ZIP entry, a URL and a CSS string.
    static func safeStem(_ path: String, fallback: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        let safe = String(stem.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }.map(Character.init))
        return safe.isEmpty ? fallback : safe
    }
}
