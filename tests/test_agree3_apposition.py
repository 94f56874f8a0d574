"""A name told twice in apposition ("The Zephyr flight ZX602, an Airbus A330, ...") is one claim span:
the clause splitter cuts the sentence at the apposition's commas, and a name or designation claim of
either half spans both (extract.measured.apposition; invented sentences)."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import pipeline
from factcheck.extract import measured
from factcheck.models import Article, Clause

DAY = dt.date(2031, 3, 8)


def _span(sentence: str, inside: str) -> str | None:
    """The apposition holding the first character of ``inside``, as written."""
    art = Article(id="a", path="a.txt", text=sentence, language="en", published=DAY)
    clause = Clause(article="a", start=0, end=len(sentence), sentence_start=0, sentence_end=len(sentence), paragraph=0)
    found = measured.apposition(art, clause, sentence.index(inside), "en")
    return None if found is None else sentence[found[0]:found[1]]


@pytest.mark.parametrize("sentence, inside, expected", [
    ("The Zephyr flight ZX602, an Antonov 124 Ruslan bound for Lisbon, landed safely.", "Antonov",
     "The Zephyr flight ZX602, an Antonov 124 Ruslan"),
    ("The Zephyr flight ZX602, an Antonov 124 Ruslan bound for Lisbon, landed safely.", "ZX602",
     "The Zephyr flight ZX602, an Antonov 124 Ruslan"),
    ("On Monday, Zephyr Flight ZX602, an Airbus A330, left Porto.", "A330", "Zephyr Flight ZX602, an Airbus A330"),
    # no name after the determiner: a relative clause, no apposition
    ("The Zephyr flight ZX602, which left Porto at noon, landed safely.", "ZX602", None),
    # a head of more than APPOSITION_HEAD_WORDS words is a clause of its own
    ("The crew of the small chartered plane that left Porto on Monday, the Zephyr ZX602, landed.", "ZX602", None),
    # a head that ends in a lower-case word names nothing
    ("The plane was repaired last week, a Zephyr technician said.", "Zephyr", None),
    # the position outside the apposition
    ("The Zephyr flight ZX602, an Antonov 124 Ruslan bound for Lisbon, landed safely.", "Lisbon", None),
])
def test_an_apposition_spans_the_name_and_its_apposed_name(sentence, inside, expected):
    assert _span(sentence, inside) == expected


def _claims(text: str, prop: str) -> list[str]:
    rep = pipeline.analyze([Article(id="a", path="a.txt", text=text, language="en", published=DAY)])
    return [c.quote for c in rep.claims if c.property == prop]


def test_a_designation_in_apposition_spans_the_thing_it_names():
    text = "The Zephyr flight ZX602, an Antonov 124 Ruslan bound for Lisbon, landed safely in Faro."
    assert _claims(text, "designation") == ["The Zephyr flight ZX602, an Antonov 124 Ruslan"]
    assert _claims(text, "name") == ["The Zephyr flight ZX602, an Antonov 124 Ruslan"]


def test_the_two_halves_of_an_apposition_agree_with_another_source_naming_both():
    arts = [Article(id="a0", path="a0.txt", language="en", published=DAY,
                    text="The Zephyr flight ZX602, an Antonov 124 Ruslan bound for Lisbon, landed safely in Faro."),
            Article(id="a1", path="a1.txt", language="en", published=DAY,
                    text="Zephyr Flight ZX602, an Antonov 124 Ruslan, made an emergency landing in Faro.")]
    rep = pipeline.analyze(arts)
    by_id = {c.id: c for c in rep.claims}
    agreed = [sorted(by_id[c].quote for c in f.claims) for f in rep.findings
              if f.kind == "agreement" and {by_id[c].property for c in f.claims} == {"designation"}]
    assert agreed == [["The Zephyr flight ZX602, an Antonov 124 Ruslan", "Zephyr Flight ZX602, an Antonov 124 Ruslan"]]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Zephyr", "Corvo", "Tamsin"]), st.integers(100, 999),
       st.sampled_from(["an Airbus A330", "a Boeing 737", "the Fokker F28"]),
       st.sampled_from(["left Porto at noon", "landed in Faro"]))
def test_an_apposition_never_reaches_past_the_apposed_name(maker, code, model, rest):
    sentence = f"The {maker} flight {maker[:2].upper()}{code}, {model} that {rest}, was delayed."
    found = _span(sentence, model)
    assert found == f"The {maker} flight {maker[:2].upper()}{code}, {model}"
