"""An invented wildfire story (two English wires, one Arabic): figures of things, not people, clash
when outlets give different counts (villages evacuated, aircraft deployed), a measure verb of another
figure is not taken ("14 منزلا وأصيب اثنان"), and the same figures agree across languages."""
import datetime as dt

from factcheck import pipeline
from factcheck.models import Article

DAY = dt.date(2033, 7, 11)
W1 = ("A forest fire that broke out on Sunday near the town of Alvor has burned more than 2,000 hectares, "
      "the civil protection agency said.\n\nSome 1,500 residents were evacuated from five villages, and "
      "14 homes were destroyed. Two firefighters were injured.\n\nMore than 300 firefighters, backed by "
      "9 water-dropping aircraft, were fighting the flames.")
W2 = ("Firefighters battled a blaze near Alvor on Monday.\n\nAuthorities evacuated seven villages and "
      "around 1,500 people.\n\nAbout 300 firefighters and 6 aircraft were deployed.")
W3 = ("أتى حريق غابات اندلع الأحد قرب بلدة ألفور على أكثر من 2000 هكتار.\n\nوتم إجلاء نحو 1500 شخص، "
      "فيما دمرت النيران 14 منزلا وأصيب اثنان من رجال الإطفاء.")


def _report():
    arts = [Article(id=i, path=f"{i}.txt", language=lang, published=DAY, text=t)
            for i, lang, t in (("w1", "en", W1), ("w2", "en", W2), ("w3", "ar", W3))]
    rep = pipeline.analyze(arts)
    return rep, {c.id: c for c in rep.claims}


def _values(f, by_id):
    return sorted({by_id[c].value for s in f.sides for c in s.claims}, key=float)


def test_counts_of_things_clash():
    rep, by_id = _report()
    clashes = [_values(f, by_id) for f in rep.findings if f.kind == "contradiction"]
    assert ["5", "7"] in clashes       # villages evacuated
    assert ["6", "9"] in clashes       # aircraft deployed
    assert all("14" not in vals and "2" not in vals for vals in clashes)


def test_same_figures_agree_across_languages():
    rep, by_id = _report()
    agreed = [sorted({by_id[c].article for c in f.claims}) for f in rep.findings
              if f.kind == "agreement" and by_id[f.claims[0]].value in ("14", "2", "1500")]
    assert agreed.count(["w1", "w3"]) >= 2          # 14 homes, two firefighters injured
    assert ["w1", "w2", "w3"] in agreed             # about 1,500 evacuated
