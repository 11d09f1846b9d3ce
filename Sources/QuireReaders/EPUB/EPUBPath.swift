/// Paths inside an EPUB's container: an `href` in one file resolved against
/// that file's folder, percent-escapes decoded, `.` and `..` steps applied.
/// The result only ever names an archive entry, never a file on disk.
enum EPUBPath {
    /// The entry `href` points to from the entry `base`, with its `#fragment`
    /// apart; nil for links out of the book (`https:`, `mailto:`) or above its root.
    static func resolve(_ href: String, from base: String) -> (path: String, fragment: String?)? {
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        if file.contains(":") { return nil }
        if file.isEmpty { return (base, fragment) }
        var steps = file.hasPrefix("/") ? [] : base.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for step in file.split(separator: "/", omittingEmptySubsequences: true) {
            switch step {
            case ".": continue
            case "..":
                guard !steps.isEmpty else { return nil }
                steps.removeLast()
            default: steps.append(percentDecoded(String(step)))
            }
        }
        return (steps.joined(separator: "/"), fragment)
    }

    /// `%20` and its kind back to bytes (names with spaces are common in EPUB 2).
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let high = hexValue(utf8[utf8.startIndex]), let low = hexValue(utf8[utf8.startIndex + 1]) {
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
