import QuireModel
import QuireZip

/// The pictures a book shows travel with its text: each image the tree names
/// by its path in the archive is handed to the writers through the context,
/// so an EPUB remade as EPUB or print HTML keeps them.
enum EPUBImages {
    static func carry(in blocks: [Block], from archive: ZipReader, context: ConversionContext) {
        var sources: Set<String> = []
        for block in blocks {
            block.forEachBlock { if case .figure(let figure) = $0 { sources.insert(figure.image.source) } }
            block.forEachInline { if case .image(let image) = $0 { sources.insert(image.source) } }
        }
        var missing: [String] = []
        for source in sources.sorted() {
            guard archive.contains(source), let bytes = try? archive.read(source) else {
                if !source.contains(":") { missing.append(source) }
                continue
            }
            context.carry(source, bytes)
        }
        if !missing.isEmpty {
            context.warn("images the text shows are missing from the book (\(missing.joined(separator: ", "))): their text alternatives stand in their place")
        }
    }
}
