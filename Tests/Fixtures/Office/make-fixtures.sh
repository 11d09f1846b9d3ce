#!/bin/sh
# Re-makes the DOCX and ODT fixtures; needs LibreOffice (Debian: libreoffice-writer-nogui)
# and pandoc, which CI does not: the fixtures are committed, this records how they were made.
#   LibreOffice/NAME.docx|odt  each sample → Quire's HTML (notes in LibreOffice's footnote
#                              markup, lo-footnotes.py) → LibreOffice headless
#   pandoc/NAME.docx|odt       the Markdown sample → pandoc
#   pandoc/links.docx|odt      a link, strong and code words, a captioned picture, a definition list → pandoc
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
python3 - "$work/dot.png" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
pixels = b''.join(b'\x00' + bytes([200, 40, 40]) * 4 for _ in range(4))
open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 4, 4, 8, 2, 0, 0, 0))
                              + chunk(b'IDAT', zlib.compress(pixels)) + chunk(b'IEND', b''))
PY
printf '%s\n' '---' 'title: Links and Pictures' '---' '' \
    'A paragraph with a [link to the project](https://example.org/quire) and **strong words** and `code`.' '' \
    '![A red square](dot.png)' '' 'Term' '  ~ Its definition.' > "$work/links.md"
(cd "$work" && pandoc links.md -o "$here/pandoc/links.docx" && pandoc links.md -o "$here/pandoc/links.odt")
python3 "$here/make-manuscript.py" "$here/manuscript.docx"
(cd "$work" && cp "$here/manuscript.docx" . && soffice --headless --convert-to odt manuscript.docx >/dev/null 2>&1)
cp "$work/manuscript.odt" "$here/"
