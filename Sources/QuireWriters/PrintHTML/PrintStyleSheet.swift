import QuireModel

/// The CSS inlined into the page, in cascade order: the built-in book theme
/// (Styles/print.css, embedded in the binary), the page rules the options
/// decide (paper, bleed, crop marks), then the user's `--css` sheets, which
/// therefore override both.
enum PrintStyleSheet {
    /// Styles/print.css as shipped.
    static var builtIn: String { String(decoding: PackageResources.print_css, as: UTF8.self) }

    static func compose(page: PageGeometry, extraSheets: [String], context: ConversionContext) throws -> String {
        var sheets = [builtIn, "/* Page settings from the conversion options. */\n" + page.css]
        for path in extraSheets {
            sheets.append(String(decoding: try context.resources.load(path), as: UTF8.self))
        }
        return safeInStyleElement(sheets.joined(separator: "\n"))
    }

    /// HTML ends a `<style>` element at the first `</style`, whatever CSS
    /// thinks; `<\/` means the same to CSS (in strings, the only place it can
    /// legally appear), so the sheet cannot close the element early.
    static func safeInStyleElement(_ css: String) -> String {
        guard css.contains("</") else { return css }
        return css.replacing("</", with: "<\\/")
    }
}
