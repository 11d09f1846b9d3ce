import QuireModel
import XCTest

final class LanguageTests: XCTestCase {
    func testDetectsTheSixLanguagesWeMustKnow() {
        let samples = [
            "en": "The life and death of Leon Trotsky reflects both the history and the tragedy of the revolution.",
            "de": "Das Leben und der Tod von Leo Trotzki ist nicht nur die Geschichte, sondern auch die Tragödie der Revolution, und wir sehen sie.",
            "fr": "La vie et la mort de Léon Trotsky reflètent à la fois l'histoire et la tragédie de la révolution dans le monde qui est le nôtre.",
            "es": "La vida y la muerte de León Trotsky reflejan tanto la historia como la tragedia de la revolución en el mundo que fue para los obreros.",
            "it": "La vita e la morte di Leone Trotsky riflettono sia la storia che la tragedia della rivoluzione, che non è ancora finita per gli operai.",
            "ru": "Жизнь и смерть Льва Троцкого отражает как историю, так и трагедию русской революции, и это не случайно, что он был с рабочими.",
        ]
        for (language, text) in samples {
            XCTAssertEqual(LanguageDetector.detect(text), language, text)
        }
    }

    func testTooLittleTextGivesNoGuess() {
        XCTAssertNil(LanguageDetector.detect("Hello"))
        XCTAssertNil(LanguageDetector.detect("12345 67890 ---"))
    }

    func testQuotationMarksFollowTheLanguage() {
        XCTAssertEqual(QuotationMarks.forLanguage("de-AT").open(.double), "\u{201E}")
        XCTAssertEqual(QuotationMarks.forLanguage("ru").open(.double), "\u{AB}")
        XCTAssertEqual(QuotationMarks.forLanguage(nil).close(.single), "\u{2019}")
    }
}
