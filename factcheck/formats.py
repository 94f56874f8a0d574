"""Input formats other than plain text: front matter, HTML pages (trafilatura), JSON records.

Each function takes decoded text (or a parsed JSON value) and returns the article's text and metadata;
problems raise ``InputError`` subclasses whose message says where (line, record, field) but not the
file, which the caller prefixes.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import InputError, RecordError
from .lang import supported

# An article id becomes a claim-base file name (claims/articles/<id>.json): letters, digits, '_',
# '-', '.', not starting with a dot or a dash; at most this many characters.
MAX_ID_CHARS = 128
ID_RE = re.compile(r"^\w[\w.-]*$")
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
    if not ID_RE.match(value) or len(value) > MAX_ID_CHARS:
        raise ValueError(f"id {value!r} must be letters, digits, '_', '-' or '.' (at most {MAX_ID_CHARS}, "
                         "not starting with '.' or '-'): it names the claim-base file")
    return value


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
        meta.published_rule, meta.published_span = "front-matter", (vstart, vstart + len(value))
    elif name == "language":
        try:
            meta.language = check_language(value)
        except ValueError as exc:
            raise RecordError(f"{where}: {exc}") from exc
    else:
        setattr(meta, name, value)


# ---------------------------------------------------------------- HTML pages

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
    if stamp is not None:
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
        meta.published_rule = "record:published"
    for name in OPTIONAL_STRINGS:
        setattr(meta, name, obj.get(name) or None)
    return obj["text"], meta


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
