#!/usr/bin/env python3
"""Writes manuscript.docx: a short story typed the way manuscripts are, for the DOCX
reader's tests. A title page set by hand (centred lines, blank paragraphs, a page
break, no Title style), an epigraph in italics with a right-aligned credit, chapters
in Heading 1, blank paragraphs pressed for spacing, a double manual line break instead
of a new paragraph, a centred "#" between scenes, a Quote-style block quote with its
credit, a footnote, a numbered list and italics from direct formatting."""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, italic=False, bold=False, size=None):
    props = ''.join(['<w:i/>' if italic else '', '<w:b/>' if bold else '',
                     f'<w:sz w:val="{size}"/>' if size else ''])
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, style=None, align=None, indent=False):
    props = (f'<w:pStyle w:val="{style}"/>' if style else '') + \
            ('<w:ind w:firstLine="720"/>' if indent else '') + \
            (f'<w:jc w:val="{align}"/>' if align else '')
    return f'<w:p><w:pPr>{props}</w:pPr>{"".join(runs)}</w:p>'


BLANK = para()
BR = '<w:r><w:br/></w:r>'
PAGE = '<w:r><w:br w:type="page"/></w:r>'

body = [
    BLANK, BLANK, BLANK,
    para(run('The Lighthouse Keeper', bold=True, size=48), align='center'),
    para(run('A Story'), align='center'),
    BLANK,
    para(run('by Ada Marsh'), align='center'),
    BLANK, BLANK,
    para(PAGE),
    para(run('I am by birth a Genevese, and my family is one of the most distinguished of that republic.', italic=True), align='right'),
    para(run('\u2014 Mary Shelley, ', italic=False), run('Frankenstein', italic=True), align='right'),
    BLANK,
    para(run('Chapter One'), style='Heading1'),
    para(run('The lamp had burned for ninety years before Elsie climbed the stair to tend it. '
             'She counted the steps the first night and never again.'), indent=True),
    BLANK,
    para(run('Her father had kept the light, and '), run('his', italic=True),
         run(' father before him.'), run('', ), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
         '<w:footnoteReference w:id="1"/></w:r>', run(' Nobody asked whether she wanted it.'), indent=True),
    para(run('The log listed three duties:'), indent=True),
    para(run('Trim the wick.'), style='ListParagraph', indent=False).replace('<w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    para(run('Wind the clockwork.'), style='ListParagraph').replace('<w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    para(run('Write the weather down.'), style='ListParagraph').replace('<w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    para(run('In winter the sea came over the rocks.'), BR, BR,
         run('In summer the tourists came instead, which was worse.'), indent=True),
    para(run('#'), align='center'),
    para(run('The letter from the Board arrived in March.'), indent=True),
    para(run('Chapter Two'), style='Heading1'),
    para(run('It was short and it was final:'), indent=True),
    para(run('The light will be automated on the first of June. Your services will not be required.'), style='Quote'),
    para(run('\u2014 The Northern Lighthouse Board'), style='Quote'),
    para(run('She read it twice, then went up to trim the wick.'), indent=True),
]

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}' \
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:line="480" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:pageBreakBefore/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="864" w:right="864"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

footnotes = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> The Marsh family kept the Skerry light from 1931.</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>lighthouse draft 3</dc:title><dc:creator>Ada Marsh</dc:creator><dc:language>en-GB</dc:language><cp:keywords>lighthouses, Scotland</cp:keywords></cp:coreProperties>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''

package_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''

document_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'''

with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as archive:
    for name, text in [('[Content_Types].xml', content_types), ('_rels/.rels', package_rels),
                       ('word/document.xml', document), ('word/_rels/document.xml.rels', document_rels),
                       ('word/styles.xml', styles), ('word/numbering.xml', numbering),
                       ('word/footnotes.xml', footnotes), ('docProps/core.xml', core)]:
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, text)
