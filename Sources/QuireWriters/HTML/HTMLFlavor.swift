/// Which HTML a renderer writes: the markup differs only where the target
/// demands it, so EPUB, print and screen HTML share one renderer.
public struct HTMLFlavor: Sendable, Hashable {
    /// Add EPUB 3 structural semantics (`epub:type`) beside the ARIA roles.
    public var epubTypes: Bool
    /// Where footnote texts go.
    public var notes: NotePlacement
    /// Pass raw HTML through. XHTML targets (EPUB) cannot take markup that may
    /// not be well-formed, so they leave it out with a warning instead.
    public var passesRawHTML: Bool
    /// Number an ordered list that does not start at 1 with a `counter-reset`
    /// style instead of `start`: WeasyPrint reads `start` only as an opt-in
    /// presentational hint, and both together count twice.
    public var listStartInStyle: Bool

    public enum NotePlacement: Sendable, Hashable {
        /// Collected and written as `<aside>` elements when the caller asks
        /// (`writePendingNotes`), with back-links to their calls (EPUB, screen).
        case asides
        /// Written in place as `<span class="footnote">`, for paged-media
        /// `float: footnote` (print).
        case inline
    }

    public init(epubTypes: Bool, notes: NotePlacement, passesRawHTML: Bool = false, listStartInStyle: Bool = false) {
        self.epubTypes = epubTypes
        self.notes = notes
        self.passesRawHTML = passesRawHTML
        self.listStartInStyle = listStartInStyle
    }

    public static let epub = HTMLFlavor(epubTypes: true, notes: .asides)
    public static let print = HTMLFlavor(epubTypes: false, notes: .inline, passesRawHTML: true, listStartInStyle: true)
    public static let screen = HTMLFlavor(epubTypes: false, notes: .asides, passesRawHTML: true)
}
