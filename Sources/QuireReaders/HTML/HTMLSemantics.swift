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
    /// character that is not a letter or digit. An `id` of more than three words is
    /// left out: it is a slug of the section's own heading (`sharing-with-other-
    /// developers`), which says what the text is about, not what the box is for.
    var classWords: [Substring] {
        var words: [Substring] = []
        let className = attribute(named: "class"), id = attribute(named: "id")
        // Most elements have neither: no array of names to build.
        if className == nil && id == nil { return words }
        for (name, isID) in [(className, false), (id, true)] {
            guard let name else { continue }
            let split = Self.asciiWords(name) ?? name.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            if isID, split.count > 3 { continue }
            words += split
        }
        return words
    }

    /// `classWords` of an ASCII name, decided on its bytes (nil for any other name):
    /// the same words, as ASCII letters and digits are the only ASCII letters and
    /// numbers, without a Unicode property lookup or a grapheme walk per character.
    private static func asciiWords(_ name: String) -> [Substring]? {
        if name.utf8.contains(where: { $0 >= 0x80 }) { return nil }
        let isUpper: (UInt8) -> Bool = { $0 >= 0x41 && $0 <= 0x5A }
        let lower = name.utf8.contains(where: isUpper)
            ? String(decoding: name.utf8.map { isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self) : name
        var words: [Substring] = []
        let view = lower.utf8
        var start: String.Index?
        var index = view.startIndex
        while index != view.endIndex {
            let byte = view[index]
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(lower[wordStart..<index])
                start = nil
            }
            view.formIndex(after: &index)
        }
        if let wordStart = start { words.append(lower[wordStart..<view.endIndex]) }
        return words
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
        if let collapsed = utf8.withContiguousStorageIfAvailable(Self.collapsed) { return collapsed }
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

    /// `collapsingWhitespace` on UTF-8 bytes (appending scalars one by one cost more
    /// than the rest of the reader's metadata work). The same spaces as `isSpace`:
    /// ASCII ones alone, the others recognised by their encoded bytes.
    private static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let spaceLength = byte < 0x80 ? (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0)
                : encodedSpaceLength(bytes, at: index)
            if spaceLength > 0 {
                pendingSpace = !result.isEmpty
                index += spaceLength
                continue
            }
            if pendingSpace { result.append(0x20) }
            pendingSpace = false
            result.append(byte)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The length of the non-ASCII white space encoded at `index` (U+0085, U+00A0,
    /// U+1680, U+2000...U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), or 0.
    private static func encodedSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let remaining = bytes.count - index
        let lead = bytes[index]
        if lead == 0xC2, remaining >= 2 { return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard lead >= 0xE1, lead <= 0xE3, remaining >= 3 else { return 0 }
        let second = bytes[index + 1], third = bytes[index + 2]
        switch lead {
        case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0
        case 0xE2:
            if second == 0x80 { return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        default: return second == 0x80 && third == 0x80 ? 3 : 0
        }
    }

    /// White space as Unicode defines it, decided without a property lookup.
    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
