/// Typographic punctuation to plain ASCII, for `--ascii` plain text.
enum ASCIITransliteration {
    static let table: [Unicode.Scalar: String] = [
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{AB}": "\"", "\u{BB}": "\"",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{2039}": "'", "\u{203A}": "'",
        "\u{2014}": "--", "\u{2013}": "-", "\u{2012}": "-", "\u{2010}": "-", "\u{2011}": "-",
        "\u{2026}": "...", "\u{A0}": " ", "\u{202F}": " ", "\u{2009}": " ", "\u{2007}": " ",
        "\u{2060}": "", "\u{AD}": "", "\u{2022}": "*",
    ]

    static func apply(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
