#!/usr/bin/env bash
# DocBook conformance: converts every sample, corpus text and the golden tree to DocBook
# with the debug binary, then checks each file with the real tools:
#   jing + docbook.rng, jing + the DocBook Schematron rules, DocBook XSL (xhtml5) with no
#   "No template matches" and with every block-quote attribution rendered, a byte-identical
#   second pass (DocBook -> tree -> DocBook) and the same tree read back.
# Usage: check-docbook.sh QUIRE OUTDIR INPUT...
set -uo pipefail
quire=$1; out=$2; shift 2
rng=/usr/share/xml/docbook/schema/rng/5.0/docbook.rng
sch=/usr/share/xml/docbook/schema/schematron/5.0/docbook.sch
xsl=/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/xhtml5/docbook.xsl
here=$(cd "$(dirname "$0")" && pwd)
failures=0
fail() { echo "check-docbook: FAIL: $*" >&2; failures=$((failures + 1)); }

rm -rf "$out" && mkdir -p "$out" && out=$(cd "$out" && pwd)
files=()
for input in "$@"; do
 # Each input as an article and as a book (--top-level-division chapter).
 for division in section chapter; do
  # Samples and the corpus share file names: the folder goes into the output name.
  base=$(basename "$(dirname "$input")")-$(basename "$input"); base=${base%.*}
  [ "$division" = chapter ] && base="$base-book"
  case "$input" in *.json) from=json ;; *.md) from=markdown ;; *.html|*.htm) from=html ;; *.docx) from=docx ;; *.odt) from=odt ;; *.xml|*.dbk) from=docbook ;; *) from=plain ;; esac
  xml="$out/$base.xml"
  "$quire" convert "$input" -f "$from" -t docbook --top-level-division "$division" -o "$xml" 2>"$out/$base.warnings" \
    || { fail "$input: conversion failed: $(cat "$out/$base.warnings")"; continue; }
  files+=("$xml")
  # The tree read back from DocBook is the tree that was written.
  "$quire" convert "$input" -f "$from" -t json -o "$out/$base.tree.json" 2>/dev/null
  "$quire" convert "$xml" -f docbook -t json -o "$out/$base.back.json" 2>/dev/null || fail "$xml: the reader failed"
  cmp -s "$out/$base.tree.json" "$out/$base.back.json" || fail "$xml: reading it back gives a different tree (diff $out/$base.tree.json $out/$base.back.json)"
  # A second pass gives the same bytes.
  "$quire" convert "$xml" -f docbook -t docbook --top-level-division "$division" -o "$out/$base.again.xml" 2>/dev/null
  cmp -s "$xml" "$out/$base.again.xml" || fail "$xml: DocBook -> tree -> DocBook is not byte-identical"
 done
done

# jing's wrapper warns about optional jars it cannot find; that is noise, not a finding.
quiet() { grep -v '^\[warning\] /usr/bin/jing' || true; }
jing "$rng" "${files[@]}" 2> >(quiet >&2) || fail "jing (docbook.rng) rejected some files"
jing "$sch" "${files[@]}" 2> >(quiet >&2) || fail "jing (docbook.sch Schematron) rejected some files"

for xml in "${files[@]}"; do
  html="${xml%.xml}.html"
  # Run in the output folder: the stylesheet writes docbook.css next to the output.
  (cd "$out" && xsltproc --nonet "$xsl" "$(basename "$xml")" > "$(basename "$html")" 2> "$(basename "$xml").xsl.log") \
    || fail "$xml: xsltproc failed: $(head -3 "$xml.xsl.log")"
  if grep -qi "no template matches" "$xml.xsl.log"; then fail "$xml: DocBook XSL: $(grep -i -m1 "no template matches" "$xml.xsl.log")"; fi
  problems=$(xsltproc --nonet --stringparam source "$xml" "$here/docbook-attributions.xsl" "$html")
  [ -z "$problems" ] || fail "$xml: $problems"
done

if [ "$failures" -ne 0 ]; then
  echo "check-docbook: $failures failure(s)" >&2
  exit 1
fi
echo "check-docbook: ${#files[@]} DocBook files (articles and books) valid (RELAX NG + Schematron), rendered by DocBook XSL with their attributions, stable and read back to the same tree"
