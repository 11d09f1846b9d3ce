import QuireModel

/// Print-ready HTML: one self-contained file whose paged-media style sheet
/// (Styles/print.css) makes a book-like PDF in WeasyPrint: running heads,
/// folios, a contents page with page numbers, footnotes at the foot of their
/// page, hyphenation in the document's language, bleed and crop marks.
/// Browsers print it sensibly too, without the paged-media extras.
public struct PrintHTMLWriter: DocumentWriter {
    /// No claim on `.html`: the screen HTML writer will want it for guessing
    /// from `-o`. `print.html` is the name `--output-dir` gives outputs; it
    /// never matches a single extension, so this writer is chosen with `-t`.
    public static let format = FormatDescription(
        name: "print-html", aliases: ["print"], extensions: ["print.html"],
        summary: "one self-contained HTML file for print: a book-like PDF through WeasyPrint",
        mediaType: "text/html")

    public init() {}

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        let document = document.limitingNesting(context: context)
        let page = try PageGeometry(paper: options.paper, bleed: options.bleed, cropMarks: options.cropMarks)
        let styleSheet = options.fragment
            ? nil : try PrintStyleSheet.compose(page: page, extraSheets: options.stylesheets, context: context)
        let frontispiece = try options.coverImage.map { try DataURI(image: context.resources.load($0), path: $0) }
        warnAboutLongNotes(document, page: page, context: context)
        if document.metadata.language == nil {
            context.note("the document's language is unknown, so the print will not be hyphenated: give --language")
        }
        let labels = PrintLabels.forLanguage(document.metadata.language)
        let html = PrintHTMLDocument(document: document, styleSheet: styleSheet, frontispiece: frontispiece,
                                     fallbackTitle: Self.fallbackTitle(context: context, labels: labels),
                                     layout: PrintLayout.choose(outline: document.outline, options: options),
                                     context: context)
        return WriterOutput(bytes: try html.render())
    }

    /// Paged media keeps a footnote whole on its call's page (WeasyPrint cannot
    /// continue one on the next page), so a note taller than the page would be
    /// cut: say so before anyone prints it.
    func warnAboutLongNotes(_ document: Document, page: PageGeometry, context: ConversionContext) {
        for (index, note) in document.notes.enumerated() {
            let length = note.map(\.plainText).joined(separator: " ").count
            if length > page.footnoteCapacity {
                context.warn("note \(index + 1) has \(length) characters, more than fits at the foot of a page on this paper "
                             + "(about \(page.footnoteCapacity)): the PDF would cut it; shorten it or print on larger paper")
            }
        }
    }

    /// The input's base name, else "Untitled": the title page and `<title>` need something.
    static func fallbackTitle(context: ConversionContext, labels: PrintLabels) -> String {
        guard let name = context.inputName?.split(separator: "/").last else { return labels.untitled }
        // Only the last extension goes: "vol.2.txt" is "vol.2".
        let base = name.lastIndex(of: ".").map { name[..<$0] } ?? name
        return base.isEmpty ? labels.untitled : String(base)
    }
}
