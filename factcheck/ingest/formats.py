"""Input formats other than plain text: front matter, HTML pages (trafilatura), JSON records.

Each function takes decoded text (or a parsed JSON value) and returns the article's text and metadata;
problems raise ``InputError`` subclasses whose message says where (line, record, field) but not the
file, which the caller prefixes.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from ..errors import InputError, RecordError
from ..lang.data import supported
from ..models import MAX_NAME_CHARS, NAME_RE, name_problem
from ..mentions.values import YEAR_RANGE

# An article id becomes a claim-base file name (claims/articles/<id>.json): see ``models.name_problem``.
MAX_ID_CHARS = MAX_NAME_CHARS
# Record fields, all strings. Other keys are ignored (feeds carry many more).
RECORD_FIELDS = ("id", "text", "published", "outlet", "url", "language", "title")
REQUIRED_FIELDS = ("id", "text")
OPTIONAL_STRINGS = ("outlet", "url", "title")
# Front matter: the first line is exactly '---'; it ends at the next '---' (or YAML's '...') line,
# which must come within this many lines, else the file has no front matter (a Markdown rule).
FRONT_MATTER_FENCE = "---"
FRONT_MATTER_END = ("---", "...")
FRONT_MATTER_MAX_LINES = 50
# Front-matter keys we read, and the field each sets ('date' is the Jekyll/Hugo spelling).
FRONT_MATTER_KEYS = {"published": "published", "date": "published", "outlet": "outlet", "url": "url",
                     "title": "title", "language": "language", "lang": "language"}
FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
# An HTML page's extracted text must hold at least one line of this many words to be an article
# body: trafilatura falls back to any text it finds, and a page of navigation ("Home", "Login", a
# cookie notice) yields a few short lines. The shortest body line in the dev stories has 9 words.
MIN_BODY_LINE_WORDS = 6
# trafilatura's date output when a page states a time too; a bare date comes back as midnight
# without an offset and is read as a date only.
HTML_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
BARE_MIDNIGHT = "T00:00:00"


@dataclass
class Meta:
    """Metadata an input states about its article. ``spans`` locates front-matter values in the text."""

    id: str | None = None
    published: dt.date | None = None
    published_at: dt.datetime | None = None
    published_rule: str | None = None
    published_span: tuple[int, int] | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    body_start: int = 0


def parse_published(value: str) -> tuple[dt.date, dt.datetime | None]:
    """An ISO 8601 date ('2023-09-13') or date-time ('2023-09-13T08:30:00Z'): (date, date-time or None).
    Raises ValueError otherwise."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value), None
    except ValueError:
        stamp = dt.datetime.fromisoformat(value)
        return stamp.date(), stamp


def check_language(value: str) -> str:
    """A language tag ('en', 'ar', 'en-GB') -> a supported language code; ValueError otherwise."""
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    if primary not in supported():
        raise ValueError(f"language {value!r} is not supported (use {', '.join(supported())})")
    return primary


def check_id(value: str) -> str:
    problem = name_problem(value)
    if problem is None:
        return value
    if not NAME_RE.fullmatch(value) or len(value) > MAX_ID_CHARS:
        raise ValueError(f"id {_short(value)} must be letters, digits, '_', '-' or '.' (at most {MAX_ID_CHARS}, "
                         "not starting with '.' or '-'): it names the claim-base file")
    raise ValueError(f"id {_short(value)} {problem}: it names the claim-base file")


def _short(value: str, keep: int = 40) -> str:
    """``value`` quoted for a one-line message, cut in the middle when long."""
    return repr(value if len(value) <= 2 * keep else f"{value[:keep]}...{value[-keep:]}")


def check_published(day: dt.date, what: str) -> dt.date:
    """``day`` when its year is one the tool reads (``values.YEAR_RANGE``); a date such as 0001-01-01
    or 9999-12-31 is a placeholder, and relative dates ("yesterday") computed from it leave the
    calendar. Raises ValueError naming ``what``."""
    if day.year not in YEAR_RANGE:
        raise ValueError(f"{what} {day.isoformat()} is outside the years {YEAR_RANGE.start}-{YEAR_RANGE.stop - 1} "
                         "(a placeholder date?)")
    return day


