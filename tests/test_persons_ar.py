"""Titles and names in Arabic: one row per phrase -> the normalized role."""
import pytest

from factcheck.lang import lexicon as lx
from factcheck.mentions.persons import NameRegistry, TitleParser


def parse(text):
    reg = NameRegistry()
    p = TitleParser("ar")
    toks = lx.tokenize(text, "ar")
    p.parse(text, toks, reg)               # first pass learns names
    roles = p.parse(text, toks, reg)
    return [(" ".join(t.form for t in toks[r.name[0]:r.name[1]]), r.head, r.nationality, r.post, r.portfolio, r.modality)
            for r in roles]


@pytest.mark.parametrize("text, name, head, nat, post, portfolio, modality", [
    ("قال السفير الفرنسي لدى الرباط، جان دوفال، إن", "جان دوفال", "سفير", "FR", "MA", (), "asserted"),
    ("وزير الخارجية الروسي سيرغي لافروف", "سيرغي لافروف", "وزير خارجيه", "RU", None, (), "asserted"),
    ("التقى نائب وزير الخارجية الأمريكي جون سميث", "جون سميث", "نايب وزير خارجيه", "US", None, (), "asserted"),
    ("السفير الروسي لدى الولايات المتحدة ألكسندر دارشييف لوكالة الأنباء", "الكسندر دارشييف", "سفير", "RU", "US", (), "asserted"),
    ("وقالت ليلى بنعلي، مديرة الشؤون الأوروبية في وزارة الخارجية المغربية، إن",
     "ليلي بنعلي", "مديره شوون اوروبيه وزاره خارجيه", "MA", None, (), "asserted"),
    ("بعد الاجتماع، السفير الفرنسي أكد", None, None, None, None, None, None),
    ("الرئيس رجب طيب أردوغان", "رجب طيب اردوغان", "رييس", None, None, (), "asserted"),
    # a ministry is an organisation, not a person's title: the words after it name nobody
    ("أعلنت وزارة الصحة في ملاوي اليوم الأربعاء ارتفاع عدد الوفيات", None, None, None, None, None, None),
])
def test_title_then_name(text, name, head, nat, post, portfolio, modality):
    got = parse(text)
    if name is None:   # no name next to the title
        assert got == []
        return
    assert got and got[0] == (name, head, nat, post, portfolio, modality)


def test_name_before_title_with_portfolio():
    text = ("برئاسة ماري كلير، نائبة مساعد وزير الخارجية الأمريكي. "
            "وترأست ماري كلير، نائبة مساعد وزير الخارجية الأمريكي لشؤون أفريقيا وآسيا، الوفد.")
    roles = parse(text)
    assert ("ماري كلير", "نايبه مساعد وزير خارجيه", "US", None, ("اسيا", "افريقيا"), "asserted") in roles


def test_expected_to_take_office():
    text = "قاد الوفد السفير جان دوفال. وكان جان دوفال، الذي يُتوقع أن يتولى منصب السفير الفرنسي في الرباط، حاضرا."
    roles = parse(text)
    assert ("جان دوفال", "سفير", "FR", "MA", (), "expected") in roles
