"""The page-by-page checks of a print PDF against what its HTML promises.
Each check returns (problems, summary): a list of messages a person can act
on, and a few words for the report line."""

import re

from print_html import note_call_context
from print_pdf import alnum, normalize

HYPHENS = "-\u2010\u00ad"
# The style sheet's top page margin, as a share of the trimmed page height.
TOP_MARGIN = 0.10


def fonts(pdf):
    missing = [name for name, kind, embedded in pdf.fonts() if not embedded]
    problems = [f"font not embedded: {name}" for name in missing]
    return problems, f"{len(pdf.fonts())} fonts embedded"


def metadata(pdf, facts):
    """WeasyPrint turns <title> and <meta> into the PDF's document information."""
    problems = []
    expected = {"Title": facts.title, "Author": ", ".join(facts.authors),
                "Subject": facts.description, "Keywords": facts.keywords}
    for key, value in expected.items():
        if value and normalize(pdf.info.get(key, "")) != normalize(value):
            problems.append(f"PDF {key} is {pdf.info.get(key)!r}, the HTML says {value!r}")
    return problems, "metadata"


def _header_words(pdf, page):
    """The words in the top margin of a page: the folio and the running head."""
    media, trim = pdf.box("MediaBox"), pdf.box("TrimBox")
    trim_top = media.y1 - trim.y1   # pdftotext measures from the top of the media box
    limit = trim_top + TOP_MARGIN * trim.height + 1
    return [word for word in pdf.words(page) if word.y_max <= limit]


def chapter_openings(pdf, facts):
    """The pages a book's chapters start on (their bookmarks' pages)."""
    wanted = {alnum(title) for title in facts.chapters}
    return {page for title, page in pdf.outline() if alnum(title) in wanted}


def running_heads(pdf, facts):
    """Every page after the first: the folio in the outer corner equals the page
    number; the head is the title on left pages, a chapter or section on right
    (as the HTML gives them in data-running-head). In a book a chapter's
    opening page has its folio and no head, and the page left empty before a
    right-hand opening is blank; an article has neither."""
    problems = []
    title = alnum(facts.title_head)
    allowed_right = {title} | {alnum(head) for head in facts.section_heads}
    if facts.layout == "book" and facts.contents_head:
        allowed_right.add(alnum(facts.contents_head))
    openings = chapter_openings(pdf, facts)
    blanks = 0
    for page in range(2, pdf.page_count + 1):
        words = _header_words(pdf, page)
        if not pdf.words(page):
            if page + 1 in openings and page % 2 == 0:
                blanks += 1
            else:
                problems.append(f"page {page}: blank, but no chapter opens on the next page")
            continue
        if not words:
            problems.append(f"page {page}: no folio or running head")
            continue
        left_page = page % 2 == 0
        folio = min(words, key=lambda w: w.x_min) if left_page else max(words, key=lambda w: w.x_max)
        if folio.text != str(page):
            problems.append(f"page {page}: outer folio reads {folio.text!r}")
        rest = sorted((w for w in words if w is not folio), key=lambda w: (round(w.y_min), w.x_min))
        head = alnum(" ".join(w.text for w in rest))
        if page in openings:
            if head:
                problems.append(f"page {page}: a chapter opens here under the running head {head!r}")
        elif not head:
            problems.append(f"page {page}: no running head")
        elif left_page and head != title:
            problems.append(f"page {page}: left running head {head!r} is not the title")
        elif not left_page and head not in allowed_right:
            problems.append(f"page {page}: right running head {head!r} is no chapter or section title")
    if facts.layout == "book":
        misplaced = sorted(page for page in openings if page % 2 == 0)
        problems += [f"page {page}: a chapter opens on a left-hand page" for page in misplaced]
    summary = f"{pdf.page_count} pages with folios and heads"
    if facts.layout == "book":
        summary += f", {len(openings)} chapters on right-hand pages, {blanks} blank"
    return problems, summary


