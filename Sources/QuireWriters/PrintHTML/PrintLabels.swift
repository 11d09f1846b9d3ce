/// The few words the print writer adds to a book, in the book's language:
/// an English "Contents" page in a German book would look careless.
struct PrintLabels: Hashable {
    var contents: String
    var aboutTheAuthor: String
    var untitled: String

    static func forLanguage(_ tag: String?) -> PrintLabels {
        let primary = tag?.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        switch primary {
        case "de": return PrintLabels(contents: "Inhalt", aboutTheAuthor: "Über den Autor", untitled: "Ohne Titel")
        case "fr": return PrintLabels(contents: "Table des matières", aboutTheAuthor: "À propos de l’auteur", untitled: "Sans titre")
        case "es": return PrintLabels(contents: "Índice", aboutTheAuthor: "Sobre el autor", untitled: "Sin título")
        case "it": return PrintLabels(contents: "Indice", aboutTheAuthor: "L’autore", untitled: "Senza titolo")
        case "pt": return PrintLabels(contents: "Índice", aboutTheAuthor: "Sobre o autor", untitled: "Sem título")
        case "nl": return PrintLabels(contents: "Inhoud", aboutTheAuthor: "Over de auteur", untitled: "Zonder titel")
        case "ru": return PrintLabels(contents: "Содержание", aboutTheAuthor: "Об авторе", untitled: "Без названия")
        default: return PrintLabels(contents: "Contents", aboutTheAuthor: "About the author", untitled: "Untitled")
        }
    }
}
