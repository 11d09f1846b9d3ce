/// Family, weight and slant read from a font's own tables (`name`, `OS/2`),
/// so the `@font-face` rule names the family as the font does. TrueType and
/// OpenType files, and WOFF files whose tables are stored uncompressed, can
/// be read this way; for the rest the caller falls back to the file name.
struct EPUBFontInfo: Equatable {
    var family: String
    /// CSS weight, 100 to 900.
    var weight: Int
    var italic: Bool

    init(family: String, weight: Int, italic: Bool) {
        self.family = family
        self.weight = weight
        self.italic = italic
    }

    init?(_ bytes: [UInt8]) {
        guard let tables = Self.tables(bytes), let name = tables["name"],
              let family = Self.family(bytes, name) else { return nil }
        self.family = family
        weight = 400
        italic = false
        if let os2 = tables["OS/2"], os2.count >= 64 {
            let weightClass = Self.u16(bytes, os2.lowerBound + 4)
            if (100...900).contains(weightClass) { weight = weightClass / 100 * 100 }
            let selection = Self.u16(bytes, os2.lowerBound + 62)
            italic = selection & 1 != 0
        }
    }

    /// Where each table lies in the file, by tag; nil for a file we cannot read.
    static func tables(_ bytes: [UInt8]) -> [String: Range<Int>]? {
        guard bytes.count >= 12 else { return nil }
        var tables: [String: Range<Int>] = [:]
        let isWOFF = bytes.starts(with: Array("wOFF".utf8))
        let count = u16(bytes, isWOFF ? 12 : 4)
        let directory = isWOFF ? 44 : 12
        let recordSize = isWOFF ? 20 : 16
        for index in 0..<count {
            let record = directory + index * recordSize
            guard record + recordSize <= bytes.count else { return nil }
            let tag = String(decoding: bytes[record..<(record + 4)], as: UTF8.self)
            let offset = u32(bytes, record + (isWOFF ? 4 : 8))
            let length = u32(bytes, record + (isWOFF ? 8 : 12))
            // A WOFF table whose compressed length differs from its original one is zlib data.
            if isWOFF && length != u32(bytes, record + 12) { continue }
            guard offset >= 0, length >= 0, offset + length <= bytes.count else { continue }
            tables[tag] = offset..<(offset + length)
        }
        return tables
    }

    /// The typographic family (name 16), else the family (name 1), preferring
    /// Windows Unicode English names, else Macintosh Roman ones.
    static func family(_ bytes: [UInt8], _ table: Range<Int>) -> String? {
        guard table.count >= 6 else { return nil }
        let count = u16(bytes, table.lowerBound + 2)
        let strings = table.lowerBound + u16(bytes, table.lowerBound + 4)
        var best: (rank: Int, text: String)?
        for index in 0..<count {
            let record = table.lowerBound + 6 + index * 12
            guard record + 12 <= table.upperBound else { break }
            let platform = u16(bytes, record)
            let encoding = u16(bytes, record + 2)
            let language = u16(bytes, record + 4)
            let nameID = u16(bytes, record + 6)
            let start = strings + u16(bytes, record + 10)
            let end = start + u16(bytes, record + 8)
            guard nameID == 1 || nameID == 16, end <= bytes.count, start < end else { continue }
            let raw = Array(bytes[start..<end])
            var text: String
            var rank = nameID == 16 ? 0 : 4
            if platform == 3 && (encoding == 1 || encoding == 10) {
                let units = stride(from: 0, to: raw.count - 1, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }
                text = String(decoding: units, as: UTF16.self)
                if language != 0x409 { rank += 1 }
            } else if platform == 1 && encoding == 0 {
                text = String(decoding: raw.filter { $0 < 0x80 }, as: UTF8.self)
                rank += 2
            } else {
                continue
            }
            text = safe(text)
            if !text.isEmpty, best == nil || rank < best!.rank { best = (rank, text) }
        }
        return best?.text
    }

    /// Letters, digits, spaces and hyphens only: the name goes into a CSS string.
    static func safe(_ text: String) -> String {
        String(text.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " || $0 == "-"
        }.map(Character.init)).trimmedOfWhitespace
    }

    static func u16(_ bytes: [UInt8], _ at: Int) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return Int(bytes[at]) << 8 | Int(bytes[at + 1])
    }

    static func u32(_ bytes: [UInt8], _ at: Int) -> Int {
        u16(bytes, at) << 16 | u16(bytes, at + 2)
    }
}