def _title_pattern(title):
    """A title as printed: lines may break at spaces and after dashes or slashes."""
    parts = []
    for ch in normalize(title):
        if ch == " ":
            parts.append(r"\s+")
        else:
            # pdftotext joins a word split at its own hyphen across lines
            # ("race-" / "functions" reads "racefunctions"): the hyphen may vanish.
            mark = re.escape(ch) + ("?" if ch in "-\u2010" else "")
            parts.append(mark + (r"\s*" if ch in "\u2014\u2013-/\u2010" else ""))
    # A short title ("I", "Essays") must not match the end of another word.
    return r"(?<!\w)" + "".join(parts)


def contents(pdf, facts):
    """Every contents entry's printed page number is the page where its heading
    starts: the page of its bookmark, and the heading's text is on that page."""
    if not facts.contents:
        return [], "no contents (no headings)"
    problems = []
    outline = pdf.outline()
    texts = [normalize(text) for text in pdf.layout_texts()]
    # The contents come before the text: search from page 2 on, in order.
    toc_text = " ".join(texts[1:])
    position = 0
    cursor = 0
    for href, title in facts.contents:
        match = next((i for i in range(cursor, len(outline)) if alnum(outline[i][0]) == alnum(title)), None)
        if match is None:
            problems.append(f"contents entry {title!r} ({href}): no bookmark for its heading")
            continue
        cursor = match + 1
        heading_page = outline[match][1]
        # A title that fills its last line leaves the leader no room: no dots then.
        printed = re.compile(_title_pattern(title) + r"\s*(?:[.\u2024\u2026·]\s*)*(\d+)").search(toc_text, position)
        if not printed:
            problems.append(f"contents entry {title!r}: no page number printed after it")
            continue
        position = printed.end()
        number = int(printed.group(1))
        if number != heading_page:
            problems.append(f"contents entry {title!r} says page {number}, the heading is on page {heading_page}")
        elif alnum(title) not in alnum(pdf.page_texts()[heading_page - 1]):
            problems.append(f"contents entry {title!r}: page {heading_page} does not show the heading")
    return problems, f"{len(facts.contents)} contents entries"


def _flexible(key):
    """A pattern for letters and digits that lets other digits in between:
    list numbers, folios and other note calls the HTML text does not hold."""
    return r"\d*".join(re.escape(ch) for ch in key)


def _find_page(patterns, pages, start):
    for pattern in patterns:
        compiled = re.compile(pattern)
        for index in range(start, len(pages)):
            if compiled.search(pages[index]):
                return index + 1
    return None


def footnotes(pdf, facts):
    """Each note is printed on the page of its call: the call is the note's
    number right after the text before it, the note starts with its number."""
    if not facts.notes:
        return [], "no notes"
    problems = []
    pages = [alnum(text) for text in pdf.page_texts()]
    call_start = note_start = 0
    for note in facts.notes:
        number = str(note.number)
        key = alnum(note.text)[:30]
        note_page = _find_page([re.escape(number) + _flexible(key)], pages, note_start)
        # The longest context first; shorter ones when the sentence began a page
        # earlier, down to the end of a word hyphenated across the page break.
        contexts = [note_call_context(note, length) for length in (30, 18, 10, 6, 3)]
        call_page = _find_page([_flexible(c) + re.escape(number) for c in contexts if c], pages, call_start)
        if note_page is None:
            problems.append(f"note {number}: its text {note.text[:40]!r} is not printed")
        elif call_page is None:
            problems.append(f"note {number}: its call after {note.context[-30:]!r} is not printed")
        elif call_page != note_page:
            problems.append(f"note {number}: called on page {call_page}, printed on page {note_page}")
        elif not re.search(_flexible(alnum(note.text)), pages[note_page - 1]):
            # A footnote taller than the page is cut off, not continued.
            problems.append(f"note {number}: only part of its text is printed on page {note_page}")
        else:
            call_start = note_start = note_page - 1
    return problems, f"{len(facts.notes)} notes on their pages"


