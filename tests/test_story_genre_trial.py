"""An invented court verdict in English and Arabic (names, terms and sums of no real trial): the
sentence, the prosecutors' demand, the defendant's former title, a later appeal hearing."""
import pytest

from factcheck.lang import lexicon as lx
from factcheck.mentions.names import NameRegistry
from factcheck.mentions.persons import TitleParser
from story_support import story


def _story(*texts: str):
    return story(*texts)


def _values(rep, kind, prop):
    cl = {c.id: c for c in rep.claims}
    return [sorted({cl[i].value for i in f.claims}) for f in rep.findings if f.kind == kind and f.property == prop]


def _roles(rep):
    return sorted((c.article, c.value) for c in rep.claims if c.property == "role")


def test_the_verb_before_a_former_title_is_not_part_of_it():
    rep = _story("A court in Velden on Thursday sentenced former health minister Ilse Brandt to six years in prison.",
                 "Ilse Brandt, the former health minister, was jailed for eight years.")
    roles = _roles(rep)
    assert all(not v.startswith("sentenced") for _, v in roles)
    assert [v for _, v in roles] == ["former health minister|||"] * 2
    assert _values(rep, "agreement", "role") == [["former health minister|||"]]


def test_the_sentence_clashes_and_the_demand_does_not():
    rep = _story("A court sentenced former health minister Ilse Brandt to six years in prison. "
                 "Prosecutors had sought 11 years.",
                 "Ilse Brandt, the former health minister, was sentenced to eight years. "
                 "Prosecutors had asked for an 11-year term.")
    assert _values(rep, "contradiction", "duration") == [["P6Y", "P8Y"]]


def test_a_dated_appeal_hearing_is_another_occurrence():
    rep = _story("Ilse Brandt was sentenced on March 3. The appeals court will hear her case on June 9.",
                 "Ilse Brandt was sentenced on March 3. Her appeal is due before the appeals court on June 19.")
    dates = _values(rep, "contradiction", "date")
    assert ["--03-03", "--06-09"] not in dates and ["--03-03", "--06-19"] not in dates


# one row per title as written before a name -> the words of the title
@pytest.mark.parametrize("text, words", [
    ("The court sentenced former health minister Ilse Brandt.", "former health minister"),
    ("Judges jailed the disgraced former mayor Tomas Ruud.", "former mayor"),
    ("Ilse Brandt, the former health minister, spoke.", "the former health minister"),
    ("Health minister Ilse Brandt spoke.", "Health minister"),
    ("The ex-mayor Tomas Ruud spoke.", "The ex-mayor"),
])
def test_a_title_opens_at_its_past_modifier(text, words):
    toks = lx.tokenize(text, "en")
    found = TitleParser("en").parse(text, toks, NameRegistry())
    assert found, text
    i, j = found[0].title
    assert text[toks[i].start:toks[j - 1].end] == words
