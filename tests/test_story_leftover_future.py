"""Arabic's future prefix on a verb ("وستجلي الفرق", "ستفتتح الحكومة") says what is planned, like
"سوف": read by shape and place (lang.future), never from a noun that starts alike ("سيارة", "ستة",
"سياسة", "ستار", "سيول", "سنوات", "سياسيون").
An invented flood evacuation: 40 families evacuated (English, Arabic) against 45 (a planted clash);
120 families the teams will evacuate is a plan, no clash with what was done.
Fails before lang.future: the plan was read as a count of what happened and clashed."""
import datetime as dt

import pytest

from factcheck.extract.normalize import _modality
from factcheck.lang import future, lexicon as lx
from story_support import analyze, clashing_values

DAY = dt.date(2033, 11, 14)
ROWS = [
    ('e1', 'en', 'By Tomas Erd\nCivil defence teams evacuated 40 families from the flooded Maron valley on Monday, officials said.\nRead more'),
    ('e2', 'ar', 'أجلت فرق الدفاع المدني 40 عائلة من وادي مارون يوم الاثنين. وستجلي فرق الإنقاذ 120 عائلة من الوادي.\nشارك'),
    ('e3', 'ar', 'أجلت فرق الدفاع المدني 45 عائلة من وادي مارون يوم الاثنين، وفق الدفاع المدني.'),
]


@pytest.mark.parametrize("text, verb", [
    ("وسيرتدي القميص رقم 9", "سيرتدي"),
    ("ستفتتح الحكومة المصنع في مايو", "ستفتتح"),
    ("ووقع المهاجم عقدا لمدة خمس سنوات وسيرتدي القميص رقم 9", "سيرتدي"),
    ("وستقام المباراة يوم الأحد", "ستقام"),
    ("ستجلي فرق الإنقاذ 120 عائلة", "ستجلي"),
    ("سنواصل العمل حتى النهاية", "سنواصل"),
])
def test_a_future_verb_is_a_plan(text, verb):
    sig = future.future_verb(lx.tokenize(text, "ar"), "ar")
    assert sig is not None and sig.text == verb and text[sig.start:sig.end] == verb
    assert _modality(lx.Toks(lx.tokenize(text, "ar")), "ar")[0] == "planned"


@pytest.mark.parametrize("text", [
    "سيارة الإسعاف وصلت متأخرة",
    "ستة أشخاص أصيبوا في الحادث",
    "سياسة الحكومة تغيرت",
    "ستار المسرح سقط على الممثلين",
    "سيول جارفة ضربت المدينة",
    "سنوات طويلة مرت على الحادث",
    "سياسيون بارزون حضروا الافتتاح",
    "وصل الوزير في سيارة سوداء",        # no verb position
    "قال المتحدث إن الاجتماع سيقام",    # nothing after it: no subject or object
])
def test_a_noun_that_starts_alike_is_no_plan(text):
    assert future.future_verb(lx.tokenize(text, "ar"), "ar") is None


def test_english_reads_no_prefix():
    assert future.future_verb(lx.tokenize("Steven will open the plant", "en"), "en") is None


def test_the_plan_never_clashes_with_what_was_done():
    rep, by_id = analyze(ROWS, DAY)
    assert clashing_values(rep, by_id) == [['40', '45']]
    planned = [c for c in rep.claims if c.value == "120"]
    assert planned and all(c.modality == "planned" for c in planned)
