"""An invented earthquake told over two days by two English and two Arabic outlets: the toll, the
injured and the displaced rise from the first day's reports to the second's ("rose to 52 on Wednesday,
with 310 injured": the 52 is the toll, the injured cue after the 310 is the 310's), so every difference
is an update, never a contradiction, and each figure is grouped with its own measure across languages."""
import datetime as dt

from story_support import analyze

D1, D2 = dt.date(2031, 5, 20), dt.date(2031, 5, 21)
ROWS = [
    ("a_en", "en", "A magnitude 6.4 earthquake struck northern Velmora on Tuesday, killing at least 37 people and "
                   "injuring 230, officials said.\n\nAbout 4,500 people were displaced."),
    ("b_en", "en", "The death toll from Tuesday's earthquake in northern Velmora rose to 52 on Wednesday, with 310 "
                   "injured, the interior ministry said.\n\nMore than 6,000 people have been displaced."),
    ("c_ar", "ar", "ارتفعت حصيلة ضحايا الزلزال الذي ضرب شمال فيلمورا الثلاثاء إلى 52 قتيلا و310 جرحى، وفق وزارة "
                   "الداخلية.\n\nونزح أكثر من 6 آلاف شخص."),
    ("d_ar", "ar", "ضرب زلزال بقوة 6.4 درجات شمال فيلمورا الثلاثاء، ما أسفر عن مقتل 37 شخصا وإصابة 230 آخرين."),
]
DAYS = {"a_en": D1, "d_ar": D1, "b_en": D2, "c_ar": D2}


def test_rising_figures_are_updates_with_their_own_measure():
    rep, by_id = analyze(ROWS, D1, DAYS)
    assert [f for f in rep.findings if f.kind == "contradiction"] == []
    updates = sorted(sorted(sorted(by_id[c].value for c in s.claims) for s in f.sides)
                     for f in rep.findings if f.kind == "update")
    assert updates == [[["230", "230"], ["310", "310"]], [["37", "37"], ["52", "52"]], [["4500"], ["6000"]]]
