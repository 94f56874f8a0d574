"""rx.py: the regex speed-ups change no match.

- ``compile_fast`` leads a pattern with a lookahead on its first characters, each letter behind the
  look-behinds the pattern asks for before it (``first_gate``): same matches as the plain pattern
  (table of shapes the value rules use, a property over look-behind shapes, and the real value rules
  on real text);
- ``alternation`` (a trie) matches what the plain longest-first alternation matches (property);
- ``lookbehinds`` grouped by width accept the same positions as one look-behind each (property).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions import rx, value_tables, values

ROOT = Path(__file__).resolve().parents[1]


def _matches(pattern: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern, first", [
    (r"abc", "a"),
    (r"(?<!\w)\d+", r"\d"),
    (r"(?:x|yz)?\d", r"\dxy"),
    (r"(?P<q>(?!))?\d", r"\d"),             # an empty lexicon adds nothing
    (r"[^\S\n]+\d", r"\s"),                  # horizontal space: within \s
    (r"a*", None),                           # may match the empty string
    (r"[^a]b", None),                        # a negated class: unknown
    (r".x", None),
    (r"(?i)a", None),                        # inline flags change what a character matches
    (r"(a)\1", "a"),
])
def test_first_chars(pattern, first):
    got = rx.first_chars(pattern)
    assert (None if got is None else set(re.findall(r"\\.|.", got))) == (
        None if first is None else set(re.findall(r"\\.|.", first)))


TEXTS = ["12 and 7,5 x-3 ab abc", "في 12 سبتمبر/أيلول 2025 وبالقاهرة", "", "\n\n 1\n2", "aaa bbb ccc 999"]


@pytest.mark.parametrize("pattern", [r"(?<!\w)\d+", r"(?:x|yz)?\d", r"[^\S\n]+\d", r"(?:و|ب)?\d+", r"(?<=\W)ab?c?"])
@pytest.mark.parametrize("text", TEXTS)
def test_compile_fast_same_matches(pattern, text):
    assert _matches(rx.compile_fast(pattern), text) == _matches(re.compile(pattern), text)


@pytest.mark.parametrize("pattern, gate", [
    (r"(?<!\w)abc|\d", r"[\d]|(?=[a])(?:(?<!\w))"),                         # a word start
    (r"(?:(?<!\w)|(?<=\Wو|\Wب))x", r"(?=[x])(?:(?<!\w)|(?<=[بو]))"),      # ... or after a clitic
    (r"(?:(?<!\w)|(?<=\Wو[^\S\n]))x", r"(?=[x])(?:(?<!\w))"),             # after a space: no word
    (r"(?<![\w.,])\d+", r"[\d]"),                                           # digits are not guarded
    (r"(?:(?<!\w)foo)?bar", r"[b]|(?=[f])(?:(?<!\w))"),                     # a bypassed guard holds only for its route
    (r"(?<!\d)ab", r"[a]"),                                                  # no word boundary: no guard
    (r"(?<=x)?ab", r"[a]"),                                                   # an optional look-behind: none
])
def test_first_gate(pattern, gate):
    assert rx.first_gate(pattern) == gate
    for text in TEXTS + ["foobar xbar bar", "و x بx ax", "12ab xab ab"]:
        assert _matches(rx.compile_fast(pattern), text) == _matches(re.compile(pattern), text)


LOOKBEHINDS = [r"(?<!\w)", r"(?<=\W)", r"(?<=\Wو)", r"(?<=\d[-–])", r"(?<![\w.])", r"(?<=\s)", r"(?<!\d)", ""]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(LOOKBEHINDS), st.sampled_from(["ab", "b", "و?a", r"\d", "x*b"]),
                                st.booleans()), min_size=1, max_size=4),
       text=st.text(alphabet="abxو 1-.", max_size=30))
def test_compile_fast_same_matches_whatever_the_lookbehinds(parts, text):
    pattern = "".join(f"(?:{lb}{body})" + ("?" if optional else "") for lb, body, optional in parts)
    if re.fullmatch(pattern, ""):
        return
    assert _matches(rx.compile_fast(pattern), text) == _matches(re.compile(pattern), text)


def _plain_rules(lang: str, monkeypatch) -> list[tuple[str, re.Pattern]]:
    """The value rules without the lookahead compile_fast adds (compiled as they are written)."""
    monkeypatch.setattr(value_tables, "compile_fast", re.compile)
    return [(name, pattern) for name, pattern, _, _ in value_tables.tables.__wrapped__(lang).rules]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_value_rules_match_as_without_lookahead(lang, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [" ".join(TEXTS),
              "وبعد 3 أيام وللمرة الثانية، بالقاهرة 12 سبتمبر؛ والـ5 ملايين, about 40 km وفي 2024"]
    fast = dict((name, pat) for name, pat, _, _ in values._tables(lang).rules)
    for name, plain in _plain_rules(lang, monkeypatch):
        assert fast[name].pattern != plain.pattern or rx.first_gate(plain.pattern) is None, name
        for text in texts:
            folded = values._Doc(text).folded
            assert _matches(fast[name], folded) == _matches(plain, folded), name


WORDS = st.lists(st.text(alphabet="abc ", min_size=1, max_size=5).map(lambda w: " ".join(w.split())).filter(bool),
                 min_size=1, max_size=8, unique=True)


@settings(max_examples=300, deadline=None)
@given(words=WORDS, text=st.text(alphabet="abc  .", max_size=30))
def test_trie_alternation_matches_longest_first_alternation(words, text):
    plain = "|".join(re.escape(w).replace(r"\ ", " +") for w in sorted(words, key=len, reverse=True))
    trie = rx.alternation(words, " +")
    for wrap in ("(?:{})", r"(?:{})(?!\w)"):
        assert _matches(re.compile(wrap.format(trie)), text) == _matches(re.compile(wrap.format(plain)), text)


@settings(max_examples=200, deadline=None)
@given(clitics=st.lists(st.text(alphabet="xyz", min_size=1, max_size=3), min_size=1, max_size=6, unique=True),
       text=st.text(alphabet="xyz .", max_size=25))
def test_grouped_lookbehinds_accept_the_same_positions(clitics, text):
    one_each = "|".join(rf"(?<=\W{re.escape(c)})" for c in clitics)
    grouped = "|".join(rx.lookbehinds([(rf"\W{re.escape(c)}", 1 + len(c)) for c in clitics]))
    ends = lambda p: [m.start() for m in re.finditer(f"(?:{p})", text)]  # noqa: E731
    assert ends(grouped) == ends(one_each)
