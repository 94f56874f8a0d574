"""What a duration is the length of, when no lexicon measure, modified noun or "لمدة" names it
(``duration.held`` reads those first), and how precisely a duration is stated.

- a partitive right after it names the thing it measures: "seven weeks of fighting", "48 days of
  war", "بعد 48 يوما من العدوان" (``partitives``): the noun phrase after it;
- a preposition of length before it (``<lang>.lexicon duration_for``: "for") names the predicate
  before it: "schools will stay closed for two weeks" (closed), "dockers went on strike for five
  days" (strike); the head of the noun phrase before the predicate, past linking verbs
  (``duration_links``: "stay", "remain") and back over its prepositions (``duration_np_links``:
  "schools in the north"), is its holder ("schools"), kept so that "schools closed for two weeks"
  never meets "markets closed for three days"; a negation before it makes it how long since ("have
  not met for 20 years"), no length; in Arabic the definite noun before an indefinite predicate
  before "لمدة" ("المدارس ستبقى مغلقة لمدة") is its holder;
- a cue saying something lasted (``properties.duration``: "lasted", "استمرت") names the noun that
  lasted: the head of the noun phrase before it in Latin script ("the dock strike in Valberg lasted
  three days": strike), the first content word after it in Arabic ("استمرت المحادثات 12 ساعة").
Each is a ``measure`` signal whose text is the stems of what is measured; a holder follows
``HOLDER_MARK``. A duration stated in whole units is as precise as a quarter of its smallest unit
("seven weeks" is 6.75 to 7.25 weeks and meets "48 days"; "two weeks" never meets "three weeks").
"""
from __future__ import annotations

import re

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import LATIN, script_of
from ..models import Claim, Signal

# The rules of the measure signals read here (the text is what the duration is the length of).
OF_RULE = "duration: the noun after it and a {lang}.lexicon partitives word"
FOR_RULE = "duration: the predicate before it and a {lang}.lexicon duration_for word"
LASTED_RULE = "duration: the noun a {lang}.lexicon properties.duration cue says lasted"
# Separates the stems of what is measured from those of its holder in a signal's text.
HOLDER_MARK = "|"
# Content words read after a partitive ("seven weeks of relentless aerial bombardment": three), and
# tokens read back from a predicate for the noun it is said of ("talks between the union and port
# operators lasted": nine). Set on invented phrases of the tests.
NOUN_REACH = 3
NP_REACH = 10
# Letters a word must have beyond one to read its first letter as a preposition proclitic
# ("لقميص", not "له"): two-letter words are particles or pronouns.
CHAIN_MIN_CHARS = 2
# Tokens of a clause's verb (and a conjunction) before its subject: a noun phrase starting no later is
# read as the subject, whose verb a preposition after it belongs to (Arabic VSO order).
VERB_SUBJECT_REACH = 1
# Words of such a subject ("شركة أوربا"); a longer run after the verb holds its object ("وشغلت شركة
# أخرى منجما في ...": the mine). Set on the invented phrases of tests/test_story_leftover_lengths.py.
SUBJECT_WORDS = 2
# Tokens between a preposition of length and the duration: qualifier words ("for more than", "for
# about"), all stopwords.
FOR_REACH = 3
# Hours in each ISO 8601 unit (a month and a year as values.json counts them); a time part's "M" is
# minutes.
UNIT_HOURS = {"Y": 8766.0, "M": 730.5, "W": 168.0, "D": 24.0}
TIME_UNIT_HOURS = {"H": 1.0, "M": 1 / 60, "S": 1 / 3600}
# A count of whole units stands for lengths within a quarter of its smallest unit either side: "seven
# weeks" for 48 days (6.86 weeks), "two weeks" for 14 days; a half unit (rounding to the nearest)
# would let "three years" meet "two and a half years" (tests/test_kind_duration_named.py).
ROUNDING = 0.25
ISO_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")


