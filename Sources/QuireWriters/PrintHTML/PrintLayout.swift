import QuireModel

/// How the text meets the pages. An article runs its sections on, each
/// heading kept with the lines after it; a book starts every chapter on a new
/// right-hand page under a chapter opening. The style sheet does the setting;
/// the writer names the layout on `<body class>`.
enum PrintLayout: String, Hashable {
    case article, book

    /// Contents pay for their page in an article only when there are this many
    /// sections to find; fewer are found by leafing through.
    static let articleSectionsForContents = 6

    /// A book when asked for (`--top-level-division chapter`) or when every
    /// top-level heading names itself a chapter, book or part.
    static func choose(outline: Outline, options: WriterOptions) -> PrintLayout {
        if options.topLevelDivision == .chapter { return .book }
        let titles = outline.sections.map(\.title.plainText)
        return titles.count >= 2 && titles.allSatisfy(startsWithDivisionWord) ? .book : .article
    }

    /// Whether the print gets a contents page.
    func wantsContents(_ outline: Outline) -> Bool {
        switch self {
        case .book: return !outline.sections.isEmpty
        case .article: return outline.sections.count >= Self.articleSectionsForContents
        }
    }

    /// The words that open a chapter heading in the languages the reader
    /// detects ("Chapter XIII", "Book the First", "Kapitel 3", "Глава 2").
    static let divisionWords: Set<String> = [
        "chapter", "book", "part", "kapitel", "buch", "teil", "chapitre", "livre", "partie",
        "capítulo", "capitulo", "libro", "parte", "capitolo", "hoofdstuk", "boek", "deel",
        "глава", "книга", "часть",
    ]

    static func startsWithDivisionWord(_ title: String) -> Bool {
        guard let first = title.split(whereSeparator: { $0 == " " || $0 == "." || $0 == ":" }).first else {
            return false
        }
        return divisionWords.contains(first.lowercased())
    }
}
