import ArgumentParser
import Quire

struct MetadataOptions: ParsableArguments {
    @Option(help: "Set the title.")
    var title: String?

    @Option(help: "Set the author (repeat for several).")
    var author: [String] = []

    @Option(help: "Set the language as a BCP 47 tag (en, de, fr-CA) instead of detecting it.")
    var language: String?

    @Option(name: [.customShort("M"), .long], help: "Set any metadata field: key=value (date, subject, rights, source, publisher, identifier, subtitle, description).")
    var metadata: [String] = []

    func overrides() throws -> MetadataOverrides {
        var overrides = MetadataOverrides()
        for item in metadata { try overrides.add(item) }
        overrides.set("title", title)
        for name in author { overrides.set("author", name) }
        overrides.set("language", language)
        return overrides
    }
}

struct WritingOptions: ParsableArguments {
    @Option(help: "Line width of plain text.")
    var columns: Int = 72

    @Option(help: "Wrapping of plain text: auto or none.")
    var wrap: String = "auto"

    @Flag(help: "Plain text: write quotes, dashes and ellipses in ASCII.")
    var ascii = false

    @Option(help: "EPUB: heading level at which the book is split into files.")
    var splitLevel: Int = 1

    @Option(help: "DocBook: section (article) or chapter (book).")
    var topLevelDivision: String = "section"

    @Option(help: "Add a style sheet after the built-in one (repeatable).")
    var css: [String] = []

    @Option(help: "EPUB: a cover image (JPEG, PNG, GIF, WebP or SVG).")
    var coverImage: String?

    @Option(help: "EPUB: embed a font file (repeatable).")
    var embedFont: [String] = []

    @Option(help: "Print: paper size (a4, letter, a5, 6x9in, or WIDTHxHEIGHT with units).")
    var paper: String = "a4"

    @Option(help: "Print: bleed around the trim box, e.g. 3mm.")
    var bleed: String?

    @Flag(help: "Print: add crop marks.")
    var cropMarks = false

    @Flag(help: "HTML: write only the body content.")
    var fragment = false

    @Option(help: "PDF: an archival or accessible variant: pdf/a-1b, pdf/a-2b, pdf/a-3b or pdf/ua-1.")
    var pdfVariant: String?

    func writerOptions() throws -> WriterOptions {
        guard let wrapMode = WriterOptions.Wrap(rawValue: wrap) else {
            throw CLIError.usage("--wrap takes auto or none, not '\(wrap)'")
        }
        guard let division = WriterOptions.TopLevelDivision(rawValue: topLevelDivision) else {
            throw CLIError.usage("--top-level-division takes section or chapter, not '\(topLevelDivision)'")
        }
        guard columns >= 20 else { throw CLIError.usage("--columns must be at least 20, not \(columns)") }
        guard (1...6).contains(splitLevel) else { throw CLIError.usage("--split-level takes 1 to 6, not \(splitLevel)") }
        return WriterOptions(columns: columns, wrap: wrapMode, ascii: ascii, splitLevel: splitLevel,
                             topLevelDivision: division, stylesheets: css, coverImage: coverImage,
                             fonts: embedFont, paper: paper, bleed: bleed, cropMarks: cropMarks,
                             fragment: fragment, pdfVariant: pdfVariant)
    }
}
