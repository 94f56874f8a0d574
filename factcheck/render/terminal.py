"""Text laid out for a terminal: display width (wcwidth: combining marks take no column, wide CJK
characters two), right-to-left runs wrapped in Unicode isolates, quotes cut to a window around the
value they state, word wrapping, and tables fitted to the terminal's width.

Bidi: a terminal that reorders right-to-left text (UAX #9) would otherwise let an Arabic cell pull
its neighbours (an article id, the padding, the next column) into its run. Every right-to-left run is
wrapped in FIRST STRONG ISOLATE (U+2068) ... POP DIRECTIONAL ISOLATE (U+2069), which reorders only
inside the pair; the isolates take no column. Text is cut, wrapped and padded *before* isolates are
added, so every pair is opened and closed on one line. Input text reaches these helpers through
sanitize.visible, which shows any isolate already in the input as an escape: the only isolates in the
output are the pairs added here."""
from __future__ import annotations

import os
import shutil
import unicodedata
from dataclasses import dataclass
from typing import Callable

FSI, PDI = "\u2068", "\u2069"
# Bidi classes (UAX #9): strong right-to-left letters (Hebrew R, Arabic AL), strong left-to-right
# letters, and numbers (European, Arabic-Indic), which stay inside a right-to-left run they end.
RTL_CLASSES = frozenset({"R", "AL"})
LTR_CLASS = "L"
NUMBER_CLASSES = frozenset({"EN", "AN"})
ELLIPSIS = "…"
# The size used when standard output is no terminal and COLUMNS is not set (a pipe, a file): lines
# up to twice the classic 80 columns, so a saved table cuts fewer quotes; 24 lines.
PIPE_SIZE = (160, 24)
# The narrowest a cut column gets: a word and an ellipsis (below this a table overflows instead).
MIN_COLUMN = 8
# A cut moves to a word boundary only when the window keeps this share of its width (on the seeds at
# 80 columns, "side A: نائبة…" rather than "side A:…").
SNAP_KEEP = 2 / 3
# Between two columns of a table, and the rule under its header.
SEPARATOR = " │ "
RULE, RULE_CROSS = "─", "─┼─"


def size() -> os.terminal_size:
    """The table's size: COLUMNS / LINES when set, else standard output's terminal, else PIPE_SIZE."""
    return shutil.get_terminal_size(PIPE_SIZE)


def char_width(ch: str) -> int:
    """Columns one character takes (0 for combining marks, format characters and anything wcwidth
    cannot place)."""
    from wcwidth import wcwidth   # (here: importing it takes about 70 ms, which a JSON run need not pay)
    return max(wcwidth(ch), 0)


def width(text: str) -> int:
    """Display columns of ``text`` (one line)."""
    from wcwidth import wcswidth
    w = wcswidth(text)
    return w if w >= 0 else sum(char_width(ch) for ch in text)


def _units(text: str) -> list[tuple[int, int]]:
    """``text`` as display units ``(start, end)``: a character with the zero-width characters that
    follow it (combining marks stay with their letter, so a cut never strips a diacritic off)."""
    out: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if out and char_width(ch) == 0:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def _strong(ch: str) -> str:
    return unicodedata.bidirectional(ch)


def first_strong_rtl(text: str) -> bool:
    """Whether the first strong letter of ``text`` is right-to-left (UAX #9's rule P2, as FSI uses)."""
    for ch in text:
        c = _strong(ch)
        if c in RTL_CLASSES:
            return True
        if c == LTR_CLASS:
            return False
    return False


