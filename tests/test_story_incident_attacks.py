"""Invented violent incidents (no real attack: the cities, squares, malls, names, groups and figures are
invented), each told by three outlets in English and Arabic (one page Arabic under English furniture),
with page furniture, as real reports of such incidents differ: a shooting on a market square, a bombing
at a mall, a stabbing at a school. What they vary on: the toll (a running toll that rises between two
publication days is an update, not a clash), the attacker's age (named only as "the attacker" / "المهاجم"),
how many suspects police detained ("three suspects" / "أربعة مشتبه بهم"), the victims' nationalities;
distractors: an earlier attack in the same city recalled with its own toll, the wounded still in
hospital, a building's capacity."""
import datetime as dt

import pytest

from story_support import analyze

SHOOTING = (
    ("k1", "en", """Gunman kills seven at Varenna market square

By Lena Osk | World | 14 March 2026 | Share on X | Share on Facebook

VARENNA, March 14 (NPA) - A gunman opened fire on shoppers in Varenna's Lantern Square shortly after 9 p.m. on Saturday, killing seven people and wounding 12, police said.

The attacker, a 27-year-old man, was shot dead by officers. Police detained three suspects overnight.

Two French tourists were among the dead.

Interior Minister Aldo Ferrant called the shooting "a cowardly act" and ordered extra patrols.

In 2019, a bomb at Varenna's central station killed 11 people.

Read more: Varenna mayor calls for calm
"""),
    ("k2", "ar", """مقتل سبعة أشخاص في إطلاق نار بساحة الفوانيس في فارينا

فارينا - قتل سبعة أشخاص وأصيب 12 آخرون عندما فتح مسلح النار على متسوقين في ساحة الفوانيس بمدينة فارينا مساء السبت، بحسب الشرطة.

وقالت الشرطة إن المهاجم يبلغ من العمر 31 عاما، وقد قتل برصاص عناصر الأمن.

واعتقلت الشرطة أربعة مشتبه بهم.

وكان بين القتلى سائحان فرنسيان.

شارك الخبر
"""),
    ("k3", "en", """Varenna shooting: what we know

Europe Desk | 15 March 2026

The death toll from Saturday night's shooting in Lantern Square rose to nine on Sunday, officials said, with 14 people still in hospital.

The 27-year-old gunman used an assault rifle, Interior Minister Aldo Ferrant said.

The 2019 station bombing killed 11 people and wounded 40.

Advertisement
"""),
)

BOMBING = (
    ("b1", "en", """Bomb at Tamerin mall kills 14

By Omar Halwani | Middle East | 6 November 2026 | 3 min read

TAMERIN, Nov 6 (Reuters) - A bomb exploded at the crowded Qasr al-Nada mall in Tamerin at around 1 p.m. on Friday, killing 14 people and wounding more than 30, the health ministry said.

The bomber, aged 19, died in the blast. The Black Dune group claimed responsibility.

Police arrested two suspects in the hours after the attack, Interior Minister Hadi Saleh told reporters.

Three Egyptian workers were among the dead.

In 2021, a car bomb in Tamerin killed 22 people.

Related: Tamerin tightens security at markets
"""),
    ("b2", "ar", """مقتل 14 شخصا في تفجير بمركز قصر الندى التجاري في تامرين

تامرين - قتل 14 شخصا وأصيب أكثر من 30 آخرين في انفجار قنبلة بمركز قصر الندى التجاري المزدحم في مدينة تامرين ظهر الجمعة، بحسب وزارة الصحة.

وقال وزير الداخلية هادي صالح إن الشرطة اعتقلت خمسة مشتبه بهم بعد الهجوم.

وتبنت جماعة الكثيب الأسود الهجوم.

وكان بين القتلى ثلاثة عمال مصريين.

وفي عام 2021 قتل 22 شخصا في انفجار سيارة مفخخة في المدينة.

تابعونا على تويتر
"""),
    ("b3", "ar", """Home | World | Middle East

ارتفاع حصيلة تفجير تامرين إلى 17 قتيلا

ارتفعت حصيلة قتلى تفجير مركز قصر الندى التجاري في تامرين إلى 17 قتيلا السبت، بعد وفاة ثلاثة من الجرحى في المستشفى.

ويتسع المركز التجاري لنحو 5000 زائر.

Share | Tweet | Email
"""),
)

STABBING = (
    ("t1", "en", """Pupil killed in stabbing at Orlan school

By Mara Lind | Europe | 2 February 2027

ORLAN - A pupil was killed and four people were wounded when a man attacked them with a knife at the Birchwood secondary school in Orlan shortly before 8 a.m. on Tuesday, police said.

The assailant, a 16-year-old former pupil, was overpowered by teachers. Police detained two people.

Interior Minister Ilse Varga visited the school in the afternoon.

The school has 900 pupils.

In 2024, a stabbing at an Orlan bus station wounded six people.

Sign up for our newsletter
"""),
    ("t2", "en", """Orlan school attack: teenager held

World Desk | 2 February 2027

The knife attack at Birchwood school in Orlan on Tuesday morning killed one pupil and wounded four people, officials said.

The 17-year-old attacker was detained at the scene, along with one other person.

Police arrested two people in total.

Read more | Share
"""),
    ("t3", "ar", """مقتل تلميذ في هجوم بسكين على مدرسة في أورلان

أورلان - قتل تلميذ وأصيب أربعة أشخاص صباح الثلاثاء في هجوم بسكين على مدرسة بيرشوود الثانوية في مدينة أورلان، بحسب الشرطة.

وقالت الشرطة إن المهاجم يبلغ من العمر 16 عاما وهو تلميذ سابق في المدرسة.

واعتقلت الشرطة شخصين.

اقرأ أيضا: أورلان تشدد الأمن في المدارس
"""),
)


