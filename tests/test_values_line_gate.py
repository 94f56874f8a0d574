"""A long text's rules run only over the lines where their gates are found (value_tables.gated_spans):
the value mentions must be those of the whole-text scan. Invented lines, table-style and by property."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions import value_tables, values

LINES = [
    "The ferry to Norvik left at 7:45 in the morning with 312 passengers.",
    "Officials said about 4,200 homes lost power for three days.",
    "On Tuesday, March 4, 2031 the council met again.",
    "A plain line without any figure or date in it.",
    "The runner finished in 2:07:15, ahead of the field by 45 seconds.",
    "وقال المسؤولون إن 150 عائلة نزحت يوم الأحد الماضي.",
    "Visit www.example.org or call +1 555 010 2030 for details.",
    "In the 88th minute the home side scored again; the final score was 3-1.",
]


def whole_text(text: str, lang: str, anchor: dt.date | None, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as m:   # the line gate off: every rule scans the whole text
        m.setattr(value_tables, "LINE_GATE_MIN_CHARS", len(text) + 10**9)
        return values._find_values(text, lang, anchor)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("copies", [1, 40])
def test_line_gate_table(lang: str, copies: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(LINES * copies)
    anchor = dt.date(2031, 3, 9)
    assert values._find_values(text, lang, anchor) == whole_text(text, lang, anchor, monkeypatch)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(LINES + ["", "  ", "12", "May"]), min_size=1, max_size=120))
def test_line_gate_property(lines: list[str]) -> None:
    text = "\n".join(lines)
    with pytest.MonkeyPatch.context() as mp:
        assert values._find_values(text, "en", None) == whole_text(text, "en", None, mp)


# Ratios and ranges run only around their anchors (value_tables.anchored_spans): the same mentions as a
# scan of every line.
ANCHORED_LINES = LINES + [
    "Less than one out of every four voters took part, and one in three stayed home.",
    "Between 30 and 50 people were hurt; 10 to 15 percent of the crop was lost.",
    "ونزح ما بين 300 و400 شخص، وشارك أقل من واحد من كل أربعة ناخبين.",
    "The toll rose from 30 to 50 in 24 hours; one in four million births.",
]


def unanchored(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as m:   # no anchors: ratios and ranges scan the whole text
        m.setattr(values, "_anchored_spans", lambda anchor, doc: [(0, len(doc.folded))])
        return values._find_values(text, lang, None)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(ANCHORED_LINES + ["", "one in", "four", "12 to", " 14"]), min_size=1, max_size=60),
       st.sampled_from(["en", "ar"]))
def test_anchored_rules_find_what_a_full_scan_finds(lines: list[str], lang: str) -> None:
    text = "\n".join(lines)
    with pytest.MonkeyPatch.context() as mp:
        assert values._find_values(text, lang, None) == unanchored(text, lang, mp)
