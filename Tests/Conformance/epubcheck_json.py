#!/usr/bin/env python3
"""Runs EPUBCheck on each EPUB given and fails on any fatal, error or warning.

usage: epubcheck_json.py EPUBCHECK.jar BOOK.epub...

EPUBCheck's JSON report (`--json -`) is read rather than its exit code, so
the counts are printed for every book and each message is shown in full.
"""
import json
import subprocess
import sys


def check(jar, book):
    run = subprocess.run(["java", "-jar", jar, "--failonwarnings", "--json", "-", book],
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
    results = [check(jar, book) for book in books]
    print(f"epubcheck: {results.count(True)} passed, {results.count(False)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
