#!/usr/bin/env python3
"""Rewrites Quire's HTML notes (doc-noteref links, doc-footnote asides) into the
sdfootnote markup LibreOffice's HTML import turns into real footnotes, so that a
DOCX or ODT made from our HTML by LibreOffice carries its notes as notes.
Used only to make the committed fixtures (see make-fixtures.sh)."""
import re
import sys

html = sys.stdin.read()
html = re.sub(r'<sup class="noteref"><a href="#note-(\d+)" id="noteref-\d+" role="doc-noteref">\d+</a></sup>',
              r'<a class="sdfootnoteanc" name="sdfootnote\1anc" href="#sdfootnote\1sym"><sup>\1</sup></a>', html)

def aside(match):
    number, body = match.group(1), match.group(2)
    body = re.sub(r'^<a [^>]*role="doc-backlink"[^>]*>[^<]*</a>\s*', '', body)
    body = body.replace('<p>', f'<p><a class="sdfootnotesym" name="sdfootnote{number}sym" href="#sdfootnote{number}anc">{number}</a>', 1)
    return f'<div id="sdfootnote{number}">{body}</div>'

html = re.sub(r'<aside id="note-(\d+)" class="footnote" role="doc-footnote">(.*?)</aside>', aside, html, flags=re.S)
html = re.sub(r'<section class="footnotes" role="doc-endnotes">(.*?)</section>', r'\1', html, flags=re.S)
sys.stdout.write(html)
