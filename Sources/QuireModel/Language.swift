// Language: detected from the text when the user does not say, because
// hyphenation, quotation marks and EPUB metadata all depend on it.

/// Guesses a document's language from its most frequent short words.
public enum LanguageDetector {
    /// Very common function words of each language we detect. Frequent words
    /// beat character n-grams here: they need no model and are right on any
    /// text longer than a few sentences.
    static let stopwords: [(language: String, words: Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "with", "as", "his", "he", "on", "be", "by", "not", "this", "which", "are", "from"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "dem", "auch", "wir", "ich", "sie"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "il", "ce", "au", "aux", "nous", "sont", "avec"]),
        ("es", ["el", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se", "lo", "su", "al", "como", "más", "pero", "fue"]),
        ("it", ["il", "che", "della", "di", "e", "gli", "per", "una", "sono", "non", "con", "del", "nel", "alla", "anche", "questo", "più", "dei", "lo", "si"]),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "к", "но", "из", "за", "от", "его", "для", "же", "она", "так"]),
        ("pt", ["o", "os", "as", "de", "que", "do", "da", "em", "um", "uma", "não", "com", "para", "por", "mais", "dos", "das", "ao", "seu", "foi"]),
        ("nl", ["de", "het", "een", "en", "van", "dat", "is", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "aan", "maar", "er", "wordt", "naar"]),
    ]

    /// The BCP 47 tag of the language `text` is most likely written in, or nil
    /// when the text is too short or in none of the languages we know.
    public static func detect(_ text: String, sampleLimit: Int = 200_000) -> String? {
        var counts = [Int](repeating: 0, count: stopwords.count)
        var words = 0
        var word = ""
        func finish() {
            guard !word.isEmpty else { return }
            words += 1
            let lower = word.lowercased()
            for (index, entry) in stopwords.enumerated() where entry.words.contains(lower) {
                counts[index] += 1
            }
            word = ""
        }
        for scalar in text.unicodeScalars.prefix(sampleLimit) {
            // ASCII is answered without the property tables (there only A-Z and a-z are alphabetic).
            let isAlphabetic = scalar.isASCII ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                : scalar.properties.isAlphabetic
            if isAlphabetic { word.unicodeScalars.append(scalar) } else { finish() }
        }
        finish()
        guard words >= 5, let best = counts.indices.max(by: { counts[$0] < counts[$1] }),
              counts[best] * 20 >= words else { return nil }
        return stopwords[best].language
    }
}

/// The quotation marks a language uses, outer and inner.
public struct QuotationMarks: Sendable, Hashable {
    public var openDouble: String
    public var closeDouble: String
    public var openSingle: String
    public var closeSingle: String

    /// The conventional marks for a BCP 47 language tag (English's for unknown ones).
    public static func forLanguage(_ tag: String?) -> QuotationMarks {
        let primary = tag?.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        switch primary {
        case "de": return QuotationMarks(openDouble: "\u{201E}", closeDouble: "\u{201C}", openSingle: "\u{201A}", closeSingle: "\u{2018}")
        // French sets its guillemets off with a narrow no-break space.
        case "fr": return QuotationMarks(openDouble: "\u{AB}\u{202F}", closeDouble: "\u{202F}\u{BB}", openSingle: "\u{201C}", closeSingle: "\u{201D}")
        case "es", "it", "pt": return QuotationMarks(openDouble: "\u{AB}", closeDouble: "\u{BB}", openSingle: "\u{201C}", closeSingle: "\u{201D}")
        case "ru", "uk": return QuotationMarks(openDouble: "\u{AB}", closeDouble: "\u{BB}", openSingle: "\u{201E}", closeSingle: "\u{201C}")
        default: return QuotationMarks(openDouble: "\u{201C}", closeDouble: "\u{201D}", openSingle: "\u{2018}", closeSingle: "\u{2019}")
        }
    }

    public func open(_ kind: QuoteKind) -> String { kind == .double ? openDouble : openSingle }
    public func close(_ kind: QuoteKind) -> String { kind == .double ? closeDouble : closeSingle }
}
