"""Regex speed-up for the value rules: a lookahead on the characters a match can start with.

The value rules open with optional parts (a qualifier, a weekday, look-behinds for a word boundary),
so Python's regex engine tries every alternative at every position of the text. A leading
``(?=[...])`` on the possible first characters rejects most positions in one step. The character
set is read from the parsed pattern, so it is exact for any rule the data files produce; where it
cannot be known (a pattern that may match the empty string, a negated class, a back-reference) the
pattern is left as it is.
"""
from __future__ import annotations

import re

try:  # the parser behind ``re`` (named sre_parse before Python 3.11)
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_ZERO_WIDTH = {C.ASSERT, C.ASSERT_NOT, C.AT}


class _Anything(Exception):
    """The first character of a match can be anything (or cannot be known)."""


def _class_items(items: list) -> set[str]:
    if items and items[0][0] is C.NEGATE:
        rest = items[1:]
        # [^\S\n] (horizontal space): not a non-space, so within \s
        if (C.CATEGORY, C.CATEGORY_NOT_SPACE) in rest and all(op in (C.CATEGORY, C.LITERAL) for op, _ in rest):
            return {r"\s"}
        raise _Anything
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE, negated categories, anything unusual
            raise _Anything
    return out


def _first(seq) -> tuple[set[str], bool]:
    """(class items a match of ``seq`` can start with, whether ``seq`` can match the empty string)."""
    chars: set[str] = set()
    for op, av in seq:
        if op is C.LITERAL:
            return chars | {re.escape(chr(av))}, False
        if op is C.IN:
            return chars | _class_items(av), False
        if op is C.ASSERT_NOT and av[0] == 1 and len(av[1]) == 0:
            return chars, False  # (?!) never matches: what follows adds nothing (an empty lexicon)
        if op in _ZERO_WIDTH:
            continue
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                c, n = _first(alt)
                chars |= c
                nullable |= n
            if not nullable:
                return chars, False
            continue
        if op is C.SUBPATTERN:
            if av[1] or av[2]:  # inline flags (ignore case...) change what a character matches
                raise _Anything
            c, n = _first(av[3])
        elif op in _REPEATS:
            c, n = _first(av[2])
            n = n or av[0] == 0
        elif op is getattr(C, "ATOMIC_GROUP", None):
            c, n = _first(av)
        else:  # ANY, NOT_LITERAL, back-references, conditionals
            raise _Anything
        chars |= c
        if not n:
            return chars, False
    return chars, True


def first_chars(pattern: str) -> str | None:
    """The body of a character class every match of ``pattern`` starts with, or None if unknown."""
    parsed = P.parse(pattern)
    if parsed.state.flags & ~re.UNICODE:  # global inline flags ((?i) ...) must stay at the front
        return None
    try:
        chars, nullable = _first(parsed)
    except _Anything:
        return None
    if nullable or not chars:
        return None
    return "".join(sorted(chars))


def compile_fast(pattern: str) -> re.Pattern:
    """``re.compile(pattern)``, led by a lookahead on its possible first characters when known
    (the matches are the same; positions that cannot start one are rejected at once)."""
    cls = first_chars(pattern)
    return re.compile(pattern if cls is None else f"(?=[{cls}])(?:{pattern})")


def alternation(words: list[str], space: str) -> str:
    """One regex matching any of ``words``, as a trie of their characters (``space`` stands for
    each space). Python's regex engine tries the branches of a plain alternation one by one at
    every position; the trie shares their prefixes. Longer words are still preferred: at each
    node the continuation comes before the word ending there."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie, space)


def _emit(node: dict, space: str) -> str:
    kids = sorted(ch for ch in node if ch)
    if not kids:
        return ""
    parts = [(space if ch == " " else re.escape(ch)) + _emit(node[ch], space) for ch in kids]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


def lookbehinds(alternatives: list[tuple[str, int]]) -> list[str]:
    """Look-behinds for ``(regex, width)`` alternatives, one per width: ``(?<=a)|(?<=b)`` becomes
    ``(?<=a|b)`` when a and b are as wide (the engine then checks one assertion, not each)."""
    by_width: dict[int, list[str]] = {}
    for regex, width in alternatives:
        by_width.setdefault(width, []).append(regex)
    return [f"(?<={'|'.join(rs)})" for _, rs in sorted(by_width.items())]
