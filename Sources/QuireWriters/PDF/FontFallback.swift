/// Which fonts in a rendered PDF are not the theme's book face. print.css
/// asks for Linux Libertine O (Debian's fonts-linuxlibertine) and its
/// like-minded alternatives; any other face means text was set in a
/// fallback: the whole book when the face is not installed (no small caps,
/// no old-style figures), or the characters it lacks (another script).
enum FontFallback {
    /// Fragments of the PostScript names of the faces print.css names first,
    /// compared without case, spaces or hyphens.
    static let bookFaces = ["linuxlibertine", "linlibertine", "libertinus", "ebgaramond"]

    /// The Debian package that installs the first choice.
    static let package = "fonts-linuxlibertine"

    static func warnings(fonts: [String]) -> [String] {
        let faces = fonts.map(faceName)
        let fallbacks = orderedUnique(faces.filter { !isBookFace($0) })
        guard !fallbacks.isEmpty else { return [] }
        let names = fallbacks.joined(separator: ", ")
        if !faces.contains(where: isBookFace) {
            return ["the PDF is set in \(names), not the book face Linux Libertine O, so it has no true small caps "
                    + "or old-style figures: install it (apt-get install \(package)) and convert again"]
        }
        return ["some characters were set in \(names): the book face has no glyphs for them "
                + "(another script or symbols); give --css with a font that covers them"]
    }

    /// `ABCDEF+Linux-Libertine-O-Italic` is `Linux-Libertine-O-Italic`: the
    /// subset tag goes.
    static func faceName(_ font: String) -> String {
        guard let plus = font.firstIndex(of: "+"), font.distance(from: font.startIndex, to: plus) == 6 else { return font }
        return String(font[font.index(after: plus)...])
    }

    static func isBookFace(_ face: String) -> Bool {
        let key = String(face.lowercased().unicodeScalars.filter { $0 != "-" && $0 != " " && $0 != "_" })
        return bookFaces.contains { key.contains($0) }
    }

    private static func orderedUnique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
