"""An invented cyclone told by two English outlets and two Arabic ones. Planted:
- contradictions: the storm's category (4 / 3), the injured (40 / ٦٥: "مقتل 12 شخصا وإصابة 40 آخرين",
  the 40 is the injured, the 12 the dead) and the sustained winds (210 km/h, 130 mph, "210 كيلومترات في
  الساعة" against "180 كيلومترا في الساعة": an Arabic speed in the plural or the accusative of its
  numerator unit is a speed, not a length);
- agreements: the time of landfall ("at 5:40 pm", "at around 6 pm", "قبيل الساعة السادسة مساء": hedged
  times are rounded ones), the dead, the homes without power, the aid;
- distractors: the gusts (260 km/h) are not the sustained winds, and the 2019 cyclone's toll and damage
  belong to another storm."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2034, 9, 14)
ROWS = [
    ("a_en", "en", "World | Weather\n\nCyclone Tamsin slams into Korrin coast, 12 dead\n\n"
                   "PORT ELLOW, Sept 14 (Agency) - Cyclone Tamsin made landfall near Port Ellow at 5:40 pm on "
                   "Thursday as a Category 4 storm, packing sustained winds of 210 km/h and gusts of up to 260 km/h, "
                   "the national weather office said.\n\n"
                   "At least 12 people were killed and 40 injured, disaster management chief Lira Assen told "
                   "reporters.\n\nMore than 300 mm of rain fell in 24 hours, and about 1.2 million homes were left "
                   "without power.\n\nTamsin is the strongest storm to hit Korrin since Cyclone Brevo in 2019, which "
                   "killed 310 people.\n\nThe United Nations released $5 million from its emergency fund.\n\n"
                   "Related: Heatwave grips the capital\n"),
    ("b_en", "en", "Cyclone Tamsin: what we know\n\nPublished 14 September 2034\n\n"
                   "Cyclone Tamsin, a Category 3 storm with maximum sustained winds of 130 mph, struck the Korrin "
                   "coast at around 6 pm local time on Thursday.\n\nTwelve people died, officials said.\n\n"
                   "Rainfall totals exceeded 300 millimetres in places, and 1.2 million households lost "
                   "electricity.\n\nIn 2019, Cyclone Brevo killed 310 people and caused $2 billion in damage.\n\n"
                   "Share on Facebook\n"),
    ("c_ar", "ar", "الإعصار تامسين يضرب سواحل كورين\n\n"
                   "ضرب الإعصار تامسين سواحل كورين قرب ميناء إيلو مساء الخميس، مصحوبا برياح بلغت سرعتها 210 "
                   "كيلومترات في الساعة.\n\nوأسفر الإعصار عن مقتل 12 شخصا وإصابة 40 آخرين، بحسب هيئة إدارة "
                   "الكوارث.\n\nوانقطعت الكهرباء عن نحو مليون و200 ألف منزل.\n\n"
                   "ورصدت الأمم المتحدة 5 ملايين دولار من صندوق الطوارئ.\n"),
    ("d_ar", "ar", "كورين (وكالات) - قالت السلطات إن حصيلة ضحايا الإعصار تامسين بلغت ١٢ قتيلا و٦٥ مصابا.\n\n"
                   "وضرب الإعصار الساحل قبيل الساعة السادسة مساء الخميس بالتوقيت المحلي، برياح تصل سرعتها إلى "
                   "180 كيلومترا في الساعة.\n\nوكان الإعصار برافو قد أودى بحياة 310 أشخاص عام 2019.\n"),
]


def _report():
    return analyze(ROWS, DAY)


def test_the_planted_contradictions_and_nothing_else():
    rep, by_id = _report()
    assert sorted(clashing_values(rep, by_id)) == [["130 mph", "180 km/h", "210 km/h"], ["3", "4"], ["40", "65"]]
    assert [f for f in rep.findings if f.kind == "contradiction" and not (f.property or "").startswith("quantity:")] == []
    winds = next(f for f in rep.findings if f.kind == "contradiction" and f.property == "quantity:measure:m/s")
    assert sorted(sorted({by_id[c].article for c in s.claims}) for s in winds.sides) == [["a_en", "b_en", "c_ar"], ["d_ar"]]


def test_the_hedged_times_of_landfall_agree():
    rep, by_id = _report()
    times = [f for f in rep.findings if f.kind == "agreement" and f.property == "start_time"]
    clocks = {(by_id[c].article, by_id[c].value) for f in times for c in f.claims}
    assert {("a_en", "17:40"), ("b_en", "18:00"), ("d_ar", "18:00")} <= clocks


def test_arabic_wind_speeds_are_speeds():
    _, by_id = _report()
    arabic = sorted(c.value for c in by_id.values() if c.article in ("c_ar", "d_ar") and c.property.startswith("quantity:measure"))
    assert arabic == ["180 km/h", "210 km/h"]