def _content(t: Tok, stop: frozenset[str]) -> bool:
    return t.form.isalpha() and not t.variants & stop


def _stems(toks: list[Tok], lang: str) -> str:
    return " ".join(lx.light_stem(t.form, lang) for t in toks)


def _signal(rule: str, lang: str, what: list[Tok], holder: list[Tok], lead: list[Tok] | None = None) -> Signal:
    """A measure signal: the stems of ``what`` (and of its ``holder``); its span, whose embedding
    meets another script's, is ``what`` with its ``lead`` ("stay closed") and its holder ("schools in
    Tellmark will stay closed": never matched to "the markets will stay closed" in another script)."""
    text = _stems(what, lang) + (f" {HOLDER_MARK} {_stems(holder, lang)}" if holder else "")
    span = holder + (lead or []) + what
    return Signal(field="measure", rule=rule.format(lang=lang), text=text,
                  start=min(t.start for t in span), end=max(t.end for t in span))


def of_noun(text: str, toks: list[Tok], last: int, lang: str) -> Signal | None:
    """The noun phrase after the duration ending at token ``last`` and a partitive ("of", "من")."""
    lex = lx.lexicon(lang)
    stop = lex.stopwords.words
    nxt = last + 1
    hit = lx.find_cues(toks[nxt:nxt + 2], lex.partitives)
    if not hit or hit[0].i != 0:
        return None
    k = nxt + hit[0].j
    words: list[Tok] = []
    while k < len(toks) and len(words) < NOUN_REACH and _content(toks[k], stop) \
            and not (words and text[words[-1].end:toks[k].start].strip()):
        words.append(toks[k])
        k += 1
    if words and script_of(words[0].form) != LATIN and not words[0].article:
        return None   # "بعد أقل من دقيقتين من تسديدة قوية": from a shot; a period's "من" takes the article
    return _signal(OF_RULE, lang, words, []) if words else None


def head_before(text: str, toks: list[Tok], before: int, lang: str) -> list[Tok] | None:
    """The noun a predicate or cue at token ``before`` is said of: the nearest content word before
    it past linking verbs and stopwords, then back over each run of content words that a linking
    word of a noun phrase joins to it (``duration_np_links``, with articles: "the dock strike in
    Valberg", "talks between the union and port operators"). Empty for none; None when a negation
    is passed ("the two clubs have not met for 20 years": how long since, not a length)."""
    lex = lx.lexicon(lang)
    stop = lex.stopwords.words
    glue = lex.duration_np_links.words | lex.definite_articles.words
    k = before - 1
    while k >= 0 and (lx.find_cues(toks[k:k + 1], lex.duration_links) or not _content(toks[k], stop)):
        if lx.find_cues(toks[k:k + 1], lex.negation.particles):
            return None
        if not (lx.find_cues(toks[k:k + 1], lex.duration_links) or toks[k].variants & stop):
            return []
        k -= 1
    limit = max(0, before - NP_REACH)
    if k < limit:
        return []
    head = k
    while True:
        r = head
        while r - 1 >= limit and _content(toks[r - 1], stop) and not text[toks[r - 1].end:toks[r].start].strip():
            r -= 1
        g = r - 1
        while g >= limit and toks[g].variants & glue and not text[toks[g].end:toks[g + 1].start].strip():
            g -= 1
        gap = toks[g + 1:r]
        if g < limit or not gap or not any(t.variants & lex.duration_np_links.words for t in gap) \
                or not _content(toks[g], stop) or text[toks[g].end:toks[g + 1].start].strip():
            return [toks[head]]
        head = g


def _lead(toks: list[Tok], before: int, lang: str) -> list[Tok]:
    """The linking verbs right before token ``before`` that are no stopwords ("stay" in "will stay
    closed")."""
    lex = lx.lexicon(lang)
    k = before
    while k > 0 and lx.find_cues(toks[k - 1:k], lex.duration_links) and not toks[k - 1].variants & lex.stopwords.words:
        k -= 1
    return toks[k:before]


