import QuireModel

/// The pictures the text shows, packed into the book: EPUB reading systems
/// show only what is inside the container, so every local image is loaded,
/// typed from its first bytes and given a path under `images/`. An image that
/// cannot be packed (remote, missing, of an unknown type) is reported and
/// its text alternative stands in its place.
struct EPUBImages {
    var resources: [EPUBResource] = []
    /// Where each source went, relative to the content documents in `text/`.
    var pathForSource: [String: String] = [:]
    /// Whether every image of the text has a text alternative.
    var allHaveAlt = true

    init(document: Document, context: ConversionContext) {
        var seen = Set<String>()
        var images: [Image] = []
        func note(_ image: Image) {
            if image.alt.isEmpty { allHaveAlt = false }
            if seen.insert(image.source).inserted { images.append(image) }
        }
        document.forEachBlock { if case .figure(let figure) = $0 { note(figure.image) } }
        document.forEachInline { if case .image(let image) = $0 { note(image) } }
        for image in images {
            guard let bytes = Self.load(image.source, context: context) else { continue }
            guard let kind = ImageType.detect(bytes) else {
                context.warn("image '\(image.source)' is not JPEG, PNG, GIF, WebP or SVG: its text alternative stands in its place")
                continue
            }
            let number = resources.count + 1
            let path = "images/image-\(number).\(kind.ext)"
            resources.append(EPUBResource(id: "image-\(number)", path: path, mediaType: kind.mediaType, bytes: bytes))
            pathForSource[image.source] = "../" + path
        }
    }

    static func load(_ source: String, context: ConversionContext) -> [UInt8]? {
        if source.contains("://") || source.hasPrefix("data:") {
            context.warn("image '\(source.prefix(60))' is not a local file and cannot go inside the EPUB: download it and give its path")
            return nil
        }
        do {
            return try context.resources.load(source)
        } catch {
            context.warn("image '\(source)' could not be loaded (\(error)): its text alternative stands in its place")
            return nil
        }
    }
}
