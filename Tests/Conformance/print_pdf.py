"""What poppler-utils says about a PDF: page boxes, fonts, words with their
positions, page texts and the outline (bookmarks). Command lines only, so the
checker needs nothing but Python's standard library and poppler-utils."""

import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass


def run(*command):
    """Runs a poppler tool and returns its standard output as text."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return result.stdout


def normalize(text):
    """Text as a reader compares it: ligatures split (NFKC), case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def alnum(text):
    """Letters and digits only: survives line breaks, hyphenation and punctuation."""
    return "".join(ch for ch in normalize(text) if ch.isalnum())


@dataclass
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self):
        return self.x1 - self.x0

    @property
    def height(self):
        return self.y1 - self.y0


class PDF:
    """One rendered PDF, its facts read lazily through poppler's tools."""

    def __init__(self, path):
        self.path = str(path)
        self._info = None
        self._texts = None

    @property
    def info(self):
        """pdfinfo -box: the document information and page-1 boxes."""
        if self._info is None:
            self._info = {}
            for line in run("pdfinfo", "-box", self.path).splitlines():
                key, _, value = line.partition(":")
                self._info[key.strip()] = value.strip()
        return self._info

    @property
    def page_count(self):
        return int(self.info["Pages"])

    def box(self, name):
        """A page box (MediaBox, TrimBox, BleedBox...) in points."""
        x0, y0, x1, y1 = (float(v) for v in self.info[name].split())
        return Box(x0, y0, x1, y1)

    def fonts(self):
        """pdffonts rows: (name, type, embedded)."""
        rows = run("pdffonts", self.path).splitlines()[2:]
        fonts = []
        for row in rows:
            # Columns: name type encoding emb sub uni object-id; the type may hold spaces.
            match = re.match(r"^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row)
            if not match:
                raise RuntimeError(f"unexpected pdffonts row: {row!r}")
            fonts.append((match.group(1), match.group(2), match.group(4) == "yes"))
        return fonts

    def words(self, page):
        """pdftotext -bbox for one page: its words with their boxes (y grows downwards)."""
        out = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), self.path, "-")
        words = []
        pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
        for match in re.finditer(pattern, out):
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
            words.append(Word(html.unescape(match.group(5)), x0, y0, x1, y1))
        return words

    def page_texts(self):
        """The text of every page in reading order (pdftotext, pages split at form feeds)."""
        if self._texts is None:
            pages = run("pdftotext", self.path, "-").split("\f")
            self._texts = pages[: self.page_count]
        return self._texts

    def layout_texts(self):
        """The text of every page line by line as printed (pdftotext -layout):
        a contents line keeps its page number, which stands in a column."""
        pages = run("pdftotext", "-layout", self.path, "-").split("\f")
        return pages[: self.page_count]

    def page_text(self, page):
        """The text of one page (1-based), from pdftotext -f N -l N."""
        return run("pdftotext", "-f", str(page), "-l", str(page), self.path, "-")

    def outline(self):
        """The bookmarks in document order: (title, page), from pdftohtml -xml -i."""
        out = run("pdftohtml", "-xml", "-i", "-stdout", "-q", self.path)
        start = out.find("<outline>")
        if start < 0:
            return []
        items = re.findall(r'<item page="(\d+)">(.*?)</item>', out[start:], re.S)
        return [(html.unescape(re.sub(r"<[^>]+>", "", title)), int(page)) for page, title in items]

    def gray_pixels(self, page, dpi):
        """The page rendered in grey (pdftoppm -gray, a binary PGM): (width, height, bytes)."""
        data = subprocess.run(
            ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), self.path],
            capture_output=True, check=True).stdout
        # P5 header: magic, width, height, maxval, each followed by whitespace.
        fields = []
        index = 0
        while len(fields) < 4:
            while data[index:index + 1].isspace():
                index += 1
            start = index
            while not data[index:index + 1].isspace():
                index += 1
            fields.append(data[start:index])
        index += 1
        if fields[0] != b"P5":
            raise RuntimeError("pdftoppm -gray did not write a PGM")
        width, height = int(fields[1]), int(fields[2])
        return width, height, data[index:index + width * height]