def surrogate_problem(name: str, value: str) -> str | None:
    """A message when the string field ``name`` holds a lone surrogate (JSON's ``\\ud83d`` escape
    of half an emoji, cut off): it is not text, and nothing can write it out as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (f"{name!r} holds a lone surrogate ({ascii(value[exc.start])[1:-1]} at character {exc.start}: "
                "half of an emoji or other character cut off); fix the record's text")
    return None


# ---------------------------------------------------------------- front matter (.txt / .md)

def front_matter(text: str) -> Meta:
    """The front matter at the head of ``text``, if any: its fields and where the body starts.
    Unknown keys and lines that are not 'key: value' (YAML lists, comments) are ignored."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != FRONT_MATTER_FENCE:
        return Meta()
    pos = len(lines[0])
    found: list[tuple[int, int, str]] = []  # (line number, start offset, line text)
    for number, line in enumerate(lines[1:FRONT_MATTER_MAX_LINES + 1], start=2):
        bare = line.rstrip("\r\n")
        if bare.rstrip() in FRONT_MATTER_END:
            meta = Meta(body_start=pos + len(line))
            for num, start, raw in found:
                _front_field(meta, num, start, raw)
            return meta
        found.append((number, pos, bare))
        pos += len(line)
    return Meta()


def _front_field(meta: Meta, number: int, start: int, raw: str) -> None:
    m = FRONT_MATTER_LINE.match(raw)
    if not m or m.group("key").lower() not in FRONT_MATTER_KEYS:
        return
    name, value = FRONT_MATTER_KEYS[m.group("key").lower()], m.group("value")
    vstart = start + m.start("value")
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value, vstart = value[1:-1], vstart + 1
    if not value:
        return
    where = f"front matter line {number}"
    if name == "published":
        try:
            meta.published, meta.published_at = parse_published(value)
        except ValueError as exc:
            raise RecordError(f"{where}: {m.group('key')!r} is not an ISO 8601 date or date-time ({value!r})") from exc
        try:
            check_published(meta.published, repr(m.group("key")))
        except ValueError as exc:
            raise RecordError(f"{where}: {exc}") from exc
        meta.published_rule, meta.published_span = "front-matter", (vstart, vstart + len(value))
    elif name == "language":
        try:
            meta.language = check_language(value)
        except ValueError as exc:
            raise RecordError(f"{where}: {exc}") from exc
    else:
        setattr(meta, name, value)


# ---------------------------------------------------------------- HTML pages

# Guards before an HTML page is parsed. Attributes on one element: real pages carry tens (framework
# data-* attributes), while the parse cost grows with the square of one element's attributes (1,000
# took under a second on the target machine, 100,000 over 200 s).
MAX_HTML_ATTRIBUTES = 1000
# Elements inside each other: the HTML parser (libxml2) stops at 256 levels and silently drops what
# lies deeper (measured: a paragraph under 253 <div>s in <body> is read, under 254 it is lost).
MAX_HTML_DEPTH = 256
# Raw-text elements and comments, whose content is not markup.
HTML_RAW = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style|textarea|title)\b[^>]*>.*?(?:</\1\s*>|\Z)",
                      re.IGNORECASE | re.DOTALL)
# (a tag is not read across a '<': every scan stops at the next tag, so the guard stays linear)
HTML_TAG = re.compile(r"""<(/?)([A-Za-z][^\s/<>]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>""")
HTML_ATTRIBUTE = re.compile(r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
# Elements with no end tag, and those whose end tag may be left out (the next sibling closes them):
# neither deepens the nesting the guard counts (an unclosed <p> or <li> is not nested in the next).
HTML_VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
HTML_OPTIONAL_END = frozenset("p li dt dd tr td th option optgroup rb rt rp rtc thead tbody tfoot colgroup "
                              "caption".split())


def html_guard(page: str) -> None:
    """Refuse a page past a parse guard (an element with over MAX_HTML_ATTRIBUTES attributes, elements
    nested over MAX_HTML_DEPTH levels) with a one-line ``InputError``. Nesting is counted as a browser
    builds the tree, approximately: void elements and elements with optional end tags do not nest, an
    end tag closes the most recent open element of its name (and those opened inside it)."""
    stack: list[str] = []
    for m in HTML_TAG.finditer(HTML_RAW.sub("", page)):
        closing, name, rest = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name):]
            continue
        attributes = sum(1 for _ in itertools.islice(HTML_ATTRIBUTE.finditer(rest), MAX_HTML_ATTRIBUTES + 1))
        if attributes > MAX_HTML_ATTRIBUTES:
            raise InputError(f"an HTML <{name[:20]}> element has over {MAX_HTML_ATTRIBUTES:,} attributes "
                             f"(line {page.count(chr(10), 0, m.start()) + 1} of the page); not a news page?")
        if len(stack) + 1 > MAX_HTML_DEPTH:
            raise InputError(f"HTML elements nested over {MAX_HTML_DEPTH} levels deep (at <{name[:20]}>): the "
                             "HTML parser would drop the text inside; not a news page?")
        if name not in HTML_VOID and name not in HTML_OPTIONAL_END and not rest.rstrip().endswith("/"):
            stack.append(name)


