import QuireModel

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
