import Glibc

/// What kind of text the body is, as far as quotation marks are concerned. A text that
/// reports speech (a news report, a novel's dialogue, an interview) tags its quotations
/// with who spoke (`“…,” she said.`): there a paragraph in quotation marks is someone
/// speaking, not a passage set apart. An essay or a history quotes documents, and a
/// paragraph wholly in quotation marks among its narration is an extract.
/// The genre weighs the quote rules that read quotation marks (`QuoteRule`).
enum GenreRule {
    enum Genre: String, Sendable {
        /// Quotations are mostly tagged with their speaker.
        case reportedSpeech = "reported speech"
        /// Essays, histories, letters, e-texts: quotations are extracts.
        case exposition
    }

    static let speakingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "explained", "explains", "replied", "replies",
        "answered", "answers", "continued", "recalled", "insisted", "argued", "noted", "warned", "cried", "exclaimed",
        "whispered", "shouted", "according", "resumed", "repeated", "remarked",
    ]

    /// Tagged quotations in at least three paragraphs, and in one paragraph of ten.
    static func detect(_ items: [Classified]) -> (genre: Genre, evidence: String) {
        var paragraphs = 0
        var tagged = 0
        for item in items where item.role == .paragraph {
            paragraphs += 1
            if tagsSpeech(item.unit.text) { tagged += 1 }
        }
        let evidence = "\(tagged) of \(paragraphs) paragraphs tag a quotation with its speaker"
        return (tagged >= 3 && tagged * 10 >= paragraphs ? .reportedSpeech : .exposition, evidence)
    }

    /// `“…,” he said`, `“…?” asked the mayor`, `“…” according to X`: a closing quotation
    /// mark followed within four words by a verb of speaking.
    static func tagsSpeech(_ text: Substring) -> Bool {
        // Most paragraphs hold no closing double quotation mark: skip them without splitting words.
        guard mayCloseQuotation(text) else { return false }
        let words = TextFacts.words(text)
        for (index, word) in words.enumerated() where closesQuotation(word) {
            for next in words[(index + 1)..<min(words.count, index + 5)] {
                if next.unicodeScalars.contains(where: { TextFacts.openDouble.contains($0) }) { break }
                if speakingVerbs.contains(next.lowercased().filter(\.isLetter)) { return true }
            }
        }
        return false
    }

    /// A straight quote or the last byte of U+201D, found by memchr.
    private static func mayCloseQuotation(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x22, bytes.count) != nil || memchr(base, 0x9D, bytes.count) != nil
        } ?? true
    }

    private static func closesQuotation(_ word: Substring) -> Bool {
        guard let last = word.unicodeScalars.last(where: { !($0 == "," || $0 == "." || $0 == ";" || $0 == ")") }) else { return false }
        return last == "\u{201D}" || last == "\"" && word.count > 1
    }
}
