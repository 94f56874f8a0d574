"""``value_tables.Doc``: the folded text and the map from each folded character back to the original
offset. The map is built by runs (only characters that fold to other than one character are visited
one by one); it must equal the character-by-character map. Invented texts, table-style and by property."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions import value_tables


def by_character(text: str) -> tuple[str, list[int]]:
    """The reference: every character folded on its own, its offset repeated once per folded character."""
    chars, index = [" "], [-1]
    for i, ch in enumerate(text):
        f = value_tables.fold_char(ch)
        chars.append(f)
        index.extend([i] * len(f))
    return "".join(chars), index


ROWS = [
    "",
    "The ferry left at 7:45 with 312 passengers.",
    "قُتِلَ ٣٠ شخصاً في الفيضانات",          # diacritics fold to nothing
    "الـــمدينة",                             # tatweel folds to nothing
    "ﻻ بد من ذلك",                            # a lam-alif ligature folds to two letters
    "ﬁnal ﬂight, café",                       # Latin ligatures and an accent
    "ـًُّ",                                   # nothing but characters that fold to nothing
    "line one\nline two\tend",
]


@pytest.mark.parametrize("text", ROWS)
def test_doc_map_table(text: str) -> None:
    doc = value_tables.Doc(text)
    folded, index = by_character(text)
    assert (doc.folded, list(doc.index)) == (folded, index)
    assert len(doc.index) == len(doc.folded)


ALPHABET = st.sampled_from(list("ab 7\n,") + ["ـ", "ً", "ّ", "ﻻ", "ﬁ", "é", "ق", "٣"])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_doc_map_property(text: str) -> None:
    doc = value_tables.Doc(text)
    assert (doc.folded, list(doc.index)) == by_character(text)
