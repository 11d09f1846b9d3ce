import QuireXML

// What an element says about itself beyond its name: `epub:type` (Standard Ebooks,
// EPUB), DPUB-ARIA `role`, and class and id words. Matching is by whole words
// (`share-buttons` has the word `share`; `shadow` has no word `ad`).

extension XMLNode {
    /// The words of `epub:type`, with vocabulary prefixes kept (`z3998:verse`).
    var epubTypes: [Substring] {
        guard let value = attribute(named: "epub:type") else { return [] }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    /// Whether `epub:type` lists `word`, with or without a vocabulary prefix.
    func hasEPUBType(_ word: String) -> Bool {
        epubTypes.contains { type in
            type == word || (type.hasSuffix(word) && type.dropLast(word.count).last == ":")
        }
    }

    /// The words of the `role` attribute.
    var roles: [Substring] {
        guard let value = attribute(named: "role") else { return [] }
        return value.split(separator: " ")
    }

    func hasRole(_ role: String) -> Bool { roles.contains { $0 == role } }

    /// The element's `class` and `id` split into lower-case words at every
    /// character that is not a letter or digit.
    var classWords: [Substring] {
        var words: [Substring] = []
        let className = attribute(named: "class"), id = attribute(named: "id")
        // Most elements have neither: no array of names to build.
        if className == nil && id == nil { return words }
        for name in [className, id] {
            guard let name else { continue }
            if let ascii = Self.asciiWords(name) {
                words += ascii
                continue
            }
            let lower = name.lowercased()
            words += lower.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        }
        return words
    }

    /// `classWords` of an ASCII name, decided on its bytes (nil for any other name):
    /// the same words, as ASCII letters and digits are the only ASCII letters and
    /// numbers, without a Unicode property lookup per character.
    private static func asciiWords(_ name: String) -> [Substring]? {
        var bytes = Array(name.utf8)
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte | 0x20 }
        }
        let lower = String(decoding: bytes, as: UTF8.self)
        return lower.split(whereSeparator: { character in
            guard let value = character.asciiValue else { return true }
            return !((value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39))
        })
    }

    /// Whether one of the class words (not id) is exactly `word`.
    func hasClass(_ word: String) -> Bool {
        hasClass(anyOf: word)
    }

    /// Whether one of the class words (not id) is one of `words`: the attribute is
    /// read and split once for all of them.
    func hasClass(anyOf words: String...) -> Bool {
        guard let value = attribute(named: "class") else { return false }
        return value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            .contains { word in words.contains { $0 == word } }
    }

    /// Whether a semantic marker names this element `word`: epub:type, role
    /// (`doc-word`) or a class word.
    func isMarked(_ word: String) -> Bool {
        hasEPUBType(word) || hasRole("doc-" + word) || classWords.contains { $0 == word }
    }

    /// The element's declared language (`lang` or `xml:lang`).
    var declaredLanguage: String? {
        let value = attribute(named: "lang") ?? attribute(named: "xml:lang")
        guard let value, !value.trimmingASCIISpaces.isEmpty else { return nil }
        return value.trimmingASCIISpaces
    }

    /// Child elements only, skipping text and comments.
    var childElements: [XMLNode] {
        var result: [XMLNode] = []
        var child = firstChild
        while let node = child {
            if node.kind == .element { result.append(node) }
            child = node.nextSibling
        }
        return result
    }

    /// The nearest ancestor that satisfies `test`.
    func ancestor(where test: (XMLNode) -> Bool) -> XMLNode? {
        var current = parentElement
        while let node = current {
            if test(node) { return node }
            current = node.parentElement
        }
        return nil
    }
}

extension StringProtocol {
    /// Without leading and trailing ASCII white space (HTML's definition of space).
    var trimmingASCIISpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }

    /// Runs of any white space (no-break space included) as one ASCII space, trimmed.
    var collapsingWhitespace: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// White space as Unicode defines it, decided without a property lookup.
    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
