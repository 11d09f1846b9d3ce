@testable import QuireWriters
import XCTest

final class PrintHTMLPageTests: XCTestCase {
    func geometry(_ paper: String, bleed: String? = nil, cropMarks: Bool = false) throws -> PageGeometry {
        try PageGeometry(paper: paper, bleed: bleed, cropMarks: cropMarks)
    }

    func testNamedPapersAreCSSKeywords() throws {
        XCTAssertEqual(try geometry("a4").size, "a4")
        XCTAssertEqual(try geometry(" Letter ").size, "letter")
        XCTAssertEqual(try geometry("a5").css, "@page { size: a5; }\nhtml { font-size: 10.5pt; }\n")
    }

    func testWidthByHeightTakesTheUnitOfTheHeight() throws {
        XCTAssertEqual(try geometry("6x9in").size, "6in 9in")
        XCTAssertEqual(try geometry("148x210mm").size, "148mm 210mm")
        XCTAssertEqual(try geometry("15.5cmx23.5cm").size, "15.5cm 23.5cm")
    }

    func testSmallPagesGetSmallerType() throws {
        XCTAssertEqual(try geometry("a6").bodyFontSize, "9.5pt")
        XCTAssertEqual(try geometry("6x9in").bodyFontSize, "10.5pt")
        XCTAssertEqual(try geometry("letter").bodyFontSize, "12.5pt")
    }

    func testBleedAndCropMarks() throws {
        XCTAssertEqual(try geometry("a5", bleed: "3mm", cropMarks: true).css,
                       "@page { size: a5; }\n@page { bleed: 3mm; marks: crop cross; }\nhtml { font-size: 10.5pt; }\n")
        XCTAssertTrue(try geometry("a5", bleed: "0.125in").css.contains("@page { bleed: 0.125in; }"))
        XCTAssertTrue(try geometry("a5", cropMarks: true).css.contains("@page { marks: crop cross; }"))
    }

    func testValuesThatAreNotSizesAreRefusedWithTheChoices() {
        for paper in ["a9", "6x9", "6inx", "x9in", "-6x9in", "6x9in; color: red", "1x1mm", "a4}", ""] {
            XCTAssertThrowsError(try geometry(paper), paper) {
                XCTAssertEqual($0 as? PrintHTMLError, .invalidPaper(paper))
                XCTAssertTrue("\($0)".contains("6x9in"))
            }
        }
        for bleed in ["3", "3 mm", "3mm;", "2in", "-1mm"] {
            XCTAssertThrowsError(try geometry("a4", bleed: bleed), bleed) {
                XCTAssertEqual($0 as? PrintHTMLError, .invalidBleed(bleed))
            }
        }
    }

    func testBase64FollowsRFC4648() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors {
            XCTAssertEqual(Base64.encode(Array(plain.utf8)), encoded, plain)
        }
        XCTAssertEqual(Base64.encode([0xFB, 0xFF]), "+/8=")
    }

    func testImageTypesComeFromTheBytes() {
        XCTAssertEqual(ImageType.detect([0xFF, 0xD8, 0xFF, 0xE0])?.mediaType, "image/jpeg")
        XCTAssertEqual(ImageType.detect(Array("GIF89a...".utf8))?.mediaType, "image/gif")
        XCTAssertEqual(ImageType.detect(Array("RIFF\0\0\0\0WEBPVP8 ".utf8))?.mediaType, "image/webp")
        XCTAssertEqual(ImageType.detect(Array("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))?.mediaType, "image/svg+xml")
        XCTAssertNil(ImageType.detect(Array("%PDF-1.7".utf8)))
    }

    func testW3CDatesOnlyReachThePDF() {
        XCTAssertTrue(PrintHTMLDocument.isW3CDate("2024-03-01"))
        XCTAssertTrue(PrintHTMLDocument.isW3CDate("1917"))
        XCTAssertFalse(PrintHTMLDocument.isW3CDate("March 1917"))
        XCTAssertFalse(PrintHTMLDocument.isW3CDate("2024-3-1"))
    }
}
