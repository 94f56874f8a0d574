"""Page furniture inside and around body lines: datelines and outlet prefixes, closing tags, photo
captions, subheads, pull quotes and calls to action. Invented examples only (other names, places,
numbers and outlets than any annotated story)."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.ingest import clauses as claims_stage
from factcheck.ingest import datelines, furniture
from factcheck.models import Article

LANGS = ("en", "ar")


def _article(text: str, lang: str = "en") -> Article:
    return Article(id="t", path="t.txt", text=text, language=lang)


def _segments(text: str, lang: str = "en"):
    art = _article(text, lang)
    topic = furniture.TopicModel([ln for ln in text.splitlines() if ln.strip()], LANGS)
    return art, furniture.segment(art, topic)


def _body(text: str, lang: str = "en") -> list[str]:
    art, segs = _segments(text, lang)
    return [art.text[s.start:s.end] for s in segs if s.kind == "body"]


def _clause_texts(text: str, lang: str = "en") -> list[str]:
    art, segs = _segments(text, lang)
    return [text[c.start:c.end] for c in claims_stage.extract(art, segs)]


# ---------------------------------------------------------------- dateline / outlet prefixes

# (line, first body line?, expected prefix cut off or None)
DATELINES = [
    ("LIMA, Oct 3 (Xinhua) -- Peru said on Friday that it would hold new talks.", False,
     "LIMA, Oct 3 (Xinhua) -- "),
    ("(NewsWire- Andean Press Agency (APA)) QUITO, May 2 (APA) -- The port reopened after four days.", False,
     "(NewsWire- Andean Press Agency (APA)) QUITO, May 2 (APA) -- "),
    ("OSLO (Nordic Wire) — Ferry traffic resumed on Tuesday after the storm.", False,
     "OSLO (Nordic Wire) — "),
    ("(Baltic Times) RIGA, Officials said the bridge would reopen in June.", False, "(Baltic Times) RIGA, "),
    ("(NTB) Police said three people were hurt in the crash.", False, "(NTB) "),
    ("BUENOS AIRES: The central bank raised its rate to 40 percent.", False, "BUENOS AIRES: "),
    ("Harbor Daily – The city council approved the new budget on Monday.", True, "Harbor Daily – "),
    ("المرصد - أعلنت وزارة النقل تشغيل خط جديد للقطارات يوم الأحد.", True, "المرصد - "),
    ("نواكشوط - افتتح الرئيس مطارا جديدا بتكلفة 300 مليون دولار.", True, "نواكشوط - "),
    ("(رويترز) قال مسؤولون إن المفاوضات ستستأنف الأسبوع المقبل.", False, "(رويترز) "),
    # bare names are trusted on the first body line only
    ("Harbor Daily – The city council approved the new budget on Monday.", False, None),
    ("المرصد - أعلنت وزارة النقل تشغيل خط جديد للقطارات يوم الأحد.", False, None),
    # asides, clauses and compounds are not datelines
    ("The ferry – a vessel built in 1990 – sank near the coast on Monday.", True, None),
    ("Fishermen – The Union said prices fell – protested in the harbor.", True, None),
    ("Speaking in Tromso – he said the quota would not change this year.", True, None),
    ("Norway- Sweden talks on the quota resumed in Bergen on Friday.", True, None),
    ("وقال الوزير - في تصريح له - إن الحكومة ستعقد اجتماعا.", True, None),
    ("الوزير - الذي وصل أمس - قال إن الحكومة ستعقد اجتماعا.", True, None),
    ("2 – Peru became the second team to score twice in the group.", True, None),
    ("(in part) because of the rain the match was delayed for hours.", False, None),
    ("In an interview with reporters on a long Tuesday evening in the capital city of the province – he spoke.", True,
     None),
    ("OSLO (Nordic Wire) — ends", False, None),  # too little after the dash to be a sentence
]


@pytest.mark.parametrize("line, first, prefix", DATELINES)
def test_dateline_prefix(line, first, prefix):
    got = datelines.dateline_prefix(line, first, LANGS)
    assert (line[: got[0]] if got else None) == prefix


def test_dateline_prefix_is_cut_from_the_claims_with_exact_offsets():
    text = "Headline about ferries\n\nOSLO (Nordic Wire) — Ferry traffic resumed on Tuesday after the storm.\n"
    _, segs = _segments(text)
    cut = [s for s in segs if s.rule.startswith("shape:dateline-prefix")]
    assert [text[s.start:s.end] for s in cut] == ["OSLO (Nordic Wire) —"]
    assert _body(text) == ["Ferry traffic resumed on Tuesday after the storm."]
    assert all(not c.startswith("OSLO") for c in _clause_texts(text))


def test_outlet_prefix_only_on_the_first_body_line():
    text = ("المرصد - أعلنت وزارة النقل تشغيل خط جديد للقطارات يوم الأحد.\n"
            "الشركة - وفق بيانها - ستبدأ التشغيل في مارس المقبل.\n")
    assert _body(text, "ar") == ["أعلنت وزارة النقل تشغيل خط جديد للقطارات يوم الأحد.",
                                 "الشركة - وفق بيانها - ستبدأ التشغيل في مارس المقبل."]


# ---------------------------------------------------------------- closing tags and captions

# (line, expected tag or None)
TAGS = [
    ("The dam was closed for repairs in 2019. (Filed late)", "(Filed late)"),
    ("Exports rose by 4 percent in March. (NTB)", "(NTB)"),
    ("Exports rose by 4 percent in March, the agency said. [Wire]", "[Wire]"),
    ("The new pier opened on Sunday. (Photo: K. Olsen)", "(Photo: K. Olsen)"),
    ("ارتفعت الصادرات بنسبة 4 في المئة في مارس. (وكالات)", "(وكالات)"),
    # a parenthesis inside the sentence, or one holding a sentence, stays
    ("Exports rose by 4 percent (the most since 2015) in March.", None),
    ("Exports rose by 4 percent in March. (The figure was later revised.)", None),
    ("Exports rose by 4 percent in March (NTB)", None),
    ("Exports rose in March. (This estimate comes from three separate private surveys of shippers)", None),
]


@pytest.mark.parametrize("line, tag", TAGS)
def test_trailing_tag(line, tag):
    got = datelines.trailing_tag(line)
    assert (line[got[0]:].strip() if got else None) == tag


# (paragraph, is it a caption?)
CAPTIONS = [
    ("A fisherman unloads his catch at the harbor in Bergen. (Photo/Ola Nordmann)", True),
    ("Rescue workers search the rubble of a collapsed school. (Getty Images)", True),
    ("The new bridge over the river is seen from the air. [Image: Harbor Daily]", True),
    ("Photo: Rescue workers search the rubble of a collapsed school.", True),
    ("صورة: عمال الإنقاذ يبحثون بين أنقاض مدرسة منهارة.", True),
    ("عمال الإنقاذ يبحثون بين أنقاض مدرسة منهارة. (صورة أرشيفية)", True),
    # a credit-free sentence, an agency tag, a long paragraph: not captions
    ("A fisherman unloads his catch at the harbor in Bergen.", False),
    ("The ministry said 40 fishermen were rescued on Monday. (NTB)", False),
    (" ".join(["The ministry said the rescue lasted many hours and involved many boats."] * 4) + " (Photo/X)", False),
]


@pytest.mark.parametrize("line, caption", CAPTIONS)
def test_caption(line, caption):
    assert (datelines.caption(line, LANGS) is not None) == caption
    assert (_body("Intro sentence about the harbor and its many boats.\n\n" + line + "\n")
            == ["Intro sentence about the harbor and its many boats."]) == caption


def test_tag_is_cut_and_sentence_kept():
    text = "Exports rose by 4 percent in March. (Filed late)\n"
    assert _body(text) == ["Exports rose by 4 percent in March."]
    assert _clause_texts(text) == ["Exports rose by 4 percent in March."]


# ---------------------------------------------------------------- subheads, pull quotes, calls to action

# (line, expected kind)
SHORT_LINES = [
    ("- 'A long road' -", "heading"),
    ("— Talks stall —", "heading"),
    ("“Never again”", "heading"),
    ("'A historic day for the port'", "heading"),
    ("Share this!", "furniture"),
    ("Follow us", "furniture"),
    ("شارك هذا!", "furniture"),
    # real sentences stay body
    ("- The port reopened on Monday after four days.", "body"),
    ("“We will reopen the port on Monday,” the mayor said.", "body"),
    ("“We will reopen the port on Monday.”", "body"),
    ("«سنعيد فتح الميناء يوم الاثنين.»", "body"),
    ("«لا تراجع عن القرار»", "heading"),
    ("He did not comment on the new quota.", "body"),
    ("Share prices fell by 3 percent on Monday.", "body"),
    # calls to action, advertisement slots, cookie notices and copyright lines stand alone
    ("Advertisement", "furniture"),
    ("Subscribe now and save 40% on your first year", "furniture"),
    ("We use cookies to improve your experience. By using our site you accept them.", "furniture"),
    ("© 2036 Harbour Times Media. All rights reserved.", "furniture"),
    ("جميع الحقوق محفوظة © 2036", "furniture"),
    ("READ MORE: Harbour strike enters its second week", "furniture"),
    # "إعلان" is an announcement as often as an advertisement: a sentence it opens is body
    ("إعلان حالة الطوارئ في المدينة بعد الفيضانات.", "body"),
]


@pytest.mark.parametrize("line, kind", SHORT_LINES)
def test_short_line_kinds(line, kind):
    _, segs = _segments("Intro sentence about the harbor and its many boats.\n\n" + line + "\n")
    assert [s.kind for s in segs][1:] == [kind]


# ---------------------------------------------------------------- invariants

NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=8)
WORDS = st.lists(st.sampled_from(["port", "ships", "rose", "council", "the", "said", "on", "March", "by", "40"]),
                 min_size=4, max_size=12)


@settings(max_examples=60, deadline=None)
@given(city=NAME, agency=NAME, words=WORDS, tag=st.sampled_from(["", " (Filed late)", " (NTB)"]),
       dash=st.sampled_from(["--", "—", "–", "-"]))
def test_segments_index_the_text_and_cover_it_without_overlap(city, agency, words, tag, dash):
    """Whatever is cut, segments are exact, ordered, non-overlapping spans of the article text, and
    every non-blank character of the body line lands in some segment."""
    sentence = "The " + " ".join(words) + "."
    text = f"Title line here\n\n{city} ({agency}) {dash} {sentence}{tag}\n"
    _, segs = _segments(text)
    spans = [(s.start, s.end) for s in segs]
    assert spans == sorted(spans)
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(spans))
    assert all(text[a:b] == text[a:b].strip() and text[a:b] for a, b in spans)
    covered = {i for a, b in spans for i in range(a, b)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert sentence in _body(text)


# ---------------------------------------------------------------- the article goes on after lone furniture

MESSY_PAGES = [
    # an advertisement slot before the first paragraph opens no related-stories block
    ("en", "Advertisement\nDockers strike in Mombasa\nDock workers in Mombasa walked out on Monday over unpaid wages.\n"
           "The union said 2,400 members joined the strike.\n",
     ["Dock workers in Mombasa walked out on Monday over unpaid wages.", "The union said 2,400 members joined the strike."]),
    # a teaser line ("READ MORE: <headline>") is one line: the article resumes right after it
    ("en", "Dock workers in Mombasa walked out on Monday over unpaid wages.\nREAD MORE: Port fees to rise in March\n"
           "Ships queued outside the harbour for two days.\n",
     ["Dock workers in Mombasa walked out on Monday over unpaid wages.", "Ships queued outside the harbour for two days."]),
    ("ar", "أضرب عمال الميناء في مومباسا يوم الاثنين بسبب الأجور المتأخرة.\nاقرأ أيضا: رسوم الميناء ترتفع في مارس\n"
           "واصطفت السفن خارج الميناء يومين.\n",
     ["أضرب عمال الميناء في مومباسا يوم الاثنين بسبب الأجور المتأخرة.", "واصطفت السفن خارج الميناء يومين."]),
    # ... while a list under a label is related links, also before the article starts
    ("en", "Most Read\n1. Fishing ban lifted in Lamu\n2. Rains return to Kisumu\n"
           "Dock workers in Mombasa walked out on Monday over unpaid wages.\n",
     ["Dock workers in Mombasa walked out on Monday over unpaid wages."]),
]


@pytest.mark.parametrize("lang, text, body", MESSY_PAGES)
def test_the_article_goes_on_after_lone_furniture(lang, text, body):
    assert _body(text, lang) == body


def test_a_short_line_holding_the_publication_date_is_furniture_whole():
    import datetime as dt
    text = "Published 4 May 2036, 09:10 GMT | Updated 2 hours ago\nDock workers walked out on Monday.\n"
    span = (text.index("4 May"), text.index("4 May") + len("4 May 2036"))
    art = Article(id="t", path="t.txt", text=text, language="en", published=dt.date(2036, 5, 4), published_span=span)
    topic = furniture.TopicModel([ln for ln in text.splitlines() if ln.strip()], LANGS)
    segs = furniture.segment(art, topic)
    assert [(s.kind, text[s.start:s.end]) for s in segs] == [
        ("furniture", "Published 4 May 2036, 09:10 GMT | Updated 2 hours ago"), ("body", "Dock workers walked out on Monday.")]


# ---------------------------------------------------------------- furniture after a line's last sentence
@pytest.mark.parametrize("line, body, lang", [
    # a short paragraph with a call to action glued on: the sentence stays body, not a headline
    ("Castmar signed a six-year sponsorship deal with Orvex worth $12 million on Sunday. Follow us",
     "Castmar signed a six-year sponsorship deal with Orvex worth $12 million on Sunday.", "en"),
    ("Castmar signed a six-year sponsorship deal with Orvex on Sunday. Read more: Castmar wins the cup",
     "Castmar signed a six-year sponsorship deal with Orvex on Sunday.", "en"),
    ("أعلن نادي كاستمار توقيع عقد رعاية مع شركة أورفكس بقيمة 12 مليون دولار. تابعونا على تويتر",
     "أعلن نادي كاستمار توقيع عقد رعاية مع شركة أورفكس بقيمة 12 مليون دولار.", "ar"),
])
def test_furniture_after_the_last_sentence_is_cut_off(line, body, lang):
    assert _body(line, lang) == [body]


@pytest.mark.parametrize("line", [
    "Storm hits Velora. Thousands missing",                 # a headline in two parts stays one heading
    "The talks ended on Sunday. Both sides will meet again in March.",   # two sentences: one body line
])
def test_a_tail_that_is_no_furniture_stays(line):
    art, segs = _segments(line)
    assert [(art.text[s.start:s.end]) for s in segs] == [line]
