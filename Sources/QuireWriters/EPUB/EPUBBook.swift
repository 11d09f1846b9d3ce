import QuireModel

/// Everything the writer decides before writing a byte: the metadata in the
/// forms the package needs, the files and where each heading goes, and the
/// resources to embed. The package document, navigation and content are all
/// written from this one plan, so they cannot disagree.
struct EPUBBook {
    var metadata: Metadata
    var title: String
    var subtitle: String?
    var language: String
    var identifier: String
    var modified: String
    var date: String?
    var description: String?
    var spine: EPUBSpine
    /// Style sheets in cascade order: the built-in one, embedded fonts, the user's.
    var stylesheets: [EPUBResource]
    var cover: EPUBResource?
    var fonts: [EPUBResource]
    /// The pictures of the text, packed into the book.
    var images: EPUBImages
    var hasHeadings: Bool
    var labels: EPUBLabels

    static let titlePagePath = "text/titlepage.xhtml"
    static let coverPagePath = "text/cover.xhtml"
    static let navPath = "nav.xhtml"
    static let ncxPath = "toc.ncx"
    static let packagePath = "content.opf"

    init(document: Document, outline: Outline, options: WriterOptions, context: ConversionContext) throws {
        metadata = document.metadata
        title = metadata.plainTitle.trimmedOfWhitespace
        if title.isEmpty {
            title = Self.fallbackTitle(context.inputName)
            context.warn("the document has no title: the EPUB is titled '\(title)'; set one with --title")
        }
        let subtitleText = metadata.subtitle.plainText.trimmedOfWhitespace
        subtitle = subtitleText.isEmpty ? nil : subtitleText
        language = Self.language(of: document, context: context)
        labels = EPUBLabels.forLanguage(language)
        identifier = try EPUBIdentifier.identifier(for: document)
        modified = EPUBMetadataText.timestamp(context.timestamp)
        if let written = metadata.date {
            date = EPUBMetadataText.w3cDate(written)
            if date == nil { context.warn("the date '\(written)' has no year: it is left out of the EPUB metadata") }
        }
        description = Self.description(metadata: metadata, preamble: outline.preamble)
        spine = EPUBSpine(outline: outline, splitLevel: max(options.splitLevel, 1), bookTitle: title)
        hasHeadings = !outline.sections.isEmpty
        images = EPUBImages(document: document, context: context)

        let fontSet = try EPUBFonts(paths: options.fonts, load: context.resources.load)
        fonts = fontSet.resources
        stylesheets = [EPUBResource(id: "style", path: "styles/epub.css", mediaType: "text/css",
                                    bytes: PackageResources.epub_css)]
        if let fontRules = fontSet.styleSheet {
            stylesheets.append(EPUBResource(id: "style-fonts", path: "styles/fonts.css", mediaType: "text/css", bytes: fontRules))
        }
        for (index, path) in options.stylesheets.enumerated() {
            stylesheets.append(EPUBResource(id: "style-user-\(index + 1)", path: "styles/user-\(index + 1).css",
                                            mediaType: "text/css", bytes: try context.resources.load(path)))
        }
        if let coverPath = options.coverImage {
            let bytes = try context.resources.load(coverPath)
            guard let kind = ImageType.detect(bytes) else { throw EPUBError.unknownImage(coverPath) }
            cover = EPUBResource(id: "cover-image", path: "images/cover." + kind.ext, mediaType: kind.mediaType,
                                 bytes: bytes, properties: "cover-image")
        }
    }

    /// The first content file after the front matter: where reading starts.
    var bodyStartPath: String { spine.files.first?.path ?? Self.titlePagePath }

    /// `href`s of the style sheets from a file in `text/` (or from the top folder).
    func stylesheetLinks(fromText: Bool) -> [String] {
        stylesheets.map { (fromText ? "../" : "") + $0.path }
    }

    static func fallbackTitle(_ inputName: String?) -> String {
        guard let inputName else { return "Untitled" }
        let name = inputName.split(separator: "/").last.map(String.init) ?? inputName
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return stem.isEmpty ? "Untitled" : stem
    }

    /// The document's language, else one detected from its first paragraphs,
    /// else `und` (BCP 47's "undetermined"): `dc:language` is required.
    static func language(of document: Document, context: ConversionContext) -> String {
        if let given = document.metadata.language?.trimmedOfWhitespace, !given.isEmpty {
            if isLanguageTag(given) { return given }
            context.warn("'\(given)' is not a BCP 47 language tag (such as en, de, pt-BR): the EPUB's language is detected instead")
        }
        var sample = ""
        for block in document.blocks {
            sample += block.plainText + "\n"
            if sample.utf8.count > 100_000 { break }
        }
        if let detected = LanguageDetector.detect(sample) { return detected }
        context.warn("the document's language is unknown: the EPUB says 'und'; set it with --language")
        return "und"
    }

    /// At most `limit` characters, cut at a space, with an ellipsis: a
    /// first paragraph can run for pages, a description should not.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "\u{2026}"
    }

    /// Whether `tag` has the shape of a BCP 47 tag: a 2–3 letter language
    /// (BCP 47 allows up to 8, but every registered one is an ISO 639 code,
    /// and "English" must not pass), then subtags of 1–8 letters or digits
    /// (`en`, `sr-Latn-RS`).
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }

    /// `dc:description`: the abstract, else the lead (the first paragraph before any heading).
    static func description(metadata: Metadata, preamble: [Block]) -> String? {
        let abstract = metadata.abstract.map(\.plainText).joined(separator: "\n\n").trimmedOfWhitespace
        if !abstract.isEmpty { return abstract }
        for block in preamble {
            if case .paragraph(let inlines) = block {
                let lead = inlines.plainText.trimmedOfWhitespace
                return lead.isEmpty ? nil : shortened(lead, to: 1000)
            }
        }
        return nil
    }
}
