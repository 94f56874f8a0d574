r"""Regex speed-up for the value rules: a lookahead on the characters a match can start with.

The value rules open with optional parts (a qualifier, a weekday, look-behinds for a word boundary),
so Python's regex engine tries every alternative at every position of the text. A leading
lookahead on the possible first characters rejects most positions in one step. The character
set is read from the parsed pattern, so it is exact for any rule the data files produce; where it
cannot be known (a pattern that may match the empty string, a negated class, a back-reference) the
pattern is left as it is.

Each first character also keeps what the pattern asks of the character before it on the way there
(its look-behinds at the match's start: ``(?<!\w)`` before a word, ``(?<=\Wو|\Wب)`` after a clitic):
a letter can start a match only at a word start or after a clitic, so the letters inside words,
most of a text, are rejected by the lookahead too (the look-behinds kept are implied by the
pattern's own: the matches are the same). Only letters get a guard (a digit or a symbol is rare and
tried as it is). On the benchmark corpus (benchmarks/run.py, 1,000 articles) every value rule's scan
of 500 of its articles' feature texts takes a fifth less time with the guards (2.6 s -> 2.0 s; English
about 35 % less: most letters are inside words; Arabic about 15 %: a clitic letter may start a match).
Guards spelt out in full (``(?<=\Wو)`` rather than ``(?<=[و])``) cost more than they save there.
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


# A guard: what a route to a first character asks of the character before the match (its look-behinds
# at the start): ``None``, nothing known; else (not a word character, or one of these characters),
# which holds wherever the pattern's look-behinds hold. The categories holding no word character:
_NOT_WORD = {C.CATEGORY_NOT_WORD, C.CATEGORY_SPACE}
_LETTER = re.compile(r"[^\W\d_]")


def _last_chars(seq) -> tuple[bool, frozenset[str]] | None:
    """What the last character a look-behind body ``seq`` matches is: (not a word character, or one
    of these characters); None when it cannot be told."""
    if not seq:
        return None
    op, av = seq[-1]
    if op is C.LITERAL:
        return False, frozenset({chr(av)})
    if op is C.IN:
        if av and av[0][0] is C.NEGATE:
            rest = av[1:]   # [^\S\n]: a horizontal space, not a word character
            if (C.CATEGORY, C.CATEGORY_NOT_SPACE) in rest and all(o in (C.CATEGORY, C.LITERAL) for o, _ in rest):
                return True, frozenset()
            return None
        if all(o is C.LITERAL for o, _ in av):
            return False, frozenset(chr(a) for _, a in av)
        if all(o is C.CATEGORY and a in _NOT_WORD for o, a in av):
            return True, frozenset()
        return None
    if op is C.BRANCH:
        return _union([_last_chars(alt) for alt in av[1]])
    if op is C.SUBPATTERN and not (av[1] or av[2]):
        return _last_chars(av[3])
    return None


def _union(guards: list) -> tuple[bool, frozenset[str]] | None:
    if not guards or any(g is None for g in guards):
        return None
    return any(g[0] for g in guards), frozenset().union(*(g[1] for g in guards))


def _assertion_guard(op, av) -> tuple[bool, frozenset[str]] | None:
    """The guard a zero-width item at the match's start implies (None: none)."""
    if op is C.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] is C.IN:
        items = av[1][0][1]   # (?<![\w.,]): the character before is no word character
        if items and items[0][0] is not C.NEGATE and (C.CATEGORY, C.CATEGORY_WORD) in items:
            return True, frozenset()
        return None
    if op is C.ASSERT and av[0] == -1:
        return _last_chars(av[1])
    return None


def _zero_width(seq) -> bool:
    return all(op in _ZERO_WIDTH or (op is C.BRANCH and all(_zero_width(alt) for alt in av[1])) for op, av in seq)


