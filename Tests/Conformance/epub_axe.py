#!/usr/bin/env python3
"""Runs axe-core on every XHTML document of each EPUB given, in Chromium.

usage: epub_axe.py BOOK.epub...

Each book is unpacked and its content documents are opened from disk as
XHTML (so Chromium parses them as XML, as reading systems do), with their
style sheets. axe-core comes from the `axe-playwright-python` package,
Chromium from Debian (`/usr/bin/chromium`, or $CHROMIUM): Playwright drives
it, with no browser download. All of axe's WCAG 2.x A/AA rules and its best
practices run but one; any violation fails the check.

The one rule left out, `page-has-heading-one`, is a best practice (no WCAG
criterion asks for it) that does not fit a book cut into files: the cover
page and the text before the first heading have no heading of their own,
and inventing one would make screen readers announce the title twice.
"""
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import axe_playwright_python
from playwright.sync_api import sync_playwright

OPF = "{http://www.idpf.org/2007/opf}"


def content_documents(folder):
    container = ET.parse(os.path.join(folder, "META-INF", "container.xml"))
    opf_path = container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    opf = ET.parse(os.path.join(folder, opf_path))
    base = os.path.dirname(os.path.join(folder, opf_path))
    return [os.path.join(base, item.get("href")) for item in opf.iter(OPF + "item")
            if item.get("media-type") == "application/xhtml+xml"]


def main(books):
    axe_source = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8").read()
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    checked = failed = 0
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as scratch:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        for index, book in enumerate(books):
            folder = os.path.join(scratch, str(index))
            with zipfile.ZipFile(book) as archive:
                archive.extractall(folder)
            book_violations = 0
            documents = content_documents(folder)
            for document in documents:
                page.goto("file://" + os.path.abspath(document))
                page.evaluate(axe_source)
                result = page.evaluate("axe.run(document, {resultTypes: ['violations'], rules: {'page-has-heading-one': {enabled: false}}})")
                checked += 1
                for violation in result["violations"]:
                    book_violations += 1
                    targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
                    print(f"  {os.path.relpath(document, folder)}: {violation['id']} ({violation['impact']}): "
                          f"{violation['help']} [{targets}]")
            if book_violations:
                failed += 1
            engine = result["testEngine"]["version"] if documents else "?"
            print(f"{'ok  ' if not book_violations else 'FAIL'} {book}: {len(documents)} documents, "
                  f"{book_violations} axe-core {engine} violations")
        browser.close()
    print(f"axe: {len(books) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
