"""Two clauses alike in words but stating different exact figures are never one statement (invented
trial, sport and deal clauses, both languages); bounds and shared figures keep the old behaviour."""
import pytest

from factcheck.kinds import statement
from factcheck.models import Claim


def _clause(cid: str, article: str, text: str) -> Claim:
    words = sorted({w.lower().strip(".,") for w in text.split() if len(w) > 3})
    return Claim(id=cid, article=article, start=0, end=len(text), quote=text, property="statement", keywords=words)


RARE = frozenset({"sentenced", "prison", "girard", "court", "former", "mayor", "jailed", "lyon", "tuesday",
                  "striker", "signed", "contract", "club", "monday", "fined", "euros"})


@pytest.mark.parametrize("a, b", [
    ("A Lyon court sentenced former mayor Paul Girard to 10 years in prison on Tuesday.",
     "A Lyon court sentenced former mayor Paul Girard to 12 years in prison on Tuesday."),
    ("The striker signed a contract for three years with the club on Monday.",
     "The striker signed a contract for four years with the club on Monday."),
    ("Former mayor Paul Girard was fined 50,000 euros by the Lyon court.",
     "Former mayor Paul Girard was fined 80,000 euros by the Lyon court."),
    ("قضت محكمة في ليون بسجن رئيس البلدية السابق بول جيرار 10 سنوات.",
     "قضت محكمة في ليون بسجن رئيس البلدية السابق بول جيرار 12 عاما."),
])
def test_different_exact_figures_are_never_an_agreement(a, b):
    v = statement.judge(_clause("x", "a1", a), _clause("y", "a2", b), rare=RARE)
    assert v.kind != "agree"


@pytest.mark.parametrize("a, b", [
    ("A Lyon court sentenced former mayor Paul Girard to 10 years in prison on Tuesday.",
     "Former mayor Paul Girard was sentenced to 10 years in prison by a Lyon court on Tuesday."),
    ("A Lyon court sentenced former mayor Paul Girard to more than 10 years in prison on Tuesday.",
     "Former mayor Paul Girard was sentenced to 12 years in prison by a Lyon court on Tuesday."),
    ("A Lyon court sentenced former mayor Paul Girard to prison on Tuesday.",
     "Former mayor Paul Girard was sentenced to 12 years in prison by a Lyon court on Tuesday."),
])
def test_a_shared_figure_a_bound_or_no_figure_still_agrees(a, b):
    v = statement.judge(_clause("x", "a1", a), _clause("y", "a2", b), rare=RARE)
    assert v.kind == "agree"


def test_the_rule_is_symmetric():
    a = _clause("x", "a1", "A Lyon court sentenced former mayor Paul Girard to 10 years in prison on Tuesday.")
    b = _clause("y", "a2", "Former mayor Paul Girard was jailed for 12 years by the Lyon court on Tuesday.")
    assert statement.judge(a, b, rare=RARE).kind == statement.judge(b, a, rare=RARE).kind


@pytest.mark.parametrize("a, b, kind", [
    ("Lindmark beat Valdor in Wednesday's semi-final.", "Lindmark defeated Valdor in Wednesday's semi-final.", "agree"),
    ("Lindmark beat Valdor in Wednesday's semi-final.", "Lindmark were defeated by Valdor in Wednesday's semi-final.",
     "contradict"),
    ("Lindmark won Wednesday's semi-final against Valdor.", "Lindmark lost Wednesday's semi-final against Valdor.",
     "contradict"),
])
def test_an_active_defeat_is_a_win_and_a_passive_one_a_loss(a, b, kind):
    rare = frozenset({"lindmark", "valdor", "wednesday", "semi-final", "beat", "defeated", "won", "lost"})
    assert statement.judge(_clause("x", "a1", a), _clause("y", "a2", b), rare=rare).kind == kind
