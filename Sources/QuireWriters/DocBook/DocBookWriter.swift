import QuireModel
import QuireXML

// DocBook 5.0 for archives: valid against docbook.rng and its Schematron rules,
// rendered by DocBook XSL, and read back by DocBookReader into the same tree.
// Every choice below is one the reader undoes; the role and remap values are
// shared through `DocBookVocabulary`.
//
// Document
//   root           <article> (or <book> with --top-level-division chapter), DocBook namespace,
//                  version="5.0", xml:lang from metadata.language
//   title          <info><title> (always present in an article: the schema requires it), <subtitle>
//   authors        <author><personname><firstname/><surname/></personname></author> when the name
//                  is two plain words, else <personname>Name as given</personname>;
//                  <authorgroup> for several
//   authorNote     <personblurb> of the first author; <annotation role="author-note"> if none
//   date           <pubdate> as written
//   subjects       <keywordset><keyword>
//   kicker         <bibliomisc role="kicker">
//   abstract       <abstract> (paragraphs only; other blocks are flattened with a warning)
//   rights         <legalnotice>, one <para> per paragraph (blank-line separated)
//   publisher      <publisher><publishername>
//   source         <bibliosource> (class="uri" for URLs)
//   identifier     <biblioid> (class isbn, doi, uri or other)
// Structure (QuireModel's Outline)
//   preamble       blocks before the first <section> (in a book: <preface remap="preamble"> with
//                  an empty title, as DocBook allows no loose blocks there)
//   heading        <section xml:id> (<chapter> at the top of a book) with <title>; remap="hN"
//                  when the heading's level differs from its nesting depth; headings inside
//                  quotes, lists, divisions or notes become <bridgehead renderas="sectN">
//                  (remap="hN" beyond level 5). Every heading gets an xml:id; one the tree
//                  already had (not derived by HeadingIDs) is marked <?quire explicit-id?>, so
//                  the reader empties derived ids again and keeps chosen ones
//   empty section  <para role="empty"/> where DocBook needs a block and the tree has none
// Blocks
//   paragraph      <para>
//   blockQuote     <blockquote> with <attribution> first: the attribution's inlines, then ", " and
//                  a <citation> for the cited work (its title in <citetitle>); a cite line that is
//                  both ("— Virgil") is one <citation role="also-attribution">; role="letter" or
//                  role="pullQuote"; role epigraph is <epigraph> where DocBook allows it (only
//                  paragraphs and verse inside, not in a footnote), else <blockquote role="epigraph">
//   list           <itemizedlist> / <orderedlist startingnumber>, spacing="compact" when tight
//   verse          <literallayout class="normal">, one line per line, empty line between stanzas
//   preformatted   <literallayout class="monospaced">
//   sceneBreak     <para role="scene-break">* * *</para>
//   division       remap="div", classes in role; element <note>/<tip>/... when the first class
//                  names an admonition, else <sidebar>, else (where the Schematron forbids both)
//                  <blockquote>; attributes as <info><q:attribute name=..>value</q:attribute>
//                  in the Quire namespace (foreign elements are allowed in info)
//   table          CALS <informaltable><tgroup cols>: one <colspec align> per alignment, <thead>,
//                  <tbody> (a <row role="empty"> if there are no rows), <caption><para>
//   figure         <informalfigure><mediaobject>..</mediaobject><caption><para>; informal forms
//                  are allowed everywhere, footnotes included
//   raw            raw DocBook as written when well-formed; other formats' markup: a warning
// Inlines
//   emphasis       <emphasis>;  strong: <emphasis role="strong">
//   quoted         <quote> (role="single" for single marks); with a citation:
//                  <phrase role="cited-quote"><quote>..</quote> <citation>..</citation></phrase>
//   citation       <citation> whose text is the citation as written, its title in <citetitle>,
//                  its year and locator in <phrase role="year|locator">
//   workTitle      <citetitle>
//   link           <link xlink:href xlink:title>
//   note           <footnote> (a note inside a note is kept as bracketed text, with a warning)
//   lineBreak      <?asciidoc-br?> (asciidoctor's; DocBook has no line break element)
//   code           <code>
//   image          <inlinemediaobject>: <alt>, <imageobject><imagedata fileref>, the title in
//                  <textobject role="title"> (also inside figures)
// In an <attribution> only plain phrases are allowed: emphasis, strong, code and quotes become
// <phrase role="emphasis|strong|code|quote|quote-single">; a citation among the attribution's
// own inlines is <citation role="inline"> (the cited work's has no role); inside those plain
// phrases titles and citations are phrases too (role="citetitle", role="citation"); a footnote
// there is dropped with a warning.
//
// Whitespace: blocks are indented by hand; mixed content is written exactly as in the
// tree (never pretty-printed), so text survives the trip back.

/// Writes DocBook 5.0 articles and books.
public struct DocBookWriter: DocumentWriter {
    public static let format = FormatDescription(
        name: "docbook", aliases: ["docbook5", "dbk"], extensions: ["xml", "dbk"],
        summary: "DocBook 5.0 article or book, valid against the RELAX NG schema",
        mediaType: "application/docbook+xml")

    public init() {}

    public func write(_ document: Document, options: WriterOptions, context: ConversionContext) throws -> WriterOutput {
        let document = document.limitingNesting(context: context)
        let renderer = DocBookRenderer(context: context, book: options.topLevelDivision == .chapter)
        renderer.render(document)
        return WriterOutput(bytes: try renderer.finish())
    }
}