def hyphenations(pdf, facts):
    """Lines that end in a hyphen the typesetter added: the two halves make a
    word of the source, which has no hyphen there."""
    source = normalize(facts.body_text)
    words = set(re.findall(r"\w+", source))
    found = []
    for text in pdf.page_texts():
        lines = text.split("\n")
        for line, following in zip(lines, lines[1:]):
            end = re.search(r"(\w+)[" + HYPHENS + r"]$", line.rstrip())
            start = re.match(r"\s*(\w+)", following)
            if not end or not start:
                continue
            head, tail = end.group(1).casefold(), start.group(1).casefold()
            if head + tail in words and f"{head}-{tail}" not in source:
                found.append(f"{head}-{tail}")
    return found


def trim_and_bleed(pdf, width_mm, height_mm, bleed_mm):
    """The trim box is the paper size; the bleed box adds the bleed on every side."""
    points = 72 / 25.4
    trim, bleed = pdf.box("TrimBox"), pdf.box("BleedBox")
    problems = []
    if abs(trim.width - width_mm * points) > 0.5 or abs(trim.height - height_mm * points) > 0.5:
        problems.append(f"TrimBox is {trim.width:.2f} x {trim.height:.2f} pt, "
                        f"not {width_mm} x {height_mm} mm ({width_mm * points:.2f} x {height_mm * points:.2f} pt)")
    expected = bleed_mm * points
    margins = (trim.x0 - bleed.x0, trim.y0 - bleed.y0, bleed.x1 - trim.x1, bleed.y1 - trim.y1)
    if any(abs(margin - expected) > 0.5 for margin in margins):
        problems.append(f"BleedBox extends the TrimBox by {', '.join(f'{m:.2f}' for m in margins)} pt, "
                        f"not {expected:.2f} pt on every side")
    return problems, f"TrimBox {trim.width:.2f} x {trim.height:.2f} pt, bleed {bleed_mm} mm"


def crop_marks(pdf):
    """Crop marks are drawn outside the trim box: some ink in the bleed corners."""
    media, trim = pdf.box("MediaBox"), pdf.box("TrimBox")
    dpi = 144
    width, height, pixels = pdf.gray_pixels(1, dpi)
    scale = dpi / 72
    left = int((trim.x0 - media.x0) * scale)
    top = int((media.y1 - trim.y1) * scale)
    if left < 2 or top < 2:
        return ["no bleed area to hold crop marks"], "crop marks"
    corner = [pixels[y * width + x] for y in range(top) for x in range(left)]
    if min(corner) > 128:
        return ["no crop marks in the top-left bleed corner"], "crop marks"
    return [], "crop marks"


# A page of running text less full than this (share of the text area's
# height) looks abandoned, unless a chapter or the text ends on it.
MIN_FILL = 1 / 3
BOTTOM_MARGIN = 0.13


def page_fill(pdf, facts):
    """No page of the text is less than a third full, except the last, the
    contents' last and a page a book's chapter ends on (the next opens on a
    right-hand page). An article's sections run on, so none of theirs may."""
    media, trim = pdf.box("MediaBox"), pdf.box("TrimBox")
    top = media.y1 - trim.y1 + TOP_MARGIN * trim.height
    height = (1 - TOP_MARGIN - BOTTOM_MARGIN) * trim.height
    openings = chapter_openings(pdf, facts)
    # The text starts after the title page and the contents: at the first
    # contents entry's heading, or on page 2 without contents.
    first = 2
    if facts.contents:
        entry = alnum(facts.contents[0][1])
        first = next((page for title, page in pdf.outline() if alnum(title) == entry), 2)
    problems, fills = [], []
    for page in range(first, pdf.page_count):
        # A chapter ends here when the next opens on the next page, or on
        # the one after a blank left page.
        if page + 1 in openings or (page + 2 in openings and not pdf.words(page + 1)):
            continue
        words = [w for w in pdf.words(page) if w.y_min > top]
        if not words:
            continue
        fill = (max(w.y_max for w in words) - top) / height
        fills.append(fill)
        if fill < MIN_FILL:
            problems.append(f"page {page}: only {fill:.0%} full, and neither a chapter nor the text ends on it")
    least = f", the least full {min(fills):.0%}" if fills else ""
    return problems, f"pages at least a third full{least}"
