import QuireModel
import QuireXML

/// Checks raw bytes before they reach the HTML parser: empty, binary and
/// oversized files are refused with a one-line reason, and the character set is
/// settled (UTF-8 checked here, other declared charsets left to libxml2).
enum HTMLInput {
    /// No web page or ebook chapter comes near this; past it the input is data
    /// (or an attack), and parsing it would take the memory of several copies.
    static let maxSize = 256 << 20

    /// The bytes to parse and the encoding to tell libxml2 (nil: the document's own).
    static func prepare(_ input: [UInt8], lenient: Bool, maxSize: Int = HTMLInput.maxSize) throws -> (bytes: [UInt8], encoding: String?) {
        guard input.count <= maxSize else {
            throw ReaderError.malformed("the input is \(input.count >> 20) MB, more than the \(maxSize >> 20) MB an HTML page can be: split it into chapters")
        }
        // UTF-16 (with its byte-order mark) is text, though full of NUL bytes.
        if input.count >= 2, (input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF) {
            return (input, nil)
        }
        try refuseBinary(input)
        // A declared charset libxml2 does not know is ignored, as browsers ignore it.
        // So is one that valid UTF-8 beyond ASCII contradicts: a saved page is often
        // re-encoded without its `<meta charset>` being changed, and legacy text
        // (GB2312, Latin-1) almost never happens to form valid UTF-8 sequences.
        if let charset = declaredCharset(input), !["utf-8", "utf8", "us-ascii", "ascii"].contains(charset),
           SafeHTMLParser.knowsEncoding(charset), !isUTF8BeyondASCII(input) {
            guard let nonEmpty = input.firstIndex(where: { $0 > 0x20 }), nonEmpty < input.count else { throw ReaderError.empty }
            return (input, charset)
        }
        return (try TextInput.decode(input, lenient: lenient, maxLineLength: nil), "UTF-8")
    }

    private static func isUTF8BeyondASCII(_ input: [UInt8]) -> Bool {
        input.contains { $0 >= 0x80 } && String(validating: input, as: UTF8.self) != nil
    }

    /// Control characters that never occur in text (NUL, or many others) mean a binary file.
    private static func refuseBinary(_ input: [UInt8]) throws {
        let sample = input.prefix(8192)
        if let nul = sample.firstIndex(of: 0) { throw ReaderError.binary(offset: nul) }
        let controls = sample.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) || $0 == 0x7F }.count
        if controls * 100 > sample.count, let first = sample.firstIndex(where: { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }) {
            throw ReaderError.binary(offset: first)
        }
    }

    /// The charset named by `<meta charset>`, `<meta http-equiv>` or the XML
    /// declaration in the first kilobytes, lower-cased.
    static func declaredCharset(_ input: [UInt8]) -> String? {
        let head = String(decoding: input.prefix(2048), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            guard let range = head.firstRange(of: marker) else { continue }
            let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !value.isEmpty { return String(value) }
        }
        return nil
    }
}
