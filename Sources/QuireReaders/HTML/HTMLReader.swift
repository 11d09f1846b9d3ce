import QuireModel
import QuireXML

/// Reads a web page saved from a browser, or an ebook's XHTML chapter, into a
/// document: for a web page only the article (its title, byline, date and text),
/// with navigation, comments, share buttons, banners and footers left behind.
public struct HTMLReader: DocumentReader {
    public static let format = FormatDescription(
        name: "html", aliases: ["xhtml", "htm"], extensions: ["html", "htm", "xhtml"],
        summary: "HTML: saved web pages (the article only) and ebook XHTML",
        mediaType: "text/html")

    public init() {}

    public func read(_ input: [UInt8], options: ReaderOptions, context: ConversionContext) throws -> Document {
        let (bytes, encoding) = try HTMLInput.prepare(input, lenient: options.lenient)
        let document: XMLDocument
        let report: SafeHTMLParser.Report
        do {
            (document, report) = try SafeHTMLParser.parse(bytes, encoding: encoding)
        } catch QuireXMLError.emptyDocument {
            throw ReaderError.empty
        }
        if report.droppedInternalSubset {
            context.warn("the DOCTYPE declares entities or other markup; it was ignored (Quire never expands a document's own entities)")
        }
        guard let root = document.rootElement else { throw ReaderError.empty }
        return withExtendedLifetime(document) {
            read(root: root, options: options, context: context)
        }
    }

    private func read(root: XMLNode, options: ReaderOptions, context: ConversionContext) -> Document {
        let scan = HTMLScan(root)
        let jsonLD = JSONLDArticle.find(in: scan.jsonLD)
        let titles = [jsonLD?.headline, scan.meta("og:title"), scan.meta("twitter:title"), scan.titleText,
                      scan.titleText.map { HTMLMetadata.cleanTitle($0, siteName: scan.meta("og:site_name")) }].compactMap { $0 }
        let title = TitleMatcher(titles)
        var skip = scan.body.map { PageCleaner.chrome(below: $0, ebook: scan.isEbookMarkup, title: title) } ?? []
        let footnotes = Footnotes(scan: scan)
        skip.formUnion(footnotes.hidden)
        let (roots, measured) = ContentFinder(scan: scan, skip: skip).find()
        if !scan.isEbookMarkup { skip.formUnion(PageCleaner.linkClusters(in: roots, skip: skip, measured: measured)) }

        let converter = HTMLConverter(skip: skip, footnotes: footnotes)
        let header = ArticleHeader(roots: roots, title: title, converter: converter, ebook: scan.isEbookMarkup)
        converter.skip.formUnion(header.consumed)

        var blocks: [Block] = []
        for root in roots { blocks += converter.blocks(for: root, tag: HTMLTag(root)) }
        blocks = HeadingLevels.relative(blocks)
        converter.reportLosses(to: context)
        if blocks.isEmpty {
            context.warn("no article text found in the page (is it a page of links, or built by scripts?)")
        }
        let metadata = HTMLMetadata.build(scan: scan, jsonLD: jsonLD, header: header, blocks: blocks, options: options)
        return Document(metadata: metadata, blocks: blocks)
    }
}

/// Heading levels counted from the top heading of the body: an article whose
/// sections are `<h2>` (the `<h1>` being its title) gets level-1 headings.
enum HeadingLevels {
    static func relative(_ blocks: [Block]) -> [Block] {
        var top = Int.max
        for block in blocks { block.forEachBlock { if case .heading(let level, _, _) = $0 { top = min(top, level) } } }
        guard top != Int.max, top > 1 else { return blocks }
        return blocks.map { shift($0, by: top - 1) }
    }

    private static func shift(_ block: Block, by offset: Int) -> Block {
        switch block {
        case .heading(let level, let id, let inlines):
            return .heading(level: level - offset, id: id, inlines: inlines)
        case .blockQuote(var quote):
            quote.blocks = quote.blocks.map { shift($0, by: offset) }
            return .blockQuote(quote: quote)
        case .list(var list):
            list.items = list.items.map { $0.map { shift($0, by: offset) } }
            return .list(list: list)
        case .division(var division):
            division.blocks = division.blocks.map { shift($0, by: offset) }
            return .division(division: division)
        case .paragraph, .verse, .preformatted, .sceneBreak, .table, .figure, .raw:
            return block
        }
    }
}
