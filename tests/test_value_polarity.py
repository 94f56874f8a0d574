"""A value a clause denies ("will not resume on Monday") is compared with no value that is stated:
neither an agreement nor a clash (kinds.value.comparable), in every value kind."""
import pytest

from factcheck import pipeline
from factcheck.models import Article


@pytest.mark.parametrize("lang, a, b", [
    ("en", "The regional council said talks with the ferry union will resume on Monday.",
     "The regional council said talks with the ferry union will not resume on Monday."),
    ("en", "The museum said the exhibition opens at 9 am on Friday.",
     "The museum said the exhibition does not open at 9 am on Friday."),
    ("ar", "قال المجلس إن المحادثات مع نقابة العبارات ستستأنف يوم الاثنين.",
     "قال المجلس إن المحادثات مع نقابة العبارات لن تستأنف يوم الاثنين."),
])
def test_a_denied_value_never_agrees_with_a_stated_one(lang, a, b):
    rep = pipeline.analyze([Article(id="p1", path="p1.txt", text=a, language=lang),
                            Article(id="p2", path="p2.txt", text=b, language=lang)])
    valued = {c.id for c in rep.claims if c.property in ("date", "start_time")}
    assert valued, "the clauses state a day or a time"
    for f in rep.findings:
        if f.kind in ("agreement", "contradiction"):
            assert not set(f.claims) & valued, f.reason
