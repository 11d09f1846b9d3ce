#!/usr/bin/env python3
"""Runs EPUBCheck on each EPUB given and fails on any fatal, error or warning.

usage: epubcheck_json.py EPUBCHECK.jar BOOK.epub...

EPUBCheck's JSON report (`--json -`) is read rather than its exit code, so
the counts are printed for every book and each message is shown in full.
"""
import concurrent.futures
import io
import json
import os
import subprocess
import sys


# EPUBCheck runs are short: C1-only JIT starts them faster than full tiering.
JAVA = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def check(jar, book):
    """Checks one book; returns whether it passed and what to print."""
    out = io.StringIO()
    ok = check_into(jar, book, out)
    return ok, out.getvalue()


def check_into(jar, book, out):
    def print(*args):
        out.write(" ".join(str(a) for a in args) + "\n")

    run = subprocess.run(JAVA + ["-jar", jar, "--failonwarnings", "--json", "-", book],
                         capture_output=True, text=True)
    start = run.stdout.find("{")
    if start < 0:
        print(f"{book}: EPUBCheck wrote no report\n{run.stdout}\n{run.stderr}")
        return False
    report = json.loads(run.stdout[start:])
    counts = {"FATAL": 0, "ERROR": 0, "WARNING": 0}
    for message in report.get("messages", []):
        severity = message.get("severity")
        if severity in counts:
            counts[severity] += 1
            where = ", ".join(f"{l.get('path')}:{l.get('line')}:{l.get('column')}" for l in message.get("locations", []))
            print(f"  {severity} {message.get('ID')}: {message.get('message')} [{where}]")
    ok = sum(counts.values()) == 0 and run.returncode == 0
    print(f"{'ok  ' if ok else 'FAIL'} {book}: {counts['FATAL']} fatals, {counts['ERROR']} errors, "
          f"{counts['WARNING']} warnings (EPUBCheck {report.get('checker', {}).get('checkerVersion', '?')})")
    return ok


def main(jar, books):
    # One JVM per book (EPUBCheck checks one file a run), as many at once as there are cores.
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = []
        for ok, text in pool.map(lambda book: check(jar, book), books):
            sys.stdout.write(text)
            sys.stdout.flush()
            results.append(ok)
    print(f"epubcheck: {results.count(True)} passed, {results.count(False)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
