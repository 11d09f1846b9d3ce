import QuireModel
import QuireReaders
import XCTest

/// DocBook written by other tools, and documents the reader must refuse.
final class DocBookReaderTests: XCTestCase {
    func read(_ xml: String, _ context: ConversionContext = ConversionContext()) throws -> Document {
        try DocBookReader().read(Array(xml.utf8), options: ReaderOptions(), context: context)
    }

    func text(_ string: String) -> Inline { .text(text: string) }
    func para(_ inlines: Inline...) -> Block { .paragraph(inlines: inlines) }

    // MARK: - Other tools

    /// `pandoc -s -t docbook5` of a Markdown file: pretty-printed mixed content, DOCTYPE without entities.
    static let pandoc = #"""
<?xml version="1.0" encoding="utf-8" ?>
<!DOCTYPE article>
<article
  xml:lang="en"
  xmlns="http://docbook.org/ns/docbook" version="5.0"
  xmlns:xlink="http://www.w3.org/1999/xlink" >
  <info>
    <title>The <emphasis>Pandoc</emphasis> Sample</title>
    <authorgroup>
      <author>
        <personname>
          <firstname>John</firstname>
          <surname>MacFarlane</surname>
        </personname>
      </author>
      <author>
        <personname>
          <firstname>Ursula K. Le</firstname>
          <surname>Guin</surname>
        </personname>
      </author>
    </authorgroup>
    <date>2024-01-02</date>
  </info>
  <para>
    Intro paragraph with <emphasis>emph</emphasis>,
    <emphasis role="strong">strong</emphasis>, <literal>code</literal>
    and a <link xlink:href="https://example.org">link</link>.
  </para>
  <section xml:id="first-heading">
    <title>First heading</title>
    <blockquote>
      <para>
        Quoted paragraph continues here.
      </para>
      <para>
        Second para.
      </para>
    </blockquote>
    <orderedlist numeration="arabic" spacing="compact">
      <listitem>
        <para>
          one
        </para>
      </listitem>
      <listitem>
        <para>
          two
        </para>
      </listitem>
    </orderedlist>
    <itemizedlist spacing="compact">
      <listitem>
        <para>
          a
        </para>
      </listitem>
      <listitem>
        <para>
          b
        </para>
      </listitem>
    </itemizedlist>
    <programlisting>
code block
  indented
</programlisting>
<literallayout>line one
line two with <emphasis>emph</emphasis></literallayout>
    <section xml:id="custom-id">
      <title>Sub heading</title>
      <para>
        Text <quote>quoted</quote> and a note.<footnote>
          <para>
            The note text.
          </para>
        </footnote>
      </para>
      <para>
        Last.
      </para>
    </section>
  </section>
</article>
"""#

    func testReadsPandocOutput() throws {
        let document = try read(Self.pandoc)
        XCTAssertEqual(document.metadata.title, [text("The "), .emphasis(inlines: [text("Pandoc")]), text(" Sample")])
        XCTAssertEqual(document.metadata.authors, ["John MacFarlane", "Ursula K. Le Guin"])
        XCTAssertEqual(document.metadata.date, "2024-01-02")
        XCTAssertEqual(document.metadata.language, "en")
        XCTAssertEqual(document.blocks, [
            para(text("Intro paragraph with "), .emphasis(inlines: [text("emph")]), text(", "), .strong(inlines: [text("strong")]),
                 text(", "), .code(text: "code"), text(" and a "), .link(url: "https://example.org", title: nil, inlines: [text("link")]), text(".")),
            .heading(level: 1, id: "", inlines: [text("First heading")]),
            .blockQuote(quote: BlockQuote(blocks: [para(text("Quoted paragraph continues here.")), para(text("Second para."))])),
            .list(list: ListBlock(ordered: true, items: [[para(text("one"))], [para(text("two"))]], tight: true)),
            .list(list: ListBlock(ordered: false, items: [[para(text("a"))], [para(text("b"))]], tight: true)),
            .preformatted(text: "code block\n  indented"),
            .verse(lines: [[text("line one")], [text("line two with "), .emphasis(inlines: [text("emph")])]]),
            .heading(level: 2, id: "custom-id", inlines: [text("Sub heading")]),
            para(text("Text "), .quoted(kind: .double, inlines: [text("quoted")], citation: nil), text(" and a note."),
                 .note(blocks: [para(text("The note text."))])),
            para(text("Last.")),
        ])
    }

    func testReadsAsciidoctorStyleDocBook() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?asciidoc-toc?>
        <article xmlns="http://docbook.org/ns/docbook" xmlns:xl="http://www.w3.org/1999/xlink" version="5.0" xml:lang="de">
        <info>
        <title>Titel</title>
        <date>2024-01-01</date>
        <author>
        <personname><firstname>Doc</firstname><surname>Writer</surname></personname>
        <email>doc@example.com</email>
        </author>
        </info>
        <simpara>Preamble with <emphasis role="strong">bold</emphasis>, <literal>mono</literal> and
        <link xl:href="https://asciidoctor.org">a link</link>.<?asciidoc-br?>
        After the break.</simpara>
        <section xml:id="_first">
        <title>First</title>
        <blockquote>
        <attribution>
        Albert Einstein
        <citetitle>Speech</citetitle>
        </attribution>
        <simpara>Never made a mistake.</simpara>
        </blockquote>
        <note>
        <simpara>An admonition.</simpara>
        </note>
        <?asciidoc-hr?>
        <programlisting language="ruby" linenumbering="unnumbered">puts "hi"</programlisting>
        <section xml:id="_deeper"><title>Deeper</title><simpara>x</simpara></section>
        </section>
        </article>
        """
        let document = try read(xml)
        XCTAssertEqual(document.metadata.authors, ["Doc Writer"])
        XCTAssertEqual(document.metadata.language, "de")
        XCTAssertEqual(document.blocks, [
            para(text("Preamble with "), .strong(inlines: [text("bold")]), text(", "), .code(text: "mono"), text(" and "),
                 .link(url: "https://asciidoctor.org", title: nil, inlines: [text("a link")]), text("."), .lineBreak, text(" After the break.")),
            .heading(level: 1, id: "_first", inlines: [text("First")]),
            .blockQuote(quote: BlockQuote(blocks: [para(text("Never made a mistake."))],
                                          attribution: [text("Albert Einstein "), .workTitle(inlines: [text("Speech")])])),
            .division(division: Division(classes: ["note"], blocks: [para(text("An admonition."))])),
            .sceneBreak,
            .preformatted(text: "puts \"hi\""),
            .heading(level: 2, id: "_deeper", inlines: [text("Deeper")]),
            para(text("x")),
        ])
    }

    func testReadsNamespacelessDocBook4AndABook() throws {
        let xml = """
        <book lang="en"><bookinfo><title>Old Book</title><author><firstname>A</firstname><surname>B</surname></author></bookinfo>
        <chapter id="c1"><title>One</title><sect1><title>S</title><para>Text <ulink url="http://x.org">x</ulink>.</para></sect1></chapter>
        </book>
        """
        let document = try read(xml)
        XCTAssertEqual(document.metadata.title, [text("Old Book")])
        XCTAssertEqual(document.metadata.authors, ["A B"])
        XCTAssertEqual(document.blocks, [
            .heading(level: 1, id: "c1", inlines: [text("One")]),
            .heading(level: 2, id: "", inlines: [text("S")]),
            para(text("Text "), .link(url: "http://x.org", title: nil, inlines: [text("x")]), text(".")),
        ])
    }

    // MARK: - Refused and broken input

    func testRefusesExternalEntities() {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <article xmlns="http://docbook.org/ns/docbook"><title>&xxe;</title></article>
        """
        XCTAssertThrowsError(try read(xml)) { error in
            XCTAssertTrue("\(error)".hasPrefix("refused to read the document: it declares entities (xxe)"), "\(error)")
            XCTAssertEqual((error as? CategorizedError)?.category, .badInput)
        }
    }

    func testRefusesBillionLaughs() {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE article [\(declarations)]><article xmlns=\"http://docbook.org/ns/docbook\"><para>&lol9;</para></article>"
        XCTAssertThrowsError(try read(xml)) { error in
            XCTAssertTrue("\(error)".contains("it declares entities (lol0)"), "\(error)")
        }
    }

    func testDoctypeWithoutEntitiesIsReadWithoutLoadingTheDTD() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://203.0.113.1/docbookx.dtd">
        <article><title>T</title><para>A &amp; B &#233;</para></article>
        """
        XCTAssertEqual(try read(xml).blocks, [para(text("A & B é"))])
    }

    func testBrokenInputGivesOneLineErrors() {
        func message(_ xml: String) -> String {
            do { _ = try read(xml); return "" } catch { return "\(error)" }
        }
        XCTAssertEqual(message("<article xmlns=\"http://docbook.org/ns/docbook\">\n<para>open</article>"),
                       "not well-formed XML at line 2: Opening and ending tag mismatch: para line 2 and article")
        XCTAssertEqual(message("  \n"), "the document is empty: give a file with an XML root element")
        XCTAssertTrue(message("<html/>").hasPrefix("not a DocBook document: the root element is <html>"))
        XCTAssertTrue(message("<x:article xmlns:x=\"urn:other\"/>").hasPrefix("not DocBook: the root element <article> is in namespace 'urn:other'"))
    }
}
