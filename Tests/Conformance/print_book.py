"""Builds a long hand-made document tree for the print checks: chapters and
sections over real prose, with footnotes of every length, long headings
that wrap in the contents, and a note in a heading. The plain-text reader
supplies only the prose (today it finds titles and paragraphs), so the tree
has structure whatever the reader does with headings."""

import json


def text(value):
    return {"text": {"text": value}}


def paragraph(inlines):
    return {"paragraph": {"inlines": inlines}}


def heading(level, inlines):
    return {"heading": {"level": level, "id": "", "inlines": inlines}}


def note(value):
    return {"note": {"blocks": [paragraph([text(value)])]}}


def plain(inlines):
    """The text of inlines from Quire's JSON, notes left out."""
    out = []
    for inline in inlines:
        (kind, payload), = inline.items()
        if kind in ("text", "code"):
            out.append(payload["text"])
        elif kind != "note" and "inlines" in payload:
            out.append(plain(payload["inlines"]))
    return "".join(out)


def first_sentence(value, limit):
    sentence = value.split(". ")[0].strip()
    words = sentence.split()
    return " ".join(words[:limit]).rstrip(",;:") if words else "Untitled"


def with_note(block, note_text):
    """Puts a note after the first sentence of a paragraph made of plain text."""
    inlines = block["paragraph"]["inlines"]
    if len(inlines) != 1 or "text" not in inlines[0]:
        return block
    value = inlines[0]["text"]["text"]
    cut = value.find(". ")
    if cut < 0:
        return paragraph([text(value), note(note_text)])
    return paragraph([text(value[: cut + 1]), note(note_text), text(value[cut + 1:])])


def build(sources):
    """sources: Quire JSON trees (dicts). Returns the book tree."""
    blocks = []
    notes = 0
    for chapter, source in enumerate(sources, start=1):
        paragraphs = [block for block in source["blocks"] if "heading" not in block]
        title = plain(source["metadata"].get("title", [])) or f"Chapter {chapter}"
        chapter_heading = [text(title)]
        if chapter == 2:
            chapter_heading.append(note("A note called from a chapter heading."))
        blocks.append(heading(1, chapter_heading))
        for index, block in enumerate(paragraphs):
            if index % 7 == 0 and index > 0:
                # Every other section title is long enough to wrap in the contents.
                limit = 14 if (index // 7) % 2 else 5
                words = first_sentence(plain(block.get("paragraph", {}).get("inlines", [])), limit)
                blocks.append(heading(2, [text(words)]))
            if "paragraph" in block and index % 3 == 1:
                notes += 1
                donor = paragraphs[(index * 5 + 3) % len(paragraphs)]
                donor_text = plain(donor.get("paragraph", {}).get("inlines", [])) or "See the text."
                # Short, medium and long notes, so some push their call to the next page.
                length = (12, 40, 90)[notes % 3]
                note_text = " ".join(donor_text.split()[:length])
                block = with_note(block, note_text)
            blocks.append(block)
    metadata = {
        "title": [text("A Miscellany of Essays")],
        "subtitle": [text("set for the print checks")],
        "authors": ["Various Authors"],
        "language": "en",
        "subjects": ["Essays", "Typesetting"],
        "date": "2026-01-01",
        "publisher": "Quire Press",
        "abstract": [paragraph([text("Public-domain essays gathered into one book, to try pages, "
                                     "contents, running heads and footnotes at length.")])],
    }
    return {"quire": "1.0", "metadata": metadata, "blocks": blocks}


def write(path, trees):
    with open(path, "w", encoding="utf-8") as file:
        json.dump(build(trees), file, ensure_ascii=False, indent=1)
