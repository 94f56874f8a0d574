"""A clause that its structured claims hold (a figure, a date) still stands beside them as a
statement: another source's statement of the same fact agrees with it. Such a clause never clashes as
a statement, never meets another such clause and is never reported as single-source (invented
ferry, trial and transfer stories, English and Arabic)."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.extract.normalize import BESIDE_RULE
from factcheck.judge.group import is_beside
from factcheck.models import Article

DAY = dt.date(2024, 3, 1)


# A second paragraph of its own for each article: a one-line article is one statement as a whole
# (``normalize.ONE_STATEMENT_MAX_WORDS``), the clause reading these tests are about is an article's.
ASIDES = {"en": ["Schools in the region stayed open.", "Weather on the coast was calm."],
          "ar": ["وظلت مدارس المنطقة مفتوحة.", "وكان الطقس على الساحل هادئا."]}


def _report(*texts: str, lang: str = "en"):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", language=lang, published=DAY, text=f"{t}\n\n{ASIDES[lang][i]}")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _statement_agreements(rep) -> list[set[str]]:
    cl = {c.id: c for c in rep.claims}
    return [{cl[i].article for i in f.claims} for f in rep.findings
            if f.kind == "agreement" and f.property == "statement"]


@pytest.mark.parametrize("lang, held, plain", [
    ("en", "The ferry Aurora sent a distress call minutes before it sank off Crete on Friday with 310 passengers aboard.",
     "Its captain sent a distress call minutes before the ferry Aurora sank."),
    ("en", "Judge Maria Olsen acquitted the former minister of all corruption charges on 4 March after a 9-week trial.",
     "The former minister was acquitted of all corruption charges by Judge Maria Olsen."),
    ("ar", "وأطلقت العبارة أورورا نداء استغاثة قبل دقائق من غرقها قبالة كريت يوم الجمعة وعلى متنها 310 ركاب.",
     "وأطلق قبطان العبارة أورورا نداء استغاثة قبل دقائق من غرقها."),
])
def test_a_statement_agrees_with_a_clause_its_figures_hold(lang, held, plain):
    rep = _report(held, plain, lang=lang)
    beside = [c for c in rep.claims if c.article == "a0" and c.property == "statement" and c.end <= len(held)]
    assert [is_beside(c) for c in beside] == [True]
    assert _statement_agreements(rep) == [{"a0", "a1"}]


def test_the_clause_beside_its_figures_is_marked_with_its_rule():
    held = "The ferry Aurora sank off Crete on Friday with 310 passengers aboard."
    rep = _report(held)
    [s] = [c for c in rep.claims if c.property == "statement" and c.end <= len(held)]
    assert [x.rule for x in s.signals if x.field == "property"] == [BESIDE_RULE]


def test_clauses_beside_their_figures_never_meet_each_other():
    rep = _report("The ferry Aurora sank off Crete on Friday with 310 passengers aboard.",
                  "The ferry Aurora sank off Crete on Friday with 310 passengers aboard, officials said on 2 March.")
    assert _statement_agreements(rep) == []


def test_a_clause_beside_its_figures_never_clashes_and_is_never_single_source():
    rep = _report("The club did not sign the striker Tomas Weil for 40 million euros on Monday.",
                  "The club signed the striker Tomas Weil on Monday.")
    cl = {c.id: c for c in rep.claims}
    statements = {c.id for c in rep.claims if c.property == "statement" and is_beside(c)}
    assert statements   # the first clause's figure holds it
    for f in rep.findings:
        assert not statements & set(f.claims) or f.kind == "agreement"
        assert f.kind != "contradiction" or f.property != "statement" or all(not is_beside(cl[i]) for i in f.claims)
