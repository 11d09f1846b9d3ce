import Foundation
import QuireModel
import QuireReaders
import XCTest

/// DocBook 4: ISO character entities without their DTD, `*info` elements, `id`, fragments
/// as documents, and the reference, glossary and bibliography elements kept by their text.
final class DocBook4ReaderTests: XCTestCase {
    func read(_ xml: String, _ context: ConversionContext = ConversionContext()) throws -> Document {
        try DocBookReader().read(Array(xml.utf8), options: ReaderOptions(), context: context)
    }

    func text(_ string: String) -> Inline { .text(text: string) }
    func para(_ inlines: Inline...) -> Block { .paragraph(inlines: inlines) }

    func testStandardEntitiesResolveWithoutTheDTD() throws {
        let context = ConversionContext()
        let xml = #"""
        <!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://203.0.113.1/docbookx.dtd">
        <article><para title="a&ndash;b">&ldquo;One&rdquo;&mdash;two&nbsp;three &amp; &#233; &AMP; &lt;x&gt;</para></article>
        """#
        XCTAssertEqual(try read(xml, context).blocks, [para(text("\u{201C}One\u{201D}\u{2014}two\u{A0}three & é & <x>"))])
        XCTAssertEqual(context.diagnostics.count, 0, "\(context.diagnostics)")
    }

    func testABooksOwnEntitiesAreKeptAsTheirNamesWithOneWarning() throws {
        let context = ConversionContext()
        let document = try read("<chapter><title>&SGML; and &XML;</title><para>&SGML; needs a &DTD;.</para></chapter>", context)
        XCTAssertEqual(document.metadata.title, [text("SGML and XML")])
        XCTAssertEqual(document.blocks, [para(text("SGML needs a DTD."))])
        XCTAssertEqual(context.diagnostics.map(\.message),
                       ["docbook: &SGML;, &XML;, &DTD; are not standard character entities and Quire loads no DTD to define them; each was kept as its name"])
    }

    func testReferencesInCDATAAndCommentsAreLeftAlone() throws {
        let document = try read("<article><!-- &nope; --><screen><![CDATA[a &mdash; b]]></screen></article>")
        XCTAssertEqual(document.blocks, [.preformatted(text: "a &mdash; b")])
    }

    func testEntityDeclarationsAreStillRefused() {
        let xml = #"<!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]><article><para>&x;&mdash;</para></article>"#
        XCTAssertThrowsError(try read(xml)) { error in
            XCTAssertTrue("\(error)".contains("it declares entities (x)"), "\(error)")
        }
    }

    func testAChapterFileReadsAsADocumentWithItsIDsAndInfo() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/DocBook4/chapter.xml")
        let context = ConversionContext()
        let document = try DocBookReader().read(Array(try Data(contentsOf: fixture)), options: ReaderOptions(), context: context)
        XCTAssertEqual(document.metadata.title, [text("Working with XML Tools")])
        XCTAssertEqual(document.metadata.date, "2003-05-01")
        XCTAssertEqual(document.blocks, [
            para(text("A parser reads the DTD\u{2014}if it is told to\u{2014}and reports \u{201C}errors\u{201D} as it finds them.\u{A0}Nothing\u{2026} else.")),
            .preformatted(text: "<para>&mdash; stays literal here</para>"),
            .heading(level: 1, id: "s-validate", inlines: [text("Validating & Checking")]),
            para(text("Run "), .code(text: "xmllint"), text(" on the file"), .note(blocks: [para(text("Or any validating parser."))]), text(".")),
            .heading(level: 2, id: "r-xmllint", inlines: [text("xmllint")]),
            para(text("xmllint \u{2014} command line XML tool")),
            .preformatted(text: "xmllint [--noout] file..."),
            .heading(level: 1, id: "", inlines: [text("Terms")]),
            .list(list: ListBlock(ordered: false, items: [
                [para(.strong(inlines: [text("DTD")])), para(text("Document Type Definition."))],
                [para(.strong(inlines: [text("Entity")])), para(text("A named piece of text."))],
            ], tight: false)),
        ])
        let warnings = context.diagnostics.map(\.message)
        XCTAssertEqual(warnings.filter { $0.contains("<glossentry>") }.count, 1, "\(warnings)")
        XCTAssertEqual(warnings.filter { $0.contains("<cmdsynopsis>") }.count, 1, "\(warnings)")
    }

    func testFragmentsAreDocuments() throws {
        XCTAssertEqual(try read("<para>Just &lsquo;this&rsquo;.</para>").blocks, [para(text("Just \u{2018}this\u{2019}."))])
        let info = try read("<articleinfo><title>T</title><author><firstname>A</firstname><surname>B</surname></author></articleinfo>")
        XCTAssertEqual(info.metadata.title, [text("T")])
        XCTAssertEqual(info.metadata.authors, ["A B"])
        let topic = try read(#"<topic xmlns="http://docbook.org/ns/docbook"><title>How</title><para>Do it.</para></topic>"#)
        XCTAssertEqual(topic.metadata.title, [text("How")])
        XCTAssertEqual(topic.blocks, [para(text("Do it."))])
    }

    func testReferenceAndListElementsKeepTheirText() throws {
        let xml = """
        <article>
        <funcsynopsis><funcsynopsisinfo>#include &lt;math.h&gt;</funcsynopsisinfo>
        <funcprototype><funcdef>double <function>pow</function></funcdef>
        <paramdef>double <parameter>x</parameter></paramdef><paramdef>double <parameter>y</parameter></paramdef></funcprototype>
        </funcsynopsis>
        <bibliography><title>Reading</title>
        <biblioentry><author><firstname>E.</firstname><surname>Maler</surname></author><title>Developing SGML DTDs</title><pubdate>1996</pubdate></biblioentry>
        <bibliomixed>Walsh, <title>DocBook</title>, 1999.</bibliomixed>
        </bibliography>
        <qandaset><qandaentry><question><para>Why?</para></question><answer><para>Because.</para></answer></qandaentry></qandaset>
        <segmentedlist><segtitle>Name</segtitle><segtitle>Age</segtitle>
        <seglistitem><seg>Ann</seg><seg>3</seg></seglistitem></segmentedlist>
        <calloutlist><callout arearefs="c1"><para>First.</para></callout></calloutlist>
        </article>
        """
        XCTAssertEqual(try read(xml).blocks, [
            .preformatted(text: "#include <math.h>\ndouble pow(double x, double y);"),
            .heading(level: 1, id: "", inlines: [text("Reading")]),
            .list(list: ListBlock(ordered: false, items: [
                [para(text("E. Maler, Developing SGML DTDs, 1996"))],
                [para(text("Walsh, DocBook, 1999."))],
            ], tight: false)),
            para(.strong(inlines: [text("Why?")])),
            para(text("Because.")),
            .list(list: ListBlock(ordered: false, items: [[para(text("Name: Ann; Age: 3"))]], tight: true)),
            .list(list: ListBlock(ordered: true, items: [[para(text("First."))]], tight: false)),
        ])
    }
}
