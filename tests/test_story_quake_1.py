"""An invented earthquake told by two English outlets and two Arabic ones, with page furniture, an agency
dateline, Arabic-Indic digits and a comparison with an older quake. Planted:
- contradictions: the magnitude (6.4 / 6.2), the depth ("at a depth of 10 km" / "at a shallow depth of
  10 kilometres" against "على عمق 16 كيلومترا": the dimension nouns "depth" / "عمق" pair the languages),
  the distance of the epicentre (42 km / 60 كيلومترا) and the injured (230 / 150);
- agreements: the toll of 37 in all four ("مقتل 37 شخصا على الأقل وإصابة 230": the conjunction joined
  to "إصابة" makes it the 230's cue, not the 37's), the time ("3:47 am local time (2247 GMT Monday)" /
  "shortly before 4 a.m." / "الساعة 3:47 فجرا": a hedged time is a rounded one, and the Monday of the
  time in GMT is not the local day of the quake, so it does not move the clause to another day);
- distractors: the aftershock's magnitude and the 1987 quake's magnitude and toll never clash."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2031, 5, 20)
ROWS = [
    ("a_en", "en", "Home > World > Asia\n\nPowerful earthquake kills at least 37 in northern Velmora\n\n"
                   "By Staff Reporter | Published 20 May 2031\n\n"
                   "A magnitude 6.4 earthquake struck northern Velmora early on Tuesday, killing at least 37 people "
                   "and injuring 230, officials said.\n\n"
                   "The quake hit at 3:47 am local time (2247 GMT Monday) at a depth of 10 km (6 miles), according "
                   "to the national seismological institute.\n\n"
                   "Its epicentre was 42 km north-east of the city of Sarreth, home to about 310,000 people.\n\n"
                   "At least 120 buildings collapsed, and around 4,500 people spent the night in tents, the civil "
                   "defence agency said.\n\nA magnitude 5.1 aftershock rattled the region about two hours later.\n\n"
                   "It was the strongest quake to hit the region since 1987, when a magnitude 7.0 tremor killed "
                   "1,200 people.\n\nThe European Union pledged 2 million euros in emergency aid.\n\n"
                   "Share this article\n\nRead more: Floods displace thousands in the south\n"),
    ("b_en", "en", "SARRETH, Velmora, May 20 (Newswire) - A 6.2-magnitude earthquake shook northern Velmora before "
                   "dawn on Tuesday, killing 37 people and injuring 150, the interior ministry said.\n\n"
                   "The quake struck shortly before 4 a.m., the US Geological Survey said, at a shallow depth of "
                   "10 kilometres.\n\n\"Many families are still under the rubble,\" civil defence chief Oren Kalvi "
                   "told reporters.\n\nSome 120 buildings were destroyed in Sarreth and nearby villages.\n\n"
                   "(Reporting by Newswire staff; editing by Desk)\n"),
    ("c_ar", "ar", "الرئيسية | عربي ودولي\n\nزلزال بقوة 6.4 درجات يضرب شمال فيلمورا\n\n"
                   "ضرب زلزال بقوة 6.4 درجات على مقياس ريختر شمال فيلمورا فجر اليوم الثلاثاء، ما أسفر عن مقتل "
                   "37 شخصا على الأقل وإصابة 230 آخرين.\n\n"
                   "ووقع الزلزال في الساعة 3:47 فجرا بالتوقيت المحلي على عمق 16 كيلومترا، وعلى بعد 42 كيلومترا "
                   "شمال شرقي مدينة سارث.\n\nوقال الدفاع المدني إن 120 مبنى انهارت، فيما أمضى نحو 4500 شخص "
                   "ليلتهم في الخيام.\n\nوتعهد الاتحاد الأوروبي بتقديم مساعدات عاجلة بقيمة مليوني يورو.\n\n"
                   "اقرأ أيضا: فيضانات في الجنوب\n"),
    ("d_ar", "ar", "سارث (وكالات) - ارتفعت حصيلة ضحايا الزلزال الذي ضرب شمال فيلمورا إلى ٣٧ قتيلا، وفق ما أعلنت "
                   "وزارة الداخلية.\n\nوبلغت قوة الزلزال ٦٫٤ درجات، وكان مركزه على بعد 60 كيلومترا شمال شرقي "
                   "مدينة سارث التي يقطنها نحو 310 آلاف نسمة.\n\nوأعقبت الزلزال هزة ارتدادية بقوة 5.1 درجات.\n\n"
                   "وكان زلزال بقوة 7 درجات قد ضرب المنطقة عام 1987 وأودى بحياة 1200 شخص.\n"),
]


def _report():
    return analyze(ROWS, DAY)


def _sides(rep, by_id, values):
    """The articles on each side of the contradiction whose values are ``values``."""
    for f in rep.findings:
        if f.kind == "contradiction" and sorted({by_id[c].value for s in f.sides for c in s.claims}) == values:
            return sorted(sorted({by_id[c].article for c in s.claims}) for s in f.sides)
    return None


def test_the_planted_contradictions_and_nothing_else():
    rep, by_id = _report()
    assert sorted(clashing_values(rep, by_id)) == [["10 km", "16 km"], ["150", "230"], ["42 km", "60 km"],
                                                   ["6.2", "6.4"]]
    assert [f for f in rep.findings if f.kind == "contradiction" and not (f.property or "").startswith("quantity:")] == []
    assert _sides(rep, by_id, ["6.2", "6.4"]) == [["a_en", "c_ar", "d_ar"], ["b_en"]]
    assert _sides(rep, by_id, ["10 km", "16 km"]) == [["a_en", "b_en"], ["c_ar"]]
    assert _sides(rep, by_id, ["150", "230"]) == [["a_en", "c_ar"], ["b_en"]]
    assert _sides(rep, by_id, ["42 km", "60 km"]) == [["a_en", "c_ar"], ["d_ar"]]


def test_the_toll_and_the_time_agree_in_every_outlet_that_gives_them():
    rep, by_id = _report()
    agreed = {by_id[f.claims[0]].property + " " + (by_id[f.claims[0]].value or ""): sorted({by_id[c].article for c in f.claims})
              for f in rep.findings if f.kind == "agreement"}
    assert agreed["quantity:count 37"] == ["a_en", "b_en", "c_ar", "d_ar"]
    times = [sorted({by_id[c].article for c in f.claims}) for f in rep.findings
             if f.kind == "agreement" and f.property == "start_time"]
    assert ["a_en", "b_en", "c_ar"] in times


def test_the_time_in_gmt_is_no_figure_and_its_day_dates_nothing():
    _, by_id = _report()
    a = [c for c in by_id.values() if c.article == "a_en"]
    assert not any(c.value == "2247" for c in a)
    assert not any(c.property == "date" and c.value == "2031-05-19" for c in a)
    depth = next(c for c in a if c.value == "10 km")
    assert "2031-05-19" not in (depth.event or "")
