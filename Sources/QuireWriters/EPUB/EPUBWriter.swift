import QuireModel
import QuireZip

/// EPUB 3 (with an NCX for EPUB 2 reading systems): a title page, one XHTML
/// file per section down to `splitLevel`, a navigation document nested like
/// the headings, accessibility metadata, and the files the user asks to embed.
///
/// The same tree, options and timestamp give the same bytes: the identifier
/// is derived from the content, every ZIP entry has the context's timestamp,
/// and entries are always written in the same order.
public struct EPUBWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "epub", aliases: ["epub3"], extensions: ["epub"],
        summary: "EPUB 3 e-book, accessible, with a title page, contents and notes",
        mediaType: "application/epub+zip", isBinary: true)

    public init() {}

    /// zlib's level 2 (greedy matching): on book text it is three to four
    /// times faster than the default 6 for files about 13% larger, which
    /// keeps a 20 MB book well above 15 MB/s. Reading systems don't care.
    static let compressionLevel: Int32 = 2

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        let document = document.limitingNesting(context: context)
        let outline = document.outline
        let book = try EPUBBook(document: document, outline: outline, options: options, context: context)
        var zip = ZipWriter(timestamp: context.timestamp, level: Self.compressionLevel)
        // `mimetype` first and stored, so the file's first bytes say what it is (OCF 3.3 §4.2.3).
        try zip.add("mimetype", Array(Self.format.mediaType.utf8), method: .stored)
        try zip.add("META-INF/container.xml", EPUBPackage.container())
        try zip.add("EPUB/" + EPUBBook.packagePath, EPUBPackage.packageDocument(book, items: Self.manifest(book)))
        try zip.add("EPUB/" + EPUBBook.ncxPath, EPUBNavigation.ncx(book))
        try zip.add("EPUB/" + EPUBBook.navPath, EPUBNavigation.document(book))
        for resource in book.stylesheets + book.fonts {
            try zip.add("EPUB/" + resource.path, resource.bytes)
        }
        for image in book.images.resources {
            // Compressed images barely shrink: store them and save the time.
            try zip.add("EPUB/" + image.path, image.bytes, method: image.mediaType == "image/svg+xml" ? .deflated : .stored)
        }
        if let cover = book.cover {
            // Compressed images barely shrink: store them and save the time.
            try zip.add("EPUB/" + cover.path, cover.bytes, method: cover.mediaType == "image/svg+xml" ? .deflated : .stored)
            try zip.add("EPUB/" + EPUBBook.coverPagePath, EPUBFrontMatter.coverPage(book, image: cover))
        }
        let titlePage = try EPUBFrontMatter.titlePage(book)
        try zip.add("EPUB/" + EPUBBook.titlePagePath, titlePage.bytes)
        var noteCount = titlePage.noteCount
        // Each file is compressed as soon as it is rendered and then dropped.
        for file in book.spine.files {
            let rendered = try EPUBBodyDocument.render(file, book: book, firstNoteNumber: noteCount + 1)
            try zip.add("EPUB/" + file.path, rendered.bytes)
            noteCount = rendered.noteCount
        }
        return WriterOutput(bytes: try zip.finish())
    }

    /// Every file of the book in the manifest, the reading order marked:
    /// cover, title page, body; the contents page is in the spine but not in
    /// the reading order, since reading systems show it from their own menu.
    static func manifest(_ book: EPUBBook) -> [EPUBManifestItem] {
        let xhtml = "application/xhtml+xml"
        var items: [EPUBManifestItem] = [
            EPUBManifestItem(id: "ncx", path: EPUBBook.ncxPath, mediaType: "application/x-dtbncx+xml"),
        ]
        for resource in book.stylesheets + book.fonts + book.images.resources {
            items.append(EPUBManifestItem(id: resource.id, path: resource.path, mediaType: resource.mediaType,
                                          properties: resource.properties))
        }
        if let cover = book.cover {
            items.append(EPUBManifestItem(id: cover.id, path: cover.path, mediaType: cover.mediaType, properties: cover.properties))
            items.append(EPUBManifestItem(id: "cover", path: EPUBBook.coverPagePath, mediaType: xhtml, spine: .yes))
        }
        items.append(EPUBManifestItem(id: "titlepage", path: EPUBBook.titlePagePath, mediaType: xhtml, spine: .yes))
        for file in book.spine.files {
            let id = String(file.path.dropFirst("text/".count).dropLast(".xhtml".count))
            items.append(EPUBManifestItem(id: id, path: file.path, mediaType: xhtml, spine: .yes))
        }
        items.append(EPUBManifestItem(id: "nav", path: EPUBBook.navPath, mediaType: xhtml, properties: "nav", spine: .no))
        return items
    }
}