def isolate(text: str, rtl: bool | None = None) -> str:
    """``text`` with its right-to-left runs wrapped in FSI ... PDI. A right-to-left text (``rtl``;
    by default: its first strong letter is right-to-left) is one run as a whole, spaces at its ends
    left outside (an Arabic quote with an English name inside reads in order); in a left-to-right
    text each stretch from a right-to-left letter to the last right-to-left letter or number before
    the next left-to-right letter is one ("side A: <run> (expected)")."""
    classes = [_strong(ch) for ch in text]
    if not any(c in RTL_CLASSES for c in classes):
        return text
    if first_strong_rtl(text) if rtl is None else rtl:
        body = text.strip(" ")
        lead = text[:len(text) - len(text.lstrip(" "))]
        return lead + FSI + body + PDI + text[len(lead) + len(body):]
    out, i, n = [], 0, len(text)
    while i < n:
        if classes[i] not in RTL_CLASSES:
            out.append(text[i])
            i += 1
            continue
        j, last = i, i
        while j < n and classes[j] != LTR_CLASS:
            if classes[j] in RTL_CLASSES or classes[j] in NUMBER_CLASSES or classes[j] == "NSM":
                last = j
            j += 1
        out.append(FSI + text[i:last + 1] + PDI)
        i = last + 1
    return "".join(out)


def balanced(line: str) -> bool:
    """Whether every isolate initiator (U+2066-U+2068) in ``line`` is closed by a PDI on the line and
    no PDI closes nothing."""
    depth = 0
    for ch in line:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def squash(text: str, focus: tuple[int, int] | None = None) -> tuple[str, tuple[int, int] | None]:
    """``text`` on one line (whitespace runs as one space, ends stripped) and ``focus`` (a span of
    ``text``) moved to the same characters in it."""
    out: list[str] = []
    where: list[int] = []   # where[k]: the index in ``out`` of original character k
    for ch in text:
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            where.append(len(out))
        else:
            where.append(len(out))
            out.append(ch)
    where.append(len(out))
    while out and out[-1] == " ":
        out.pop()
    line = "".join(out)
    if focus is None:
        return line, None
    s, e = (min(max(x, 0), len(text)) for x in focus)
    s2, e2 = min(where[s], len(line)), min(where[e], len(line))
    return line, ((s2, e2) if s2 < e2 else None)


def cut(text: str, cols: int, focus: tuple[int, int] | None = None, measure: Callable[[str], int] | None = None) -> str:
    """``text`` (one line) in at most ``cols`` columns: whole when it fits; else a window holding the
    ``focus`` span (the value a quote states) with ``…`` where text was left out, cut at word
    boundaries when that keeps the focus; without a focus, the start of the text. A focus wider than
    the window is itself cut from its start. ``measure`` (default: display columns; ``len``: characters)
    sizes the text."""
    measure = measure or width
    if measure(text) <= cols:
        return text
    if cols <= 1:
        return ELLIPSIS[:cols]
    units = _units(text)
    widths = [measure(text[s:e]) for s, e in units]
    n = len(units)

    def fits(lo: int, hi: int, used: int) -> bool:   # the window plus an ellipsis on each cut side
        return used + (lo > 0) + (hi < n) <= cols

    if focus is None:
        lo = hi = 0
    else:
        lo = next((k for k, (s, e) in enumerate(units) if e > focus[0]), n - 1)
        hi = max(lo + 1, next((k for k, (s, e) in enumerate(units) if e >= focus[1]), n - 1) + 1)
    used = sum(widths[lo:hi])
    if not fits(lo, hi, used):   # the focus alone does not fit: its start, cut
        hi, used = lo, 0
        while hi < n and fits(lo, hi + 1, used + widths[hi]):
            used, hi = used + widths[hi], hi + 1
        return (ELLIPSIS if lo > 0 else "") + text[units[lo][0]:units[hi - 1][1] if hi > lo else units[lo][0]] + ELLIPSIS
    f_lo, f_hi = lo, hi
    grew = True
    while grew:   # one unit to the right, one to the left, while the window fits
        grew = False
        if hi < n and fits(lo, hi + 1, used + widths[hi]):
            used, hi, grew = used + widths[hi], hi + 1, True
        if lo > 0 and fits(lo - 1, hi, used + widths[lo - 1]):
            used, lo, grew = used + widths[lo - 1], lo - 1, True
    start = units[lo][0]
    end = units[hi - 1][1] if hi > 0 else 0
    # snap the cut sides to word boundaries outside the focus, unless that leaves too little
    least = SNAP_KEEP * measure(text[start:end])
    if lo > 0:
        space = text.find(" ", start, units[f_lo][0] if f_hi > f_lo else end)
        if 0 <= space < end and measure(text[space + 1:end]) >= least:
            start = space + 1
    if hi < n:
        space = text.rfind(" ", units[f_hi - 1][1] if f_hi > 0 else start, end)
        if space > start and measure(text[start:space]) >= least:
            end = space
    body = text[start:end].strip()
    return (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if end < len(text) else "")


