"""What a figure measures, read from the words around it: the noun a value cue or a clause-opening
verb gives the value of ("the deal, worth $25 billion", "a premium of 25%", "بلغ معدل البطالة 5.6 في
المئة"), a light noun with the word that says which ("jobless rate", "معدل البطالة"), the whole it is a
part of and that whole's noun ("118 of the 300 seats"), and the nationality of what it counts ("12 Thai
citizens"); the reach of a figure's signature. ``quantity_read.frame`` calls these."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..mentions import values

# Content tokens read on each side of a figure for its signature (within its clause, never past
# another figure). Gold phrases of the dev stories put the counted noun 1-3 tokens after the figure
# ("94.65 percent of the votes", "24,351,551 eligible voters") and the predicate 1-4 before it
# ("turnout reached 48.03 percent", "had won 94.7% of").
SIGNATURE_BEFORE = 4
SIGNATURE_AFTER = 4
# Marks that end a clause inside a sentence: a figure's signature does not read past them.
CLAUSE_MARK = re.compile(r"[,;:()\u060c\u061b\u2013\u2014]")
# Tokens after a figure searched for a nationality when no counted noun follows it ("13 Israelis",
# "١٣ إسرائيلياً"; with a counted noun the search stops at it: "12 Thai citizens").
NATIONALITY_REACH = 2
# Tokens before a figure read for a value cue ("valued at", "تبلغ قيمتها": up to three words).
VALUE_CUE_REACH = 3
# Words between a clause-opening verb and the figure its subject has ("بلغ معدل البطالة السنوي في
# البلاد 5.6": a noun, its qualifiers and a preposition; a longer gap is another phrase's).
SUBJECT_REACH = 5


# Tokens after a figure in which a partitive cue may start ("241 of the 242", "ثلاثة من بين"): the
# lexicons' partitives run up to three words.
PARTITIVE_REACH = 3

def valued_noun(toks: list[Tok], first: int, lang: str, taken: set[int], with_unit: bool = False,
                subject_verbs: bool = False) -> int | None:
    """The noun whose value a figure states after a value cue ("the deal, worth $25 billion", "صفقة
    بقيمة 22 مليار دولار"), or, for a figure with a unit, after a measure cue ("a premium of 25%", "a
    depth of 10 km": ``unit_value_cues``; a count's noun follows it, "a total of 20 people"): the
    content word right before the cue (before the place it is in: "inflation in X rose to 4.1%"); with
    ``subject_verbs``, else the noun after a verb opening the clause (``verb_subject``); None otherwise."""
    cues = [lx.lexicon(lang).value_cues] + ([lx.lexicon(lang).unit_value_cues] if with_unit else [])
    window = lx.Toks(toks[max(0, first - VALUE_CUE_REACH):first])
    hit = next((h for c in cues for h in lx.find_cues(window, c) if h.j == min(first, VALUE_CUE_REACH)), None)
    if hit is None:
        return verb_subject(toks, first, lang, taken) if subject_verbs else None
    k = first - min(first, VALUE_CUE_REACH) + hit.i - 1
    stop = lx.lexicon(lang).stopwords.words
    if k >= 2 and toks[k - 1].variants & lx.lexicon(lang).places.locative_preps.words:
        k -= 2   # the noun before where it is ("inflation in Norland rose to 4.1%"): where is not what
    if k < 0 or k in taken or toks[k].variants & stop or any(ch.isdigit() for ch in toks[k].form):
        return None
    return k


def verb_subject(toks: list[Tok], first: int, lang: str, taken: set[int]) -> int | None:
    """Where a verb opens its clause (``subject_value_verbs``: "بلغ معدل البطالة 5.6 في المئة", "ارتفعت
    نسبة التضخم إلى 4.1 في المئة"), the noun right after the verb is what the figure after its subject
    measures: the verb within SUBJECT_REACH tokens before the figure, nothing but words between."""
    verbs = lx.lexicon(lang).subject_value_verbs
    if not verbs.words:
        return None
    stop = lx.lexicon(lang).stopwords.words
    lo = max(0, first - SUBJECT_REACH - 1)
    for h in lx.find_cues(lx.Toks(toks[lo:first]), verbs):
        k = lo + h.j
        between = range(k, first)
        if k < first and not toks[k].variants & stop and not any(
                i in taken or not toks[i].form.isalpha() for i in between):
            return k
    return None


def qualified_light_noun(toks: list[Tok], at: int, lang: str, taken: set[int]) -> str | None:
    """A counted noun that names no measure alone, with the word that says which ("jobless rate" /
    "inflation rate", "معدل البطالة": ``light_nouns``; before it where nouns end their phrase, after it
    where they open it), as stems; None when the noun at ``at`` is no light noun or nothing qualifies it."""
    if not toks[at].variants & lx.lexicon(lang).light_nouns.words:
        return None
    k = at - 1 if lx.lexicon(lang).noun_head == "last" else at + 1
    if not 0 <= k < len(toks) or k in taken:
        return None
    t = toks[k]
    if t.variants & (lx.lexicon(lang).stopwords.words | lx.lexicon(lang).light_nouns.words) \
            or any(ch.isdigit() for ch in t.form) or not t.form.isalpha():
        return None
    words = [lx.light_stem(t.form, lang), lx.light_stem(toks[at].form, lang)]
    return " ".join(words if k < at else words[::-1])


def counted_nationality(toks: list[Tok], last: int, head_at: int | None, lang: str,
                        taken: set[int]) -> tuple[str, int, int, bool] | None:
    """The nationality qualifying what a figure counts, as (country code, first token, tokens
    consumed, is the counted noun itself): before the counted noun ("12 Thai citizens"), after it in
    languages whose adjectives follow ("10 مواطنين تايلنديين", "13 من الجنسية الإسرائيلية"), or as
    the noun itself ("13 Israelis to the Red Cross", "13 إسرائيلياً"). None when no nationality is
    next to the counted noun."""
    stop = lx.lexicon(lang).stopwords.words
    end = head_at if head_at is not None else last + 1 + NATIONALITY_REACH
    k = last + 1
    while k < min(end, len(toks)) and k not in taken:
        nat = lx.nationality_at(toks, k, lang)
        if nat is not None:
            nxt = k + nat[1]
            alone = nxt >= len(toks) or nxt in taken or toks[nxt].form in stop or bool(toks[nxt].variants & stop)
            return nat[0], k, nat[1], alone and (head_at is None or head_at > nxt)
        k += 1
    if head_at is not None and head_at + 1 not in taken:
        nat = lx.nationality_at(toks, head_at + 1, lang)
        if nat is not None:
            return nat[0], head_at + 1, nat[1], False
    return None


# Tokens before a figure read for a word that makes it count others ("a further 12", "another 12":
# the word and an article).
OTHERS_BEFORE_REACH = 2


def others_word(toks: list[Tok], first: int, last: int, head_at: int | None, lang: str) -> int | None:
    """The token of a word that makes the figure at tokens ``first..last`` count others than a group
    already told, or more of them (``others_before``: "another 12", "a further 12"; ``others_after``,
    between the figure and its counted noun or right after the noun: "seven other candidates", "12
    more bodies", "سبعة مرشحين آخرين"): such a figure is a part of an untold whole, or an increment."""
    lex = lx.lexicon(lang)
    before = lx.find_cues(toks[max(0, first - OTHERS_BEFORE_REACH):first], lex.others_before)
    if before:
        return max(0, first - OTHERS_BEFORE_REACH) + before[-1].i
    end = (last if head_at is None else head_at) + 2   # up to the word after the noun, or after the figure
    after = lx.find_cues(toks[last + 1:min(len(toks), end)], lex.others_after)
    return last + 1 + after[0].i if after else None


def _after_partitive(toks: list[Tok], last: int, lang: str) -> int | None:
    """The token after a partitive right after the figure ending at ``last`` ("241 of the 242",
    "ثلاثة من الجرحى"), or None when none follows it."""
    hits = lx.find_cues(toks[last + 1:last + 1 + PARTITIVE_REACH], lx.lexicon(lang).partitives)
    return last + 1 + hits[0].j if hits and hits[0].i == 0 else None


def part_of_group(toks: list[Tok], last: int, lang: str) -> int | None:
    """The token of a partitive that makes the figure ending at ``last`` a part of a group the clause
    names without counting it ("three of the wounded died", "وفاة ثلاثة من الجرحى", "two of the dead
    were French"): a partitive right after the figure, then a definite noun (the article word before it,
    or the article prefix), no figure. Such a figure is a part of an untold whole, as "seven other
    candidates" is; a partitive before a second figure is ``whole_after``'s."""
    lex = lx.lexicon(lang)
    k = _after_partitive(toks, last, lang)
    if k is None:
        return None
    if k < len(toks) and toks[k].variants & lex.definite_articles.words:
        k += 1   # "of the wounded": the article as a word
    elif not (k < len(toks) and toks[k].article):
        return None
    if k >= len(toks) or any(ch.isdigit() for ch in toks[k].form) or values.find_values(toks[k].form, lang):
        return None   # "of the 242 on board": a whole with a figure
    return last + 1


def whole_after(toks: list[Tok], last: int, lang: str, taken: set[int]) -> int | None:
    """The token of a second figure the figure ending at ``last`` is a part of ("5.6 million of the
    country's 24 million voters", "241 of the 242"): a partitive right after it, then that figure
    within ``SIGNATURE_AFTER`` tokens."""
    after = _after_partitive(toks, last, lang)
    if after is None:
        return None
    # a figure, not a day ("58.9% of the vote in Sunday's election": the day is no whole)
    return next((k for k in range(after, min(len(toks), after + SIGNATURE_AFTER))
                 if k in taken and not _a_day(toks[k].form, lang)), None)


@lru_cache(maxsize=4096)
def _a_day(form: str, lang: str) -> bool:
    """Does the word alone read as a day, a date or a time ("Sunday's", "الأحد")?"""
    return any(v.kind not in ("number", "duration", "ordinal") for v in values.find_values(form, lang))


def whole_noun(toks: list[Tok], whole: int, lang: str, taken: set[int], text: str) -> int | None:
    """The counted noun of the whole figure at token ``whole`` ("of the 300 seats": seats), or None
    when none follows it in its clause."""
    end = whole
    while end + 1 in taken:
        end += 1
    lex = lx.lexicon(lang)
    for k in range(end + 1, min(len(toks), end + 1 + SIGNATURE_AFTER)):
        if k in taken or CLAUSE_MARK.search(text, toks[k - 1].end, toks[k].start):
            return None
        stem = min(toks[k].variants, key=len)
        if toks[k].form in lex.stopwords.words or stem in lex.stopwords.words or len(stem) < 3 \
                or toks[k].variants & lex.quantity_modifiers.words:
            continue
        # the first noun after the whole ("of the 300 seats in parliament": seats); a generic one
        # ("of the 242 people on board") names no group it would share with other figures
        return None if toks[k].variants & lex.generic_count_nouns.words else k
    return None
