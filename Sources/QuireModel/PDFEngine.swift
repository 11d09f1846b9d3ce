/// Turns print HTML into a PDF. The host provides it through the
/// `ConversionContext` (the CLI gives WeasyPrint), so the PDF writer never
/// starts a process, touches files or reads the clock itself, and tests can
/// hand it an engine of their own.
public protocol PDFEngine: Sendable {
    func render(_ job: PDFJob) throws -> PDFRendering
}

/// What the engine is asked to render.
public struct PDFJob: Sendable, Hashable {
    /// One self-contained print HTML file.
    public var html: [UInt8]
    /// A PDF variant for archives or accessibility (`pdf/a-3b`, `pdf/ua-1`), or nil for plain PDF.
    public var variant: String?
    /// The moment the PDF claims to be made (`SOURCE_DATE_EPOCH`).
    public var timestamp: Int64

    public init(html: [UInt8], variant: String? = nil, timestamp: Int64 = 0) {
        self.html = html
        self.variant = variant
        self.timestamp = timestamp
    }
}

/// What the engine made, and what it had to say about it.
public struct PDFRendering: Sendable, Hashable {
    public var bytes: [UInt8]
    /// The engine's warnings, one line each.
    public var warnings: [String]
    /// The PostScript names of the fonts embedded in the PDF, or nil when the
    /// engine cannot tell.
    public var fonts: [String]?

    public init(bytes: [UInt8], warnings: [String] = [], fonts: [String]? = nil) {
        self.bytes = bytes
        self.warnings = warnings
        self.fonts = fonts
    }
}
