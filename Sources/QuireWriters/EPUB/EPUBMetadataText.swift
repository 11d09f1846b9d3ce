import Foundation

/// Metadata values in the forms the OPF wants: sortable names, W3C dates.
enum EPUBMetadataText {
    /// The name as it sorts in a catalogue ("Rob Jones" → "Jones, Rob";
    /// "Martin Luther King Jr." → "King, Martin Luther, Jr."). A name that
    /// already has a comma, or a single word, is kept as it is.
    static func fileAs(_ name: String) -> String {
        let trimmed = name.trimmedOfWhitespace
        if trimmed.contains(",") { return trimmed }
        var words = trimmed.split(separator: " ").map(String.init)
        guard words.count > 1 else { return trimmed }
        var suffix: String?
        let suffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
        if suffixes.contains(words.last!.lowercased()), words.count > 2 { suffix = words.removeLast() }
        let surname = words.removeLast()
        return ([surname, words.joined(separator: " ")] + (suffix.map { [$0] } ?? [])).joined(separator: ", ")
    }

    /// `dcterms:modified`: UTC to the second, as EPUB 3.3 requires.
    static func timestamp(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// The date in W3CDTF (`2019`, `2019-11`, `2019-11-07`), which `dc:date`
    /// needs, from ISO forms or English ones ("November 7, 2019", "7 Nov 2019");
    /// nil when no year can be found.
    static func w3cDate(_ text: String) -> String? {
        let trimmed = text.trimmedOfWhitespace
        if trimmed.range(of: #"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?)?)?$"#,
                         options: .regularExpression) != nil {
            return trimmed
        }
        let words = trimmed.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words {
            if let number = Int(word) {
                if word.count == 4 { year = number } else if (1...31).contains(number) { day = number }
            } else if word.count >= 3, let index = months.firstIndex(where: { $0.hasPrefix(word) }) {
                month = index + 1
            }
        }
        guard let year else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        guard let month else { return String(year) }
        guard let day else { return "\(year)-\(two(month))" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
