"""Single-source and agreement on small stories (invented examples).

1. A word each source uses once is never too common to pair on (``group.keyword_cap``): in a story
   of three articles and a few clauses, a fact every source tells is one agreement, not three
   single-source findings.
2. A clause beside its structured claims joins the one statement agreement of other sources it agrees
   with (``judge.beside``), and its structured claims no finding holds are then not single-source.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract.normalize import BESIDE_RULE
from factcheck.judge import beside, compare, group
from factcheck.models import Claim, Signal

# (statements, articles, the cap) -- the share of the statements, never below the articles nor 2
CAPS = [(12, 3, 3), (9, 3, 3), (4, 2, 2), (3, 1, 2), (150, 6, 15), (40, 7, 7), (100, 4, 10)]


@pytest.mark.parametrize("n,arts,cap", CAPS)
def test_keyword_cap(n: int, arts: int, cap: int) -> None:
    assert group.keyword_cap(n, arts) == cap


def _stmt(cid: str, article: str, quote: str, keywords: list[str], start: int = 0, is_beside: bool = False) -> Claim:
    rule = BESIDE_RULE if is_beside else "clause"
    return Claim(id=cid, article=article, start=start, end=start + len(quote), quote=quote, property="statement",
                 keywords=keywords, signals=[Signal(field="property", rule=rule)])


# one fact told by every article of a small story, beside one clause of each article's own
TOLD_BY_ALL = [
    ("Rescue boats towed the barge back to the quay after the tide rose.",
     "Rescue boats towed the barge back to the quay once the tide rose.",
     "Rescue boats towed the barge back to the quay when the tide rose on Friday.",
     ["rescue", "boats", "towed", "barge", "back", "quay", "tide", "rose"]),
    ("The orchestra cancelled its winter tour of the northern provinces.",
     "The orchestra has cancelled its winter tour of the northern provinces.",
     "Its winter tour of the northern provinces was cancelled by the orchestra.",
     ["orchestra", "cancelled", "winter", "tour", "northern", "provinces"]),
]
OWN = [("Officials said nobody was hurt.", ["officials", "said", "nobody", "hurt"]),
       ("The mayor praised the volunteers.", ["mayor", "praised", "volunteers"]),
       ("Tickets will be refunded next month.", ["tickets", "refunded", "next", "month"])]


@pytest.mark.parametrize("a,b,c,words", TOLD_BY_ALL)
def test_fact_every_source_tells_is_one_agreement(a: str, b: str, c: str, words: list[str]) -> None:
    claims = []
    for k, (art, quote) in enumerate((("n1", a), ("n2", b), ("n3", c))):
        claims.append(_stmt(f"s{k}", art, quote, words))
        own, kw = OWN[k]
        claims.append(_stmt(f"o{k}", art, own, kw, start=200))
    findings, _ = group.build_findings(claims)
    agreements = [f for f in findings if f.kind == "agreement"]
    assert [sorted(f.claims) for f in agreements] == [["s0", "s1", "s2"]]
    single = sorted(c for f in findings if f.kind == "unsupported" for c in f.claims)
    assert single == ["o0", "o1", "o2"]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(2, 8), st.integers(0, 30))
def test_a_word_each_source_uses_once_is_rare(n_articles: int, fillers: int) -> None:
    """Whatever the story's size, a word that each article's one clause uses pairs all of them."""
    stmts = [_stmt(f"s{k}", f"a{k}", "x", ["harbour", f"only{k}"]) for k in range(n_articles)]
    stmts += [_stmt(f"f{k}", f"a{k % n_articles}", "y", [f"filler{k}"], start=10) for k in range(fillers)]
    pairs, rare = group._statement_pairs(stmts, group.Stats())
    assert "harbour" in rare
    assert len([p for p in pairs if p[0].startswith("s") and p[1].startswith("s")]) == n_articles * (n_articles - 1) // 2


# (verdicts of the clause against each member, members' articles, same script?) -> joins?
FITS = [
    (["agree", "agree"], ["n1", "n2"], True),
    (["agree", "unrelated"], ["n1", "n2"], False),      # complete linkage: every member must agree
    (["agree", "contradict"], ["n1", "n2"], False),
    (["agree", "agree"], ["n1", "n3"], False),          # a member of its own article (n3): it is there already
    (["unrelated"], ["n1"], False),
]


@pytest.mark.parametrize("kinds,arts,joins", FITS)
def test_fitting(kinds: list[str], arts: list[str], joins: bool) -> None:
    me = _stmt("me", "n3", "The ferry ran aground.", ["ferry", "aground"])
    members = [_stmt(f"m{k}", a, "The ferry ran aground.", ["ferry", "aground"]) for k, a in enumerate(arts)]
    verdict = dict(zip((m.id for m in members), kinds))

    def judge(a: Claim, b: Claim) -> compare.Verdict:
        return compare.Verdict(verdict[b.id], "table", compare.CONF_SIMILAR)

    assert (beside.fitting(me, members, judge) is not None) == joins


# Two sources state the fact in plain clauses; a third states it in a clause whose structured claims
# hold most of it, and one of them (a weekday nobody else gives as a date claim) meets nothing.
PLAIN = [("The council approved the new harbour bridge after a long debate.",
          "The council approved the new harbour bridge after a long debate on Tuesday.",
          "On Tuesday the council approved the new harbour bridge after a long debate.",
          ["council", "approved", "new", "harbour", "bridge", "long", "debate"]),
         ("Striking nurses returned to the wards of the city hospital.",
          "Striking nurses have returned to the wards of the city hospital.",
          "On Monday striking nurses returned to the wards of the city hospital.",
          ["striking", "nurses", "returned", "wards", "city", "hospital"])]


def _fillers(n: int = 30) -> list[Claim]:
    """Clauses of their own (unique words): a story large enough that a word of three clauses is rare
    by the share of its statements alone (so that these tests do not rest on ``keyword_cap``)."""
    return [_stmt(f"f{k}", f"n{k % 3 + 1}", f"Filler clause {k}.", [f"filler{k}"], start=500 + 30 * k) for k in range(n)]


@pytest.mark.parametrize("a,b,c,words", PLAIN)
def test_beside_clause_joins_the_agreement(a: str, b: str, c: str, words: list[str]) -> None:
    s1, s2 = _stmt("s1", "n1", a, words), _stmt("s2", "n2", b, words)
    s3 = _stmt("s3", "n3", c, words, is_beside=True)
    day = Claim(id="d3", article="n3", start=3, end=10, quote=c[3:10], property="date", value="weekday:x",
                keywords=words)
    findings, _ = group.build_findings([s1, s2, s3, day] + _fillers())
    agreements = [sorted(f.claims) for f in findings if f.kind == "agreement"]
    assert agreements == [["s1", "s2", "s3"]]
    assert beside.BESIDE_JOIN_RULE in next(f.reason for f in findings if f.kind == "agreement")
    assert not [f for f in findings if f.kind == "unsupported" and not f.claims[0].startswith("f")]


def test_beside_clause_of_another_fact_stays_out() -> None:
    """A beside clause that does not agree with the members joins nothing; its claims stay single."""
    words = ["council", "approved", "new", "harbour", "bridge", "long", "debate"]
    s1 = _stmt("s1", "n1", "The council approved the new harbour bridge after a long debate.", words)
    s2 = _stmt("s2", "n2", "The council approved the new harbour bridge after a long debate on Tuesday.", words)
    other = "On Tuesday the ferry company raised its fares for the winter."
    s3 = _stmt("s3", "n3", other, ["ferry", "company", "raised", "fares", "winter", "harbour"], is_beside=True)
    day = Claim(id="d3", article="n3", start=3, end=10, quote=other[3:10], property="date", value="weekday:x")
    findings, _ = group.build_findings([s1, s2, s3, day] + _fillers())
    assert [sorted(f.claims) for f in findings if f.kind == "agreement"] == [["s1", "s2"]]
    assert [f.claims for f in findings if f.kind == "unsupported" and not f.claims[0].startswith("f")] == [["d3"]]


# (verdicts of the beside clause against each member of the group, joins?) -- it must agree with at
# least BESIDE_JOIN_SHARE of them (two of three) and contradict none
FITS = [
    (("agree", "agree", "agree"), True),
    (("agree", "agree", "unrelated"), True),
    (("agree", "unrelated", "unrelated"), False),
    (("agree", "agree", "contradict"), False),
    (("agree",), True),
    (("unrelated",), False),
    (("agree", "unrelated"), False),
]


@pytest.mark.parametrize("verdicts,joins", FITS)
def test_a_beside_clause_joins_a_group_most_of_whose_members_it_agrees_with(verdicts, joins) -> None:
    members = [_stmt(f"m{k}", f"n{k + 1}", f"Member clause {k}.", ["w"]) for k in range(len(verdicts))]
    c = _stmt("c", "n9", "The beside clause.", ["w"], is_beside=True)
    by_member = {m.id: v for m, v in zip(members, verdicts)}

    def judge(a: Claim, b: Claim) -> compare.Verdict:
        kind = by_member[b.id]
        return compare.UNRELATED if kind == "unrelated" else compare.Verdict(kind, f"{kind} {b.id}", 0.9)

    assert (beside.fitting(c, members, judge) is not None) is joins
