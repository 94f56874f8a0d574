"""Figures of different blocks (one with a named measure, "17 people were killed", one without,
"... and at least 17 people underground") never meet in their blocks; an uncovered one joins the one
group of another block it agrees with (judge/adopt.py). Invented stories and a table of the joining
policy on hand-made claims with a stub judge."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import pipeline
from factcheck.judge import adopt, compare
from factcheck.models import Article, Claim, Finding

AGREE = compare.Verdict("agree", "stub agreement", compare.CONF_VALUE)
CLASH = compare.Verdict("contradict", "stub clash", compare.CONF_VALUE)


def _story(*texts: str) -> pipeline.Report:
    arts = [Article(id=f"0{k}_x", path=f"0{k}_x.txt", text=t, language="en", published=dt.date(2024, 3, 5))
            for k, t in enumerate(texts, 1)]
    return pipeline.analyze(arts)


def _grouped(report, value: str) -> list[set[str]]:
    """The articles of each agreement or contradiction side holding figures of ``value``."""
    by_id = {c.id: c for c in report.claims}
    out = []
    for f in report.findings:
        groups = [s.claims for s in f.sides] if f.sides else [f.claims] if f.kind == "agreement" else []
        for g in groups:
            arts = {by_id[i].article for i in g if by_id[i].value == value and by_id[i].property == "quantity:count"}
            if arts:
                out.append(arts)
    return out


MINE_A = ("A coal mine collapsed near the town of Varnok on Tuesday morning.\n\n"
          "At least 17 people were killed underground when the main shaft gave way during the morning shift.")
MINE_B = ("A coal mine near Varnok collapsed on Tuesday, trapping the morning shift.\n\n"
          "The collapse claimed 23 of the 30 miners inside and at least 17 people underground.")
FERRY_A = ("A ferry capsized off Lumo island on Friday.\n\n"
           "At least 1,250 passengers were rescued by fishing boats before dawn.")
FERRY_B = ("A ferry sank near Lumo island on Friday night.\n\n"
           "Coast guards said 1,250 had been brought ashore in Lumo harbour by morning.")
TRUCKS_A = ("A coal mine collapsed near the town of Varnok on Tuesday morning.\n\n"
            "At least 17 people were killed when the main shaft gave way.")
TRUCKS_B = ("A coal mine near Varnok collapsed on Tuesday.\n\n"
            "By evening 17 aid trucks had reached the town from the capital.")


@pytest.mark.parametrize("texts, value, together", [
    ((MINE_A, MINE_B), "17", True),     # a toll and the same figure without its cue, shared words
    ((FERRY_A, FERRY_B), "1250", True),  # a rare value (RARE_VALUE_MIN) without shared words
    ((TRUCKS_A, TRUCKS_B), "17", False),  # a small equal value, nothing else shared: two facts
])
def test_a_figure_joins_an_agreeing_figure_of_another_block(texts, value, together):
    groups = _grouped(_story(*texts), value)
    assert any(len(g) == 2 for g in groups) is together


def test_the_joined_group_names_the_rule():
    report = _story(MINE_A, MINE_B)
    assert any(adopt.ADOPT_RULE in f.reason for f in report.findings if f.kind == "agreement")


def _claim(cid: str, article: str, prop: str = "quantity:count", quote: str = "17 people", value: int = 17) -> Claim:
    return Claim(id=cid, article=article, start=0, end=len(quote), quote=quote, property=prop, value=str(value),
                 value_low=value, value_high=value)


def _judge(pairs: dict[frozenset, compare.Verdict]):
    return lambda a, b: pairs.get(frozenset((a.id, b.id)), compare.UNRELATED)


def _keyed(monkeypatch, keys: dict[str, str]) -> None:
    """Blocks by id: ``keys`` maps a claim id to its block (None when not listed)."""
    monkeypatch.setattr(adopt, "block_key", lambda c: (c.property, keys.get(c.id)))


# scenario: (name, members of an agreement, block of each claim, pairs that agree (others unrelated),
# value of each claim, the claims of the finding holding the uncovered claim "x" afterwards, or None)
ROWS = [
    # an uncovered figure agreeing with both members of an agreement of another block joins it
    ("joins an agreement", ["a", "b"], {"x": "dead"}, {"xa", "xb"}, {}, {"a", "b", "x"}),
    # it agrees with one member, the other states its figure too (within precision): it joins
    ("one agrees, one meets", ["a", "b"], {"x": "dead"}, {"xa"}, {}, {"a", "b", "x"}),
    # it agrees with one member, the other states another figure: complete linkage keeps it out
    ("one agrees, one differs", ["a", "b"], {"x": "dead"}, {"xa"}, {"b": 40}, None),
    # agreeing with no member, it stays alone even when their figures meet
    ("none agrees", ["a", "b"], {"x": "dead"}, set(), {}, None),
    # a figure of the same block left alone by the one-pass clustering joins the same way
    ("same block leftover", ["a", "b"], {"x": "dead", "a": "dead", "b": "dead"}, {"xa"}, {}, {"a", "b", "x"}),
]


@pytest.mark.parametrize("name, members, keys, agreeing, values, expected", ROWS)
def test_joining_policy(monkeypatch, name, members, keys, agreeing, values, expected):
    _keyed(monkeypatch, keys)
    claims = [_claim("x", "A")] + [_claim(m, f"B{k}", value=values.get(m, 17)) for k, m in enumerate(members)]
    out = [compare.agreement([c for c in claims if c.id in members], "stub", compare.CONF_VALUE)]
    covered = set(members)
    verdicts = {frozenset(p): AGREE for p in agreeing}
    adopt.adopt(claims, out, covered, _judge(verdicts), lambda a, b: True)
    holding = [set(f.claims) for f in out if "x" in f.claims]
    assert (holding[0] if holding else None) == expected
    assert ("x" in covered) is (expected is not None)


def _clash(claims: dict[str, Claim], left: list[str], right: list[str]) -> Finding:
    return compare.contradiction([[claims[i] for i in left], [claims[i] for i in right]], "stub", compare.CONF_VALUE)


@pytest.mark.parametrize("x_article, joins", [
    ("A", True),    # its article is on no side: it joins the side it agrees with
    ("B1", False),  # its article holds the other side's claim: the source told the two values apart
])
def test_a_figure_joins_a_contradiction_side_unless_its_source_told_them_apart(monkeypatch, x_article, joins):
    _keyed(monkeypatch, {"x": "dead"})
    cs = {"x": _claim("x", x_article), "l": _claim("l", "B0"), "r": _claim("r", "B1")}
    out = [_clash(cs, ["l"], ["r"])]
    covered = {"l", "r"}
    adopt.adopt(list(cs.values()), out, covered, _judge({frozenset(("x", "l")): AGREE}), lambda a, b: True)
    assert ("x" in out[0].sides[0].claims) is joins
    assert "x" not in out[0].sides[1].claims


def test_a_figure_agreeing_with_both_sides_joins_neither(monkeypatch):
    _keyed(monkeypatch, {"x": "dead"})
    cs = {"x": _claim("x", "A"), "l": _claim("l", "B0"), "r": _claim("r", "B1", value=20)}
    out = [_clash(cs, ["l"], ["r"])]
    adopt.adopt(list(cs.values()), out, {"l", "r"},
                _judge({frozenset(("x", "l")): AGREE, frozenset(("x", "r")): AGREE}), lambda a, b: True)
    assert "x" not in out[0].claims


def test_a_figure_fitting_two_groups_joins_none(monkeypatch):
    _keyed(monkeypatch, {"x": "dead"})
    cs = {i: _claim(i, a) for i, a in (("x", "A"), ("a", "B"), ("b", "C"), ("c", "D"), ("d", "E"))}
    out = [compare.agreement([cs["a"], cs["b"]], "stub", 0.8), compare.agreement([cs["c"], cs["d"]], "stub", 0.8)]
    agreeing = {frozenset(("x", o)): AGREE for o in "abcd"}
    adopt.adopt(list(cs.values()), out, {"a", "b", "c", "d"}, _judge(agreeing), lambda a, b: True)
    assert not any("x" in f.claims for f in out)


def test_a_figure_of_another_script_is_not_joined(monkeypatch):
    _keyed(monkeypatch, {"x": "dead"})
    cs = {"x": _claim("x", "A"), "a": _claim("a", "B", quote="17 شخصا"), "b": _claim("b", "C", quote="١٧ شخصا")}
    out = [compare.agreement([cs["a"], cs["b"]], "stub", 0.8)]
    adopt.adopt(list(cs.values()), out, {"a", "b"}, _judge({frozenset(("x", o)): AGREE for o in "ab"}),
                lambda a, b: True)
    assert "x" not in out[0].claims


def test_two_lone_figures_make_an_agreement(monkeypatch):
    _keyed(monkeypatch, {"x": "dead"})
    cs = [_claim("x", "A"), _claim("y", "B")]
    out: list[Finding] = []
    covered: set[str] = set()
    adopt.adopt(cs, out, covered, _judge({frozenset(("x", "y")): AGREE}), lambda a, b: True)
    assert [sorted(f.claims) for f in out] == [["x", "y"]] and covered == {"x", "y"}
    assert adopt.ADOPT_RULE in out[0].reason


def test_a_clash_keeps_a_figure_out(monkeypatch):
    _keyed(monkeypatch, {"x": "dead"})
    cs = [_claim("x", "A"), _claim("a", "B"), _claim("b", "C")]
    out = [compare.agreement(cs[1:], "stub", 0.8)]
    adopt.adopt(cs, out, {"a", "b"}, _judge({frozenset(("x", "a")): AGREE, frozenset(("x", "b")): CLASH}),
                lambda a, b: True)
    assert "x" not in out[0].claims


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["A", "B", "C", "D"]), min_size=2, max_size=6),
       st.sets(st.tuples(st.integers(0, 5), st.integers(0, 5))))
def test_adopting_never_loses_a_claim_and_only_adds_covered_ones(articles, agreeing_idx):
    """Whatever the verdicts: every claim of a finding before is in one after, findings only grow,
    and every claim newly in a finding is reported as covered."""
    cs = [_claim(f"c{k}", a) for k, a in enumerate(articles)]
    agreeing = {frozenset((f"c{i}", f"c{j}")): AGREE for i, j in agreeing_idx if i != j}
    out = [compare.agreement(cs[:2], "stub", 0.8)] if articles[0] != articles[1] else []
    before = [set(f.claims) for f in out]
    covered = set().union(*before) if before else set()
    with pytest.MonkeyPatch.context() as mp:   # two blocks: even and odd claims
        mp.setattr(adopt, "block_key", lambda c: (c.property, int(c.id[1:]) % 2))
        adopt.adopt(cs, out, covered, _judge(agreeing), lambda a, b: True)
    for k, claims in enumerate(before):
        assert claims <= set(out[k].claims)
    assert set().union(*(set(f.claims) for f in out)) <= covered


@pytest.mark.parametrize("x_block, related, joins", [
    ("dead", False, False),   # across blocks an equal small value with no words in common: two facts
    ("dead", True, True),     # across blocks, its words describe the member it agrees with
    (None, False, True),      # in its own block the block's own rules decided the agreement
])
def test_across_blocks_the_words_must_describe_the_member(monkeypatch, x_block, related, joins):
    _keyed(monkeypatch, {"x": x_block})
    cs = [_claim("x", "A"), _claim("a", "B"), _claim("b", "C")]
    out = [compare.agreement(cs[1:], "stub", 0.8)]
    adopt.adopt(cs, out, {"a", "b"}, _judge({frozenset(("x", "a")): AGREE, frozenset(("x", "b")): AGREE}),
                lambda a, b: related)
    assert ("x" in out[0].claims) is joins
