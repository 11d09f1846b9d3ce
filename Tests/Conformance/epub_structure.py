#!/usr/bin/env python3
"""Structural checks of an EPUB against the tree it was written from.

usage: epub_structure.py BOOK.epub TREE.json [LANGUAGE]

- the ZIP starts with `mimetype`, stored, no extra field: the first 38 bytes
  are `PK\\x03\\x04` ... `mimetypeapplication/epub+zip`;
- the navigation's table of contents lists exactly the tree's headings, in
  order and nested the same way (or one entry for the start of the text when
  the tree has none);
- `dc:language` is the one expected, when given.
"""
import json
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile

XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB = "{http://www.idpf.org/2007/ops}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"


def plain(inlines):
    """The tree's plain text of inlines, as Quire's `plainText` makes it."""
    out = ""
    for inline in inlines:
        (kind, value), = inline.items()
        if kind in ("text", "code"):
            out += value["text"]
        elif kind in ("emphasis", "strong", "workTitle", "link"):
            out += plain(value["inlines"])
        elif kind == "quoted":
            double = value["kind"] == "double"
            out += ("\u201c" if double else "\u2018") + plain(value["inlines"]) + ("\u201d" if double else "\u2019")
            if value.get("citation"):
                out += f" ({value['citation']['text']})"
        elif kind == "citation":
            out += f"({value['citation']['text']})"
        elif kind == "lineBreak":
            out += " "
    return " ".join(out.split())


def expected_headings(tree):
    """(depth, text) of the top-level headings, nested as Quire's Outline nests them."""
    result, stack = [], []
    for block in tree["blocks"]:
        (kind, value), = block.items()
        if kind != "heading":
            continue
        while stack and stack[-1] >= value["level"]:
            stack.pop()
        result.append((len(stack), plain(value["inlines"])))
        stack.append(value["level"])
    return result


def nav_entries(ol, depth=0):
    result = []
    for li in ol.findall(XHTML + "li"):
        link = li.find(XHTML + "a")
        result.append((depth, " ".join("".join(link.itertext()).split())))
        for sub in li.findall(XHTML + "ol"):
            result += nav_entries(sub, depth + 1)
    return result


def main(book, tree_path, language=None):
    failures = []
    with open(book, "rb") as f:
        head = f.read(38)
    if head[:4] != b"PK\x03\x04" or head[30:38] != b"mimetype":
        failures.append(f"the archive does not start with a mimetype entry: {head!r}")
    method, = struct.unpack("<H", head[8:10])
    extra, = struct.unpack("<H", head[28:30])
    if method != 0 or extra != 0:
        failures.append(f"mimetype is not stored without extra field (method {method}, extra {extra})")
    with open(book, "rb") as f:
        if f.read(58)[38:58] != b"application/epub+zip":
            failures.append("mimetype does not hold application/epub+zip")

    with zipfile.ZipFile(book) as archive:
        if archive.namelist()[0] != "mimetype":
            failures.append("mimetype is not the first entry")
        container = ET.fromstring(archive.read("META-INF/container.xml"))
        opf_path = container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
        opf = ET.fromstring(archive.read(opf_path))
        folder = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        nav_href = next(item.get("href") for item in opf.iter(OPF + "item") if "nav" in (item.get("properties") or "").split())
        nav = ET.fromstring(archive.read(folder + nav_href))
        found_language = opf.find(f"{OPF}metadata/{DC}language").text

    toc = next(n for n in nav.iter(XHTML + "nav") if n.get(EPUB + "type") == "toc")
    entries = nav_entries(toc.find(XHTML + "ol"))
    with open(tree_path, encoding="utf-8") as f:
        headings = expected_headings(json.load(f))
    if headings:
        if entries != headings:
            failures.append(f"nav entries differ from the headings:\n  nav:      {entries}\n  headings: {headings}")
    elif len(entries) != 1:
        failures.append(f"a tree without headings should give one nav entry, not {entries}")
    if language and found_language != language:
        failures.append(f"dc:language is {found_language!r}, expected {language!r}")

    for failure in failures:
        print(f"  {failure}")
    print(f"{'ok  ' if not failures else 'FAIL'} {book}: mimetype first and stored, "
          f"{len(entries)} nav entries for {len(headings)} headings, language {found_language}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