@pytest.fixture(scope="module")
def shooting():
    return analyze(SHOOTING, dt.date(2026, 3, 14), {"k3": dt.date(2026, 3, 15)})


@pytest.fixture(scope="module")
def bombing():
    return analyze(BOMBING, dt.date(2026, 11, 6), {"b3": dt.date(2026, 11, 7)})


@pytest.fixture(scope="module")
def stabbing():
    return analyze(STABBING, dt.date(2027, 2, 2))


def _sides(rep, by_id, kind="contradiction"):
    """Per finding of ``kind`` on figures: the set of (article, value) of each side, in order."""
    return [[{(by_id[c].article, by_id[c].value) for c in s.claims} for s in f.sides] for f in rep.findings
            if f.kind == kind and (f.property or "").startswith("quantity:")]


def _agreements(rep, by_id):
    return [{(by_id[c].article, by_id[c].value) for c in f.claims} for f in rep.findings
            if f.kind == "agreement" and (f.property or "").startswith("quantity:")]


def _taking_part(rep, by_id) -> set[tuple[str, str]]:
    """Every (article, value) on a side of a contradiction or an update."""
    return {x for kind in ("contradiction", "update") for sides in _sides(rep, by_id, kind) for s in sides for x in s}


def _unordered(found):
    return sorted(sorted(sorted(s) for s in sides) for sides in found)


def test_the_shooting_clashes_on_the_suspects_held_and_the_attackers_age_and_its_toll_rises(shooting):
    assert _unordered(_sides(*shooting)) == _unordered([
        [{("k1", "3")}, {("k2", "4")}],                  # "detained three suspects" / "اعتقلت الشرطة أربعة مشتبه بهم"
        [{("k1", "27"), ("k3", "27")}, {("k2", "31")}],  # "The attacker, a 27-year-old man" / "المهاجم ... 31 عاما"
    ])
    # "killing seven people" / "قتل سبعة أشخاص" on Saturday, "rose to nine on Sunday": an update
    assert _sides(*shooting, kind="update") == [[{("k1", "7"), ("k2", "7")}, {("k3", "9")}]]
    _the_shootings_distractors_take_no_side(shooting)


def _the_shootings_distractors_take_no_side(shooting):
    # the 2019 station bombing's toll and wounded, and those still in hospital, never clash or update
    assert not _taking_part(*shooting) & {("k1", "11"), ("k3", "11"), ("k3", "40"), ("k3", "14"), ("k1", "12"),
                                           ("k2", "12")}
    agreed = _agreements(*shooting)
    assert {("k1", "11"), ("k3", "11")} in agreed   # the earlier attack's toll, told twice
    assert {("k1", "12"), ("k2", "12")} in agreed   # "wounding 12" / "وأصيب 12 آخرون"


def test_the_attacker_owns_the_age_in_both_languages(shooting):
    rep, _ = shooting
    ages = {c.article: c for c in rep.claims if c.value in ("27", "31")}
    assert {a for a, c in ages.items() if c.subject == "perpetrator:"} == {"k1", "k2", "k3"}
    assert any(s.field == "subject" and "perpetrator_nouns" in s.rule for s in ages["k2"].signals)


def test_the_bombings_only_clash_is_the_suspects_arrested(bombing):
    found = _sides(*bombing)
    assert len(found) == 1 and {frozenset(s) for s in found[0]} == {frozenset({("b1", "2")}), frozenset({("b2", "5")})}
    _the_bombings_distractors_take_no_side(bombing)


def test_the_bombings_toll_rises_and_three_of_the_wounded_are_no_step(bombing):
    # "ارتفعت حصيلة ... إلى 17 قتيلا ... بعد وفاة ثلاثة من الجرحى": three of the wounded are a part, not the toll
    assert _sides(*bombing, kind="update") == [[{("b1", "14"), ("b2", "14")}, {("b3", "17")}]]
    rep, _ = bombing
    [three] = [c for c in rep.claims if c.article == "b3" and c.value == "3"]
    assert any(s.field == "scope" and "partitives" in s.rule for s in three.signals)


def _the_bombings_distractors_take_no_side(bombing):
    assert not _taking_part(*bombing) & {("b1", "22"), ("b2", "22"), ("b3", "5000"), ("b1", "30"), ("b2", "30")}
    agreed = _agreements(*bombing)
    assert {("b1", "30"), ("b2", "30")} in agreed   # "more than 30" / "أكثر من 30"
    assert {("b1", "22"), ("b2", "22")} in agreed   # the 2021 car bomb, its own toll


def test_the_stabbings_only_clash_is_the_attackers_age(stabbing):
    found = _sides(*stabbing)
    assert len(found) == 1
    assert {frozenset(s) for s in found[0]} == {frozenset({("t1", "16"), ("t3", "16")}), frozenset({("t2", "17")})}


def test_the_stabbings_wounded_are_no_toll(stabbing):
    # "A pupil was killed and four people were wounded": the four are the wounded, as in the others
    rep, by_id = stabbing
    assert {("t1", "4"), ("t2", "4"), ("t3", "4")} in _agreements(rep, by_id)
    [four] = [c for c in rep.claims if c.article == "t1" and c.value == "4"]
    assert any(s.field == "measure" and s.text == "injured" for s in four.signals)
    assert not _taking_part(rep, by_id) & {("t1", "900"), ("t1", "6")}
