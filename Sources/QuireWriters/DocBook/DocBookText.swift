// Small text decisions for the DocBook writer: what XML can carry, which names
// split cleanly, what kind of identifier a string is.

enum DocBookText {
    /// The text with characters XML 1.0 cannot carry (C0 controls other than tab and line
    /// ends, U+FFFE, U+FFFF) replaced by U+FFFD; most text has none and is returned as is.
    static func xmlSafe(_ text: String, warn: (String) -> Void) -> String {
        guard needsCleaning(text) else { return text }
        warn("characters XML cannot hold (control characters) were replaced by U+FFFD")
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let bad = (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || isNonCharacter(scalar)
            out.append(bad ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// Scans the UTF-8 bytes in place: this runs over every text of the document.
    private static func needsCleaning(_ text: String) -> Bool {
        var copy = text
        var mayHaveNonCharacter = false
        let control = copy.withUTF8 { bytes -> Bool in
            for byte in bytes {
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                } else if byte == 0xEF {
                    mayHaveNonCharacter = true
                }
            }
            return false
        }
        return control || (mayHaveNonCharacter && text.unicodeScalars.contains(where: isNonCharacter))
    }

    private static func isNonCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// "Ada Lovelace" → ("Ada", "Lovelace"): two words of letters (with inner apostrophes or
    /// hyphens), each starting with a capital. Anything else ("R. Walton.", "Ursula K. Le Guin")
    /// is kept whole.
    static func splitName(_ name: String) -> (String, String)? {
        let parts = name.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy(isNameWord) else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase,
              let last = word.unicodeScalars.last, last.properties.isAlphabetic else { return false }
        return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" || $0 == "’" || $0 == "-" }
    }

    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("urn:")
            || lower.hasPrefix("ftp://")
    }

    /// `url` as a URI that jing's `xsd:anyURI` accepts: stray `%`, a second `#`, brackets
    /// outside the host and a colon that cannot end a scheme are percent-encoded. Spaces and
    /// other characters XLink escapes itself are left as written.
    static func uri(_ url: String) -> String {
        let scalars = Array(url.unicodeScalars)
        let schemeEnd = scalars.firstIndex { ":/?#".unicodeScalars.contains($0) }
        var badColon: Int?
        if let end = schemeEnd, scalars[end] == ":" {
            let scheme = scalars[..<end]
            let valid = scheme.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } == true
                && scheme.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
            if !valid { badColon = end }
        }
        // Once the first colon cannot end a scheme, no colon of that first segment may.
        let firstSegmentEnd = scalars.firstIndex { "/?#".unicodeScalars.contains($0) } ?? scalars.count
        // The authority ("//host:port") may hold an IPv6 literal in brackets.
        var authority = 0..<0
        if let end = schemeEnd, scalars[end] == ":", end + 2 < scalars.count, scalars[end + 1] == "/", scalars[end + 2] == "/" {
            let start = end + 3
            let stop = scalars[start...].firstIndex { "/?#".unicodeScalars.contains($0) } ?? scalars.count
            authority = start..<stop
        }
        var out = String.UnicodeScalarView()
        var seenHash = false
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "%" where !(index + 2 < scalars.count && scalars[index + 1].properties.isASCIIHexDigit
                             && scalars[index + 2].properties.isASCIIHexDigit):
                out.append(contentsOf: "%25".unicodeScalars)
            case "#" where seenHash:
                out.append(contentsOf: "%23".unicodeScalars)
            case "[" where !authority.contains(index), "]" where !authority.contains(index):
                out.append(contentsOf: (scalar == "[" ? "%5B" : "%5D").unicodeScalars)
            case ":" where badColon.map { index >= $0 && index < firstSegmentEnd } == true:
                out.append(contentsOf: "%3A".unicodeScalars)
            default:
                if scalar == "#" { seenHash = true }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The `class` of a `<biblioid>`.
    static func identifierClass(_ identifier: String) -> String {
        let lower = identifier.lowercased()
        if lower.hasPrefix("urn:isbn:") || lower.hasPrefix("isbn") { return "isbn" }
        if lower.hasPrefix("doi:") || lower.hasPrefix("10.") || lower.contains("doi.org/") { return "doi" }
        if isURL(identifier) { return "uri" }
        return "other"
    }

    /// Whether `text` is an XML NCName (the lexical space of `xml:id`).
    static func isNCName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isNameStart(first) else { return false }
        return text.unicodeScalars.allSatisfy(isNameChar)
    }

    /// An NCName made from `text`: bad characters become hyphens, and a bad start gets `id-`.
    static func ncName(from text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isNameChar(scalar) ? scalar : "-") }
        var name = String(out)
        if let first = name.unicodeScalars.first, isNameStart(first) { return name }
        name = "id-" + name
        return name
    }

    // XML 1.0 fifth edition name characters, without the colon.
    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
             0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
             0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    private static func isNameChar(_ s: Unicode.Scalar) -> Bool {
        if isNameStart(s) { return true }
        switch s.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }
}
