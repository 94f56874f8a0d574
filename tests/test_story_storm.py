"""An invented hurricane (two English outlets, one Arabic): wind speeds in two units meet at a
conversion's rounding ("215 km/h" / "135 mph": no clash), and a measure cue that ends one figure's clause
is not the next figure's ("120,000 people were evacuated and about 400,000 homes lost power": the homes
are not evacuated), so the evacuated and the homes without power each agree across the outlets."""
import datetime as dt

from factcheck.extract import measure_cues
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from story_support import analyze, clashing_values

DAY = dt.date(2040, 10, 8)
S1 = ("Hurricane Odel made landfall near Port Varsa on Sunday with winds of 215 km/h, the weather agency said.\n\n"
      "More than 90,000 people were evacuated and about 300,000 homes lost power.")
S2 = "Hurricane Odel hit Port Varsa on Sunday packing 135 mph winds.\n\nAuthorities evacuated 90,000 residents, and power was cut to 300,000 homes."
S3 = "ضرب الإعصار أوديل ميناء فارسا الأحد برياح سرعتها 215 كيلومترا في الساعة، وتم إجلاء أكثر من 90 ألف شخص."


def test_units_and_clauses():
    rep, by_id = analyze([("s1", "en", S1), ("s2", "en", S2), ("s3", "ar", S3)], DAY)
    assert clashing_values(rep, by_id) == []
    agreed = {tuple(sorted({by_id[c].article for c in f.claims})): by_id[f.claims[0]].value
              for f in rep.findings if f.kind == "agreement" and (f.property or "").startswith("quantity:")}
    assert agreed.get(("s1", "s2")) in ("215 km/h", "135 mph", "300000")
    homes = [f for f in rep.findings if f.kind == "agreement" and {by_id[c].value for c in f.claims} == {"300000"}]
    assert len(homes) == 1 and {by_id[c].article for c in homes[0].claims} == {"s1", "s2"}
    assert all(by_id[c].value != "300000" or not any(s.field == "measure" and s.text == "displaced"
                                                     for s in by_id[c].signals) for c in by_id)


def test_a_cue_before_a_conjunction_is_the_earlier_figures():
    text = "More than 90,000 people were evacuated and about 300,000 homes lost power."
    toks, vals = lx.tokenize(text, "en"), values.find_values(text, "en")
    spans = [lx.covered(toks, v.start, v.end) for v in vals]
    found = [measure_cues.measure_cue(toks, s[0], s[-1], "en", 6) for s in spans]
    assert found[0] is not None and found[0][0] == "displaced"
    assert found[1] is None
