import Foundation

/// The few words the writer adds to a book (navigation, landmarks, the
/// cover's alt text), in the book's language: a screen reader reads them
/// with the document's `lang`, so English words in a German book would be
/// mispronounced (WCAG 3.1.2). Languages without an entry get English.
struct EPUBLabels {
    var contents: String
    var landmarks: String
    var titlePage: String
    var startOfText: String
    var cover: String
    /// Alt text of the cover image; `%@` stands for the title.
    var coverOf: String
    var abstract: String
    var aboutTheAuthor: String

    func coverAlt(_ title: String) -> String {
        coverOf.replacingOccurrences(of: "%@", with: title)
    }

    static func forLanguage(_ tag: String) -> EPUBLabels {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        switch primary {
        case "de":
            return EPUBLabels(contents: "Inhalt", landmarks: "Orientierungspunkte", titlePage: "Titelseite",
                              startOfText: "Textanfang", cover: "Umschlag", coverOf: "Umschlag: %@",
                              abstract: "Zusammenfassung", aboutTheAuthor: "Zur Person")
        case "fr":
            return EPUBLabels(contents: "Table des matières", landmarks: "Repères", titlePage: "Page de titre",
                              startOfText: "Début du texte", cover: "Couverture", coverOf: "Couverture\u{202F}: %@",
                              abstract: "Résumé", aboutTheAuthor: "À propos de l’auteur")
        case "es":
            return EPUBLabels(contents: "Índice", landmarks: "Puntos de referencia", titlePage: "Portadilla",
                              startOfText: "Comienzo del texto", cover: "Cubierta", coverOf: "Cubierta: %@",
                              abstract: "Resumen", aboutTheAuthor: "Sobre el autor")
        case "it":
            return EPUBLabels(contents: "Indice", landmarks: "Punti di riferimento", titlePage: "Frontespizio",
                              startOfText: "Inizio del testo", cover: "Copertina", coverOf: "Copertina: %@",
                              abstract: "Sommario", aboutTheAuthor: "Sull’autore")
        case "pt":
            return EPUBLabels(contents: "Sumário", landmarks: "Pontos de referência", titlePage: "Folha de rosto",
                              startOfText: "Início do texto", cover: "Capa", coverOf: "Capa: %@",
                              abstract: "Resumo", aboutTheAuthor: "Sobre o autor")
        case "nl":
            return EPUBLabels(contents: "Inhoud", landmarks: "Oriëntatiepunten", titlePage: "Titelpagina",
                              startOfText: "Begin van de tekst", cover: "Omslag", coverOf: "Omslag: %@",
                              abstract: "Samenvatting", aboutTheAuthor: "Over de auteur")
        case "ru":
            return EPUBLabels(contents: "Содержание", landmarks: "Ориентиры", titlePage: "Титульный лист",
                              startOfText: "Начало текста", cover: "Обложка", coverOf: "Обложка: %@",
                              abstract: "Аннотация", aboutTheAuthor: "Об авторе")
        default:
            return EPUBLabels(contents: "Contents", landmarks: "Landmarks", titlePage: "Title page",
                              startOfText: "Start of the text", cover: "Cover", coverOf: "Cover of %@",
                              abstract: "Abstract", aboutTheAuthor: "About the author")
        }
    }
}
