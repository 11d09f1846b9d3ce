// Small facts about a line or paragraph that several rules ask: does it end a
// sentence, is it a name, is it in capitals, is it a numeral. They look at
// Unicode scalars of short strings only (a line, a paragraph's edges), so they
// stay cheap on large inputs.

enum TextFacts {
    static let openDouble: Set<Unicode.Scalar> = ["\u{201C}", "\u{AB}", "\u{201E}", "\""]
    static let closeDouble: Set<Unicode.Scalar> = ["\u{201D}", "\u{BB}", "\""]
    static let dashes: Set<Unicode.Scalar> = ["\u{2014}", "\u{2013}", "\u{2015}", "-"]
    static let quoteMarks: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}", "\u{201E}", "\"", "'"]

    /// Whitespace-separated words.
    static func words<S: StringProtocol>(_ text: S) -> [Substring] {
        let text = Substring(text)
        if let words = text.utf8.withContiguousStorageIfAvailable({ bytesWords(text, $0) }), let words { return words }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\n" })
    }

    /// `words` split on bytes, for text where every scalar is a character of its own
    /// (ASCII, Latin-1, general punctuation but the joiners): there a byte split gives
    /// the same words as the split on characters, without breaking graphemes. Nil for
    /// other text (combining marks, scripts with clusters), which takes the slow path.
    private static func bytesWords(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>) -> [Substring]? {
        var bounds: [Range<Int>] = []
        var start = -1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            var length = 1
            var space = byte == 0x20 || byte == 0x09 || byte == 0x0A
            if byte >= 0x80 {
                if (byte == 0xC2 || byte == 0xC3) && index + 1 < count {
                    length = 2
                    space = byte == 0xC2 && bytes[index + 1] == 0xA0
                } else if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] != 0x8C && bytes[index + 2] != 0x8D {
                    length = 3
                } else {
                    return nil
                }
            } else if byte == 0x0D {
                return nil
            }
            if space {
                if start >= 0 { bounds.append(start..<index); start = -1 }
            } else if start < 0 {
                start = index
            }
            index += length
        }
        if start >= 0 { bounds.append(start..<count) }
        let utf8 = text.utf8
        let base = utf8.startIndex
        return bounds.map { text[utf8.index(base, offsetBy: $0.lowerBound)..<utf8.index(base, offsetBy: $0.upperBound)] }
    }

    /// Words separated by spaces, tabs, line feeds or no-break spaces, counted on
    /// bytes. Counting stops at `limit`: rules only ask whether a block is short
    /// (the longest limit any rule uses is 80 words).
    static func wordCount<S: StringProtocol>(_ text: S, limit: Int = 81) -> Int {
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var count = 0
            var inWord = false
            var index = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while index < bytes.count && count < limit {
                // Eight ASCII bytes at once: a word starts where a non-space follows a space.
                // The result is min(words, limit), so counting a whole word of bytes past the limit is harmless.
                if index + 8 <= bytes.count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if word & SWAR.highs == 0 {
                        let spaces = SWAR.equalMask(word, 0x20) | SWAR.equalMask(word, 0x09) | SWAR.equalMask(word, 0x0A)
                        let after = spaces << 8 | (inWord ? 0 : 0x80)
                        count += (~spaces & SWAR.highs & after).nonzeroBitCount
                        inWord = spaces >> 56 == 0
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                var space = byte == 0x20 || byte == 0x09 || byte == 0x0A
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { space = true; index += 1 }
                if space { inWord = false } else if !inWord { inWord = true; count += 1 }
                index += 1
            }
            return min(count, limit)
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(count) { return result }
        var copy = String(text)
        return copy.withUTF8(count)
    }

    /// Unicode scalars in `text`, counted on its UTF-8 bytes (every byte that does not continue a sequence).
    static func scalarCount(_ text: Substring) -> Int {
        let count: (UnsafeBufferPointer<UInt8>) -> Int = { bytes in
            var scalars = 0
            var index = 0
            let raw = UnsafeRawBufferPointer(bytes)
            // Eight bytes at once: a continuation byte has its top bit set and the next one clear.
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                scalars += 8 - (word & ~(word << 1) & SWAR.highs).nonzeroBitCount
                index += 8
            }
            while index < bytes.count {
                if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
            return scalars
        }
        return text.utf8.withContiguousStorageIfAvailable(count) ?? text.unicodeScalars.count
    }

    /// The last scalar that is not a closing quotation mark, bracket or space.
    static func finalMark<S: StringProtocol>(_ text: S) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars.reversed() {
            if scalar == " " || scalar == "\u{A0}" || closeDouble.contains(scalar) || scalar == "\u{2019}"
                || scalar == "'" || scalar == ")" || scalar == "]" { continue }
            return scalar
        }
        return nil
    }

    /// The scalar the text ends with, closing quotes included.
    static func lastScalar<S: StringProtocol>(_ text: S) -> Unicode.Scalar? {
        text.unicodeScalars.last(where: { $0 != " " && $0 != "\u{A0}" })
    }

    static func firstScalar<S: StringProtocol>(_ text: S) -> Unicode.Scalar? { text.unicodeScalars.first }

    /// Ends with sentence-final punctuation (quotes and brackets looked through).
    static func endsSentence<S: StringProtocol>(_ text: S) -> Bool {
        guard let mark = finalMark(text) else { return false }
        return mark == "." || mark == "!" || mark == "?" || mark == "\u{2026}"
    }

    // ASCII answers without the Unicode property tables (the same answers: in ASCII only
    // A-Z are upper-case, a-z lower-case, and letters the only alphabetic scalars).
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }
    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
    }
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) : scalar.properties.isAlphabetic
    }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Has letters and none of them lower-case ("AN EXHORTATION TO LIBERATE ITALY").
    static func isAllCapitals<S: StringProtocol>(_ text: S) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where isLetter(scalar) {
            if isLower(scalar) { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A Roman numeral, upper- or lower-case ("XXVI", "iv").
    static func isRomanNumeral<S: StringProtocol>(_ word: S) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { "IVXLCDMivxlcdm".unicodeScalars.contains($0) }
    }

    static func isArabicNumeral<S: StringProtocol>(_ word: S) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy(isDigit)
    }

    /// A numeral alone, optionally followed by a full stop ("II", "2.", "XIV.").
    static func isBareNumeral<S: StringProtocol>(_ text: S) -> Bool {
        var word = Substring(text)
        if word.hasSuffix(".") { word = word.dropLast() }
        return isRomanNumeral(word) && word.count <= 7 && word == word.uppercased() || isArabicNumeral(word) && word.count <= 3
    }

    /// A year like 1640 or 1928.
    static func isYear<S: StringProtocol>(_ word: S) -> Bool {
        guard word.utf8.count == 4, isArabicNumeral(word), let value = Int(word) else { return false }
        return (1000...2199).contains(value)
    }

    /// Small words that stay lower-case inside names ("de", "van").
    static let nameParticles: Set<String> = ["de", "da", "di", "van", "von", "der", "den", "du", "le", "la", "del", "y", "bin", "ibn", "al",
                                             "and", "&"]

    /// Looks like a personal name: two to six capitalised words or initials
    /// ("G. K. Chesterton", "Henry David Thoreau", "R. Walton.").
    static func isPersonalName<S: StringProtocol>(_ text: S) -> Bool {
        let words = words(text)
        guard (1...6).contains(words.count) else { return false }
        var capitalised = 0
        for (index, word) in words.enumerated() {
            var token = Substring(word)
            if index == words.count - 1, token.hasSuffix(".") || token.hasSuffix(",") { token = token.dropLast() }
            if token.hasSuffix(".") && token.count <= 3 { token = token.dropLast() }  // an initial
            if nameParticles.contains(String(token)) && index > 0 && index < words.count - 1 { continue }
            guard let first = token.unicodeScalars.first, isUpper(first) else { return false }
            guard token.unicodeScalars.allSatisfy({ isLetter($0) || $0 == "-" || $0 == "\u{2019}" || $0 == "'" || $0 == "." })
            else { return false }
            capitalised += 1
        }
        return capitalised >= (words.count == 1 ? 1 : 2)
    }

    /// Trims spaces (and no-break spaces) from both ends.
    static func trimmed<S: StringProtocol>(_ text: S) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\n" }
        let sub = Substring(text)
        guard let start = sub.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = sub.lastIndex(where: { !isSpace($0) })!
        return sub[start...end]
    }

    /// The text without quotation marks at its very ends.
    static func strippingOuterQuotes<S: StringProtocol>(_ text: S) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, quoteMarks.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, quoteMarks.contains(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