def for_predicate(text: str, toks: list[Tok], first: int, lang: str) -> Signal | None:
    """The predicate before a preposition of length before the duration at token ``first``."""
    lex = lx.lexicon(lang)
    stop = lex.stopwords.words
    base = max(0, first - FOR_REACH)
    hits = [h for h in lx.find_cues(toks[base:first], lex.duration_for)
            if all(t.variants & stop for t in toks[base + h.j:first])]
    if not hits:
        return None
    k = base + hits[-1].i - 1
    if k < 0 or not _content(toks[k], stop):
        return None   # "was for two weeks": no predicate
    if lx.find_cues(toks[max(0, k - NP_REACH):k], lex.negation.particles):
        return None   # "had not met its officers for 11 years": how long since, not a length
    holder = head_before(text, toks, k, lang)
    if holder is None:
        return None
    return _signal(FOR_RULE, lang, [toks[k]], holder, _lead(toks, k, lang))


def lasted_noun(text: str, toks: list[Tok], first: int, lang: str) -> Signal | None:
    """The noun a cue saying something lasted names: before the cue in Latin script, after it in
    Arabic script, the cue before the duration."""
    lex = lx.lexicon(lang)
    stop = lex.stopwords.words
    window = lx.Toks(toks[:first])
    hits = lx.find_cues(window, lex.properties.duration)
    if not hits:
        return None
    h = hits[-1]
    if script_of(toks[h.i].form) == LATIN:
        what = head_before(text, toks, h.i, lang) or []
    else:
        what = [t for t in toks[h.j:first] if _content(t, stop)][:1]
    return _signal(LASTED_RULE, lang, what, []) if what else None


def noun_with_holder(text: str, toks: list[Tok], j: int, k: int, lang: str, rule: str) -> Signal | None:
    """The measure signal of an indefinite two-word predicate at tokens ``j..k`` before "لمدة" with
    the definite noun it is said of ("المدارس في المدينة ستبقى مغلقة لمدة"), or None for one word
    ("المهاجم عقدا": its object), a definite construct ("حالة الطوارئ") or no definite noun right
    before it."""
    stop = lx.lexicon(lang).stopwords.words
    if j == k or toks[k].article or j == 0 or not _content(toks[j - 1], stop):
        return None
    holder = head_before(text, toks, j, lang)
    if not holder or not holder[0].article:
        return None
    return _signal(rule, lang, toks[j:k + 1], holder)


def _phrase_start(text: str, toks: list[Tok], k: int, limit: int, stop: frozenset[str]) -> int:
    """The first token of the noun phrase ending at token ``k`` read back as ``_complement`` reads it
    (definite words, then indefinite ones), not past ``limit``."""
    indefinite = not toks[k].article
    s = k
    while s - 1 >= limit and _content(toks[s - 1], stop) and not (indefinite and toks[s - 1].article) \
            and not text[toks[s - 1].end:toks[s].start].strip():
        s -= 1
        indefinite = indefinite or not toks[s].article
    return s


