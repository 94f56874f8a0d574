"""Durations that are the length of a named thing: a prison term or a ban (lexicon duration_measures,
keyed alike in every language), the noun an English duration modifies ("a four-day truce"), the noun
before Arabic "لمدة". Tables per language, then invented stories (a trial, a transfer, a truce)."""
import pytest

from factcheck import pipeline
from factcheck.kinds import duration
from factcheck.models import Article


def _story(*texts: str):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _durations(text: str):
    return [c for c in _story(text).claims if c.property == "duration"]


@pytest.mark.parametrize("text, value, measured", [
    ("A court in Oslo sentenced Lars Holm to 8 years in prison.", "P8Y", "prison_term"),
    ("Holm was jailed for eight years on Monday.", "P8Y", "prison_term"),
    ("The federation banned the keeper for six months.", "P6M", "ban"),
    ("قضت المحكمة بسجن المتهم 8 سنوات.", "P8Y", "prison_term"),
    ("قررت اللجنة إيقاف الحارس 6 أشهر.", "P6M", "ban"),
    ("Both sides agreed a three-day truce on Sunday.", "P3D", "truce"),
    ("The striker signed a 5-year contract.", "P5Y", "contract"),
    ("وقع المهاجم عقدا لمدة خمس سنوات.", "P5Y", "عقد"),
    ("The mayor declared a 60-day state of emergency.", "P60D", "emergency"),
    ("أعلن المحافظ حالة الطوارئ لمدة 30 يوما.", "P30D", "حال"),
])
def test_what_a_duration_is_the_length_of(text, value, measured):
    [c] = _durations(text)
    m = duration.measure(c)
    assert c.value == value and m is not None and measured in m.text.split()


@pytest.mark.parametrize("text", [
    "The talks ended three days later.",            # a time frame, unit plural, no cue
    "Holm was arrested four years ago.",            # no cue, a plural unit
    "The rescue will take place within 48 hours.",  # a frame
    "قبل أربعة أيام وصل الوفد إلى المدينة.",         # before, a function word
])
def test_a_duration_naming_nothing_and_lasting_nothing_is_no_claim(text):
    assert _durations(text) == []


def _clashes(rep):
    return [f for f in rep.findings if f.kind == "contradiction" and f.property == "duration"]


@pytest.mark.parametrize("a, b", [
    ("A court in Oslo sentenced Lars Holm to 8 years in prison on Monday.",
     "Lars Holm was jailed for 10 years by an Oslo court on Monday."),
    ("قضت محكمة في أوسلو بسجن لارس هولم 8 سنوات يوم الاثنين.",
     "Lars Holm was jailed for 10 years by an Oslo court on Monday."),
    ("The striker signed a four-year contract with the club on Friday.",
     "وقع المهاجم عقدا لمدة ثلاث سنوات مع النادي الجمعة."),
    ("Both sides agreed a three-day truce on Sunday.", "Both sides agreed a five-day truce on Sunday."),
    # a noun with its complement ("state of emergency") and an Arabic noun in construct ("حالة الطوارئ")
    ("President Clara Reyes declared a 60-day state of emergency on Monday.",
     "وأعلنت الرئيسة كلارا رييس حالة الطوارئ لمدة 30 يوما الاثنين."),
])
def test_two_lengths_of_one_thing_clash(a, b):
    assert len(_clashes(_story(a, b))) == 1


@pytest.mark.parametrize("a, b", [
    # the lengths of two things
    ("The striker signed a four-year contract on Friday.", "The striker served a two-year ban before Friday."),
    ("Both sides agreed a three-day truce on Sunday.", "Lars Holm was jailed for 10 years on Sunday."),
])
def test_lengths_of_two_things_never_clash(a, b):
    assert _clashes(_story(a, b)) == []


def test_one_length_named_two_ways_agrees():
    rep = _story("Both sides agreed a four-day truce on Sunday.", "The four-day ceasefire began on Sunday.")
    assert [f.kind for f in rep.findings if f.property == "duration"] == ["agreement"]


def test_the_sentences_of_two_people_never_clash():
    rep = _story("A court in Oslo sentenced former minister Lars Holm to 8 years in prison on Monday.",
                 "The court jailed former minister Erik Berg for 10 years on Monday.")
    assert _clashes(rep) == []


def test_invented_trial_lengths_in_calendar_units_meet():
    """Two and a half years, "عامين ونصف" and 30 months are one sentence; three years clashes with it."""
    import datetime as dt
    day = dt.date(2031, 4, 8)
    texts = [("t1", "en", "A court in Kolding on Tuesday sentenced former harbour chief Jens Dahl to two and a half years in prison."),
             ("t2", "ar", "قضت محكمة في كولدينغ الثلاثاء بسجن رئيس الميناء السابق ينس دال عامين ونصف."),
             ("t3", "en", "Former Kolding harbour chief Jens Dahl was jailed for 30 months on Tuesday."),
             ("t4", "en", "Former Kolding harbour chief Jens Dahl was sentenced to three years in prison on Tuesday.")]
    rep = pipeline.analyze([Article(id=i, path=f"{i}.txt", language=lang, published=day, text=t) for i, lang, t in texts])
    by_id = {c.id: c for c in rep.claims}
    [clash] = [f for f in rep.findings if f.kind == "contradiction" and f.property == "duration"]
    sides = sorted(sorted(by_id[c].article for c in s.claims) for s in clash.sides)
    assert sides == [["t1", "t2", "t3"], ["t4"]]
