"""The statement kind's pair readings (speed): a pair's denial and reversal found once for both ways
round, a story's repeated pairs read once (``statement_memo.pairs_kept``), and the verdicts unchanged
by either. Every sentence here is invented (topics and names appear in no story or seed)."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.kinds import statement, statement_align, statement_memo

from statement_support import claim

# (first clause, second clause, language): denials, reversals both ways round, a swap, a figure, a
# rewording, unrelated clauses
ROWS = [
    ("The council approved the new bridge toll on Monday", "The council rejected the new bridge toll on Monday", "en"),
    ("The council rejected the new bridge toll on Monday", "The council approved the new bridge toll on Monday", "en"),
    ("The orchard will not open its gates this summer", "The orchard will open its gates this summer", "en"),
    ("The orchard will open its gates this summer", "The orchard will not open its gates this summer", "en"),
    ("Copper prices rose at the exchange as tin prices fell", "Copper prices fell at the exchange as tin prices rose", "en"),
    ("The ferry carried 40 cyclists to the island", "The ferry carried 55 cyclists to the island", "en"),
    ("The choir sang in Lisbon on its spring tour", "The choir sang in Oslo on its spring tour", "en"),
    ("The library extended its opening hours for students", "The library lengthened its opening hours for students", "en"),
    ("Beekeepers reported a record honey harvest", "The tram line was closed for repairs", "en"),
    ("وافق المجلس على رسوم الجسر الجديدة", "رفض المجلس رسوم الجسر الجديدة", "ar"),
    ("لم تفتح الحديقة أبوابها هذا الصيف", "فتحت الحديقة أبوابها هذا الصيف", "ar"),
    ("ارتفعت أسعار النحاس مع هبوط أسعار القصدير", "انخفضت أسعار النحاس مع ارتفاع أسعار القصدير", "ar"),
]


def _reference(a, b, lang):
    """What judge's contradiction step gives, read the slow way: each order on its own."""
    return statement.contradiction(a, b, lang) or statement.contradiction(b, a, lang)


@pytest.mark.parametrize("x,y,lang", ROWS)
def test_a_pair_reads_as_each_order_on_its_own(x, y, lang):
    a, b = claim(x, lang, "a1"), claim(y, lang, "a2")
    rare = frozenset(a.keywords) | frozenset(b.keywords)
    ref = _reference(a, b, lang)
    got = statement.judge(a, b, 0.0, rare)
    if ref is not None:
        assert got == ref
    else:
        assert got.kind != "contradict" or "polarity" in got.reason


@pytest.mark.parametrize("x,y,lang", ROWS)
def test_a_kept_pair_gives_the_verdict_it_gives_alone(x, y, lang):
    a, b = claim(x, lang, "a1"), claim(y, lang, "a2")
    rare = frozenset(a.keywords) | frozenset(b.keywords)
    alone = statement.judge(a, b, 0.0, rare)
    with statement_memo.pairs_kept():
        first, again = statement.judge(a, b, 0.0, rare), statement.judge(a, b, 0.0, rare)
    assert first == again == alone


def test_a_repeated_pair_is_aligned_once_within_a_block_only(monkeypatch):
    x, y, lang = ROWS[0]
    a, b = claim(x, lang, "a1"), claim(y, lang, "a2")
    calls = []
    real = statement.align
    monkeypatch.setattr(statement, "align", lambda *args: calls.append(args) or real(*args))
    with statement_memo.pairs_kept():
        for _ in range(3):
            statement.judge(a, b)
        assert len(calls) == 1
        with statement_memo.pairs_kept():   # an inner block keeps what the outer one holds
            statement.judge(a, b)
        assert len(calls) == 1
    statement.judge(a, b)   # outside a block nothing is kept
    assert len(calls) == 2
    assert statement_memo.kept((x, y, lang, (), (), None, None)) is None


def test_kept_readings_depend_on_the_names_and_attribution():
    """Two pairs with the same quotes but other person names are read apart (the key holds them)."""
    x, y, lang = "Mr Alder will chair the rowing club", "Mr Birch will chair the rowing club", "en"
    a, b = claim(x, lang, "a1"), claim(y, lang, "a2")
    a2, b2 = a.model_copy(update={"entities": ["alder"]}), b.model_copy(update={"entities": ["birch"]})
    alone = [statement.judge(a, b), statement.judge(a2, b2)]
    with statement_memo.pairs_kept():
        kept = [statement.judge(a, b), statement.judge(a2, b2)]
    assert kept == alone


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(list(itertools.permutations(range(len(ROWS) * 2), 2))))
def test_any_pair_of_the_clauses_reads_alike_kept_or_not(pick):
    """Over any two clauses of the table (their language permitting), kept or not, either order."""
    clauses = [(x, lang) for x, _, lang in ROWS] + [(y, lang) for _, y, lang in ROWS]
    (x, lx_), (y, ly) = clauses[pick[0]], clauses[pick[1]]
    if lx_ != ly:
        return
    a, b = claim(x, lx_, "a1"), claim(y, ly, "a2")
    alone = (statement.judge(a, b), statement.judge(b, a))
    with statement_memo.pairs_kept():
        kept = (statement.judge(a, b), statement.judge(b, a), statement.judge(a, b))
    assert kept[:2] == alone and kept[2] == alone[0]
    assert alone[0].kind == alone[1].kind   # the kind never depends on the order


def test_alignment_is_the_same_whichever_is_asked_first():
    x, y, lang = ROWS[4]
    sa, sb = statement_align.align(x, y, lang)
    tb, ta = statement_align.align(y, x, lang)
    assert (sa.aligned, sb.aligned) == (ta.aligned, tb.aligned)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(list(itertools.permutations(range(len(ROWS) * 2), 2))), st.booleans())
def test_denial_and_reversal_are_found_alike_either_way_round(pick, valence):
    """What lets ``judge`` find them once per pair: ``_negation`` gives one answer either way round,
    ``_reversal`` the same pair with the sides' words swapped."""
    clauses = [(x, lang) for x, _, lang in ROWS] + [(y, lang) for _, y, lang in ROWS]
    (x, lx_), (y, ly) = clauses[pick[0]], clauses[pick[1]]
    if lx_ != ly:
        return
    sa, sb = statement_align.align(x, y, lx_)
    assert statement._negation(sa, sb, lx_) == statement._negation(sb, sa, lx_)
    fwd, back = statement._reversal(sa, sb, lx_, valence), statement._reversal(sb, sa, lx_, valence)
    assert (fwd is None) == (back is None)
    if fwd is not None:
        assert back == (fwd[0], fwd[2], fwd[1], fwd[4], fwd[3])
