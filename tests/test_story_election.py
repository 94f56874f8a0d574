"""An invented election story in two languages (other names, numbers and places than any real story):
a turnout that differs, seats told as a part of the whole, the attribution after a figure."""
import pytest

from factcheck import pipeline
from factcheck.kinds import quantity_nouns, quantity_read
from factcheck.lang import lexicon as lx
from factcheck.models import Article


def _story(*texts: str):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _values(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [sorted({cl[i].value for i in f.claims}) for f in rep.findings if f.kind == kind]


def test_an_attribution_after_a_figure_is_not_what_it_measures():
    text = "Turnout was 61.2 percent, the commission said."
    toks = lx.tokenize(text, "en")
    at = next(i for i, t in enumerate(toks) if t.form == "61")
    sig, head, _, _ = quantity_read.signature(toks, at, at + 2, "en", set(), text)
    assert "commission" not in sig and head is None
    sig, head, _, _ = quantity_read.signature(toks, at, at + 2, "en", set())   # no text: no clause marks
    assert "commission" in sig


def test_turnout_told_with_and_without_an_attribution_clashes():
    rep = _story("The Green League won Sunday's vote. Turnout was 61.2 percent, the commission said.",
                 "The Green League won Sunday's vote. Turnout stood at 54.9 percent.")
    assert _values(rep, "contradiction") == [["54.9%", "61.2%"]]


def test_a_part_and_its_whole_stated_together_never_clash():
    rep = _story("The Green League won 47.1 percent of the vote in Sunday's election, securing 47 of the 120 seats.",
                 "The Green League won 47 of the 120 seats in parliament.",
                 "فازت الرابطة الخضراء في الانتخابات التي جرت الأحد بعد حصولها على 47.1 في المئة من الأصوات "
                 "و47 مقعدا من أصل 120.",
                 "وحصلت الرابطة الخضراء على 47 مقعدا في البرلمان المؤلف من 120 مقعد.")
    assert ["120", "47"] not in _values(rep, "contradiction")
    assert ["47"] in _values(rep, "agreement")


def test_two_values_one_source_never_states_together_still_clash():
    rep = _story("The Green League won 47 of the 120 seats in Sunday's vote.",
                 "The Green League won 52 of the 120 seats in Sunday's vote.")
    assert _values(rep, "contradiction") == [["47", "52"]]


def test_the_day_results_are_announced_is_not_the_day_of_the_vote():
    rep = _story("Voters in Lindmark went to the polls in Sunday's election.",
                 "أعلنت لجنة الانتخابات في ليندمارك، الاثنين، فوز الرابطة الخضراء في الانتخابات التي جرت الأحد.",
                 "The Green League won the election, according to results the election board published on Monday. "
                 "The election was held on Sunday.")
    assert [f for f in rep.findings if f.kind == "contradiction" and f.property == "date"] == []


def test_two_sources_that_disagree_on_the_day_of_the_vote_still_clash():
    rep = _story("Voters in Lindmark went to the polls in Sunday's election.",
                 "The election in Lindmark was held on Saturday.")
    assert len([f for f in rep.findings if f.kind == "contradiction" and f.property == "date"]) == 1


@pytest.mark.parametrize("text, head", [
    ("Police opened 120 criminal cases over vote buying.", "cases"),
    ("There are 24,351,551 eligible voters in the country.", "voters"),
    ("In the north 2 dams collapsed overnight.", "dams"),
    ("Officials said 3 people missing were found.", "people"),
    ("Rescuers found 40 injured people.", "people"),
    ("وفتحت الشرطة 150 قضية جنائية.", "قضية"),          # Arabic: the noun comes first
])
def test_the_counted_noun_is_the_head_of_its_phrase(text, head):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    toks = lx.tokenize(text, lang)
    at = next(i for i, t in enumerate(toks) if t.form[:1].isdigit())
    end = at
    while end + 1 < len(toks) and toks[end + 1].form.isdigit():
        end += 1
    _, k, _, _ = quantity_read.signature(toks, at, end, lang, set(), text)
    assert k is not None and text[toks[k].start:toks[k].end] == head


@pytest.mark.parametrize("text, polarity", [
    ("Sandvall, who denied the charges, will appeal.", "positive"),
    ("Sandvall, who was not in court, will appeal.", "positive"),
    ("Sandvall denied the charges.", "negative"),
    ("Sandvall will not appeal.", "negative"),
    ("وقال ساندفال، الذي لم يحضر الجلسة، إنه سيستأنف.", "positive"),
    ("لم يستأنف ساندفال الحكم.", "negative"),
])
def test_a_negation_inside_a_relative_aside_does_not_negate_the_clause(text, polarity):
    stmts = [c for c in _story(text).claims if c.property == "statement"]
    assert stmts and stmts[0].polarity == polarity


def test_a_penalty_leaves_the_statement_of_its_clause_to_be_judged():
    rep = _story("A court in Lindmark sentenced the activist to 6 years in prison.",
                 "A court in Lindmark acquitted the activist.")
    assert any(c.property == "statement" and c.article == "a0" for c in rep.claims)


@pytest.mark.parametrize("a, b", [
    # a day after "of" is no whole the share is a part of
    ("President Ana Rusu was re-elected with 58.9% of the vote in Sunday's election.",
     "President Ana Rusu won on Sunday with 61.4 percent of the vote."),
    # a share is a share of something whether or not the clause names it
    ("Turnout was 54 percent of the country's 3.1 million registered voters.",
     "Turnout stood at 49% on Sunday."),
])
def test_two_shares_of_one_thing_clash_whatever_they_are_said_to_be_of(a, b):
    found = _values(_story(a, b), "contradiction")
    assert len(found) == 1 and len(found[0]) == 2


@pytest.mark.parametrize("text, head", [
    ("Turnout was 54 percent.", "turnout"),
    ("Inflation stood at 5.2% in May.", "inflation"),
    ("The budget reached $4 billion.", "budget"),
    ("Turnout rose to 61 percent.", "turnout"),
    ("About 40 people were hurt.", None),    # a count: its noun follows it
])
def test_a_linking_verb_makes_the_noun_before_it_what_a_figure_with_a_unit_measures(text, head):
    toks = lx.tokenize(text, "en")
    first = next(k for k, t in enumerate(toks) if any(ch.isdigit() for ch in t.form))
    k = quantity_nouns.valued_noun(toks, first, "en", set(), with_unit=head is not None)
    assert (toks[k].form.lower() if k is not None else None) == head


def test_an_article_stating_its_figure_twice_is_one_side_of_the_clash():
    rep = _story("Mayor Ilse Varga secured 71.4 percent of the vote on Sunday. "
                 "Varga, securing 71.4 percent of the votes cast, won a third term.",
                 "Mayor Ilse Varga won Sunday's vote with 66.2 percent of the vote, the court said. "
                 "Varga's 66.2 percent of the vote gave her a third term.")
    cl = {c.id: c for c in rep.claims}
    sides = [[(s.value, sorted({cl[i].article for i in s.claims})) for s in f.sides]
             for f in rep.findings if f.kind == "contradiction"]
    assert sides == [[("71.4%", ["a0"]), ("66.2%", ["a1"])]]


@pytest.mark.parametrize("other", [
    "After Sunday's vote, Mayor Otto Brenn and the three campaigns jointly issued a statement.",
    "Mayor Otto Brenn held three rallies before Sunday's vote.",
])
def test_a_persons_counts_of_two_nouns_never_clash(other):
    rep = _story("Mayor Otto Brenn faced two challengers in Sunday's vote.", other)
    assert _values(rep, "contradiction") == []


def test_a_persons_count_of_one_noun_still_clashes():
    rep = _story("Mayor Otto Brenn faced two challengers in Sunday's vote.",
                 "Mayor Otto Brenn faced three challengers in Sunday's vote.")
    assert _values(rep, "contradiction") == [["2", "3"]]


def test_an_adverb_ends_the_counted_noun():
    text = "The three campaigns jointly issued a statement."
    toks = lx.tokenize(text, "en")
    at = next(i for i, t in enumerate(toks) if t.form == "three")
    _, head, _, _ = quantity_read.signature(toks, at, at, "en", set(), text)
    assert toks[head].form == "campaigns"


def test_a_raid_weeks_before_a_truce_is_not_the_truces_date():
    """Articles on a truce recall the raid that began the war weeks before (published dates known for
    one article): the raid's date never clashes with the day of the release, and the counts of the
    freed still do."""
    import datetime as dt
    texts = ("On the first day of the truce, fourteen Danish sailors held by the militia were released on Friday. "
             "Prime Minister Ole Berg confirmed the release of 14 Danish sailors kidnapped during the militia's "
             "January 5 attack on the port.",
             "The truce began Friday morning. Also freed were 14 Danish sailors abducted in the militia's January 5 attack.",
             "The militia released 11 Danish sailors after the truce began on Friday, officials said. "
             "They were taken in the January 5 attack.")
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t, language="en",
                    published=dt.date(2031, 3, 21) if i == 0 else None) for i, t in enumerate(texts)]
    rep = pipeline.analyze(arts)
    assert [f for f in rep.findings if f.kind == "contradiction" and f.property == "date"] == []
    assert _values(rep, "contradiction") == [["11", "14"]]


