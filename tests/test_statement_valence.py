"""Reversal words across pairs: the custody and access groups, the valence union (a favourable word
of one pair against an unfavourable word of another), the participles of the reversal verbs
(tools/build_participles.py), the denial verbs of "deny", a reversal told within the core of a
longer clause, and what a negating verb governs.

Every sentence here is invented (topics and names appear in no story or seed)."""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from statement_support import load_tool, reversals_data_error, verdict

from factcheck.kinds import statement_data

ROOT = Path(__file__).resolve().parents[1]


build_participles = load_tool("build_participles")


# (first clause, second clause, expected kind, a word the reason must hold or "")
ROWS = [
    # custody group: "jailed" (arrest / release) against "acquitted" (convict / acquit)
    ("حبس المهندس كمال الزيات في قضية عقود الموانئ",
     "براءة المهندس كمال الزيات في قضية عقود الموانئ", "contradict", "custody ("),
    # access group: "allows" (allow / ban) against "closes" (open / close)
    ("البلدية تسمح للشاحنات بدخول شارع الجسر القديم",
     "البلدية تغلق شارع الجسر القديم أمام الشاحنات", "contradict", "access ("),
    # valence union: "approves" (approve / reject) against "criticizes" (support / oppose)
    ("البرلمان يوافق على قانون الصيد البحري الجديد",
     "البرلمان ينتقد قانون الصيد البحري الجديد", "contradict", "valence"),
    # ... not when the unfavourable word is governed by a verb of its own ("recovers its losses")
    ("شركة النسيج تعوض خسائرها في بورصة القطن",
     "شركة النسيج تعلن أرباحها في بورصة القطن", "contradict", "win / lose"),
    ("شركة النسيج تعوض خسائرها في بورصة القطن",
     "شركة النسيج ترفع أسعارها في بورصة القطن", "agree", ""),
    # a participle of a reversal verb ("متراجعة" of "تراجع") against its opposite
    ("أسعار الصوف متراجعة في سوق المدينة القديمة",
     "ارتفاع أسعار الصوف في سوق المدينة القديمة", "contradict", "up / down"),
    # a short clause told within a longer one, the opposite words in one slot
    ("الدينار يرتفع", "انخفاض للدينار الليبي أمام العملات الأجنبية في السوق الموازية", "contradict", "up / down"),
    # a negating verb governs its verbal noun and that noun's object ("fails to solve the riddle")
    ("الشرطة تكشف لغز سرقة متحف الفخار",
     "الشرطة تفشل في حل لغز سرقة متحف الفخار", "contradict", "negators"),
    ("الوزير يبشر بحلول جديدة لأزمة النقل",
     "الوزير ينفي وجود حلول جديدة لأزمة النقل", "contradict", "negators"),
    # ... up to a direction break only ("stopped with the start of the season")
    ("حركة الملاحة توقفت مع بداية موسم العواصف في الخليج",
     "موسم العواصف في الخليج طويل هذا العام", "unrelated", ""),
    # "عجز" denies only as "عجز عن" (failed to); alone it is a deficit
    ("عجز الميزان التجاري لجزر القمر يتسع", "الميزان التجاري لجزر القمر يتسع", "agree", ""),
    # a particle denying the shared words on the other side: both deny
    ("المدينة تقول إنه ليس لديها خطط لبناء ملعب جديد",
     "المدينة تنفي وجود خطط لبناء ملعب جديد", "unrelated", ""),
    # "denies" against "admits"
    ("الوزارة تنكر إغلاق مصنع الزجاج في الميناء",
     "الوزارة تعترف بإغلاق مصنع الزجاج في الميناء", "contradict", "confirm / deny"),
]


@pytest.mark.parametrize("x,y,kind,why", ROWS)
def test_valence_table(x: str, y: str, kind: str, why: str) -> None:
    v = verdict(x, y, "ar")
    assert v.kind == kind, v.reason
    assert why in v.reason
    assert verdict(y, x, "ar").kind == kind


@pytest.mark.parametrize("word,expected", [
    ("انخفض", "منخفض"), ("استقر", "مستقر"), ("استأنف", "مستأنف"), ("انسحب", "منسحب"),
    ("اعتقل", "معتقل"), ("تراجع", "متراجع"), ("توقف", "متوقف"), ("تدهور", "متدهور"),
    # verbal nouns, nouns, measure I-IV verbs and phrases have no generated participle
    ("ارتفاع", None), ("استياء", None), ("انجاز", None), ("تعزيز", None), ("تفاؤل", None),
    ("حرب", None), ("أغلق", None), ("قفزة", None), ("أخلى سبيل", None),
])
def test_participle_table(word: str, expected: str | None) -> None:
    assert build_participles.participle(word) == expected


ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآءؤئةى"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ARABIC_LETTERS, min_size=1, max_size=8))
def test_participle_shape(word: str) -> None:
    """A participle is the word with a mu- prefix (in place of an initial alif or before a ta), and
    no participle has a participle of its own."""
    p = build_participles.participle(word)
    if p is not None:
        assert p.startswith("م")
        assert p[1:] in (word[1:], word)
        assert build_participles.participle(p) is None


def test_participles_file_is_what_the_tool_writes() -> None:
    text = (ROOT / "factcheck" / "data" / "ar" / "reversals.json").read_text(encoding="utf-8")
    assert build_participles.build() == text


def test_participles_extend_their_lemmas_lists() -> None:
    pairs = {p.name: p for p in statement_data.reversals("ar").pairs}
    down = pairs["up / down (rise, fall, highest, lowest)"]
    assert ("متراجع",) in down.b and ("متراجع",) not in down.a


def test_valence_union_is_no_synonym_list() -> None:
    pairs = statement_data.reversals("ar").pairs
    union = [p for p in pairs if p.union]
    assert len(union) == 1 and union[0].name == statement_data.VALENCE_NAME
    assert not set(union[0].a) & set(union[0].b)
    k = pairs.index(union[0])
    keys = {key for v in statement_data.list_index("ar").values() for key in v}
    assert f"#{k}a" not in keys and f"#{k}b" not in keys
    assert not any(p.union for p in statement_data.reversals("en").pairs)   # no valence in the English data


@pytest.mark.parametrize("field,value", [("valence", "c"), ("participles", ["منخفض"])])
def test_bad_valence_or_participles_is_an_error(monkeypatch: pytest.MonkeyPatch, field: str, value: object) -> None:
    raw = json.loads(resources.files("factcheck.data").joinpath("ar", "reversals.json").read_text(encoding="utf-8"))
    if field == "valence":
        raw["pairs"][0]["valence"] = value
    else:
        raw["participles"] = value
    reversals_data_error(monkeypatch, raw)


CLAUSES = [r[0] for r in ROWS] + [r[1] for r in ROWS]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(CLAUSES), st.sampled_from(CLAUSES))
def test_valence_symmetric_and_never_against_itself(x: str, y: str) -> None:
    assert verdict(x, y, "ar").kind == verdict(y, x, "ar").kind
    assert verdict(x, x, "ar").kind != "contradict"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