# factcheck's own reports, recognised when found among the articles (a report saved next to them):
# the Markdown report's heading and count line, the HTML report's marks (its content security
# policy allows nothing to load, and its review-state filter). tests/reliability/test_rel_inputs.py
# renders each report and checks it is recognised.
OWN_MARKDOWN = re.compile(r"# [^\n]*\n\n\d+ articles, \d+ claims, \d+ findings\n")
OWN_HTML_MARKS = ("content=\"default-src 'none'", 'aria-label="show findings by review state"')
OWN_HTML_HEAD_CHARS = 2000


def own_output(text: str) -> str | None:
    """'a Markdown report' / 'an HTML report' when ``text`` is one that factcheck writes, else None."""
    if OWN_MARKDOWN.match(text):
        return "a Markdown report"
    if OWN_HTML_MARKS[0] in text[:OWN_HTML_HEAD_CHARS] and OWN_HTML_MARKS[1] in text:
        return "an HTML report"
    return None

def html_article(page: str) -> tuple[str, Meta]:
    """The article body of an HTML page (navigation, comments, related links, tables dropped) and its
    metadata (title, site name as outlet, canonical URL, publication date)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_links=False, include_tables=False,
        include_images=False, deduplicate=False,  # True would drop text seen in earlier pages of the process
        date_extraction_params={"outputformat": HTML_DATE_FORMAT, "extensive_search": False, "original_date": True})
    text = (doc.text or "") if doc is not None else ""
    if not any(len(line.split()) >= MIN_BODY_LINE_WORDS for line in text.splitlines()):
        raise InputError(f"no article body found in the HTML page (no line of {MIN_BODY_LINE_WORDS} words or more "
                         "outside navigation, comments and related links)")
    meta = Meta(title=doc.title or None, outlet=doc.sitename or None, url=doc.url or None)
    stamp = _html_date(doc.date) if doc.date else None
    if stamp is not None and stamp.year in YEAR_RANGE:   # a placeholder year is no date (a hint only)
        meta.published, meta.published_rule = stamp.date(), "html:metadata"
        if not doc.date.endswith(BARE_MIDNIGHT):
            meta.published_at = stamp
    return text, meta


def _html_date(value: str) -> dt.datetime | None:
    """trafilatura's date string, or None if it is not one (a page's metadata is a hint, not input)."""
    try:
        return dt.datetime.strptime(value, HTML_DATE_FORMAT)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


# ---------------------------------------------------------------- JSON records

def record(obj: object) -> tuple[str, Meta]:
    """One JSON record ``{"id", "text", "published", "outlet", "url", "language", "title"}`` (only id and
    text required): (text, metadata). Raises RecordError naming the field."""
    if not isinstance(obj, dict):
        raise RecordError(f"a record must be a JSON object, not {_json_type(obj)}")
    for name in REQUIRED_FIELDS:
        if name not in obj:
            raise RecordError(f"record has no {name!r} field (required: id, text)")
    for name in RECORD_FIELDS:
        if (name in REQUIRED_FIELDS or obj.get(name) is not None) and not isinstance(obj[name], str):
            raise RecordError(f"{name!r} must be a string, not {_json_type(obj[name])}")
        problem = surrogate_problem(name, obj[name]) if isinstance(obj.get(name), str) else None
        if problem is not None:
            raise RecordError(problem)
    meta = Meta()
    try:
        meta.id = check_id(obj["id"])
        if obj.get("language"):
            meta.language = check_language(obj["language"])
    except ValueError as exc:
        raise RecordError(str(exc)) from exc
    if obj.get("published"):
        try:
            meta.published, meta.published_at = parse_published(obj["published"])
        except ValueError as exc:
            raise RecordError(f"'published' is not an ISO 8601 date or date-time ({obj['published']!r})") from exc
        try:
            check_published(meta.published, "'published'")
        except ValueError as exc:
            raise RecordError(str(exc)) from exc
        meta.published_rule = "record:published"
    for name in OPTIONAL_STRINGS:
        setattr(meta, name, obj.get(name) or None)
    return obj["text"], meta


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