# (article, other article, clash expected): turnout told as a share, a ratio, at an hour of the day
TURNOUT_ROWS = [
    ("Turnout reached 61.2 percent, the election board said.",
     "Fewer than one in three voters turned out, observers said.", True),
    ("نسبة المشاركة بلغت 61.2 في المئة بحسب هيئة الانتخابات.",
     "وقال مراقبون إن نسبة المشاركة بلغت 34 في المئة.", True),
    # a count up to an hour of the day is not the day's turnout
    ("Turnout reached 61.2 percent, the election board said.",
     "Participation stood at 22 percent by 11:00 am, the board said.", False),
    ("نسبة المشاركة بلغت 61.2 في المئة بحسب هيئة الانتخابات.",
     "بلغت نسبة المشاركة 22 في المئة حتى الساعة الحادية عشرة صباحا.", False),
]


@pytest.mark.parametrize("one,other,clash", TURNOUT_ROWS)
def test_turnout_figures(one, other, clash):
    rep = _story("Voters in Lindmark went to the polls in Sunday's election. " + one if "Turnout" in one else one,
                 other)
    clashes = [f for f in rep.findings if f.kind == "contradiction" and f.property == "quantity:percent"]
    assert bool(clashes) is clash


def test_a_cue_of_another_dimension_does_not_hide_the_turnout():
    """"reached" is also a cue of heights: a share takes the nearest cue of its own dimension."""
    rep = _story("The provisional voter turnout reached 48.1 percent in the country.",
                 "Less than one out of every four voters participating, observers said.")
    from factcheck.kinds import quantity
    assert sorted(quantity.measure(c) for c in rep.claims if c.property == "quantity:percent") == ["turnout", "turnout"]
    assert _values(rep, "contradiction") == [["25%", "48.1%"]]


# (a turnout, a part of the electorate stated with its whole, clash expected)
DERIVED_ROWS = [
    ("Turnout reached 61.2 percent, the election board said.",
     "Only 1.2 million of the country's roughly 3.1 million voters turned out, observers said.", True),
    ("Turnout reached 40 percent, the election board said.",
     "Only 1.2 million of the country's roughly 3.1 million voters turned out, observers said.", False),
    # a part of a whole with no measure of shares named: no share is read ("two of the five judges")
    ("Turnout reached 61.2 percent, the election board said.",
     "Two of the five judges dissented, the court said.", False),
]


@pytest.mark.parametrize("one,other,clash", DERIVED_ROWS)
def test_a_part_of_the_electorate_states_a_turnout(one, other, clash):
    rep = _story(one, other)
    shares = [c for c in rep.claims if c.article == "a1" and c.property == "quantity:percent"]
    assert bool([f for f in rep.findings if f.kind == "contradiction"]) is clash
    if "turned out" in other:
        (share,) = shares
        assert share.value == "38.7%" and "partitives" in share.signals[0].rule
        assert share.signals[0].text == "1.2 million of the country's roughly 3.1 million"   # as written
    else:
        assert shares == []
