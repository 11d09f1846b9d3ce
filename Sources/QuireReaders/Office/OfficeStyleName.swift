/// What a paragraph style's name says the paragraph is. Word and LibreOffice keep the
/// built-in names in English whatever the interface language ("heading 1", "Quotations"),
/// so the names are a reliable signal; custom styles are matched by the words they contain.
enum OfficeStyleName {
    static func kind(of name: String) -> OfficeParagraph.Kind? {
        // LibreOffice names a style made from an HTML class "Text Body.author".
        if let dot = name.lastIndex(of: "."), let kind = kind(of: String(name[name.index(after: dot)...])) { return kind }
        let lower = name.lowercased()
        if let level = headingLevel(lower) { return .heading(level: level) }
        switch lower {
        case "title": return .title
        case "subtitle": return .subtitle
        case "author": return .author
        case "date": return .date
        case "abstract": return .abstract
        case "quote", "intense quote", "block text", "quotations", "block quote", "blockquote", "quotation":
            return .quote
        case "preformatted text", "html preformatted", "source code", "source text", "code", "code block":
            return .preformatted
        case "definition term", "definition term tight", "list heading": return .term
        case "definition", "definition tight", "definition definition tight", "list contents": return .definition
        // LibreOffice names its caption styles after what they caption.
        case "caption", "illustration", "figure", "table", "drawing":
            return .caption
        default:
            if lower.contains("epigraph") { return .epigraph }
            if lower.contains("caption") { return .caption }
            if lower.contains("block quot") || lower.hasSuffix(" quote") { return .quote }
            return nil
        }
    }

    /// "heading 2", "Heading2", "Heading 2 Char" is not a paragraph style and never asked.
    private static func headingLevel(_ lower: String) -> Int? {
        guard lower.hasPrefix("heading") else { return nil }
        let rest = lower.dropFirst("heading".count).drop { $0 == " " }
        guard let level = Int(rest), (1...9).contains(level) else { return nil }
        return level
    }

    /// Character styles that mean emphasis, strong importance or code by name.
    static func characterFormat(of name: String) -> OfficeFormat {
        switch name.lowercased() {
        case "emphasis", "intense emphasis", "subtle emphasis", "citation", "book title": return OfficeFormat(italic: true)
        case "strong", "strong emphasis", "intense reference": return OfficeFormat(bold: true)
        case "source text", "verbatim char", "html code", "code", "html typewriter", "teletype", "example": return OfficeFormat(code: true)
        default: return OfficeFormat()
        }
    }
}
