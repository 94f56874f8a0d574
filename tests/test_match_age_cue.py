"""An age cue that holds a number of its own ("The 31-year-old", "26 عاما") names that number's
measure only: the figure the sentence states next ("hit 9 three-pointers", "17 aces", "15 نقطة") is a
count of its own, as sport copy writes a player's game statistics after their age. One row per
phrase -> whether each figure is read as an age."""
import pytest

from factcheck import pipeline
from factcheck.models import Article


def _measures(text, lang):
    art = Article(id="a", path="a.txt", text=text, language=lang)
    out = {}
    for c in pipeline.analyze([art]).claims:
        if c.property.startswith("quantity:"):
            out[c.value] = next((s.text for s in c.signals if s.field == "measure"), None)
    return out


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The 31-year-old hit 9 three-pointers in the win over Tampere.", {"31": True, "9": False}),
    ("en", "The 22-year-old served 17 aces in the final in Geneva.", {"22": True, "17": False}),
    ("en", "The 40-year-old was convicted on 3 counts in Oslo.", {"40": True, "3": False}),
    ("ar", "وسجل اللاعب البالغ من العمر 26 عاما 15 نقطة في المباراة.", {"26": True, "15": False}),
])
def test_an_age_cue_measures_its_own_number_only(lang, text, expected):
    got = _measures(text, lang)
    assert {k: got.get(k, "") == "age" for k in expected} == expected
