"""An invented concession deal (a Gulf fund and a port zone in Senegal), told in English and Arabic:
a deal's first tranche paid "within a week" ("خلال أسبوع") is one sum, not a rate spread over the week
("خلال" is both "within" and "over"), so it agrees with the other outlets' first tranche; and a
contradiction whose sides each cite a person shows that person as the article writes the name."""
import datetime as dt

from story_support import analyze

from factcheck.extract.attribution import speakers
from factcheck.kinds.quantity_traits import spoken
from factcheck.lang import lexicon as lx

DAY = dt.date(2026, 5, 4)
ROWS = [
    ("w1", "en", "The fund will transfer a first tranche of $3 billion within a week, Finance Minister "
                 "Awa Ndiaye said. Minister Awa Ndiaye said the fund will invest $12 billion in the port zone."),
    ("w2", "en", "The first tranche of $3 billion will be paid within seven days. Prime Minister "
                 "Ousmane Sarr said the fund would invest $14 billion in the port zone."),
    ("w3", "ar", "وسيتم تحويل الدفعة الأولى البالغة 3 مليارات دولار خلال أسبوع."),
]


def test_an_arabic_tranche_within_a_week_is_one_sum_that_agrees():
    rep, by_id = analyze(ROWS, DAY)
    money = [c for c in by_id.values() if c.article == "w3" and c.property.startswith("quantity:money")]
    assert [(c.property, c.value) for c in money] == [("quantity:money:USD", "3000000000 USD")]
    agreeing = [f for f in rep.findings if f.kind == "agreement" and money[0].id in f.claims]
    assert len(agreeing) == 1
    assert {by_id[c].article for c in agreeing[0].claims} == {"w1", "w2", "w3"}


def test_a_cited_person_is_shown_as_written():
    rep, by_id = analyze(ROWS, DAY)
    clash = [f for f in rep.findings if f.kind == "contradiction" and f.property == "quantity:money:USD"]
    assert len(clash) == 1
    assert clash[0].attributed is not None
    assert sorted(src for srcs in clash[0].attributed.values() for src in srcs) == ["Awa Ndiaye", "Ousmane Sarr"]
    assert "Awa Ndiaye says $12 billion" in clash[0].reason or "Awa Ndiaye says 12000000000 USD" in clash[0].reason


SPEAKER_ROWS = [
    # (text, language): a figure whose only person is the one the sentence quotes
    ("Finance Minister Awa Ndiaye said the fund will invest $12 billion in the port zone.", "en"),
    ("وقالت وزيرة المالية عوا نداي إن الصندوق سيستثمر 12 مليار دولار في المنطقة.", "ar"),
]


def test_a_quoted_person_is_marked_as_only_the_speaker_of_a_figure():
    for text, lang in SPEAKER_ROWS:
        _, by_id = analyze([("s1", lang, text)], DAY)
        figures = [c for c in by_id.values() if c.property.startswith("quantity:")]
        assert len(figures) == 1, text
        assert figures[0].subject is not None and spoken(figures[0]), text


# (words, the person's words, is the person a speaker?): right before the cue, or right after it with
# nothing but a title between; not a person further on ("which gave X ...")
SPEAKER_TABLE = [
    ("Awa Ndiaye said the fund will pay", "Awa Ndiaye", True),
    ("the fund will pay, said Finance Minister Awa Ndiaye", "Awa Ndiaye", True),
    ("according to Awa Ndiaye, the fund will pay", "Awa Ndiaye", True),
    ("according to the figures, which gave Awa Ndiaye 12 percent", "Awa Ndiaye", False),
    ("officials said the fund will pay Awa Ndiaye", "Awa Ndiaye", False),
]


def test_speakers_table():
    for text, name, expected in SPEAKER_TABLE:
        toks = lx.tokenize(text, "en")
        first = next(k for k, t in enumerate(toks) if text[t.start:t.end] == name.split()[0])
        person = (first, first + len(name.split()), "key")
        titled = frozenset(k for k, t in enumerate(toks) if text[t.start:t.end] in ("Finance", "Minister"))
        assert (person in speakers(toks, [person], "en", titled)) is expected, text


# (clause, language, does it only say who spoke and when?)
WHO_ROWS = [
    ("Prime Minister Ousmane Sarr said on Sunday.", "en", True),
    ("Awa Ndiaye told reporters on Tuesday.", "en", False),   # "reporters": whom she told is a word of its own
    ("Awa Ndiaye said the fund will invest $12 billion.", "en", False),
    ("وقالت وزيرة المالية عوا نداي يوم الأحد.", "ar", True),
    ("The fund will invest $12 billion, officials said.", "en", False),
]


def test_a_clause_that_only_says_who_spoke_is_no_statement():
    for text, lang, only_who in WHO_ROWS:
        _, by_id = analyze([("s1", lang, text)], DAY)
        statements = [c for c in by_id.values() if c.property == "statement"]
        assert (not statements) is only_who, text