def _seq_guard(seq) -> tuple[bool, frozenset[str]] | None:
    """The guard of a run of zero-width items (each must hold: any one that tells something will do)."""
    for op, av in seq:
        g = (_union([_seq_guard(alt) for alt in av[1]]) if op is C.BRANCH else _assertion_guard(op, av))
        if g is not None:
            return g
    return None


def _first(seq, guard=None, routes=None) -> tuple[list, bool]:
    """(routes, nullable): the routes to the class items a match of ``seq`` can start with, each as
    (guard, items), and whether ``seq`` can match the empty string."""
    routes = [] if routes is None else routes
    for op, av in seq:
        if op is C.LITERAL:
            routes.append((guard, {re.escape(chr(av))}))
            return routes, False
        if op is C.IN:
            routes.append((guard, _class_items(av)))
            return routes, False
        if op is C.ASSERT_NOT and av[0] == 1 and len(av[1]) == 0:
            return routes, False  # (?!) never matches: what follows adds nothing (an empty lexicon)
        if op in _ZERO_WIDTH or (op is C.BRANCH and all(_zero_width(alt) for alt in av[1])):
            g = _seq_guard([(op, av)])
            guard = g if g is not None else guard
            continue
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                _, n = _first(alt, guard, routes)
                nullable |= n
            if not nullable:
                return routes, False
            continue
        if op is C.SUBPATTERN:
            if av[1] or av[2]:  # inline flags (ignore case...) change what a character matches
                raise _Anything
            _, n = _first(av[3], guard, routes)
        elif op in _REPEATS:
            _, n = _first(av[2], guard, routes)
            n = n or av[0] == 0
        elif op is getattr(C, "ATOMIC_GROUP", None):
            _, n = _first(av, guard, routes)
        else:  # ANY, NOT_LITERAL, back-references, conditionals
            raise _Anything
        if not n:
            return routes, False
    return routes, True


def _routes(pattern: str) -> list | None:
    parsed = P.parse(pattern)
    if parsed.state.flags & ~re.UNICODE:  # global inline flags ((?i) ...) must stay at the front
        return None
    try:
        routes, nullable = _first(parsed)
    except _Anything:
        return None
    if nullable or not any(items for _, items in routes):
        return None
    return routes


def first_chars(pattern: str) -> str | None:
    """The body of a character class every match of ``pattern`` starts with, or None if unknown."""
    routes = _routes(pattern)
    return None if routes is None else "".join(sorted(set().union(*(items for _, items in routes))))


def first_gate(pattern: str) -> str | None:
    """A lookahead body every match of ``pattern`` satisfies at its start: its possible first characters,
    each behind what the pattern's look-behinds ask of the character before it; None if unknown."""
    routes = _routes(pattern)
    if routes is None:
        return None
    by_guard: dict = {None: set()}
    for guard, items in routes:
        # only letters are worth a guard: a digit or a symbol is rare enough to be tried as it is
        letters = {i for i in items if _LETTER.fullmatch(i)}
        by_guard[None].update(items - letters)
        by_guard.setdefault(guard, set()).update(letters)
    free = by_guard.pop(None, set())
    parts = [f"[{''.join(sorted(free))}]"] if free else []
    for (not_word, chars), items in sorted(by_guard.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        items = items - free
        if not items:
            continue
        before = [r"(?<!\w)"] if not_word else []
        if chars:
            before.append(f"(?<=[{''.join(sorted(map(re.escape, chars)))}])")
        # the character first (one step), then what comes before it
        parts.append(f"(?=[{''.join(sorted(items))}])(?:{'|'.join(before)})")
    return "|".join(parts)


def compile_fast(pattern: str) -> re.Pattern:
    """``re.compile(pattern)``, led by a lookahead on its possible first characters, each behind the
    look-behinds the pattern asks for there, when known (the matches are the same; positions that
    cannot start one are rejected at once)."""
    gate = first_gate(pattern)
    return re.compile(pattern if gate is None else f"(?={gate})(?:{pattern})")


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
