"""An invented earthquake whose outlets recall an earlier quake of the region ("in 2011"). Planted
contradictions: the magnitude (6.1 / "6,3 درجات", a Maghreb decimal comma) and the depth (15 km / "على
عمق 10 كلم": the dimension nouns pair "depth" and "عمق"). The earlier quake's magnitude never clashes with
the story's and agrees across the outlets that give it; the distances agree across languages."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2033, 11, 8)
ROWS = [
    ("a_en", "en", "A magnitude 6.1 earthquake hit the coastal province of Ostreva on Tuesday, the seismological "
                   "centre said.\n\nThe region was "
                   "devastated in 2011 by a magnitude 7.3 quake that killed 2,100 people.\n\nThe quake struck 15 km "
                   "below the seabed, about 80 km west of the port of Lanvik."),
    ("b_en", "en", "The 6.1-magnitude tremor struck Ostreva on Tuesday at 11:20 pm, at a depth of 15 kilometres.\n\n"
                   "It was felt 300 km away in the capital.\n\nA 7.3 quake in 2011 killed more than 2,000 people in "
                   "the province."),
    ("c_ar", "ar", "ضرب زلزال بقوة 6.1 درجات ولاية أوستريفا ليل الثلاثاء عند الساعة 11:20 مساء، على عمق 15 كيلومترا "
                   "وعلى بعد 80 كيلومترا غرب ميناء لانفيك.\n\nوشعر السكان بالهزة في العاصمة التي تبعد 300 كيلومتر."),
    ("d_ar", "ar", "أعلن المركز الوطني لرصد الزلازل أن هزة أرضية بقوة 6,3 درجات ضربت أوستريفا مساء الثلاثاء على عمق "
                   "10 كلم.\n\nوكانت المنطقة قد شهدت عام 2011 زلزالا بقوة 7.3 درجات أودى بحياة 2100 شخص."),
]


def test_only_the_planted_contradictions():
    rep, by_id = analyze(ROWS, DAY)
    assert [f.property for f in rep.findings if f.kind == "contradiction"
            and not (f.property or "").startswith("quantity:")] == []
    assert sorted(clashing_values(rep, by_id)) == [["10 km", "15 km"], ["6.1", "6.3"]]


def test_the_earlier_quake_agrees_with_itself():
    rep, by_id = analyze(ROWS, DAY)
    agreed = [sorted({by_id[c].article for c in f.claims}) for f in rep.findings
              if f.kind == "agreement" and {by_id[c].value for c in f.claims} == {"7.3"}]
    assert agreed == [["a_en", "b_en", "d_ar"]]
