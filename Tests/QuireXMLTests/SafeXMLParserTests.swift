import QuireXML
import XCTest

final class SafeXMLParserTests: XCTestCase {
    func parse(_ xml: String) throws -> XMLDocument { try SafeXMLParser.parse(Array(xml.utf8)) }

    func testReadsElementsAttributesTextAndProcessingInstructions() throws {
        let document = try parse(#"<a xmlns="urn:a" xmlns:x="urn:x" x:k="v" k="w">t &amp; <b/><?pi data?></a>"#)
        let root = document.root
        XCTAssertEqual(root.name, "a")
        XCTAssertEqual(root.namespace, "urn:a")
        XCTAssertEqual(root.attribute("k"), "w")
        XCTAssertEqual(root.attribute("k", namespace: "urn:x"), "v")
        XCTAssertEqual(root.children.map(\.kind), [.text, .element, .processingInstruction])
        XCTAssertEqual(root.textContent, "t & ")
        XCTAssertEqual(Array(root.children)[2].content, "data")
    }

    func testRefusesEveryKindOfEntityDeclaration() {
        let doctypes = [
            #"<!DOCTYPE a [<!ENTITY e "x">]>"#,
            #"<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]>"#,
            #"<!DOCTYPE a [<!ENTITY % p SYSTEM "http://203.0.113.1/p.dtd"> %p;]>"#,
            #"<!DOCTYPE a [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "u.bin" NDATA n>]>"#,
        ]
        for doctype in doctypes {
            XCTAssertThrowsError(try parse(doctype + "<a/>")) { error in
                XCTAssertEqual(error as? QuireXMLError, .forbidden(
                    "it declares entities (\(doctype.contains("% p") ? "p" : doctype.contains("ENTITY u") ? "u" : "e")); entities can expand without bound or read local files, so Quire reads only documents without them"))
            }
        }
    }

    func testMalformedAndEmptyInput() {
        XCTAssertThrowsError(try parse("<a>\n<b></a>")) { error in
            XCTAssertEqual(error as? QuireXMLError, .malformed(line: 2, message: "Opening and ending tag mismatch: b line 2 and a"))
        }
        XCTAssertThrowsError(try parse(" \n ")) { XCTAssertEqual($0 as? QuireXMLError, .emptyDocument) }
    }
}
