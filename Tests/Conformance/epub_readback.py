#!/usr/bin/env python3
"""EPUB reader check: every input read straight to the tree, and through an
EPUB written by Quire and read back, gives the same tree (heading ids and the
identifier the writer derives aside); the same input written as EPUB by pandoc
(from Quire's Markdown) reads back with the same headings and notes (quotes
are left out of that comparison: pandoc reads Quire's attribution lines as text).

usage: epub_readback.py QUIRE OUT_DIR INPUT...
"""
import json
import os
import shutil
import subprocess
import sys

quire, out, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(out, exist_ok=True)


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL {' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
    return result


def tree(path, *extra):
    target = os.path.join(out, "tree.json")
    run(quire, "convert", path, "-t", "json", "-o", target, *extra)
    with open(target, encoding="utf-8") as handle:
        return json.load(handle)


def without_heading_ids(node):
    if isinstance(node, dict):
        return {key: ("" if key == "id" and "level" in node else without_heading_ids(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [without_heading_ids(value) for value in node]
    return node


def outline(node, found):
    """Headings (level, text) and notes, in order."""
    if isinstance(node, dict):
        if "heading" in node:
            heading = node["heading"]
            found.append(("heading", heading["level"], text(heading["inlines"])))
        if "note" in node:
            found.append(("note",))
        for value in node.values():
            outline(value, found)
    elif isinstance(node, list):
        for value in node:
            outline(value, found)
    return found


def text(node):
    if isinstance(node, dict):
        if "text" in node and isinstance(node["text"], str):
            return node["text"]
        if "note" in node:
            return ""
        return "".join(text(value) for value in node.values())
    if isinstance(node, list):
        return "".join(text(value) for value in node)
    return ""


failures = 0
pandoc = shutil.which("pandoc")
for path in inputs:
    name = os.path.splitext(os.path.basename(path))[0]
    direct = tree(path)
    book = os.path.join(out, name + ".epub")
    run(quire, "convert", path, "-t", "epub", "-o", book)
    back = tree(book)
    if not direct["metadata"].get("identifier"):
        back["metadata"].pop("identifier", None)
    if without_heading_ids(back) != without_heading_ids(direct):
        failures += 1
        print(f"FAIL {path}: the tree read back from Quire's EPUB differs")
        continue
    if pandoc:
        markdown = os.path.join(out, name + ".md")
        run(quire, "convert", path, "-t", "markdown", "-o", markdown)
        pandoc_book = os.path.join(out, name + ".pandoc.epub")
        run(pandoc, markdown, "-o", pandoc_book)
        want = outline(tree(markdown)["blocks"], [])
        got = outline(tree(pandoc_book)["blocks"], [])
        if got != want:
            failures += 1
            print(f"FAIL {path}: pandoc's EPUB reads back as {got[:8]}..., Quire's Markdown as {want[:8]}...")
if failures:
    sys.exit(f"check-epub-read: {failures} of {len(inputs)} failed")
print(f"check-epub-read: {len(inputs)} passed (Quire's EPUB round trip{', pandoc EPUB outline' if pandoc else ''}), 0 failed")
