#!/usr/bin/env python3
"""Scores the HTML reader on the saved pages of ../shared/webpages.

For every NAME/ with source.html, expected.html and expected-metadata.json, runs
`quire convert source.html -t json` and compares the tree with the article that
expected.html holds:

  words        bag of words (lower case, punctuation dropped, with multiplicity)
               of the tree's blocks against expected.html's text: P/R/F1
  title        the tree's title against expected-metadata.json's, normalised
  byline       the tree's authors all named in expected-metadata.json's byline
  headings     h1-h6 of expected.html (less one that repeats the title) against
               the tree's headings, matched by their normalised words: P/R/F1
  block quotes <blockquote> of expected.html against the tree's block quotes,
               matched by their first words: P/R/F1 (pull quotes counted apart)

Prints a table per page and the totals, and writes a JSON report (compared with
the previous one when it exists). Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from html.parser import HTMLParser

WORD = re.compile(r"\w+", re.UNICODE)
FIRST_WORDS = 6


def words(text):
    return [w.lower() for w in WORD.findall(text.replace("_", " "))]


def normalise(text):
    return " ".join(words(text))


class Expected(HTMLParser):
    """The text, headings and block quotes of expected.html."""

    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.headings = []
        self.quotes = []
        self.open = []  # [tag, buffer] of the headings and quotes being read
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif re.fullmatch(r"h[1-6]", tag) or tag == "blockquote":
            self.open.append([tag, []])
        elif tag in ("br", "p", "div", "li", "td", "th", "tr"):
            self.add(" ")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.add(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                _, buffer = self.open.pop(index)
                text = "".join(buffer)
                (self.quotes if tag == "blockquote" else self.headings).append(text)
                break
        self.add(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.add(data)

    def add(self, data):
        self.text.append(data)
        for _, buffer in self.open:
            buffer.append(data)


SKIPPED_KEYS = {"id", "url", "title", "classes", "attributes", "year", "locator", "level", "kind", "role"}


def inline_text(node, out):
    """Every piece of text below a JSON node of the tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                out.append(value)
            elif key == "lines" and isinstance(value, list):
                for line in value:
                    inline_text(line, out)
                    out.append(" ")
            elif key not in SKIPPED_KEYS:
                inline_text(value, out)
    elif isinstance(node, list):
        for item in node:
            inline_text(item, out)
            out.append(" ")


def text_of(node):
    out = []
    inline_text(node, out)
    return "".join(out)


def walk_blocks(blocks, headings, quotes, pulls):
    """Headings and block quotes anywhere in the tree."""
    if isinstance(blocks, dict):
        for key, value in blocks.items():
            if key == "heading":
                headings.append(text_of(value.get("inlines", [])))
            elif key == "blockQuote":
                quote = value.get("quote", value)
                # Pull quotes repeat the text for show: expected.html never marks them as
                # <blockquote>, so they are counted apart.
                (pulls if quote.get("role") == "pullQuote" else quotes).append(text_of(quote.get("blocks", [])))
            if key not in SKIPPED_KEYS:
                walk_blocks(value, headings, quotes, pulls)
    elif isinstance(blocks, list):
        for item in blocks:
            walk_blocks(item, headings, quotes, pulls)


def prf(matched, predicted, expected):
    """Precision, recall and F1; an empty expectation met by an empty prediction scores 1."""
    if predicted == 0 and expected == 0:
        return 1.0, 1.0, 1.0
    p = matched / predicted if predicted else 0.0
    r = matched / expected if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def byline_matches(authors, byline):
    """Whether the authors found name the expected byline's people (or, with none expected, none were found)."""
    if not byline:
        return not authors
    want = normalise(byline)
    names = [normalise(a) for a in authors if normalise(a)]
    return bool(names) and all(name in want for name in names)


def match_multiset(predicted, expected):
    return sum((Counter(predicted) & Counter(expected)).values())


def score_page(folder, quire):
    with open(os.path.join(folder, "expected.html"), encoding="utf-8", errors="replace") as f:
        parser = Expected()
        parser.feed(f.read())
        parser.close()
    with open(os.path.join(folder, "expected-metadata.json"), encoding="utf-8") as f:
        meta = json.load(f)
    expected_title = normalise(meta.get("title") or "")

    with tempfile.TemporaryDirectory() as tmp:
        output = os.path.join(tmp, "page.json")
        start = time.monotonic()
        run = subprocess.run([quire, "convert", os.path.join(folder, "source.html"), "-f", "html", "-t", "json",
                              "-o", output], capture_output=True, text=True)
        seconds = time.monotonic() - start
        tree = {}
        if run.returncode == 0:
            with open(output, encoding="utf-8") as f:
                tree = json.load(f)
    warnings = [line for line in run.stderr.splitlines() if line.strip()]
    blocks = tree.get("blocks", [])
    title = normalise(text_of(tree.get("metadata", {}).get("title", [])))

    got_words = words(text_of(blocks))
    want_words = words("".join(parser.text))
    wp, wr, wf = prf(match_multiset(got_words, want_words), len(got_words), len(want_words))

    headings, quotes, pulls = [], [], []
    walk_blocks(blocks, headings, quotes, pulls)
    got_h = [h for h in map(normalise, headings) if h]
    want_h = [h for h in map(normalise, parser.headings) if h and h != expected_title]
    hp, hr, hf = prf(match_multiset(got_h, want_h), len(got_h), len(want_h))

    def first(text):
        return " ".join(words(text)[:FIRST_WORDS])
    got_q = [q for q in map(first, quotes) if q]
    want_q = [q for q in map(first, parser.quotes) if q]
    qp, qr, qf = prf(match_multiset(got_q, want_q), len(got_q), len(want_q))

    return {
        "page": os.path.basename(folder), "exit": run.returncode, "seconds": round(seconds, 3),
        "words": {"p": wp, "r": wr, "f1": wf, "extracted": len(got_words), "expected": len(want_words)},
        "title": {"ok": title == expected_title, "got": title, "expected": expected_title},
        "headings": {"p": hp, "r": hr, "f1": hf, "got": len(got_h), "expected": len(want_h),
                     "missed": sorted((Counter(want_h) - Counter(got_h)).elements()),
                     "extra": sorted((Counter(got_h) - Counter(want_h)).elements())},
        "quotes": {"p": qp, "r": qr, "f1": qf, "got": len(got_q), "expected": len(want_q)},
        "pull_quotes": len(pulls),
        "byline": {"ok": byline_matches(tree.get("metadata", {}).get("authors", []), meta.get("byline")),
                   "got": tree.get("metadata", {}).get("authors", []), "expected": meta.get("byline")},
        "warnings": warnings,
    }


