import QuireXML
import XCTest

final class XMLWriterTests: XCTestCase {
    func testEscapesTextAndAttributesAndKeepsAttributeOrder() throws {
        let writer = XMLWriter()
        writer.startDocument()
        writer.startElement("p", ["b": "1 < 2 & \"q\"", "a": "x", "skip": nil])
        writer.text("Fish & <chips> “quoted”")
        writer.endElement()
        let xml = String(decoding: try writer.finish(), as: UTF8.self)
        XCTAssertEqual(xml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <p b="1 &lt; 2 &amp; &quot;q&quot;" a="x">Fish &amp; &lt;chips&gt; “quoted”</p>

        """)
    }
}
