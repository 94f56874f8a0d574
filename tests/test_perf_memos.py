"""The speed memos and shortcuts of the judging stages change no result: clause alignment through
each side's form index, the share of aligned content words, a clause's keywords read once per word
sequence, a signature's lexicon keys and a word pair's best cosine kept between figure pairs, and a
place swap looked for only when both clauses name something, and an article's word features read
once per word form. Each is compared with the plain
computation it replaces, on invented clauses, table-style and by property."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract import normalize
from factcheck.feed import features
from factcheck.kinds import crossword, statement_align as sa, statement_swap
from factcheck.lang import lexicon as lx
from factcheck.models import Article, Segment

from statement_support import claim

# (first clause, second clause, language): invented pairs sharing some words, none, or all
PAIRS = [
    ("The Brenmoor council approved the new harbour plan on Monday.",
     "The Brenmoor council rejected the new harbour plan.", "en"),
    ("Rescuers in Tolvik found 12 survivors under the rubble.",
     "Tolvik rescuers found no survivors under the collapsed school.", "en"),
    ("The ferry to Ostrava Point was cancelled.", "Heavy rain hit the northern valleys.", "en"),
    ("The ferry to Ostrava Point was cancelled.", "The ferry to Ostrava Point was cancelled.", "en"),
    ("وافق مجلس مدينة لورفان على خطة الميناء الجديدة", "رفض مجلس مدينة لورفان خطة الميناء", "ar"),
    ("أعلنت الشركة عن توظيف 300 عامل في مصنعها الجديد", "هطلت أمطار غزيرة على الوديان الشمالية", "ar"),
]


def _plain_aligned(x: sa.Side, y: sa.Side) -> set[int]:
    """The tokens of ``x`` with a form on the other side, token by token (what ``align`` did)."""
    return {i for i, f in enumerate(x.forms) if not f.isdisjoint(y.all_forms)}


@pytest.mark.parametrize("a,b,lang", PAIRS)
def test_align_marks_what_token_by_token_marks(a: str, b: str, lang: str) -> None:
    x, y = sa.align(a, b, lang)
    plain_x, plain_y = _plain_aligned(sa.side(a, lang), sa.side(b, lang)), _plain_aligned(sa.side(b, lang), sa.side(a, lang))
    assert x.aligned == plain_x and y.aligned == plain_y
    assert x.unaligned_set == frozenset(i for i in x.content if i not in plain_x)
    assert x.lexical == {i for i, f in x.hit_forms.items() if i in plain_x and not f.isdisjoint(y.all_forms)}


def test_align_index_holds_every_form_of_every_token() -> None:
    s = sa.side("Rescuers in Tolvik found 12 survivors under the rubble.", "en")
    assert {(g, i) for g, idx in s.by_form.items() for i in idx} == {(g, i) for i, f in enumerate(s.forms) for g in f}


WORDS = ["the", "council", "of", "Brenmoor", "approved", "rejected", "harbour", "plan", "new", "not", "12",
         "survivors", "found", "in", "Tolvik", "ferry", "cancelled", "rain", "rescuers", "school"]
AR_WORDS = ["وافق", "رفض", "مجلس", "مدينة", "لورفان", "على", "خطة", "الميناء", "الجديدة", "لم", "12",
            "عامل", "الشركة", "والشركة", "أمطار"]


@settings(max_examples=120, deadline=None, derandomize=True)
@given(st.sampled_from([("en", WORDS), ("ar", AR_WORDS)]).flatmap(
    lambda lw: st.tuples(st.just(lw[0]), st.lists(st.sampled_from(lw[1]), min_size=1, max_size=12),
                         st.lists(st.sampled_from(lw[1]), min_size=1, max_size=12))),
    st.data())
def test_align_and_share_match_the_plain_computation(case, data) -> None:
    lang, wa, wb = case
    a, b = " ".join(wa), " ".join(wb)
    x, y = sa.align(a, b, lang)
    assert x.aligned == _plain_aligned(sa.side(a, lang), sa.side(b, lang))
    assert y.aligned == _plain_aligned(sa.side(b, lang), sa.side(a, lang))
    explained = set(data.draw(st.sets(st.sampled_from(range(len(x.toks))))) if x.toks else set())
    for s, ex in ((x, explained), (y, set())):
        rest = [i for i in s.content if i not in ex]
        n = sum(1 for i in rest if i in s.aligned)
        assert sa.share(s, ex) == ((n / len(rest) if rest else 0.0), n)


# (clause, language): a clause read twice gives one list of keywords, whatever its offsets
KEYWORD_CLAUSES = [
    ("The Brenmoor council approved the new harbour plan on Monday.", "en"),
    ("Kenyan runners won the Tolvik marathon.", "en"),
    ("وافق مجلس مدينة لورفان على خطة الميناء الجديدة", "ar"),
]


@pytest.mark.parametrize("text,lang", KEYWORD_CLAUSES)
def test_keywords_memo_gives_the_plain_reading(text: str, lang: str) -> None:
    toks = lx.tokenize(text, lang)
    first = normalize._keywords(toks, lang)
    assert first == list(normalize._read_keywords(toks, lang))
    first.append("changed by a caller")   # a fresh list each time: the memo is not changed through it
    shifted = lx.tokenize(text, lang, offset=1000)
    assert normalize._keywords(shifted, lang) == list(normalize._read_keywords(toks, lang))


def test_keywords_differ_where_the_words_differ() -> None:
    a = normalize._keywords(lx.tokenize("The Brenmoor council approved the plan.", "en"), "en")
    b = normalize._keywords(lx.tokenize("The Brenmoor council rejected the plan.", "en"), "en")
    assert a != b


@pytest.mark.parametrize("stems,lang", [
    (frozenset({"took", "part", "runner"}), "en"), (frozenset({"sold", "house"}), "en"),
    (frozenset({"شارك", "عداء"}), "ar"), (frozenset(), "en")])
def test_keys_of_memo_gives_the_plain_reading(stems: frozenset[str], lang: str) -> None:
    assert crossword.keys_of(stems, lang) == crossword.keys_of.__wrapped__(stems, lang)


def test_best_cosine_is_kept_and_exact() -> None:
    vx = np.array([[0.6, 0.8], [1.0, 0.0]], dtype=np.float32)
    vy = np.array([[0.0, 1.0]], dtype=np.float32)
    key = (("invented-x", "x"), ("invented-y",))
    crossword._cosines.pop(key, None)
    got = crossword._best_cosine(key[0], key[1], vx, vy)
    assert got == max(float(a @ b) for a in vx for b in vy)
    assert crossword._cosines[key] == got
    # kept: asked again with the same readings, the kept value is returned
    assert crossword._best_cosine(key[0], key[1], vy, vy) == got
    crossword._cosines.pop(key, None)


# (first, second, language, swap expected): a swap needs a name on each side; one side alone naming a
# place is no swap
SWAPS = [
    ("The storm hit Cairo on Monday.", "The storm hit Libya on Monday.", "en", True),
    ("The storm hit Cairo on Monday.", "The storm hit the coast on Monday.", "en", False),
    ("The storm hit the coast on Monday.", "The storm hit the valley on Monday.", "en", False),
]


@pytest.mark.parametrize("a,b,lang,expected", SWAPS)
def test_place_swap_needs_a_name_on_each_side(a: str, b: str, lang: str, expected: bool) -> None:
    x, y = sa.align(a, b, lang)
    found = statement_swap.swap(x, y, claim(a, lang, "a1"), claim(b, lang, "a2"), lang)
    assert (found is not None and "different" in found) is expected


# (text, language): an article's word features are those read token by token
FEATURE_TEXTS = [
    ("Flooding hit the Brenmoor valley; rescuers from Tolvik reached 450 homes by Monday.", "en"),
    ("The the THE 2031 runners runner Runners", "en"),
    ("وصل فريق الإنقاذ إلى وادي برينمور وأجلى 450 أسرة يوم الاثنين", "ar"),
]


def _plain_word_features(text: str, lang: str) -> dict[str, str]:
    stop = features._stopwords()
    out: dict[str, str] = {}
    for tok in lx.tokenize(text, lang):
        stem = min(tok.variants, key=len)
        if tok.form in stop or stem in stop or stem.isdigit():
            continue
        sk = features.skeleton(stem)
        if len(sk) >= features.MIN_SKELETON_CHARS and sk.isalpha():
            out.setdefault(f"n:{sk}", text[tok.start:tok.end])
    return out


@pytest.mark.parametrize("text,lang", FEATURE_TEXTS)
def test_word_features_memo_gives_the_plain_reading(text: str, lang: str) -> None:
    art = Article(id="x1", path="x1.txt", text=text, language=lang)
    segs = [Segment(article="x1", start=0, end=len(text), kind="body", rule="test")]
    for _ in range(2):   # the second time from the kept words
        got = {k: v for k, v in features.features(art, segs).items() if k.startswith("n:")}
        assert got == _plain_word_features(text, lang)
