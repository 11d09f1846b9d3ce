/// A file embedded in the page as a `data:` URI, so the print HTML is one
/// self-contained file that renders the same wherever it is moved.
struct DataURI {
    let mediaType: String
    let bytes: [UInt8]

    /// Fails for anything but the image types WeasyPrint and browsers show.
    init(image bytes: [UInt8], path: String) throws {
        guard let type = ImageType.detect(bytes)?.mediaType else { throw PrintHTMLError.notAnImage(path) }
        self.mediaType = type
        self.bytes = bytes
    }

    var string: String {
        "data:" + mediaType + ";base64," + Base64.encode(bytes)
    }
}

/// RFC 4648 base64 with padding, on bytes (Foundation would bridge through Data).
enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int(chunk >> UInt32(shift) & 0x3F)]) }
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let second = rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0
            let chunk = UInt32(bytes[index]) << 16 | second
            out.append(alphabet[Int(chunk >> 18 & 0x3F)])
            out.append(alphabet[Int(chunk >> 12 & 0x3F)])
            out.append(rest == 2 ? alphabet[Int(chunk >> 6 & 0x3F)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