def _complement(text: str, toks: list[Tok], k: int, limit: int, lang: str) -> int | None:
    """The token before the preposition that starts the noun phrase ending at token ``k`` (Arabic
    script), or None when that phrase is no complement. Read back from ``k``, a noun phrase is its
    definite words (the last noun of a construct and its adjectives, "نادي النصر") after the
    indefinite words of its construct ("عقد رعاية"): a definite word before an indefinite one ends it.
    It is a complement when a preposition word (``duration_chain_links``: "في منطقة جبلية") comes
    before it or one of its indefinite words carries a preposition proclitic
    (``duration_chain_prefixes``: "لقميص نادي النصر") right after an indefinite word and before
    another word of its phrase (otherwise it is read as a name's first letter: "الرئيسة لينا رييس",
    "نادي بارادو")."""
    lex = lx.lexicon(lang)
    stop = lex.stopwords.words
    preps = lex.duration_chain_links.words
    prefixes = tuple(lex.duration_chain_prefixes)
    indefinite = False
    s = k
    while True:
        t = toks[s]
        indefinite = indefinite or not t.article
        if indefinite and not t.article and prefixes and t.form.startswith(prefixes) \
                and len(t.form) > CHAIN_MIN_CHARS and s < k and s > limit and not toks[s - 1].article:
            # only before its own object ("لاستغلال النحاس"): a last word is read as a name ("نادي
            # بارادو", "شركة لومار"), and after a definite word too ("الرئيسة لينا رييس")
            return s - 1
        if s - 1 < limit:
            return None
        prev = toks[s - 1]
        if text[prev.end:t.start].strip():
            return None   # punctuation ends the phrase
        if prev.variants & preps:
            # a preposition word right after a clause's verb and its subject is the verb's ("حصلت
            # شركة أوربا على امتياز", "سيبقى الوزير في منصبه"): no complement of a noun
            subject = s - 2 <= VERB_SUBJECT_REACH + SUBJECT_WORDS \
                and _phrase_start(text, toks, s - 2, limit, stop) <= VERB_SUBJECT_REACH
            return None if subject else s - 2
        if not _content(prev, stop) or (indefinite and prev.article):
            return None
        s -= 1


def chain_head(text: str, toks: list[Tok], k: int, lang: str) -> int:
    """The last word of the noun phrase a chain of complements ending at token ``k`` hangs from, read
    back over each complement (``_complement``) while the word before it is a content word with
    nothing but a space between ("رخصة لاستغلال النحاس في منطقة جبلية لمدة 25 عاما": رخصة; "عقد رعاية
    لقميص نادي النصر": رعاية, whose construct the caller reads); ``k`` when the phrase is no
    complement. The first indefinite head ends the walk ("حصلت شركة على امتياز لإدارة ميناء": the
    concession, not the firm before the verb's "على"). Arabic script only: a Latin-script length
    takes its predicate (``for_predicate``)."""
    if script_of(toks[k].form) == LATIN:
        return k
    stop = lx.lexicon(lang).stopwords.words
    limit = max(0, k - NP_REACH)
    head = k
    while True:
        before = _complement(text, toks, head, limit, lang)
        if before is None or before < limit or not _content(toks[before], stop) \
                or text[toks[before].end:toks[before + 1].start].strip(" "):
            return head
        head = before
        if not toks[head].article:
            return head   # an indefinite noun heads its complements ("امتياز لإدارة ميناء"): no further


def parts(s: Signal) -> tuple[set[str], set[str]]:
    """The stems of what a measure signal measures and of its holder (empty without one)."""
    what, _sep, holder = s.text.partition(HOLDER_MARK)
    return set(what.split()), set(holder.split())


def rounding_hours(value: str | None) -> float:
    """``ROUNDING`` of the smallest unit a duration states, in hours ("P7W": 42), 0 when it states none."""
    date_part, _t, time_part = (value or "").partition("T")
    found = [(UNIT_HOURS, u) for _n, u in ISO_PART.findall(date_part)] + \
            [(TIME_UNIT_HOURS, u) for _n, u in ISO_PART.findall(time_part)]
    if not found:
        return 0.0
    table, unit = found[-1]
    return ROUNDING * table.get(unit, 0.0)


def rounded(c: Claim, bounds: tuple[float, float]) -> tuple[float, float]:
    """A duration's bounds (``value_low``..``value_high`` in hours) widened by its stated rounding
    (see the module), which covers a calendar month's or year's spread; ``bounds`` without one."""
    half = rounding_hours(c.value)
    if not half or c.value_low is None or c.value_high is None:
        return bounds
    return c.value_low - half, c.value_high + half
