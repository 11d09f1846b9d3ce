#!/bin/sh
# Re-makes the DOCX and ODT fixtures; needs LibreOffice (Debian: libreoffice-writer-nogui)
# and pandoc, which CI does not: the fixtures are committed, this records how they were made.
#   LibreOffice/NAME.docx|odt  each sample → Quire's HTML (notes in LibreOffice's footnote
#                              markup, lo-footnotes.py) → LibreOffice headless
#   pandoc/NAME.docx|odt       the Markdown sample → pandoc
#   manuscript.docx            made by hand (make-manuscript.py); manuscript.odt from it by LibreOffice
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
quire="$root/.build/debug/quire"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/LibreOffice" "$here/pandoc"
for sample in "$root"/Samples/*; do
    name=$(basename "$sample"); name=${name%.*}
    "$quire" convert "$sample" -t html -o "$work/$name.raw.html" 2>/dev/null
    python3 "$here/lo-footnotes.py" < "$work/$name.raw.html" > "$work/$name.html"
    (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$name.html" >/dev/null 2>&1 \
        && soffice --headless --convert-to odt "$name.html" >/dev/null 2>&1)
    cp "$work/$name.docx" "$work/$name.odt" "$here/LibreOffice/"
done
md="$root/Samples/on-keeping-a-commonplace-book.md"
pandoc -f markdown -s "$md" -o "$here/pandoc/on-keeping-a-commonplace-book.docx"
pandoc -f markdown -s "$md" -o "$here/pandoc/on-keeping-a-commonplace-book.odt"
python3 "$here/make-manuscript.py" "$here/manuscript.docx"
(cd "$work" && cp "$here/manuscript.docx" . && soffice --headless --convert-to odt manuscript.docx >/dev/null 2>&1)
cp "$work/manuscript.odt" "$here/"
