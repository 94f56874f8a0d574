"""Table and property tests of factcheck.mentions.values on Arabic text."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions.values import detect_number, find_values, parse_dateline

ANCHOR = dt.date(2025, 4, 10)  # a Thursday
TUESDAY = dt.date(2023, 9, 12)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def one(text, anchor=None):
    """The single value mention of ``text`` (the test fails if there are more or none)."""
    vals = find_values(text, "ar", anchor)
    assert len(vals) == 1, [(v.kind, v.value, text[v.start:v.end]) for v in vals]
    return vals[0]


# (phrase, kind, value, qualifier) -- no anchor
PLAIN = [
    # numbers: digits, separators, scale words, the الـ prefix
    ("قتل 2800 شخص", "number", "2800", "exact"),
    ("5,300 قتيل", "number", "5300", "exact"),
    ("5٬300 قتيل", "number", "5300", "exact"),
    ("٥٬٣٠٠ قتيل", "number", "5300", "exact"),
    ("بنسبة 3.1%", "number", "3.1%", "exact"),
    ("بنسبة 3.1٪", "number", "3.1%", "exact"),
    ("ارتفعت 12 في المئة", "number", "12%", "exact"),
    ("نمو ٣٫٥ بالمئة", "number", "3.5%", "exact"),
    ("هناك 10 آلاف مفقود", "number", "10000", "exact"),
    ("يقطنها 200 ألف نسمة", "number", "200000", "exact"),
    ("ارتفعت إلى 11300 قتيل", "number", "11300", "exact"),
    ("عدد المفقودين بلغ الـ 9000", "number", "9000", "exact"),
    ("والـ9000 الباقون", "number", "9000", "exact"),
    ("0 تعليق", "number", "0", "exact"),
    ("تكلفة 5.3 مليون دولار", "number", "5300000 USD", "exact"),
    ("نصف مليون شخص", "number", "500000", "exact"),
    ("ربع مليون دولار", "number", "250000 USD", "exact"),
    ("مليون ونصف المليون شخص", "number", "1500000", "exact"),
    ("3 ملايين ونصف", "number", "3500000", "exact"),
    ("نحو نصف مليون نازح", "number", "500000", "about"),
    ("على ارتفاع 300 متر", "number", "300 m", "exact"),
    ("مسافة 190 كم", "number", "190 km", "exact"),
    # number words
    ("ألفين من الجنود", "number", "2000", "exact"),
    ("ثلاثة آلاف شخص", "number", "3000", "exact"),
    ("خمسة وعشرون شخصا", "number", "25", "exact"),
    ("مئة شخص", "number", "100", "exact"),
    ("مائتي شخص", "number", "200", "exact"),
    ("ثلاثمائة ألف", "number", "300000", "exact"),
    ("سبعة أشخاص", "number", "7", "exact"),
    ("عشرين جريحا", "number", "20", "exact"),
    ("ثلاثة عشر قتيلا", "number", "13", "exact"),
    ("تسعة وتسعون", "number", "99", "exact"),
    ("مئة وخمسون", "number", "150", "exact"),
    ("خمسمائة ألف", "number", "500000", "exact"),
    ("ثلاث مئة شخص", "number", "300", "exact"),
    ("3 ملايين", "number", "3000000", "exact"),
    ("2.5 مليار دولار", "number", "2500000000 USD", "exact"),
    ("قتيل واحد", "number", "1", "exact"),
    # qualifiers
    ("أكثر من 2800 شخص", "number", "2800", "more_than"),
    ("لأكثر من 5000 شخص", "number", "5000", "more_than"),
    ("ما يزيد عن 400 منزل", "number", "400", "more_than"),
    ("أزيد من 60 قتيلا", "number", "60", "more_than"),
    ("تجاوز الـ 9000", "number", "9000", "more_than"),
    ("ما لا يقل عن 2300 شخص", "number", "2300", "at_least"),
    ("2300 شخص على الأقل", "number", "2300", "at_least"),
    ("على الأقل 38 شخصا", "number", "38", "at_least"),
    ("نحو 200 ألف نسمة", "number", "200000", "about"),
    ("حوالي 7000 آخرين", "number", "7000", "about"),
    ("قرابة 50 منزلا", "number", "50", "about"),
    ("زهاء 300 عائلة", "number", "300", "about"),
    ("ما يقارب 20 سيارة", "number", "20", "about"),
    ("ما يقرب من 20 سيارة", "number", "20", "about"),
    ("100 ألف تقريبا", "number", "100000", "about"),
    ("أقل من 40 شخصا", "number", "40", "less_than"),
    ("حتى 10 آلاف", "number", "10000", "up_to"),
    ("ما يصل إلى 6000 مفقود", "number", "6000", "up_to"),
    ("قد تصل إلى 20 ألف شخص", "number", "20000", "up_to"),
    # durations
    ("أكثر من أربع ساعات", "duration", "PT4H", "more_than"),
    ("لأكثر من ست ساعات", "duration", "PT6H", "more_than"),
    ("استمرت ست ساعات", "duration", "PT6H", "exact"),
    ("لمدة يومين", "duration", "P2D", "exact"),
    ("بالسجن عامين ونصف", "duration", "P2.5Y", "exact"),
    # a Hijri date is the Gregorian day it is (Umm al-Qura)
    ("الموافق 29 شعبان 1445 هـ", "date", "2024-03-10", "exact"),
    ("وقع الحادث في 5 رمضان 1445", "date", "2024-03-15", "exact"),
    ("يوم 10 ذي الحجة 1444", "date", "2023-06-28", "exact"),
    ("استمر ساعة ونصف", "duration", "PT1.5H", "exact"),
    ("بعد نصف ساعة", "duration", "PT0.5H", "exact"),
    ("ثلاث سنوات ونصف", "duration", "P3.5Y", "exact"),
    ("ثلاثة أيام", "duration", "P3D", "exact"),
    ("بعد أسبوع", "duration", "P1W", "exact"),
    ("ساعتين", "duration", "PT2H", "exact"),
    ("24 ساعة", "duration", "PT24H", "exact"),
    ("بعد 25 ثانية فقط", "duration", "PT25S", "exact"),
    ("خلال 30 دقيقة", "duration", "PT30M", "exact"),
    ("منذ خمس سنوات", "duration", "P5Y", "exact"),
    ("نحو ثلاث ساعات", "duration", "PT3H", "about"),
    ("خلال الـ 48 ساعة", "duration", "PT48H", "exact"),
    ("ثلاثة أسابيع", "duration", "P3W", "exact"),
    # times
    ("بدأت في الساعة العاشرة صباحاً بتوقيت إسطنبول", "time", "10:00", "exact"),
    ("الساعة 10 صباحا", "time", "10:00", "exact"),
    ("الساعة الثامنة مساءً", "time", "20:00", "exact"),
    ("الساعة 8 مساء", "time", "20:00", "exact"),
    ("الساعة العاشرة والنصف", "time", "10:30", "exact"),
    ("عند 13:38", "time", "13:38", "exact"),
    ("الساعة ١٠:١٥", "time", "10:15", "exact"),
    ("الساعة الواحدة ظهرا", "time", "13:00", "exact"),
    ("الساعة الرابعة إلا ربعا", "time", "03:45", "exact"),
    ("العاشرة صباحا", "time", "10:00", "exact"),
    ("الساعة 10:30 مساء", "time", "22:30", "exact"),
    # ordinals
    ("الجولة الثانية", "ordinal", "2", "exact"),
    ("الجلسة الأولى", "ordinal", "1", "exact"),
    ("جولة ثالثة", "ordinal", "3", "exact"),
    ("المرة العاشرة", "ordinal", "10", "exact"),
    ("للمرة الخامسة", "ordinal", "5", "exact"),
    # dates with a year, all regional month names
    ("10 أبريل 2025", "date", "2025-04-10", "exact"),
    ("10 ابريل 2025", "date", "2025-04-10", "exact"),
    ("10 إبريل 2025", "date", "2025-04-10", "exact"),
    ("يوم الخميس 10 أبريل 2025", "date", "2025-04-10", "exact"),
    ("الخميس، 10 أبريل 2025", "date", "2025-04-10", "exact"),
    ("أبريل 10, 2025", "date", "2025-04-10", "exact"),
    ("في فبراير 2022", "date", "2022-02", "exact"),
    ("1st, April 2025", "date", "2025-04-01", "exact"),
    ("2025-04-10", "date", "2025-04-10", "exact"),
    ("10/4/2025", "date", "2025-04-10", "exact"),
    ("١٠ أبريل ٢٠٢٥", "date", "2025-04-10", "exact"),
    ("15 يونيه 2024", "date", "2024-06-15", "exact"),
    ("3 يوليه 2024", "date", "2024-07-03", "exact"),
    ("1 كانون الثاني 2024", "date", "2024-01-01", "exact"),
    ("14 شباط 2024", "date", "2024-02-14", "exact"),
    ("5 آذار 2024", "date", "2024-03-05", "exact"),
    ("7 نيسان 2024", "date", "2024-04-07", "exact"),
    ("9 أيار 2024", "date", "2024-05-09", "exact"),
    ("حزيران 2024", "date", "2024-06", "exact"),
    ("20 تموز 2024", "date", "2024-07-20", "exact"),
    ("2 آب 2024", "date", "2024-08-02", "exact"),
    ("11 أيلول 2023", "date", "2023-09-11", "exact"),
    ("6 تشرين الأول 2023", "date", "2023-10-06", "exact"),
    ("تشرين الثاني 2023", "date", "2023-11", "exact"),
    ("31 كانون الأول 2023", "date", "2023-12-31", "exact"),
    ("1 جانفي 2024", "date", "2024-01-01", "exact"),
    ("فيفري 2024", "date", "2024-02", "exact"),
    ("4 أفريل 2024", "date", "2024-04-04", "exact"),
    ("8 ماي 2024", "date", "2024-05-08", "exact"),
    ("جوان 2024", "date", "2024-06", "exact"),
    ("5 جويلية 2024", "date", "2024-07-05", "exact"),
    ("15 أوت 2024", "date", "2024-08-15", "exact"),
    ("2 ينار 2024", "date", "2024-01-02", "exact"),
    ("يوليوز 2024", "date", "2024-07", "exact"),
    ("20 غشت 2024", "date", "2024-08-20", "exact"),
    ("شتنبر 2023", "date", "2023-09", "exact"),
    ("نونبر 2023", "date", "2023-11", "exact"),
    ("دجنبر 2023", "date", "2023-12", "exact"),
    ("سبتمبر/أيلول 2023", "date", "2023-09", "exact"),
    ("يوم الاثنين 11 سبتمبر (أيلول) 2023", "date", "2023-09-11", "exact"),
    ("٢٠٢٣/٠٩/١٣", "date", "2023-09-13", "exact"),
    ("عام 2022", "date", "2022", "exact"),
    ("منذ 2011", "date", "2011", "exact"),
    # relative forms without an anchor stay unresolved
    ("18 فبراير", "date", "--02-18", "exact"),
    ("يوم الخميس", "date", "weekday:4", "exact"),
    ("الاثنين", "date", "weekday:1", "exact"),
    ("أمس الاثنين", "date", "weekday:1", "exact"),
    ("في يناير", "date", "--01", "exact"),
]


@pytest.mark.parametrize("text,kind,value,qualifier", PLAIN)
def test_plain(text, kind, value, qualifier):
    v = one(text)
    assert (v.kind, v.value, v.qualifier) == (kind, value, qualifier)


# (phrase, anchor, value, relative)
ANCHORED = [
    ("18 فبراير", ANCHOR, "2025-02-18", True),
    ("18 فبراير الماضي", ANCHOR, "2025-02-18", True),
    ("10 أبريل الماضي", ANCHOR, "2024-04-10", True),
    ("15 أبريل", ANCHOR, "2025-04-15", True),          # within a week after the anchor
    ("30 أبريل", ANCHOR, "2025-04-30", True),     # within FUTURE_SLACK (31 days) after the anchor: upcoming
    ("20 مايو", ANCHOR, "2024-05-20", True),      # 40 days after it: the last one before
    ("يوم الخميس", ANCHOR, "2025-04-10", True),         # the anchor's own weekday
    ("الثلاثاء", ANCHOR, "2025-04-08", True),
    ("يوم الأحد", TUESDAY, "2023-09-10", True),
    ("أمس الاثنين", TUESDAY, "2023-09-11", True),
    ("أمس", TUESDAY, "2023-09-11", True),
    ("اليوم", TUESDAY, "2023-09-12", True),
    ("الشهر الماضي", ANCHOR, "2025-03", True),
    ("الشهر الماضي", dt.date(2025, 1, 5), "2024-12", True),
    ("العام الماضي", ANCHOR, "2024", True),
    ("خلال مايو الماضي", ANCHOR, "2024-05", True),
    ("في يناير", ANCHOR, "2025-01", True),
    ("7 يوليو الجاري", dt.date(2025, 7, 1), "2025-07-07", True),
    ("فبراير من العام الماضي", ANCHOR, "2024-02", True),
    ("10 أبريل 2025", ANCHOR, "2025-04-10", False),
]


@pytest.mark.parametrize("text,anchor,value,relative", ANCHORED)
def test_anchored(text, anchor, value, relative):
    v = one(text, anchor)
    assert (v.kind, v.value, v.relative) == ("date", value, relative)


# (phrase, low, high)
BOUNDS = [
    ("أكثر من أربع ساعات", 4.0, None),
    ("يومين", 48.0, 48.0),
    ("نحو 200 ألف", 180000.0, 220000.0),
    ("ما لا يقل عن 2300", 2300.0, None),
    ("أقل من 40", None, 40.0),
    ("حتى 10 آلاف", None, 10000.0),
    ("5300", 5300.0, 5300.0),
]


@pytest.mark.parametrize("text,low,high", BOUNDS)
def test_bounds(text, low, high):
    v = one(text)
    assert (v.low, v.high) == (low, high)


NOT_VALUES = [
    "مئات القتلى",          # 'hundreds' is no number
    "آلاف الضحايا",
    "مكالمتين هاتفيتين",     # a dual noun that is no unit
    "في الساعة الأخيرة",     # the clock word alone is no duration
    "الأسبوع الماضي",       # week precision: left out
    "اليوم التالي",          # 'the next day', not 'today'
    "روسيا والولايات المتحدة",
    "مارس الضغط على الحكومة",  # 'practised', not March
    "عند باب المندب",          # ب + آب is no month
    "سيارة نيسان",
    "واحدة من أسوأ الكوارث",    # 'one of' is no count
    "عشرات القتلى",
]


@pytest.mark.parametrize("text", NOT_VALUES)
def test_not_values(text):
    assert find_values(text, "ar", TUESDAY) == []


def test_same_year_uses_last_explicit_year():
    text = "عقد لقاء في 27 فبراير 2025، ومحادثات في 18 فبراير من العام نفسه."
    vals = find_values(text, "ar")
    assert [v.value for v in vals] == ["2025-02-27", "2025-02-18"]
    assert vals[1].relative


def test_day_list_gives_two_dates():
    vals = find_values("يومي 6 و7 يوليو 2025", "ar")
    assert [v.value for v in vals] == ["2025-07-06", "2025-07-07"]
    vals = find_values("يومي 10-11 يوليو الجاري", "ar", dt.date(2025, 7, 1))
    assert [(v.value, v.relative) for v in vals] == [("2025-07-10", True), ("2025-07-11", True)]


def test_number_range_is_one_figure_with_its_bounds():
    """A range is one estimate (tests/test_values_ranges.py has the table); two numbers listed stay two."""
    assert [(v.value, v.low, v.high) for v in find_values("بين 30 و50 شخصا", "ar")] == [("40", 30.0, 50.0)]
    assert [v.value for v in find_values("قتل 30 وأصيب 50", "ar")] == ["30", "50"]


def test_spans_exclude_clitics_and_keep_qualifiers():
    text = "استمر لأكثر من ست ساعات"
    v = one(text)
    assert text[v.start:v.end] == "أكثر من ست ساعات"


def test_rule_names_data_entry():
    v = one("10 أبريل 2025")
    assert v.rule == "ar.values:months.4 'أبريل' + day-month-year"


def test_detect_number():
    assert detect_number("لقي أكثر من 2800 شخص مصرعهم", "ar") == 2800.0
    assert detect_number("لا أرقام هنا", "ar") is None


DATELINES = [
    ("عنوان\n\nأبريل 10, 2025 - 08:43\nنص", dt.date(2025, 4, 10)),
    ("عنوان\nتاريخ النشر: 1st, April 2025 GMT\nنص", dt.date(2025, 4, 1)),
    ("عنوان\n10 أبريل 2025\nنص المقال", dt.date(2025, 4, 10)),
    ("عنوان\nأبريل 10, 2025 | by someone@example.com\n", dt.date(2025, 4, 10)),
    ("عنوان\nنشر في 13 سبتمبر 2023\n", dt.date(2023, 9, 13)),
]


@pytest.mark.parametrize("text,date", DATELINES)
def test_dateline(text, date):
    got = parse_dateline(text, "ar")
    assert got is not None and got[0] == date
    assert "2025" in text[got[1]:got[2]] or "2023" in text[got[1]:got[2]]


def test_dateline_ignores_body_dates():
    text = "عنوان\nشهدت مدينة إسطنبول يوم الخميس 10 أبريل 2025 انطلاق الجولة الثانية من المحادثات بين الوفدين."
    assert parse_dateline(text, "ar") is None


# ------------------------------------------------------------------------------ properties
WORDS = ["أكثر من", "نحو", "شخص", "في", "10", "أبريل", "2025", "يوم", "الخميس", "ساعات", "ست", "ألف", "،",
         "الساعة", "العاشرة", "صباحاً", "الماضي", "و", "3.1%", "يومين", "\n", "الـ", "9000", "فبراير", "من"]
texts = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_mentions_are_sorted_disjoint_and_trimmed(text):
    vals = find_values(text, "ar", ANCHOR)
    for a, b in zip(vals, vals[1:]):
        assert a.end <= b.start
    for v in vals:
        surface = text[v.start:v.end]
        assert surface and surface == surface.strip()
        assert v.kind in {"date", "number", "duration", "time", "ordinal"}


@settings(max_examples=100, deadline=None)
@given(texts)
def test_deterministic(text):
    assert find_values(text, "ar", ANCHOR) == find_values(text, "ar", ANCHOR)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_arabic_indic_text_equals_ascii(text):
    indic = text.translate(ARABIC_INDIC).replace("3.1", "٣٫١")
    key = lambda vals: [(v.kind, v.value, v.qualifier, v.start, v.end) for v in vals]  # noqa: E731
    assert key(find_values(indic, "ar", ANCHOR)) == key(find_values(text, "ar", ANCHOR))


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99),
       st.sampled_from(["شخص", "ألف", "في المئة", "%", "ساعة", "مليون دولار"]))
def test_arabic_indic_digits_equal_ascii(whole, frac, unit):
    ascii_text = f"قتل {whole}.{frac} {unit} أمس"
    indic = ascii_text.translate(ARABIC_INDIC).replace(".", "٫")
    key = lambda vals: [(v.kind, v.value, v.low, v.high, v.qualifier) for v in vals]  # noqa: E731
    assert key(find_values(indic, "ar")) == key(find_values(ascii_text, "ar"))
    assert key(find_values(ascii_text, "ar"))  # something was found


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1000, max_value=999_999))
def test_grouped_digits_equal_plain(n):
    grouped = f"{n:,}"
    assert one(f"بلغ {grouped} شخص").value == one(f"بلغ {n} شخص").value == str(n)
    assert one(f"بلغ {grouped.replace(',', '٬')} شخص").value == str(n)


@pytest.mark.parametrize("text", ["الموافق 29 شعبان 1445 هـ", "عام 1445 هـ", "حتى 10 ذي الحجة"])
def test_a_hijri_day_or_year_is_no_figure(text):
    assert not [v for v in find_values(text, "ar") if v.kind == "number"]


def test_hijri_month_names_are_what_the_tool_writes():
    import subprocess
    import sys
    from pathlib import Path
    tool = Path(__file__).resolve().parents[1] / "tools" / "build_hijri.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
