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
    /// mark followed within four words by a verb of speaking (a word with an opening mark
    /// ends the search). Words are read off the UTF-8 bytes one at a time, without an
    /// array of them: every paragraph with a quotation mark is asked.
    static func tagsSpeech(_ text: Substring) -> Bool {
        // Most paragraphs hold no closing double quotation mark: skip them without reading words.
        guard mayCloseQuotation(text) else { return false }
        let bytes = Array(text.utf8)
        var remaining = 0
        var start = 0
        var index = 0
        while index <= bytes.count {
            let separator = index == bytes.count ? 1 : separatorLength(bytes, at: index)
            guard separator > 0 else { index += 1; continue }
            if index > start {
                let word = bytes[start..<index]
                if remaining > 0 {
                    if opensQuotation(word) { remaining = 0 } else if isSpeakingVerb(word) { return true } else { remaining -= 1 }
                }
                if closesQuotation(word) { remaining = 4 }
            }
            index += separator
            start = index
        }
        return false
    }

    /// Space, tab, line feed or no-break space (C2 A0): what separates words (`TextFacts.words`).
    private static func separatorLength(_ bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        default: return 0
        }
    }

    /// The word's last mark, trailing `,.;)` aside, is a closing double quotation mark
    /// (U+201D, or a straight one after something).
    private static func closesQuotation(_ word: ArraySlice<UInt8>) -> Bool {
        var end = word.endIndex
        while end > word.startIndex, [0x2C, 0x2E, 0x3B, 0x29].contains(word[end - 1]) { end -= 1 }
        guard end > word.startIndex else { return false }
        if word[end - 1] == 0x22 { return String(decoding: word, as: UTF8.self).count > 1 }
        return end - word.startIndex >= 3 && word[(end - 3)..<end].elementsEqual([0xE2, 0x80, 0x9D])
    }

    /// The word holds an opening double quotation mark (`TextFacts.openDouble`).
    private static func opensQuotation(_ word: ArraySlice<UInt8>) -> Bool {
        if word.contains(0x22) { return true }
        guard word.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: word, as: UTF8.self).unicodeScalars.contains { TextFacts.openDouble.contains($0) }
    }

    /// The word's letters, lower-cased, are a verb of speaking.
    private static func isSpeakingVerb(_ word: ArraySlice<UInt8>) -> Bool {
        if word.allSatisfy({ $0 < 0x80 }) {
            var letters = ""
            for byte in word where (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                letters.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
            }
            return speakingVerbs.contains(letters)
        }
        return speakingVerbs.contains(String(decoding: word, as: UTF8.self).lowercased().filter(\.isLetter))
    }

    /// A straight quote or the last byte of U+201D, found by memchr.
    private static func mayCloseQuotation(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x22, bytes.count) != nil || memchr(base, 0x9D, bytes.count) != nil
        } ?? true
    }

}
