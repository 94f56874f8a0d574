"""A number set off by commas right after the role that names an attacker ("The gunman, 27, opened
fire") is the attacker's age, as "Daniel Korir, 24," is a named person's: it clashes with another
outlet's "a 31-year-old man". Invented incidents."""
import datetime as dt

from story_support import analyze

DAY = dt.date(2033, 5, 2)


def _ages(rows):
    rep, by_id = analyze(rows, DAY)
    ages = sorted((c.article, c.value, c.subject) for c in rep.claims
                  if c.property == "quantity:count" and any(s.field == "measure" and s.text == "age" for s in c.signals))
    clashes = [sorted({by_id[c].value for c in f.claims}) for f in rep.findings
               if f.kind == "contradiction" and f.property == "quantity:count"]
    return ages, clashes


def test_an_age_in_apposition_to_the_attacker_clashes_with_another_outlets_age():
    ages, clashes = _ages([
        ("k1", "en", "Gunfire in Varenna\n\nThe gunman, 27, opened fire on Lantern Square shortly after 9 p.m. on "
                     "Saturday, police said.\n\nShare this article"),
        ("k2", "en", "The attacker, a 31-year-old man, opened fire on Lantern Square on Saturday night, police said."),
    ])
    assert ("k1", "27", "perpetrator:") in ages
    assert clashes == [["27", "31"]]


def test_a_plural_role_or_a_large_number_is_no_age():
    ages, clashes = _ages([
        ("k1", "en", "The gunmen, 27, fled in two cars after the attack on Lantern Square."),
        ("k2", "en", "The attacker, 300, was never found near Lantern Square."),
        ("k3", "en", "The attacker, a 31-year-old man, opened fire on Lantern Square on Saturday night."),
    ])
    assert [a for a in ages if a[0] in ("k1", "k2")] == []
    assert clashes == []
