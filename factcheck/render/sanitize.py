"""Text that leaves the tool, made safe for where it lands: a terminal or an error line (control and
bidi characters shown as visible escapes), a Markdown cell (HTML and table syntax escaped), JSON read
by a web page (``<``, ``>``, ``&`` and the JavaScript line terminators as ``\\u`` escapes) and URLs
written to a page (http and https only). Every renderer calls these helpers; none escapes on its own."""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from ..errors import UrlError

# Characters a terminal acts on instead of showing: C0 controls (U+0000-U+001F), DEL (U+007F) and C1
# controls (U+0080-U+009F; U+009B is a one-byte CSI), which start escape sequences (ESC[2J clears the
# screen, OSC sets the window title), ring the bell, move the cursor; and the bidi embeddings and
# overrides (U+202A-U+202E) and isolates (U+2066-U+2069), which reorder the rest of the line (the
# "Trojan Source" trick). Marks (U+200E LRM, U+200F RLM, U+061C ALM) are ordinary in Arabic text and
# stay. Source: Unicode's general category Cc, and UAX #9's explicit formatting characters.
CONTROL_RANGES = ((0x00, 0x1F), (0x7F, 0x9F))
BIDI_RANGES = ((0x202A, 0x202E), (0x2066, 0x2069))
UNSAFE = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in CONTROL_RANGES + BIDI_RANGES) + "]")
# Code points up to this one are written \xNN (as Python and C do), the others \uNNNN; tab, newline
# and carriage return have their short C escapes.
BYTE_ESCAPE_MAX = 0xFF
SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

# Markdown: characters that start inline syntax (CommonMark's backslash-escapable punctuation that
# matters inside a table cell or a heading: code spans, emphasis, links and images, GFM tables and
# strikethrough) get a backslash; '<', '>' and '&' (raw HTML, autolinks, entity references) become
# entity references, which CommonMark decodes back to the character as text. An underscore between
# two letters or digits opens no emphasis (CommonMark's flanking rule) and stays bare, so ids such as
# c_12ab read as they are; elsewhere it is escaped.
MARKDOWN_BACKSLASHED = "\\`*[]|~"
MARKDOWN_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKDOWN = re.compile("[" + re.escape(MARKDOWN_BACKSLASHED + "".join(MARKDOWN_ENTITIES)) + "]"
                       + r"|(?<![^\W_])_|_(?![^\W_])")

# JSON read by a browser (JSON-LD in <script>, JSON embedded in HTML): escaping these as \u sequences
# keeps the same JSON value and leaves no '</script', '<!--' or entity for the HTML parser to act on;
# U+2028/U+2029 end a line in older JavaScript parsers. DEL, the C1 controls and the bidi overrides
# are escaped too (json.dumps escapes only C0), so the JSON shown at a terminal acts on nothing.
# (None of them occurs in JSON syntax outside strings: replacing them in the serialized text only
# ever changes how string contents are spelled, never the value.)
WEB_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
# (C0 is left out: json.dumps escapes it inside strings, and the indentation's newlines are C0.)
_WEB_JSON = re.compile("[" + "".join(WEB_JSON_ESCAPES)
                       + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in CONTROL_RANGES[1:] + BIDI_RANGES) + "]")

# URLs a page may link to: only these schemes (javascript:, data:, vbscript: and file: are not).
WEB_URL_SCHEMES = ("http", "https")


def _escape_char(ch: str) -> str:
    if ch in SHORT_ESCAPES:
        return SHORT_ESCAPES[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code <= BYTE_ESCAPE_MAX else f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with every terminal control and bidi embedding/override/isolate replaced by a visible
    escape (ESC -> ``\\x1b``, U+202E -> ``\\u202e``); the characters in ``keep`` (e.g. ``"\\n"`` for a
    multi-line block) pass unchanged. With the default, the result is always one line."""
    if keep:
        return UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escape_char(m.group()), text)
    return UNSAFE.sub(lambda m: _escape_char(m.group()), text)


def visible_block(text: str) -> str:
    """A multi-line text for a terminal: ``visible`` keeping newlines (tabs are escaped: they move the
    cursor to columns the tool does not control)."""
    return visible(text, keep="\n")


def markdown_text(text: str) -> str:
    """``text`` as one line of Markdown text (a table cell, a heading): controls and newlines as
    visible escapes, then HTML and inline syntax escaped, so a CommonMark viewer shows the characters."""
    return _MARKDOWN.sub(lambda m: MARKDOWN_ENTITIES.get(m.group(), "\\" + m.group()), visible(text))


def web_json(value: object, indent: int | None = 2) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script>`` block or attribute (non-ASCII text
    stays as UTF-8; ``<``, ``>``, ``&``, U+2028, U+2029, controls and bidi overrides are ``\\u`` escapes)."""
    return _WEB_JSON.sub(lambda m: WEB_JSON_ESCAPES.get(m.group()) or f"\\u{ord(m.group()):04x}",
                         json.dumps(value, ensure_ascii=False, indent=indent))


def is_web_url(value: str) -> bool:
    """An absolute http(s) URL with a host and no whitespace, control or bidi character."""
    if not value or any(ch.isspace() for ch in value) or UNSAFE.search(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:   # e.g. an unbalanced '[' in the host
        return False
    return parts.scheme.lower() in WEB_URL_SCHEMES and bool(parts.hostname)


def check_web_url(value: str, option: str) -> str:
    """``value`` if it is a URL a page may link to; else UrlError naming ``option``."""
    if not is_web_url(value):
        raise UrlError(f"{option} must be an http:// or https:// URL with a host, not {value!r}")
    return value
