"""An invented avalanche (no real disaster: the resort, the names, the figures and the outlets
invented), told by two English wires and an Arabic outlet, with nationality nouns that are no demonym
adjective ("Four Britons", "three Poles", "the Swede", "Briton Tom Hale"; ``tools/build_demonyms.py``
person_nouns): the Britons among the dead clash (4 / 5), the Arabic count of Britons agrees with the
four, and the Poles agree. Distractors: "Pole position", "the North Pole station", "Finn Russell" (a
given name) are no nationality."""
import datetime as dt

import pytest

from factcheck.lang import lexicon as lx
from story_support import analyze

DAY = dt.date(2026, 2, 3)
ROWS = [
    ("01_wire_en", "en", "HALDEN, Feb 3 (NPA) - The avalanche near Halden killed nine skiers on Monday. "
     "Four Britons and three Poles were among the dead. The Swede Lars Ekberg, who led the group, survived.\n\n"
     "Share on Facebook\n"),
    ("02_news_en", "en", "Halden avalanche: nine skiers dead\n\nBy Ruth Amsel | February 3, 2026\n\n"
     "Nine skiers died in the avalanche near Halden on Monday. Five Britons and three Poles were among the dead, "
     "police said.\n\nPole position in the search went to a team from the North Pole station, whose leader "
     "Finn Russell praised the volunteers.\n\nRead more: Avalanche risk high across the Alps\n"),
    ("03_alaan_ar", "ar", "الرئيسية > عربي ودولي\n\nمصرع تسعة متزلجين في انهيار ثلجي\n\n"
     "لقي تسعة متزلجين حتفهم في انهيار ثلجي قرب هالدن الاثنين، بينهم أربعة بريطانيين وثلاثة بولنديين.\n\n"
     "شارك الخبر\n"),
]


def test_the_britons_among_the_dead_clash_and_the_poles_agree():
    rep, by_id = analyze(ROWS, DAY)
    clashes = [sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides)
               for f in rep.findings if f.kind == "contradiction"]
    assert clashes == [[[("01_wire_en", "4"), ("03_alaan_ar", "4")], [("02_news_en", "5")]]]
    poles = [sorted(by_id[c].article for c in f.claims) for f in rep.findings
             if f.kind == "agreement" and all(by_id[c].subject == "nationality:PL" for c in f.claims)]
    assert poles and all("01_wire_en" in p and "02_news_en" in p for p in poles)


def test_no_nationality_in_a_common_word_or_a_given_name():
    rep, _ = analyze(ROWS, DAY)
    nationals = sorted({c.subject for c in rep.claims if c.article == "02_news_en" and c.subject
                        and c.subject.startswith("nationality:")})
    assert nationals == ["nationality:GB", "nationality:PL"]


# one row per phrase -> the country its word at the given token names (None: none)
@pytest.mark.parametrize("text, at, code", [
    ("The Briton finished second.", 1, "GB"),
    ("The 24-year-old Finn led from the start.", 4, "FI"),
    ("Two Danes and a Spaniard were hurt.", 1, "DK"),
    ("Two Danes and a Spaniard were hurt.", 4, "ES"),
    ("The Scot and the Swede shared the lead.", 1, "GB"),
    ("The Scot and the Swede shared the lead.", 4, "SE"),
    ("Pole Marta Nowak won the sprint.", 0, "PL"),
    ("Three Turks and two Serbs were detained.", 1, "TR"),
    ("The Kenyan and the Ethiopian broke away.", 1, "KE"),
    ("The Kenyan and the Ethiopian broke away.", 4, "ET"),
    ("Irishman Sean Daly won.", 0, "IE"),
    ("Pole position went to Lars Ekberg.", 0, None),
    ("He took pole position again.", 2, None),
    ("They flew over the North Pole.", 5, None),
    ("Finn Russell kicked the winner.", 0, None),
    ("The pole vault final was delayed.", 1, None),
])
def test_a_nationality_noun_is_read_where_written_as_a_noun(text, at, code):
    toks = lx.tokenize(text, "en")
    found = lx.nationality_at(toks, at, "en")
    assert (found[0] if found else None) == code
