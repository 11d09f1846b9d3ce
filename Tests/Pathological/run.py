#!/usr/bin/env python3
"""make pathological: adversarial input shapes (cmark's pathological_tests.py and
their HTML, DocBook and JSON counterparts) at size N and 8N. A shape fails when
the process dies by a signal, exits other than 0 or 65, takes more than 12x the
time or more than 10x the peak memory at 8N than at N (linear input grows 8x).
Usage: run.py QUIRE [N]   (N: repetitions of each shape's unit, default 2000)."""
import os, sys, time, tempfile, subprocess

def md(unit, tail=""):
    return lambda n: unit * n + tail

def nested(open_, leaf, close):
    return lambda n: open_ * n + leaf + close * n

def html(body):
    return lambda n: "<!DOCTYPE html><html><head><title>t</title></head><body><article>" + body(n) + "</article></body></html>"

def docbook(body):
    return lambda n: '<article xmlns="http://docbook.org/ns/docbook" version="5.0"><title>t</title>' + body(n) + "</article>"

def json_tree(n):
    block = '{"paragraph":{"inlines":[{"emphasis":{"inlines":[{"text":{"text":"a"}}]}}]}}'
    return '{"quire":"1.0","metadata":{"title":[],"subtitle":[],"authors":[],"subjects":[],"abstract":[],"authorNote":[]},"blocks":[' + ",".join([block] * n) + "]}"

def note_chain(n):
    # Each note cites the next twice: expanded naively it doubles at every step.
    return "Text[^a0].\n\n" + "".join(f"[^a{i}]: See [^a{i+1}] and [^a{i+1}].\n\n" for i in range(n)) + f"[^a{n}]: End.\n"

# name: (reader, writer, shape of size n)
SHAPES = {
    "nested strong emphasis":        ("markdown", "html", lambda n: "*a **a " * n + "b" + " a** a*" * n),
    "emphasis closers, no openers":  ("markdown", "html", md("a_ ")),
    "emphasis openers, no closers":  ("markdown", "html", md("_a ")),
    "link closers, no openers":      ("markdown", "html", md("a]")),
    "link openers, no closers":      ("markdown", "html", md("[a")),
    "mismatched openers and closers": ("markdown", "html", md("*a_ ")),
    "closers in multiples of 3":     ("markdown", "html", lambda n: "a**b" + "c* " * n),
    "link openers, emphasis closers": ("markdown", "html", md("[ a_")),
    "pattern [ (](":                 ("markdown", "html", md("[ (](")),
    "pattern ![[]()":                ("markdown", "html", md("![[]()")),
    "nested brackets":               ("markdown", "html", nested("[", "a", "]")),
    "nested block quotes":           ("markdown", "html", lambda n: "> " * n + "a\n"),
    "nested block quotes, no space": ("markdown", "json", lambda n: ">" * n + " a\n"),
    "nested lists":                  ("markdown", "html", lambda n: "- " * n + "a\n"),
    "nested lists, one a line":      ("markdown", "docbook", lambda n: "".join("  " * min(i, 70) + "- a\n" for i in range(n))),
    "backtick runs":                 ("markdown", "html", lambda n: "".join("e" + "`" * (i % 64 + 1) for i in range(n))),
    "unclosed link destinations":    ("markdown", "html", md("[a](<b")),
    "unclosed link titles":          ("markdown", "html", md('[a](b "')),
    "many link reference definitions": ("markdown", "html", lambda n: "".join(f"[l{i}]: /u{i}\n" for i in range(n)) + "[l0] " * n),
    "many references to one label":  ("markdown", "html", lambda n: "[x]: /u\n\n" + "[x] " * n),
    "unclosed html comments":        ("markdown", "html", md("<!-- a ")),
    "NUL bytes":                     ("markdown", "plain", md("abc\u0000de\u0000 ")),
    "footnotes citing footnotes":    ("markdown", "html", note_chain),
    "sections all called Notes":     ("markdown", "epub", md("# Notes\n\ntext\n\n")),
    "sections all called Notes (docbook)": ("markdown", "docbook", md("## Notes\n\ntext\n\n")),
    "html nested divs":              ("html", "json", html(nested("<div>", "<p>deep text</p>", "</div>"))),
    "html nested block quotes":      ("html", "html", html(nested("<blockquote>", "<p>deep text</p>", "</blockquote>"))),
    "html nested emphasis":          ("html", "markdown", html(lambda n: "<p>" + "<em>" * n + "deep" + "</em>" * n + "</p>")),
    "html unclosed tags":            ("html", "plain", html(md("<b><i>a "))),
    "docbook nested block quotes":   ("docbook", "html", docbook(nested("<blockquote>", "<para>deep</para>", "</blockquote>"))),
    "docbook nested sections":       ("docbook", "epub", docbook(nested("<section><title>s</title><para>p</para>", "", "</section>"))),
    "docbook nested emphasis":       ("docbook", "markdown", docbook(lambda n: "<para>" + "<emphasis>" * n + "deep" + "</emphasis>" * n + "</para>")),
    "json wide tree":                ("json", "html", json_tree),
    "json nested arrays":            ("json", "plain", nested("[", "1", "]")),
}

def run(quire, shape, reader, writer, n, workdir):
    ext = {"markdown": "md", "html": "html", "docbook": "xml", "json": "json"}[reader]
    path = os.path.join(workdir, f"in.{ext}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(shape(n))
    size = os.path.getsize(path)
    errpath = os.path.join(workdir, "stderr")
    with open(errpath, "wb") as errfile:
        start = time.monotonic()
        proc = subprocess.Popen([quire, "convert", path, "-f", reader, "-t", writer, "-o", os.path.join(workdir, "out")],
                                stdout=subprocess.DEVNULL, stderr=errfile)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.monotonic() - start
    with open(errpath, encoding="utf-8", errors="replace") as errfile:
        err = errfile.read().strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    return size, elapsed, usage.ru_maxrss / 1024, code, (err[-1] if err else "")

def main():
    quire = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    only = os.environ.get("SHAPE")
    failures = 0
    passed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for name, (reader, writer, shape) in SHAPES.items():
            if only and only not in name:
                continue
            small = run(quire, shape, reader, writer, n, workdir)
            large = run(quire, shape, reader, writer, 8 * n, workdir)
            problems = []
            for (size, _, _, code, err) in (small, large):
                if code < 0:
                    problems.append(f"killed by signal {-code} at {size} bytes")
                elif code not in (0, 65):
                    problems.append(f"exit {code} at {size} bytes: {err}")
            # Start-up costs hide growth at small sizes; a floor keeps noise from failing.
            t_ratio = max(large[1], 0.05) / max(small[1], 0.05)
            m_ratio = large[2] / small[2]
            if t_ratio > 12:
                problems.append(f"time grew {t_ratio:.1f}x")
            if m_ratio > 10:
                problems.append(f"peak memory grew {m_ratio:.1f}x")
            print(f"{'FAIL' if problems else 'ok  '} {name:38} {reader}->{writer:8} "
                  f"{small[0] / 1024:7.0f} KB {small[1]:6.2f} s {small[2]:6.0f} MB | "
                  f"{large[0] / 1024:7.0f} KB {large[1]:6.2f} s {large[2]:6.0f} MB | "
                  f"x{t_ratio:4.1f} time x{m_ratio:4.1f} mem  exit {small[3]}/{large[3]}"
                  + ("  " + "; ".join(problems) if problems else ""))
            if problems:
                failures += 1
            else:
                passed += 1
    print(f"pathological: {passed} passed, {failures} failed")
    sys.exit(1 if failures else 0)

if __name__ == "__main__":
    main()
