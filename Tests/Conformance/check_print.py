#!/usr/bin/env python3
"""make check-print: renders the print HTML of every input with WeasyPrint
and checks the PDF page by page with poppler-utils.

For each input: Quire writes the print HTML and, with -t pdf, the PDF (no
warnings allowed, WeasyPrint's included), then:
  - every font is embedded (pdffonts);
  - the PDF's Title, Author, Subject and Keywords are the HTML's;
  - every page after the first has its folio, equal to its page number, in the
    outer corner and a running head: the title on left pages, a chapter or
    section title on right pages (pdftotext -bbox -f N -l N);
  - every contents entry prints the page its heading starts on (the PDF
    bookmarks from pdftohtml -xml -i, and the heading's text on that page);
  - every footnote is printed on the page of its call;
  - long English texts are hyphenated (a line ends in a hyphen that splits a
    word the source writes without one).
Besides the inputs, a long book built from them (chapters, sections, notes)
is checked on A5 with 3mm bleed and crop marks (TrimBox, BleedBox, marks),
and the golden tree on 6x9in paper (TrimBox).

usage: check_print.py --quire BIN --out DIR [--weasyprint CMD] [--both-layouts] [--no-book] INPUT...
"""

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import print_book  # noqa: E402
import print_checks  # noqa: E402
from print_html import read_facts  # noqa: E402
from print_pdf import PDF  # noqa: E402

# Body text long enough that justified lines must have been hyphenated somewhere.
LONG_TEXT = 15_000


@dataclass
class Case:
    name: str
    source: str
    options: list = field(default_factory=list)
    # (width mm, height mm, bleed mm, crop marks) when the case checks the page boxes.
    geometry: tuple = None


def quire(binary, case, target, output):
    """Runs quire convert to print-html or pdf; returns its warnings (WeasyPrint's among them)."""
    fmt = ["-f", "json"] if case.source.endswith(".json") else []
    result = subprocess.run([binary, "convert", case.source, *fmt, "-t", target, *case.options,
                             "-o", str(output)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"quire -t {target} failed: {result.stderr.strip()}")
    return [line for line in result.stderr.splitlines() if "warning" in line]


def check(case, binary, out):
    """Returns (problems, report line)."""
    html, pdf_path = out / f"{case.name}.html", out / f"{case.name}.pdf"
    try:
        # The HTML says what the PDF must hold; -t pdf makes the PDF in one step.
        warnings = quire(binary, case, "print-html", html) + quire(binary, case, "pdf", pdf_path)
    except RuntimeError as error:
        return [str(error)], ""
    problems = [f"quire: {w}" for w in warnings]
    facts = read_facts(html)
    pdf = PDF(pdf_path)
    summaries = []
    checks = [
        lambda: print_checks.fonts(pdf),
        lambda: print_checks.metadata(pdf, facts),
        lambda: print_checks.running_heads(pdf, facts),
        lambda: print_checks.contents(pdf, facts),
        lambda: print_checks.footnotes(pdf, facts),
        lambda: print_checks.page_fill(pdf, facts),
    ]
    if case.geometry:
        width, height, bleed, marks = case.geometry
        checks.append(lambda: print_checks.trim_and_bleed(pdf, width, height, bleed))
        if marks:
            checks.append(lambda: print_checks.crop_marks(pdf))
    for run_check in checks:
        found, summary = run_check()
        problems += found
        summaries.append(summary)
    hyphenated = print_checks.hyphenations(pdf, facts)
    if facts.language.lower().startswith("en") and len(facts.body_text) >= LONG_TEXT:
        if not hyphenated:
            problems.append("a long English text with no hyphenated line: is hyphens: auto working?")
        summaries.append(f"{len(hyphenated)} hyphenations (e.g. {', '.join(hyphenated[:2])})")
    return problems, "; ".join(summaries)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quire", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--weasyprint", help="the WeasyPrint command -t pdf runs (default: the one on PATH)")
    parser.add_argument("--no-book", action="store_true", help="leave out the long generated book")
    parser.add_argument("--both-layouts", action="store_true",
                        help="check every input as a book (--top-level-division chapter) as well")
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    missing = [path for path in args.inputs if not os.path.isfile(path)]
    if missing:
        sys.exit(f"check-print: missing inputs: {', '.join(missing)}")
    # Samples and corpus share file names: the folder keeps the outputs apart.
    if args.weasyprint:
        os.environ["QUIRE_WEASYPRINT"] = args.weasyprint
    cases = [Case(name=f"{Path(path).parent.name}-{Path(path).stem}", source=path) for path in args.inputs]
    if args.both_layouts:
        cases += [Case(name=f"{case.name}-book", source=case.source, options=["--top-level-division", "chapter"])
                  for case in list(cases)]
    if not args.no_book:
        cases.append(book_case(args.quire, [path for path in args.inputs if path.endswith(".txt")], out))
    # A paper given as WIDTHxHEIGHT, on the golden tree (every node kind).
    golden = [path for path in args.inputs if path.endswith(".json")]
    if golden:
        cases.append(Case(name="golden-6x9in", source=golden[0], options=["--paper", "6x9in"],
                          geometry=(152.4, 228.6, 0, False)))

    failed = False
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = pool.map(lambda case: (case, check(case, args.quire, out)), cases)
        for case, (problems, summary) in results:
            options = f" {' '.join(case.options)}" if case.options else ""
            if problems:
                failed = True
                print(f"FAIL {case.name}{options}")
                for problem in problems:
                    print(f"     {problem}")
            else:
                print(f"ok   {case.name}{options}: {summary}")
    if failed:
        sys.exit("check-print: the print PDFs above do not hold what the HTML promises")
    engine = subprocess.run((args.weasyprint or "weasyprint").split() + ["--version"],
                            capture_output=True, text=True).stdout.strip()
    print(f"check-print: {len(cases)} PDFs checked page by page ({engine})")


def book_case(quire, texts, out):
    """A long book from the plain-text inputs, on A5 with bleed and crop marks."""
    import json
    trees = []
    for path in sorted(texts)[:6]:
        result = subprocess.run([quire, "convert", path, "-t", "json"], capture_output=True, check=True)
        trees.append(json.loads(result.stdout))
    path = out / "book.json"
    print_book.write(path, trees)
    return Case(name="book", source=str(path), options=["--paper", "a5", "--bleed", "3mm", "--crop-marks",
                                                         "--top-level-division", "chapter"],
                geometry=(148, 210, 3, True))


if __name__ == "__main__":
    main()
