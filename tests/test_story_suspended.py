"""A suspended prison term is another sentence than a term served: invented fraud trials told in
English and Arabic. The same length suspended in one source only clashes ("a two-year suspended
sentence" / "jailed for two years" / "سنتين مع وقف التنفيذ"); two suspended terms compare by their
length; a sports suspension ("suspended for two years") stays a ban."""
import datetime as dt

import pytest

from factcheck.kinds import duration
from story_support import story

DAY = dt.date(2032, 9, 6)
SUSPENDED_EN = "A court in Velm gave former mayor Tomas Brandt a two-year suspended sentence on Monday for fraud."
SUSPENDED_AR = "قضت محكمة في فيلم بسجن رئيس البلدية السابق توماس براندت سنتين مع وقف التنفيذ يوم الاثنين."
SERVED_EN = "Former mayor Tomas Brandt was jailed for two years on Monday for fraud."


def _durations(*texts):
    rep = story(*texts, day=DAY)
    by_id = {c.id: c for c in rep.claims}
    found = sorted((f.kind, tuple(sorted(by_id[c].value for c in f.claims))) for f in rep.findings
                   if f.property == "duration" and f.kind != "unsupported")
    measures = sorted((c.article, duration.measure(c).text) for c in rep.claims if c.property == "duration")
    return found, measures


@pytest.mark.parametrize("texts, found, measures", [
    ((SUSPENDED_EN, SERVED_EN), [("contradiction", ("P2Y", "P2Y"))],
     [("a0", "suspended_term"), ("a1", "prison_term")]),
    ((SUSPENDED_AR, SERVED_EN), [("contradiction", ("P2Y", "P2Y"))],
     [("a0", "suspended_term"), ("a1", "prison_term")]),
    ((SUSPENDED_AR, SUSPENDED_EN), [("agreement", ("P2Y", "P2Y"))],
     [("a0", "suspended_term"), ("a1", "suspended_term")]),
    ((SUSPENDED_EN, "Former mayor Tomas Brandt was given a three-year suspended sentence on Monday for fraud."),
     [("contradiction", ("P2Y", "P3Y"))], [("a0", "suspended_term"), ("a1", "suspended_term")]),
    # two lengths, one suspended: perhaps two sentences, no clash
    ((SUSPENDED_EN, "Former mayor Tomas Brandt was jailed for five years on Monday for fraud."), [],
     [("a0", "suspended_term"), ("a1", "prison_term")]),
    (("Striker Tomas Brandt was suspended for two years on Monday for doping.",
      "Striker Tomas Brandt was banned for three years on Monday for doping."),
     [("contradiction", ("P2Y", "P3Y"))], [("a0", "ban"), ("a1", "ban")]),
])
def test_a_suspended_term(texts, found, measures):
    assert _durations(*texts) == (found, measures)
