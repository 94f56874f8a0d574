"""Match minutes: a later minute of a sentence that repeats the action of the one before it ("scored
in the 12th minute and again in the 61st") is what that minute was, by the same player, so that it
meets the other outlets' minute of that goal. Invented players and matches."""
import pytest

from factcheck import pipeline
from factcheck.kinds import minute
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Article


def _frames(text, lang):
    toks = lx.tokenize(text, lang)
    return minute.frames(text, toks, values.find_values(text, lang), lang, (0, len(text)), [], str)


@pytest.mark.parametrize("text, lang, carried, kept_apart", [
    ("Okafor headed in in the 9th minute and again in the 70th minute.", "en", {"headed", "okafor"}, set()),
    ("Okafor headed in in the 9th minute and once more in the 70th minute.", "en", {"headed", "okafor"}, set()),
    ("سجل أوكافور برأسه في الدقيقة 9 ومجددا في الدقيقة 70", "ar", {"سجل"}, set()),
    # no repetition: the later minute is another event with its own words
    ("Okafor headed in in the 9th minute and Lindgren replied in the 70th minute.", "en", set(), {"headed", "okafor"}),
])
def test_a_repeated_action_carries_its_words_to_the_later_minute(text, lang, carried, kept_apart):
    fs = {f.value: f for f in _frames(text, lang)}
    first, later = set(fs["9"].signature), set(fs["70"].signature)
    assert carried | kept_apart <= first
    assert carried <= later and not (kept_apart & later)


def test_a_goal_told_as_a_repeat_can_clash_with_its_minute_elsewhere():
    arts = [Article(id="m1", path="m1.txt", language="en", text=(
                "Tarnby beat Aalvik 2-0 on Saturday. Nigerian striker Niels Okafor headed in in the 9th minute and "
                "Okafor doubled the lead in the 66th minute.")),
            Article(id="m2", path="m2.txt", language="en", text=(
                "Tarnby defeated Aalvik 2-0 on Saturday, striker Niels Okafor scoring in the 9th minute and again "
                "in the 68th minute."))]
    rep = pipeline.analyze(arts)
    cl = {c.id: c for c in rep.claims}
    clashes = [sorted(cl[i].value for i in f.claims) for f in rep.findings
               if f.kind == "contradiction" and f.property == "minute"]
    assert clashes == [["66", "68"]]
