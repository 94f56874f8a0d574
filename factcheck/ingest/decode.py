"""Bytes -> text: byte-order marks, strict UTF-8, then a confident choice among the legacy encodings
news sites still serve (Windows-1256 for Arabic, Windows-1252 for Latin-1 pages).

Nothing is ever decoded with replacement characters: a file that is damaged UTF-8, binary, or whose
encoding cannot be decided with confidence raises an ``EncodingError`` naming the reason, so that no
claim is ever made of mojibake. Offsets downstream index the decoded text, not the file's bytes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BinaryInputError, EncodingError

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


# The labels a page may declare its charset with: the WHATWG Encoding Standard's complete table
# (https://encoding.spec.whatwg.org/#names-and-labels), encoding -> (Python codec, its labels). Only
# these are honoured, as browsers do: a Python-only codec name ('unicode_escape', 'rot13', 'punycode')
# declared by a page must not turn its bytes into other text. 'replacement' and 'x-user-defined' have
# no codec (None): such a declaration is ignored. A UTF-16 declaration in a page read as bytes means
# UTF-8 (WHATWG: a meta charset of UTF-16 is taken as UTF-8).
WHATWG_ENCODINGS: dict[str, tuple[str | None, str]] = {
    "utf-8": ("utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    "ibm866": ("cp866", "866 cp866 csibm866 ibm866"),
    "iso-8859-2": ("iso8859_2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"),
    "iso-8859-3": ("iso8859_3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"),
    "iso-8859-4": ("iso8859_4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"),
    "iso-8859-5": ("iso8859_5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
                                "iso_8859-5:1988"),
    "iso-8859-6": ("iso8859_6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
                                "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"),
    "iso-8859-7": ("iso8859_7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 "
                                "iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
    "iso-8859-8": ("iso8859_8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 "
                                "iso88598 iso_8859-8 iso_8859-8:1988 visual"),
    "iso-8859-8-i": ("iso8859_8", "csiso88598i iso-8859-8-i logical"),
    "iso-8859-10": ("iso8859_10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
    "iso-8859-13": ("iso8859_13", "iso-8859-13 iso8859-13 iso885913"),
    "iso-8859-14": ("iso8859_14", "iso-8859-14 iso8859-14 iso885914"),
    "iso-8859-15": ("iso8859_15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
    "iso-8859-16": ("iso8859_16", "iso-8859-16"),
    "koi8-r": ("koi8_r", "cskoi8r koi koi8 koi8-r koi8_r"),
    "koi8-u": ("koi8_u", "koi8-ru koi8-u"),
    "macintosh": ("mac_roman", "csmacintosh mac macintosh x-mac-roman"),
    "windows-874": ("cp874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    "windows-1250": ("cp1250", "cp1250 windows-1250 x-cp1250"),
    "windows-1251": ("cp1251", "cp1251 windows-1251 x-cp1251"),
    "windows-1252": ("cp1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
                               "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"),
    "windows-1253": ("cp1253", "cp1253 windows-1253 x-cp1253"),
    "windows-1254": ("cp1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
                               "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"),
    "windows-1255": ("cp1255", "cp1255 windows-1255 x-cp1255"),
    "windows-1256": ("cp1256", "cp1256 windows-1256 x-cp1256"),
    "windows-1257": ("cp1257", "cp1257 windows-1257 x-cp1257"),
    "windows-1258": ("cp1258", "cp1258 windows-1258 x-cp1258"),
    "x-mac-cyrillic": ("mac_cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    "gbk": ("gbk", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"),
    "gb18030": ("gb18030", "gb18030"),
    "big5": ("big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    "euc-jp": ("euc_jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    "iso-2022-jp": ("iso2022_jp", "csiso2022jp iso-2022-jp"),
    "shift_jis": ("cp932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
    "euc-kr": ("cp949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
                        "ksc_5601 windows-949"),
    "replacement": (None, "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement"),
    "utf-16be": ("utf-8", "unicodefffe utf-16be"),
    "utf-16le": ("utf-8", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"),
    "x-user-defined": (None, "x-user-defined"),
}
WHATWG_LABELS: dict[str, str] = {label: name for name, (_, labels) in WHATWG_ENCODINGS.items()
                                 for label in labels.split()}
# The ASCII whitespace WHATWG strips from a label.
LABEL_SPACE = "\t\n\f\r "


def whatwg_encoding(label: str) -> tuple[str, str | None] | None:
    """(encoding name, Python codec or None) for a WHATWG encoding label, else None."""
    name = WHATWG_LABELS.get(label.strip(LABEL_SPACE).lower())
    return None if name is None else (name, WHATWG_ENCODINGS[name][0])


def _declared(data: bytes, declared: str) -> Decoded | None:
    """``data`` read as its declared charset, or None when the label is not a WHATWG encoding label,
    names no decoder, or does not fit."""
    found = whatwg_encoding(declared)
    if found is None or found[1] is None:
        return None   # an unknown or non-web label: detect as if there were none
    name, codec = found
    try:
        return Decoded(data.decode(codec), name)
    except UnicodeDecodeError:
        return None  # a wrong declaration: detect as if there were none


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
