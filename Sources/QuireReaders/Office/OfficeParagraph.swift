import QuireModel

/// One paragraph of a word-processor document (DOCX or ODT), as its reader found it:
/// what its style says it is, its alignment, and its content. `OfficeAssembler` turns
/// a run of them into blocks, the same way for both formats.
struct OfficeParagraph {
    enum Kind: Equatable {
        case body, title, subtitle, author, date, abstract, quote, epigraph, preformatted, caption
        /// A definition list's term and its definition (pandoc's styles, LibreOffice's from HTML).
        case term, definition
        case heading(level: Int)
        case listItem(OfficeListItem)
    }

    enum Alignment { case start, center, end }

    var kind: Kind
    var inlines: [Inline]
    var alignment: Alignment = .start
    /// A page break comes before it (the end of a title page, a new chapter).
    var pageBreakBefore = false
}

/// Where a list paragraph sits: which list, how deep, and how it is numbered.
struct OfficeListItem: Equatable {
    var list: String
    var level: Int
    var ordered: Bool
    var start: Int = 1
}

/// A paragraph or a block a paragraph cannot be (a table), in document order.
enum OfficeBlock {
    case paragraph(OfficeParagraph)
    case block(Block)
}
