"""Bytes -> text: byte-order marks, strict UTF-8, then a confident choice among the legacy encodings
news sites still serve (Windows-1256 for Arabic, Windows-1252 for Latin-1 pages).

Nothing is ever decoded with replacement characters: a file that is damaged UTF-8, binary, or whose
encoding cannot be decided with confidence raises an ``EncodingError`` naming the reason, so that no
claim is ever made of mojibake. Offsets downstream index the decoded text, not the file's bytes.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import BinaryInputError, EncodingError

# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one): (mark, the
# encoding we report, the Python codec that reads the mark and drops it).
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)
# Magic numbers of the binary files most often dropped into an article folder by mistake.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "legacy office document"),
)
# How much of the head is inspected for binary content (control bytes).
SNIFF_BYTES = 8192
# Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
# Text has next to no control bytes; above this share of the head the file is binary.
MAX_CONTROL_SHARE = 0.01
# Legacy encodings tried when a file is not UTF-8 (charset-normalizer codec names -> names we report).
# Latin-1 is read as Windows-1252, as browsers do (WHATWG: the 'iso-8859-1' label means windows-1252);
# the two differ only in 0x80-0x9F, which Latin-1 maps to invisible C1 controls.
LEGACY = {"cp1256": "windows-1256", "cp1252": "windows-1252"}
LATIN1_LABELS = {label: "cp1252"
                 for label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii")}
# A rival decoding (a different text) whose mess ratio is within this margin of the best one and whose
# language coherence is not clearly lower makes the choice a guess: charset-normalizer scores the mess
# of a decoding in 0..1 (0 = clean); on the test cases a right Windows-1252 reading of French scores
# 0.0 against 0.13 for the wrong Windows-1256 one, while 'Caf\xe9 \xc7\xe1' scores 0.0 both ways.
CHAOS_MARGIN = 0.05
COHERENCE_MARGIN = 0.2
# A file whose UTF-8 decoding fails but which holds at least this many valid multi-byte UTF-8
# characters per bad sequence is damaged UTF-8, not a legacy encoding: refused, never guessed.
UTF8_DAMAGE_RATIO = 4
# Trailing bytes of an incomplete UTF-8 character at the end of a file (a lead byte and up to two
# continuation bytes): a file cut inside a character.
MAX_PARTIAL_CHAR = 3
UTF8_REPLACEMENT = b"\xef\xbf\xbd"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "windows-1256", ...


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file ``data`` is ('PNG image', 'contains NUL bytes'), or None for text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return "contains NUL bytes; UTF-16 text needs a byte-order mark"
    controls = sum(1 for b in head if b in CONTROL_BYTES)
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return f"{controls} control bytes in its first {len(head)}"
    return None


def _from_bom(data: bytes) -> Decoded | None:
    for bom, label, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)  # these codecs read the mark for the byte order and drop it
            except UnicodeDecodeError as exc:
                raise EncodingError(f"not valid {label.upper()} despite its byte-order mark "
                                    f"(byte {exc.start})") from exc
            return Decoded(text, f"{label}-sig" if label == "utf-8" else label)
    return None


def _utf8_problem(data: bytes, exc: UnicodeDecodeError) -> str | None:
    """The reason to refuse a file that fails UTF-8 but is clearly meant as UTF-8, or None when it
    looks like a legacy single-byte encoding instead."""
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd") - data.count(UTF8_REPLACEMENT)
    good = len(loose) - len(loose.encode("ascii", errors="ignore")) - bad  # valid multi-byte characters
    tail = data[exc.start:].rstrip(b" \t\r\n")
    if bad == 1 and good and len(tail) <= MAX_PARTIAL_CHAR:
        return f"truncated UTF-8: the text ends inside a character (byte {exc.start})"
    if good >= UTF8_DAMAGE_RATIO * bad:
        return f"not valid UTF-8 (byte {exc.start}; {bad} bad byte sequence{'s' if bad > 1 else ''})"
    return None


def _legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    names = " or ".join(LEGACY.values())
    matches = list(from_bytes(data, cp_isolation=list(LEGACY)))
    if not matches:
        raise EncodingError(f"cannot decide the encoding: not UTF-8, and {names} does not fit "
                            "(save it as UTF-8)")
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    text = str(best)
    for rival in matches:
        if rival is best or str(rival) == text:
            continue
        if rival.chaos - best.chaos < CHAOS_MARGIN and best.coherence - rival.coherence < COHERENCE_MARGIN:
            raise EncodingError(f"cannot decide the encoding: not UTF-8, and {LEGACY[best.encoding]} and "
                                f"{LEGACY[rival.encoding]} read it equally well (save it as UTF-8)")
    return Decoded(text, LEGACY[best.encoding])


def _declared(data: bytes, declared: str) -> Decoded | None:
    """``data`` read as its declared charset, or None when the label is unknown or does not fit."""
    label = declared.strip().lower()
    codec = LATIN1_LABELS.get(label, label)
    try:
        name = codecs.lookup(codec).name
        return Decoded(data.decode(name), LEGACY.get(name, name))
    except (LookupError, UnicodeDecodeError):
        return None  # a wrong or unknown declaration: detect as if there were none


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """The text of ``data``: by byte-order mark, as UTF-8, as the ``declared`` charset (an HTML page's
    meta charset) when that decodes cleanly, or as a confidently detected legacy encoding."""
    kind = next((k for m, k in MAGIC if data.startswith(m)), None)
    if kind is not None:
        raise BinaryInputError(f"binary file, not text ({kind})")
    found = _from_bom(data)
    if found is not None:
        return found
    kind = sniff_binary(data)
    if kind is not None:
        raise BinaryInputError(f"binary file, not text ({kind})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        problem = _utf8_problem(data, exc)
        if problem is not None:  # meant as UTF-8, whatever a page declares: refused, never guessed
            raise EncodingError(problem) from exc
    found = _declared(data, declared) if declared is not None else None
    return found if found is not None else _legacy(data)


# An HTML page's declared charset: <meta charset="..."> or http-equiv Content-Type, within the head's
# first bytes (the HTML standard has browsers look in the first 1024).
META_SNIFF_BYTES = 1024
META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag near its start, if any."""
    m = META_CHARSET.search(data[:META_SNIFF_BYTES])
    return m.group(1).decode("ascii") if m else None
