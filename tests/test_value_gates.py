"""The narrower gates the value rules are scanned by (``value_tables`` ``narrower``) change no mention.

- table: one row per phrase (most read by a rule with a narrower gate, a few by other rules); each of the rule's matches there holds its narrow
  gate on its line (the time rule's: each match that makes a time), and ``find_values`` gives what
  it gives with the coarse gates (``gates``, those ``may_state`` asks);
- property: texts built of the pieces those rules read (digits, separators, unit, month and clock
  words, line breaks; short clauses and long texts, which are scanned line by line) give the same
  mentions with either set of gates.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions import values
from factcheck.mentions.value_tables import LINE_GATE_MIN_CHARS, Doc, tables

ROOT = Path(__file__).resolve().parents[1]

PHRASES = {
    "en": ["won in 2:09:56 on Sunday", "ran the mile in 3:45.2", "on 2024-03-15", "on 15/03/2024, 15.03.2024",
           "call 0123 456 789 now", "ref 123456789012", "back in 2019", "open 24/7 and 10/11", "at 13:38 GMT",
           "at 10 pm", "at 10pm", "at 10.30 am", "at five o'clock", "shortly before 4 a.m.", "2 hours, 35 seconds",
           "2h 00m 35s", "3 days and 4 hours", "the 21st edition", "for the second time", "jumped 2.36m",
           "a £5m fee", "worth $2.1bn", "a 5 km walk", "at 3.5%"],
    "ar": ["في الساعة 10 صباحا", "عند 13:38 بتوقيت غرينتش", "بزمن 2:09:56", "ساعتين و35 دقيقة",
           "في 15/03/2024", "عام 2019", "المركز الثالث", "للمرة الثانية", "قفز 2.36 م", "صفقة بقيمة 5 ملايين دولار",
           "في الدقيقة 48", "نحو 3 أيام و4 ساعات", "العاشرة والنصف مساء"],
}


def _coarse(lang: str):
    """The language's tables with every rule scanned by its coarse gate (as before ``narrower``)."""
    t = tables(lang)
    return dataclasses.replace(t, scan_gates={name: gate for name, _, _, gate in t.rules})


def _both(text: str, lang: str, monkeypatch) -> tuple[list, list]:
    narrow = values._find_values(text, lang)
    with monkeypatch.context() as m:
        m.setattr(values, "_tables", lambda code: _coarse(code))
        coarse = values._find_values(text, lang)
    return narrow, coarse


@pytest.mark.parametrize("lang, phrase", [(lang, p) for lang, ps in PHRASES.items() for p in ps])
def test_narrow_gate_holds_on_every_match_line(lang, phrase, monkeypatch):
    t = tables(lang)
    doc = Doc(phrase)
    for name, rx, handler, coarse in t.rules:
        gate = t.scan_gates[name]
        if gate is coarse or gate is None:
            continue
        for m in rx.finditer(doc.folded):
            if handler == "time" and not values._HANDLERS[handler](m, t, doc):
                continue   # the time rule's gate is what makes a time
            lo = doc.folded.rfind("\n", 0, m.start()) + 1
            hi = doc.folded.find("\n", m.end())
            assert gate.search(doc.folded, lo, len(doc.folded) if hi < 0 else hi), (name, m.group())
    narrow, coarse = _both(phrase, lang, monkeypatch)
    assert narrow == coarse


def _rules_read(lang: str, phrase: str) -> set[str]:
    t, doc = tables(lang), Doc(phrase)
    return {name for name, rx, _, coarse in t.rules if t.scan_gates[name] is not coarse and rx.search(doc.folded)}


def test_every_narrowed_rule_has_rows():
    for lang in ("en", "ar"):
        t = tables(lang)
        narrowed = {name for name, _, _, coarse in t.rules if t.scan_gates[name] is not coarse}
        read = set().union(*(_rules_read(lang, p) for p in PHRASES[lang]))
        missing = narrowed - read - ({"skip-4", "skip-5", "code", "iso-date", "clock-duration", "letter-unit"}
                                     if lang == "ar" else set())   # shapes the English rows cover
        assert not missing, (lang, missing)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_seeds_read_alike(lang, monkeypatch):
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        narrow, coarse = _both(text, lang, monkeypatch)
        assert narrow == coarse, p.name


PIECES = ["2", "10", "2024", "0123", "456", "789", "123456789", ":", "::", "30", ".", "/", "-", ",", "،", " ",
          "  ", "\n", "h", "m", "s", "pm", "am", "a.m.", "hours", "minutes", "seconds", "days", "and", "second",
          "st", "nd", "th", "o'clock", "March", "Monday", "km", "£", "$", "bn", "million", "%", "in", "at",
          "ساعة", "ساعتين", "دقيقة", "و", "صباحا", "مساء", "الساعة", "الثالث", "مارس", "ملايين", "م", "عام"]


@settings(max_examples=250, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), lang=st.sampled_from(["en", "ar"]),
       long=st.booleans())
def test_pieces_read_alike(pieces, lang, long):
    text = "".join(pieces)
    if long:   # a long text is scanned line by line
        text = "\n".join([text] * (LINE_GATE_MIN_CHARS // max(1, len(text)) + 2))
    narrow = values._find_values(text, lang)
    saved = values._tables
    try:
        values._tables = _coarse
        coarse = values._find_values(text, lang)
    finally:
        values._tables = saved
    assert narrow == coarse
