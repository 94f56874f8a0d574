"""The speed shortcuts change no result: ``values.may_state`` never says no where ``find_values``
finds a mention of the kind; the place finder's first-token test, the tokenizer's word memo, the lazy
topic model and the held tokens give what the plain computation gives. Invented texts, table-style and
by property."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.ingest import furniture
from factcheck.lang import lexicon as lx
from factcheck.mentions import places, values

KINDS = ("date", "number", "duration", "time", "ordinal", "minute")

# (text, language, kind, may_state): a "no" only where no rule making the kind finds its gate
MAY_STATE = [
    ("The ferry crossing to Tolvik took 2:41:07 in heavy seas.", "en", "duration", True),
    ("She swam the strait in three hours and 12 minutes.", "en", "duration", True),
    ("The council of Brenmoor met again to discuss the harbour.", "en", "duration", False),
    ("The council of Brenmoor met again to discuss the harbour.", "en", "number", False),
    ("About 450 volunteers cleared the beach at Ostrava Point.", "en", "number", True),
    ("The vote is set for 14 October 2031 in Kelmar.", "en", "date", True),
    ("Nobody was hurt when the crane at Dunmere fell over.", "en", "minute", False),
    ("The striker scored in the 48th minute at Dunmere.", "en", "minute", True),
    ("قطع العداء المسافة في ساعتين و12 دقيقة", "ar", "duration", True),
    ("اجتمع مجلس المدينة لمناقشة خطة الميناء", "ar", "duration", False),
    ("اجتمع مجلس المدينة لمناقشة خطة الميناء", "ar", "number", False),
]


@pytest.mark.parametrize("text,lang,kind,expected", MAY_STATE)
def test_may_state_table(text: str, lang: str, kind: str, expected: bool) -> None:
    assert values.may_state(text, lang, kind) is expected
    if not expected:
        assert not [v for v in values.find_values(text, lang) if v.kind == kind]


def test_handler_kinds_cover_every_handler() -> None:
    assert set(values.HANDLER_KINDS) == set(values._HANDLERS)  # noqa: SLF001 - the table it mirrors


WORDS = ["the", "race", "took", "2:05:11", "three", "hours", "and", "12", "minutes", "on", "May", "4",
         "2031", "in", "Tolvik", "about", "450", "people", "48th", "minute", "at", "7:45", "morning",
         "ساعتين", "و12", "دقيقة", "يوم", "الأحد", "عام", "2031", ",", "."]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from(["en", "ar"]), st.sampled_from(KINDS))
def test_may_state_never_misses(words: list[str], lang: str, kind: str) -> None:
    text = " ".join(words)
    if not values.may_state(text, lang, kind):
        assert not [v for v in values.find_values(text, lang) if v.kind == kind]


PLACE_TEXTS = [
    "Flooding hit Cairo and Alexandria before the storm reached Libya.",
    "From New Delhi the team went on to New York, then to the Hague and San Jose.",
    "The talks in New York ended; delegates flew back to Istanbul.",
    "وصل الوفد إلى القاهرة ثم توجه بالطائرة إلى الرياض وواشنطن",
    "no place at all here, only words",
]


def _every_entry(data, first: str, keys: list[str], i: int) -> list:
    return [e for e in data.entries(first) if i + 1 + len(e[0]) <= len(keys) and tuple(keys[i + 1:i + 1 + len(e[0])]) == e[0]]


def _places_by_every_token(text: str) -> list:
    """``_find_places`` without the shortcuts: every token looks up every variant, every form of it."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(places, "_starting_variants", places._variants)  # noqa: SLF001
        mp.setattr(places._Data, "entries_at", _every_entry)  # noqa: SLF001
        return places._find_places(text)  # noqa: SLF001


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_place_shortcut_table(text: str) -> None:
    assert places._find_places(text) == _places_by_every_token(text)  # noqa: SLF001


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(" ".join(PLACE_TEXTS).split()), max_size=16))
def test_place_shortcut_property(words: list[str]) -> None:
    text = " ".join(words)
    assert places._find_places(text) == _places_by_every_token(text)  # noqa: SLF001


@pytest.mark.parametrize("text,lang", [("Kelmar's Mayor Ilsa Varn said 40 homes flooded.", "en"),
                                        ("وبالقنصلية قال المتحدث إن 40 منزلا غمرت", "ar")])
def test_tokenize_word_memo(text: str, lang: str) -> None:
    toks = lx.tokenize(text, lang, offset=7)
    for t in toks:
        word = text[t.start - 7:t.end - 7]
        assert (t.form, t.variants, t.article, t.cap) == lx._word(word, lang)  # noqa: SLF001


def test_tokens_held_nests_and_releases() -> None:
    text = "word " * (lx.TOKENIZE_MEMO_MAX_CHARS // 4)
    with lx.tokens_held():
        with lx.tokens_held():
            first = lx.tokenize(text, "en")
        assert lx.tokenize(text, "en") == first
    assert lx._held is None  # noqa: SLF001


def test_topic_model_lazy_idf() -> None:
    paras = ["The dam at Orvel burst after heavy rain.", "Rescuers reached Orvel by boat.", "Share this story"]
    topic = furniture.TopicModel(paras, ("en",))
    docs = [set(topic.terms(p)) for p in paras]
    assert topic.idf["orvel"] == pytest.approx(__import__("math").log(4 / 3) + 1.0)
    assert set(topic.idf) == set().union(*docs)
