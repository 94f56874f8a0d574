"""People, margins and time frames in invented sport and deal stories: names a nationality introduces
(no title), ages written as years, race-time margins, and periods that frame a time rather than
make a rate. Each table row is one phrase; each story pair shows the verdict it leads to."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.extract.normalize import Normalizer
from factcheck.kinds import racetime
from factcheck.lang import lexicon as lx
from factcheck.mentions.introduced import MIN_SURNAME_USES, introduced_names
from factcheck.mentions.persons import NameRegistry, TitleParser
from factcheck.models import Article


def _story(*texts: str, lang: str = "en"):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t, language=lang) for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _learned(text: str, lang: str = "en") -> dict[str, str]:
    reg = NameRegistry()
    introduced_names({lang: TitleParser(lang)}, [(text, lang, lx.tokenize(text, lang))], reg)
    return reg.full


@pytest.mark.parametrize("text, name", [
    ("Norwegian Ola Brekke won the slalom. Brekke said it was his best day.", "ola brekke"),
    ("The Peruvian long-distance runner Rosa Quispe won. Quispe was 24.", "rosa quispe"),
])
def test_a_nationality_introduces_a_name_the_story_reuses(text, name):
    assert name in _learned(text).values()


@pytest.mark.parametrize("text", [
    "Norwegian Ola Brekke won the slalom on Sunday.",                      # the surname is never reused
    "Kenya Airways Flight 12 landed. Airways staff cheered.",                # a longer capitalised run
    "The valley is hot. Peruvian Death Valley tours stopped. Valley tours",   # a word written in lower case elsewhere
    "Irish October Rally fans came. October was wet.",                       # a month, not a name
    "قال الكيني جوزيف موانغي إن موانغي سيعود.",   # in Arabic a nationality alone introduces no name
])
def test_no_name_without_a_reused_surname_written_only_as_a_name(text):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    assert _learned(text, lang) == {}


def test_surname_uses_threshold_is_the_one_documented():
    assert MIN_SURNAME_USES == 2


def test_an_introduced_name_makes_two_race_times_one_athletes():
    rep = _story("Norwegian Ola Brekke won the Oslo marathon on Sunday in 2:07:41. Brekke beat the course record.",
                 "Ola Brekke of Norway took the Oslo marathon on Sunday, clocking 2:07:51. Brekke was delighted.")
    [f] = [f for f in rep.findings if f.kind == "contradiction"]
    assert f.property == racetime.PROPERTY and "ola brekke" in f.reason.lower()


def _race_times(rep) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in rep.claims:
        if c.property == racetime.PROPERTY:
            out.setdefault(c.value, []).append(c)
    return out


@pytest.mark.parametrize("lang, text, value", [
    ("en", "Quispe won in 2:21:04 and beat the previous record by 16 seconds.", "PT16S"),
    ("en", "Quispe lowered the old record by six seconds in Lima.", "PT6S"),
    ("ar", "فازت كيسبي بالسباق وحطمت الرقم السابق بفارق 16 ثانية.", "PT16S"),
])
def test_a_time_after_a_margin_cue_is_a_margin_not_an_earlier_mark(lang, text, value):
    [c] = _race_times(_story(text, lang=lang))[value]
    assert racetime.is_margin(c) and not racetime.earlier(c)


def test_margins_meet_margins_and_never_finishing_times():
    rep = _story("Norwegian Ola Brekke won in 2:07:41, beating the previous course record by 16 seconds. Brekke was happy.",
                 "Norwegian Ola Brekke improved the course record by six seconds, finishing in 2:07:41. Brekke smiled.")
    clashes = [f for f in rep.findings if f.kind == "contradiction"]
    assert [f.property for f in clashes] == [racetime.PROPERTY]
    cl = {c.id: c for c in rep.claims}
    assert {cl[i].value for i in clashes[0].claims} == {"PT16S", "PT6S"}


def test_a_margin_over_an_earlier_record_belongs_to_this_race():
    """A margin's clause names the earlier mark it beats ("the record set in 2017"): the margin is
    still this race's, and meets the same margin told without the earlier mark's year."""
    day = dt.date(2024, 5, 12)
    arts = [Article(id="en", path="en.txt", language="en", published=day,
                    text="Ola Brekke won the Bergen Marathon on Sunday, lowering the course record by 52 seconds."),
            Article(id="ar", path="ar.txt", language="ar", published=day,
                    text="وتقدم بريكه بفارق 52 ثانية عن الرقم السابق الذي سجله العداء الإثيوبي عام 2017.")]
    rep = pipeline.analyze(arts)
    cl = {c.id: c for c in rep.claims}
    margins = [f for f in rep.findings if f.kind == "agreement" and f.property == "racetime"]
    assert [sorted(cl[i].article for i in f.claims) for f in margins] == [["ar", "en"]]
    assert {cl[i].value for i in margins[0].claims} == {"PT52S"}


def _ages(rep) -> list:
    return [c for c in rep.claims if any(s.field == "measure" and "age" in s.rule for s in c.signals)]


@pytest.mark.parametrize("lang, text, value", [
    ("ar", "وتفوق العداء البالغ 22 عاما على منافسيه.", "22"),
    ("ar", "فاز موانغي (23 عاما) بالسباق الأحد.", "23"),
    ("ar", "توفي الكاتب عن عمر ناهز 93 عاما.", "93"),
    ("en", "Brekke, aged 31 years, retired on Monday.", "31"),
])
def test_years_that_state_an_age_are_an_age_figure(lang, text, value):
    [c] = _ages(_story(text, lang=lang))
    assert c.value == value


@pytest.mark.parametrize("lang, text", [
    ("ar", "استمرت الحرب 22 عاما قبل أن تنتهي.", ),        # how long something lasted
    ("ar", "انتهت الحرب بعد (5 أعوام) من القتال.", ),          # years in parentheses after a function word
    ("en", "The contract (five years) was signed.", ),     # after a word in lower case
    ("en", "The war lasted 22 years.", ),
])
def test_other_years_are_no_age(lang, text):
    assert _ages(_story(text, lang=lang)) == []


def test_two_ages_of_one_person_clash():
    rep = _story("Norwegian Ola Brekke won the slalom. Brekke, 23, was overjoyed.",
                 "The 24-year-old Ola Brekke won the slalom. Brekke thanked his coach.")
    assert [f.property for f in rep.findings if f.kind == "contradiction"] == ["quantity:count"]


@pytest.mark.parametrize("lang, text, owner", [
    # a definite description opening its sentence describes the person named first just before
    ("en", "Petra Lindqvist won the giant slalom on Sunday. The 29-year-old led from the start.", "Petra Lindqvist"),
    ("en", "In Oslo, coach Arne Dahl and Petra Lindqvist spoke. The 29-year-old smiled.", "Arne Dahl"),
    # an indefinite one introduces someone new; one later in its sentence is not a description
    ("en", "Petra Lindqvist won the giant slalom. A 29-year-old fan fainted.", None),
    ("en", "Petra Lindqvist won the giant slalom. Fans said the 29-year-old was calm.", None),
    ("en", "The giant slalom ended early. The 29-year-old led from the start.", None),
    # years in parentheses belong to the name before them, in any script
    ("ar", "وفازت ليندكفيست (29 عاما) بالسباق الأحد.", "ليندكفيست"),
])
def test_whose_age_it_is(lang, text, owner):
    [c] = _ages(_story(text, lang=lang))
    assert c.subject_label == owner


@pytest.mark.parametrize("text, ages", [
    ("The 44-year-old was convicted on 9 counts.", ["44"]),        # the cue touches 44, not 9
    ("Kern, aged 44, faces 9 charges.", ["44"]),
    ("Kern, 44 years old and a father of 3, was convicted.", ["44"]),
])
def test_an_age_cue_names_only_the_figure_it_touches(text, ages):
    assert [c.value for c in _ages(_story(text))] == ages


def test_a_title_before_a_name_is_not_the_name_an_age_describes():
    rep = _story("Former Linz mayor Tobias Kern was jailed on Monday. The 57-year-old was convicted on 9 counts.",
                 "Kern, 56, was found guilty on 11 counts of fraud on Monday.")
    clashes = sorted(sorted(c.value for c in rep.claims if c.id in f.claims)
                     for f in rep.findings if f.kind == "contradiction")
    assert clashes == [["11", "9"], ["56", "57"]]


def test_the_ages_of_one_person_clash_across_descriptions_and_scripts():
    rep = _story("Petra Lindqvist won the giant slalom on Sunday. The 29-year-old led from the start.",
                 "Lindqvist, 28, won the giant slalom on Sunday.")
    clashes = [f for f in rep.findings if f.kind == "contradiction"]
    assert [f.property for f in clashes] == ["quantity:count"]
    arts = [Article(id="en", path="en.txt", text="Lindqvist, 28, won the giant slalom on Sunday.", language="en"),
            Article(id="ar", path="ar.txt", text="وفازت ليندكفيست (29 عاما) بسباق التعرج العملاق الأحد.", language="ar")]
    rep = pipeline.analyze(arts)
    assert [f.property for f in rep.findings if f.kind == "contradiction"] == ["quantity:count"]


@pytest.mark.parametrize("text, first", [
    ("Daniel Okoye of Ghana won the race.", "Daniel Okoye"),
    ("The Ghanaian Daniel Okoye won the race.", "Daniel Okoye"),
    ("On Sunday, Daniel Okoye won.", "Daniel Okoye"),
    ("Kenya Airways Flight Crew landed.", None),        # one longer capitalised run: an organisation
    ("The race ended early in Lisbon.", None),
])
def test_the_first_name_a_sentence_gives(text, first):
    toks = lx.tokenize(text, "en")
    run = TitleParser("en").first_name(text, toks)
    assert (text[toks[run[0]].start:toks[run[1] - 1].end] if run else None) == first


@pytest.mark.parametrize("lang, text, rate", [
    ("en", "The first tranche of $5 billion will be paid within a week.", False),
    ("en", "The release of 40 prisoners is expected in a week.", False),
    ("en", "The fund pays $5 million a week to the club.", True),
    ("ar", "يدفع الصندوق 5 ملايين دولار أسبوعيا للنادي.", True),
])
def test_a_period_after_a_time_frame_word_is_no_rate(lang, text, rate):
    figures = [c for c in _story(text, lang=lang).claims if c.property.startswith("quantity:")]
    assert figures and any(c.property.endswith("/year") for c in figures) == rate


def test_normalizer_learns_introduced_names_for_every_article():
    arts = [Article(id="a", path="a.txt", text="Chilean Rosa Quispe won. Quispe cried.", language="en"),
            Article(id="b", path="b.txt", text="Quispe, the winner, spoke later.", language="en")]
    assert Normalizer(arts).registry.lookup("quispe") is not None


@pytest.mark.parametrize("lang, text, head", [
    ("en", "The pipeline, worth $4 billion, was approved.", "pipeline"),   # a deal noun names a deal's price instead
    ("en", "They bought a stadium valued at $900 million.", "stadium"),
    ("ar", "أطلقت الشركة مشروعا بقيمة 4 مليارات دولار.", "مشروع"),   # (a contract, "عقدا بقيمة", is a deal noun)
    ("en", "The club paid $90 million for the striker.", None),     # no value cue: the counted-noun rule
])
def test_the_noun_a_value_cue_gives_the_value_of_is_what_a_figure_measures(lang, text, head):
    [c] = [c for c in _story(text, lang=lang).claims if c.property.startswith("quantity:money")]
    valued = [s for s in c.signals if s.field == "measure" and "value_cues" in s.rule]
    assert [s.text for s in valued] == ([head] if head else [])


def test_a_deal_value_clashes_across_wordings():
    rep = _story("Norway signed a $4 billion gas deal with Peru on Monday.",
                 "The gas deal, worth $6 billion, was signed with Peru on Monday.")
    assert [f.property for f in rep.findings if f.kind == "contradiction"] == ["quantity:money:USD"]


@pytest.mark.parametrize("lang, text, name", [
    ("ar", "وحل تكتل الوحدة بزعامة الرئيس السابق كارل ميرتن ثانيا بنسبة 30 في المئة.", "كارل ميرتن"),
    ("ar", "وقال الرئيس السابق كارل ميرتن الأحد إن النتيجة مفاجئة.", "كارل ميرتن"),
])
def test_an_ordinal_or_a_day_after_a_name_is_not_part_of_it(lang, text, name):
    from factcheck.lang import lexicon as lx
    reg = NameRegistry()
    [role] = TitleParser(lang).parse(text, lx.tokenize(text, lang), reg)
    toks = lx.tokenize(text, lang)
    assert text[toks[role.name[0]].start:toks[role.name[1] - 1].end] == name


@pytest.mark.parametrize("text, name", [
    ("وسجل المهاجم توماس بيرغ هدفين. وقال بيرغ إنه سعيد.", "توماس بيرغ"),
    ("وتألق الحارس الأرجنتيني ماركو فيدال في المباراة. وتصدى فيدال لركلة جزاء.", "ماركو فيدال"),
])
def test_an_arabic_person_noun_introduces_a_name_the_story_reuses(text, name):
    assert name in _learned(text, "ar").values()


@pytest.mark.parametrize("text", [
    "وسجل المهاجم هدفا رائعا. وكان هدفا رائعا حقا.",          # no name after the noun
    "قال الحارس إن الفريق سيعود. وعاد الفريق.",               # a verb and a noun the story writes with the article
])
def test_no_arabic_name_without_name_words(text):
    assert _learned(text, "ar") == {}
