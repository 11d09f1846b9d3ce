import QuireModel

/// A finished PDF in one step: the print HTML (same options: paper, bleed,
/// crop marks, style sheets) rendered by the context's PDF engine, whose
/// warnings become the conversion's and whose fonts are checked for fallbacks.
public struct PDFWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "pdf", extensions: ["pdf"],
        summary: "a print-ready PDF: the print HTML rendered by WeasyPrint",
        mediaType: "application/pdf", isBinary: true)

    /// The variants every supported WeasyPrint (Debian's 57 to PyPI's 70) makes.
    public static let variants = ["pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/ua-1"]

    public init() {}

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        if let variant = options.pdfVariant, !Self.variants.contains(variant) {
            throw PDFError.unknownVariant(variant, known: Self.variants)
        }
        guard let engine = context.pdfEngine else { throw PDFError.noEngine }
        var htmlOptions = options
        htmlOptions.fragment = false
        let html = try PrintHTMLWriter().write(document, options: htmlOptions, context: context).bytes
        let rendering = try engine.render(PDFJob(html: html, variant: options.pdfVariant, timestamp: context.timestamp))
        for warning in rendering.warnings { context.warn("weasyprint: \(warning)") }
        // A --css sheet may name other faces on purpose; only the theme's are known here.
        if options.stylesheets.isEmpty, let fonts = rendering.fonts {
            for warning in FontFallback.warnings(fonts: fonts) { context.warn(warning) }
        }
        return WriterOutput(bytes: rendering.bytes)
    }
}