def micro(pages, key):
    """P/R/F1 over all the pages' items together (headings, quotes)."""
    got = sum(page[key]["got"] for page in pages)
    want = sum(page[key]["expected"] for page in pages)
    matched_p = sum(page[key]["p"] * page[key]["got"] for page in pages)
    matched_r = sum(page[key]["r"] * page[key]["expected"] for page in pages)
    p = matched_p / got if got else 1.0
    r = matched_r / want if want else 1.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "got": got, "expected": want}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quire", required=True)
    parser.add_argument("--pages", required=True, help="the folder of saved pages (../shared/webpages)")
    parser.add_argument("--report", required=True, help="the JSON report to write")
    parser.add_argument("--verbose", action="store_true", help="list missed and extra headings")
    args = parser.parse_args()

    folders = sorted(os.path.join(args.pages, name) for name in os.listdir(args.pages)
                     if os.path.isfile(os.path.join(args.pages, name, "expected.html")))
    pages = [score_page(folder, args.quire) for folder in folders]

    print(f"{'page':42} {'P':>5} {'R':>5} {'F1':>5} {'title':>5} {'head':>5} {'quote':>5} {'sec':>5}")
    for page in pages:
        w = page["words"]
        print(f"{page['page'][:42]:42} {w['p']:5.2f} {w['r']:5.2f} {w['f1']:5.2f} "
              f"{'ok' if page['title']['ok'] else 'no':>5} {page['headings']['f1']:5.2f} "
              f"{page['quotes']['f1']:5.2f} {page['seconds']:5.2f}" + ("" if page["exit"] == 0 else f"  exit {page['exit']}"))
        if args.verbose:
            if not page["title"]["ok"]:
                print(f"    title {page['title']['got']!r} != {page['title']['expected']!r}")
            if not page["byline"]["ok"]:
                print(f"    byline {page['byline']['got']!r} != {page['byline']['expected']!r}")
            for missed in page["headings"]["missed"]:
                print(f"    heading missed: {missed[:70]}")
            for extra in page["headings"]["extra"]:
                print(f"    heading extra:  {extra[:70]}")

    f1s = sorted(page["words"]["f1"] for page in pages)
    n = len(pages) or 1
    totals = {
        "pages": len(pages),
        "words": {"p": sum(p["words"]["p"] for p in pages) / n, "r": sum(p["words"]["r"] for p in pages) / n,
                  "f1": sum(f1s) / n, "median_f1": f1s[len(f1s) // 2] if f1s else 0.0,
                  "below_0.6": [p["page"] for p in pages if p["words"]["f1"] < 0.6]},
        "title_accuracy": sum(p["title"]["ok"] for p in pages) / n,
        "byline_accuracy": sum(p["byline"]["ok"] for p in pages) / n,
        "pull_quotes": sum(p["pull_quotes"] for p in pages),
        "headings": micro(pages, "headings"),
        "quotes": micro(pages, "quotes"),
        "slowest_seconds": max((p["seconds"] for p in pages), default=0.0),
    }
    w, h, q = totals["words"], totals["headings"], totals["quotes"]
    print(f"webpages: {len(pages)} pages; words mean P {w['p']:.3f} R {w['r']:.3f} F1 {w['f1']:.3f} "
          f"(median {w['median_f1']:.3f}, {len(w['below_0.6'])} below 0.6); title {totals['title_accuracy']:.1%}; "
          f"byline {totals['byline_accuracy']:.1%}; "
          f"headings P {h['p']:.2f} R {h['r']:.2f} F1 {h['f1']:.2f}; block quotes P {q['p']:.2f} R {q['r']:.2f} "
          f"F1 {q['f1']:.2f} (and {totals['pull_quotes']} pull quotes); slowest page {totals['slowest_seconds']:.2f} s")

    if os.path.exists(args.report):
        try:
            with open(args.report, encoding="utf-8") as f:
                last = json.load(f)["totals"]
            print(f"since the last run: words F1 {last['words']['f1']:.3f} -> {w['f1']:.3f}, title "
                  f"{last['title_accuracy']:.1%} -> {totals['title_accuracy']:.1%}, headings F1 "
                  f"{last['headings']['f1']:.2f} -> {h['f1']:.2f}, block quotes F1 {last['quotes']['f1']:.2f} -> {q['f1']:.2f}")
        except (OSError, KeyError, ValueError):
            pass
    os.makedirs(os.path.dirname(args.report) or ".", exist_ok=True)
    with open(args.report, "w", encoding="utf-8") as f:
        json.dump({"totals": totals, "pages": pages}, f, indent=1, ensure_ascii=False)
    return 0 if all(page["exit"] == 0 for page in pages) else 1


if __name__ == "__main__":
    sys.exit(main())
