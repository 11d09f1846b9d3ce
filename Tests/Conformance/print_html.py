"""What the print HTML promises, read with Python's HTML parser: the title,
the running heads that may appear, the contents entries and the footnotes
with the text just before each call. The PDF checks compare the pages
against these facts, so they hold for any document, whatever its headings."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from print_pdf import alnum


@dataclass
class Note:
    number: int
    text: str
    # Text of the body before the call, notes left out: where the call is set.
    context: str


@dataclass
class Facts:
    title: str = ""
    language: str = ""
    authors: list = field(default_factory=list)
    description: str = ""
    keywords: str = ""
    # The running heads the style sheet sets: the title's (left pages) and
    # the chapters' and sections' (right pages), from data-running-head.
    title_head: str = ""
    section_heads: list = field(default_factory=list)
    # "article" (sections run on) or "book" (chapters open right-hand pages),
    # from <body class>, and the chapters' titles in a book.
    layout: str = "article"
    chapters: list = field(default_factory=list)
    # The contents page's heading, a book's running head until chapter one.
    contents_head: str = ""
    # Contents entries in order: (href, text).
    contents: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    # The visible body text, notes included, for hyphenation checks.
    body_text: str = ""


VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"}


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts = Facts()
        self.stack = []          # open elements: (tag, attributes)
        self.in_title = False
        self.capture = None      # ("toc", buffer) while inside a contents link
        self.notes_open = []     # buffers of the notes being read (a note may hold a note)
        self.flow = []           # body text outside notes, for call contexts
        self.all_text = []
        self.toc_href = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        parent_classes = (self.stack[-1][1].get("class") or "").split() if self.stack else []
        if tag == "html":
            self.facts.language = attributes.get("lang", "")
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            name, content = attributes.get("name"), attributes.get("content", "")
            if name == "author":
                self.facts.authors.append(content)
            elif name == "description":
                self.facts.description = content
            elif name == "keywords":
                self.facts.keywords = content
        elif tag == "h1" and "title" in classes:
            self.facts.title_head = attributes.get("data-running-head", "")
        elif tag == "body":
            self.facts.layout = "book" if "book" in classes else "article"
        elif tag in ("h2", "h3") and ({"level1", "level2"} & set(parent_classes)):
            self.facts.section_heads.append(attributes.get("data-running-head", ""))
            if tag == "h2" and self.facts.layout == "book":
                self.capture = ("chapter", [])
        elif tag == "h2" and self._inside("nav"):
            self.capture = ("contents", [])
        elif tag == "a" and self._inside("nav"):
            self.toc_href = attributes.get("href")
            self.capture = ("toc", [])
        elif tag == "span" and "footnote" in classes:
            # The writer numbers notes in the order of their calls: note-1, note-2...
            number = int((attributes.get("id") or "note-0").rpartition("-")[2] or 0)
            self.notes_open.append((number, "".join(self.flow)[-200:], []))
        if tag not in VOID:
            self.stack.append((tag, attributes))

    def handle_startendtag(self, tag, attrs):
        # <br/>, <hr/>, <meta/>: void, nothing to close.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag == "title":
            self.in_title = False
        while self.stack:
            open_tag, attributes = self.stack.pop()
            classes = (attributes.get("class") or "").split()
            if open_tag == "span" and "footnote" in classes:
                number, context, buffer = self.notes_open.pop()
                self.facts.notes.append(Note(number, "".join(buffer), context))
            if open_tag == "a" and self.capture and self.capture[0] == "toc":
                self.facts.contents.append((self.toc_href, "".join(self.capture[1])))
                self.capture = None
            if open_tag == "h2" and self.capture and self.capture[0] == "chapter":
                self.facts.chapters.append("".join(self.capture[1]))
                self.capture = None
            if open_tag == "h2" and self.capture and self.capture[0] == "contents":
                self.facts.contents_head = "".join(self.capture[1])
                self.capture = None
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.in_title:
            self.facts.title += data
            return
        if not self._inside("body"):
            return
        self.all_text.append(data)
        if self.notes_open:
            # A note's text belongs to the note and to any note enclosing it.
            for _, _, buffer in self.notes_open:
                buffer.append(data)
            return
        self.flow.append(data)
        if self.capture:
            self.capture[1].append(data)

    def _inside(self, tag):
        return any(open_tag == tag for open_tag, _ in self.stack)


def read_facts(path):
    reader = _Reader()
    with open(path, encoding="utf-8") as file:
        reader.feed(file.read())
    reader.close()
    facts = reader.facts
    facts.body_text = "".join(reader.all_text)
    facts.notes.sort(key=lambda note: note.number)
    return facts


def note_call_context(note, length):
    """The last `length` letters and digits before a note's call."""
    return alnum(note.context)[-length:]
