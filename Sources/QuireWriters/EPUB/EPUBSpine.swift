import QuireModel

/// One XHTML file of the body: the preamble, or a section with or without
/// its subsections.
struct EPUBBodyFile {
    enum Content {
        case preamble([Block])
        case section(Section, includingSubsections: Bool)
    }

    /// Path inside the `EPUB/` folder (`text/chapter-001.xhtml`).
    var path: String
    var content: Content

    /// The file's `<title>`: its section's heading, or the book's title for the preamble.
    func title(bookTitle: String) -> String {
        switch content {
        case .preamble: return bookTitle
        case .section(let section, _): return EPUBSpine.label(section.title, fallback: bookTitle)
        }
    }
}

/// A table-of-contents entry: a heading, where it is, what is under it.
struct EPUBTOCEntry {
    var title: String
    /// Relative to the `EPUB/` folder (`text/chapter-002.xhtml#block-quotes`).
    var href: String
    var children: [EPUBTOCEntry]
}

/// How the body is cut into files (`splitLevel`) and where each heading ends
/// up, so the navigation and cross-file links point at the right file.
struct EPUBSpine {
    var files: [EPUBBodyFile] = []
    var toc: [EPUBTOCEntry] = []
    /// The file (its name within `text/`) holding each heading id.
    var fileForID: [String: String] = [:]
    private var chapterCount = 0

    /// Text before the first heading is cut into files of about this many
    /// bytes at block boundaries: reading systems page through one file at a
    /// time, and some refuse files past a few hundred kilobytes.
    static let preambleFileSize = 256 * 1024

    init(outline: Outline, splitLevel: Int, bookTitle: String) {
        for (index, part) in Self.parts(of: outline.preamble).enumerated() {
            let path = index == 0 ? "text/preamble.xhtml" : "text/preamble-\(index + 1).xhtml"
            files.append(EPUBBodyFile(path: path, content: .preamble(part)))
        }
        for section in outline.sections { place(section, splitLevel: splitLevel) }
        toc = outline.sections.map { entry(for: $0, bookTitle: bookTitle) }
    }

    /// A section above the split level gets a file for its own text and
    /// passes its subsections on; at or below it, the whole subtree shares one
    /// file (also when headings skip levels).
    private mutating func place(_ section: Section, splitLevel: Int) {
        chapterCount += 1
        let path = "text/chapter-" + Self.threeDigits(chapterCount) + ".xhtml"
        let name = String(path.dropFirst("text/".count))
        if section.level < splitLevel && !section.subsections.isEmpty {
            files.append(EPUBBodyFile(path: path, content: .section(section, includingSubsections: false)))
            fileForID[section.id] = name
            for subsection in section.subsections { place(subsection, splitLevel: splitLevel) }
        } else {
            files.append(EPUBBodyFile(path: path, content: .section(section, includingSubsections: true)))
            for nested in section.flattened { fileForID[nested.id] = name }
        }
    }

    /// The preamble in runs of blocks of about `preambleFileSize` bytes of text.
    static func parts(of blocks: [Block]) -> [[Block]] {
        var parts: [[Block]] = []
        var current: [Block] = []
        var size = 0
        for block in blocks {
            current.append(block)
            size += textSize(block)
            if size >= preambleFileSize {
                parts.append(current)
                current = []
                size = 0
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// Bytes of text in a block, counted without building strings.
    static func textSize(_ block: Block) -> Int {
        var size = 0
        block.forEachInline { inline in
            switch inline {
            case .text(let text), .code(let text): size += text.utf8.count
            case .raw(_, let text): size += text.utf8.count
            case .emphasis, .strong, .quoted, .citation, .workTitle, .link, .note, .lineBreak, .image: size += 1
            }
        }
        if case .preformatted(let text) = block { size += text.utf8.count }
        return size
    }

    private func entry(for section: Section, bookTitle: String) -> EPUBTOCEntry {
        EPUBTOCEntry(title: Self.label(section.title, fallback: bookTitle),
                     href: "text/" + (fileForID[section.id] ?? "") + "#" + section.id,
                     children: section.subsections.map { entry(for: $0, bookTitle: bookTitle) })
    }

    /// Text for a heading where markup cannot go (`<title>`, NCX, nav labels),
    /// never empty since an empty link is unusable.
    static func label(_ inlines: [Inline], fallback: String) -> String {
        let text = inlines.plainText.split(whereSeparator: { $0 == "\n" }).joined(separator: " ").trimmedOfWhitespace
        return text.isEmpty ? fallback : text
    }

    static func threeDigits(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