def wrap(text: str, cols: int, indent: str = "") -> list[str]:
    """``text`` (one line) broken at spaces into lines of at most ``cols`` columns (a word wider than
    that is cut), lines after the first starting with ``indent``; each line isolated."""
    lines: list[str] = []
    line: str | None = None
    for word in text.split(" "):
        if line is not None and width(line + " " + word) <= cols:
            line += " " + word
            continue
        if line is not None:
            lines.append(line)
        line = (indent if lines else "") + word
        if width(line) > cols:
            line = cut(line, cols)
    lines.append(line or "")
    rtl = first_strong_rtl(text)   # the direction of the whole text, not of each line's first word
    return [isolate(ln, rtl) for ln in lines]


@dataclass(frozen=True)
class Cell:
    """A table cell: its text (one line, already visible) and the span a cut keeps in view."""

    text: str
    focus: tuple[int, int] | None = None


def _caps(natural: list[int], floors: list[int], weights: list[int], budget: int) -> list[int]:
    """Column widths within ``budget``: the widest columns (for their weight) cut first, down to a
    common cap times their weight (never below their floor), so narrow columns stay whole."""
    if sum(natural) <= budget:
        return natural
    cap = max(natural)
    while cap > 0 and sum(max(min(n, cap * w), f) for n, f, w in zip(natural, floors, weights)) > budget:
        cap -= 1
    return [max(min(n, cap * w), f) for n, f, w in zip(natural, floors, weights)]


def prune(headers: list[str], rows: list[list[Cell]], blank: dict[str, str]) -> tuple[list[str], list[list[Cell]]]:
    """The table without the columns named in ``blank`` whose every cell is that column's blank text
    (an outlet column with no outlet, a review column where nothing is reviewed yet)."""
    drop = {k for k, h in enumerate(headers) if h in blank and rows and all(r[k].text == blank[h] for r in rows)}
    return ([h for k, h in enumerate(headers) if k not in drop],
            [[c for k, c in enumerate(r) if k not in drop] for r in rows])


def table(headers: list[str], rows: list[list[Cell]], cols: int, keep: frozenset[str] = frozenset(),
          weights: dict[str, int] | None = None, floors: dict[str, int] | None = None) -> list[str]:
    """The rows as table lines of at most ``cols`` columns where possible: the columns named in
    ``keep`` (ids) are never cut; the others are cut (``cut``) widest first, a column of weight 2
    keeping twice the width of one of weight 1, none narrower than its ``floors`` (default MIN_COLUMN)
    unless its text is. Cells are padded by display width and isolated, so
    each row's separators stand at the same display column."""
    weights, floors = weights or {}, floors or {}
    n = len(headers)
    natural = [max([width(headers[k])] + [width(r[k].text) for r in rows]) for k in range(n)]
    kept = [k for k in range(n) if headers[k] in keep]
    fixed = sum(natural[k] for k in kept) + width(SEPARATOR) * (n - 1)
    flexible = [k for k in range(n) if k not in kept]
    least = [min(natural[k], max(floors.get(headers[k], MIN_COLUMN), width(headers[k]))) for k in flexible]
    caps = _caps([natural[k] for k in flexible], least, [weights.get(headers[k], 1) for k in flexible], cols - fixed)
    widths = list(natural)
    for k, w in zip(flexible, caps):
        widths[k] = w

    def line(cells: list[str]) -> str:
        parts = [isolate(c) + " " * (w - width(c)) for c, w in zip(cells, widths)]
        return SEPARATOR.join(parts).rstrip(" ")

    out = [line(headers), RULE_CROSS.join(RULE * w for w in widths)]
    for r in rows:
        out.append(line([c.text if k in kept else cut(c.text, widths[k], c.focus) for k, c in enumerate(r)]))
    return out
