import QuireModel
import QuireXML
import QuireZip

/// Reads an EPUB 2 or 3 book: the package's metadata, each document of the
/// spine in reading order through the HTML reader's book mode, notes moved
/// back to their calls (across files too), the title page read as metadata,
/// covers and contents pages left out.
public struct EPUBReader: DocumentReader {
    public static let format = FormatDescription(
        name: "epub", aliases: ["epub3", "epub2"], extensions: ["epub"],
        summary: "EPUB 2 and 3 e-books: metadata, the spine in order, notes at their calls",
        mediaType: "application/epub+zip", isBinary: true)

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        guard !input.isEmpty else { throw ReaderError.empty }
        let archive = try ZipReader(input)
        try EPUBProtection.refuseLocked(archive)
        guard archive.contains("META-INF/container.xml") else {
            throw ReaderError.malformed("the archive has no META-INF/container.xml, so it is not an EPUB (a DOCX or ODT? give -f)")
        }
        let packagePath = try EPUBXML.packagePath(in: try archive.read("META-INF/container.xml"))
        let package = try OPFPackage(try archive.read(packagePath), path: packagePath)
        let documents = try contentDocuments(package, archive: archive, options: options, context: context)
        return withExtendedLifetime(documents) {
            var metadata = OPFMetadata.build(package, context: context)
            let contents = EPUBContents(package: package, archive: archive)
            let mode = HTMLBookMode(bodies: documents.map(\.body), footnotes: EPUBNotes.footnotes(in: documents),
                                    titleLevels: contents.titleParagraphs(in: documents))
            var blocks: [Block] = []
            for document in documents {
                let guide = package.guide[document.path]
                if document.isMarked("cover") || document.isMarked("toc") || guide == "cover" || guide == "toc"
                    || (blocks.isEmpty && document.hasNoText) {
                    continue
                }
                if document.isMarked("titlepage") || guide == "title-page"
                    || (blocks.isEmpty && EPUBTitlePage.isUnmarkedTitlePage(document, title: metadata.plainTitle)) {
                    EPUBTitlePage.merge(document, into: &metadata, reading: mode)
                    continue
                }
                blocks += mode.blocks(of: document.body) { source in
                    EPUBPath.resolve(source, from: document.path)?.path ?? source
                }
            }
            mode.reportLosses(to: context)
            // A first heading that repeats the book's title (pandoc makes one when the text has none) is the title.
            if case .heading(_, _, let inlines)? = blocks.first, inlines.plainText == metadata.plainTitle { blocks.removeFirst() }
            EPUBImages.carry(in: blocks, from: archive, context: context)
            if metadata.abstract.isEmpty, let description = OPFMetadata.description(package), !Self.isLead(description, of: blocks) {
                metadata.abstract = [.paragraph(inlines: [.text(text: description)])]
            }
            return Document(metadata: metadata, blocks: HeadingLevels.relative(blocks))
        }
    }

    /// The spine's XHTML documents, parsed (the navigation document is the
    /// reading system's menu, not text, and is left out).
    private func contentDocuments(_ package: OPFPackage, archive: ZipReader, options: ReaderOptions,
                                  context: ConversionContext) throws -> [EPUBContentDocument] {
        let navigation = package.navigation?.path
        var documents: [EPUBContentDocument] = []
        var skipped: [String] = []
        for (item, _) in package.spine where item.path != navigation {
            guard item.mediaType == "application/xhtml+xml" || item.mediaType == "text/html" else {
                skipped.append(item.path)
                continue
            }
            guard archive.contains(item.path) else {
                context.warn("the spine lists '\(item.path)', which the book does not contain: left out")
                continue
            }
            if let document = try EPUBContentDocument(path: item.path, bytes: try archive.read(item.path), lenient: options.lenient) {
                documents.append(document)
            }
        }
        if !skipped.isEmpty {
            context.warn("spine items that are not XHTML left out (\(skipped.joined(separator: ", "))): Quire reads XHTML content documents only")
        }
        return documents
    }

    /// Whether a description only repeats the start of the text (as writers
    /// fill it when there is no abstract), and so is no abstract of its own.
    static func isLead(_ description: String, of blocks: [Block]) -> Bool {
        guard case .paragraph(let inlines)? = blocks.first(where: { if case .paragraph = $0 { return true } else { return false } })
        else { return false }
        var start = Substring(description)
        while let last = start.last, last == "…" || last == "." || last == " " { start.removeLast() }
        return !start.isEmpty && inlines.plainText.collapsingWhitespace.hasPrefix(start)
    }
}
