"""Which event a date belongs to (part of the normalize stage, used by ``frames`` and ``events``): the
event word nearest it in its clause unless an attribution verb is nearer ("told reporters on Tuesday":
the day somebody spoke); in a clause that attributes nothing, the event word of the clause however far;
for a date that opens its sentence as an adverbial, the sentence's event word."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from . import measured
from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.language import language
from ..lang.text import COMMA, fold
from ..models import Article, Clause

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

# A date belongs to an event word at most this many tokens away. Seeds: "a meeting held at the US
# consul general's office in Istanbul on 27 February" puts 8 tokens between the verb and the date.
DATE_EVENT_WINDOW = 10
# Content words (not stopwords) a sentence-opening date adverbial may put before its date, its first word
# a function word ("On a seemingly ordinary Thursday afternoon, ...": 2); a longer lead is a clause of
# its own verb ("وتظهر اللقطات التي التقطت في صفاقس الاثنين،"). Calibrated on the English stories, whose
# opening adverbials put at most 2 content words before the date.
OPENING_LEAD_WORDS = 3
# At most this many characters between a clock time in universal time and the day written after it:
# the zone's name and a preposition ("2247 GMT Monday", "0247 UTC on Tuesday", "22:47 ت.غ الاثنين").
ZONE_DAY_GAP = 16
# ... of which at most this many words besides the zone's name ("on").
ZONE_DAY_WORDS = 1
# Letters of the shortest word read as the object of a reporting verb between its date and an event
# word (not a clitic such as the "s" of "Sunday's").
MIN_OBJECT_LETTERS = 3


def nearest(toks: list[Tok], at: int, words: frozenset[str], window: int,
            skip: frozenset[int] = frozenset()) -> int | None:
    """The index of the token of ``words`` nearest token ``at`` within ``window`` (not one of ``skip``)."""
    best = None
    for k in range(max(0, at - window), min(len(toks), at + window + 1)):
        if k not in skip and words & toks[k].variants and (best is None or abs(k - at) < abs(best - at)):
            best = k
    return best


@lru_cache(maxsize=None)   # the union of six lexicon lists, asked for per date and per clause
def event_words(lang: str) -> frozenset[str]:
    return lx.lexicon(lang).events.nouns.words | lx.lexicon(lang).events.verbs.words | \
        lx.lexicon(lang).properties.start.words | lx.lexicon(lang).properties.struck.words | \
        lx.lexicon(lang).properties.duration.words | lx.lexicon(lang).events.conflict_nouns.words


def behind_preposition(toks: list[Tok], v: "ValueMention", lang: str, text: str) -> frozenset[int]:
    """Tokens after the date ``v`` that a function word other than an article puts in a phrase of their
    own ("recovered the recorder on Friday from the crash site", "on Monday after the storm"): an event
    word there is not the one the date belongs to. A clitic written onto the date ("Sunday's
    election") is no word of its own."""
    stop = lx.lexicon(lang).stopwords.words
    articles = lx.lexicon(lang).definite_articles.words
    after = [k for k, t in enumerate(toks) if t.start >= v.end]
    for k in after:
        word = k > 0 and any(ch.isspace() for ch in text[toks[k - 1].end:toks[k].start])
        if word and stop & toks[k].variants and not articles & toks[k].variants:
            return frozenset(range(k, len(toks)))
        if not stop & toks[k].variants:
            break
    return frozenset()


def event_cue_of_date(toks: list[Tok], v: "ValueMention", lang: str, text: str) -> int | None:
    """Token index of the event word a date belongs to, or None when the date is the day somebody
    spoke ("told reporters on Tuesday") or tied to no event word."""
    at = measured.tok_index(toks, v.start)
    said = nearest(toks, at, lx.lexicon(lang).attribution.verbs.words, DATE_EVENT_WINDOW)
    behind = behind_preposition(toks, v, lang, text)
    ev = nearest(toks, at, event_words(lang), DATE_EVENT_WINDOW, behind)
    if said is not None and ev is not None and ev < at < said and COMMA.search(text, v.end, toks[said].start):
        said = None   # "the outbreak was declared on January 26, officials said Tuesday": a reporting verb
        # after the event, its date and a comma attributes the whole clause; it is not the date's verb
    if ev is None and not any(lx.lexicon(lang).attribution.verbs.words & t.variants for t in toks):
        # "crashed shortly after taking off from <a long airport name> in <city> on Thursday": the
        # date belongs to the event word its clause names when the clause attributes nothing (farther
        # away, "X says the incumbent held his seat ... in the <date> polls" is too loose a tie)
        ev = nearest(toks, at, event_words(lang), len(toks), behind)
    if ev is None or (said is not None and abs(said - at) < abs(ev - at)):
        return None
    if said is not None and said < at < ev and _object_between(toks, v, ev, lang) and not any(
            toks[k].variants & lx.lexicon(lang).events.verbs.words for k in range(said + 1, ev)):
        # "أعلنت الهيئة مساء الإثنين النتائج الأولية للانتخابات", "announced on Monday the results of the
        # vote": a date after a reporting verb, set apart from the event word after it by the verb's
        # object, is the day of the announcement ("announced Sunday's vote results" keeps its date)
        return None
    if said is not None and said < ev < at and COMMA.search(text, toks[ev].end, v.start) \
            and not any(toks[k].variants & lx.lexicon(lang).events.verbs.words for k in range(ev, at)):
        # "أعلنت لجنة الانتخابات المركزية، الاثنين،": the event word is in who announced it or what,
        # the date is set off after it and no event verb ("held", "جرت") ties them: the day of the
        # announcement ("said talks will resume on Monday" keeps its date)
        return None
    return ev


def _object_between(toks: list[Tok], v: "ValueMention", ev: int, lang: str) -> bool:
    """Does a content word stand between the date ``v`` and the event word at ``ev`` ("on Monday the
    results of the vote": results; not the clitic of "Sunday's election")?"""
    stop = lx.lexicon(lang).stopwords.words
    return any(toks[k].start >= v.end and not stop & toks[k].variants and len(toks[k].form) >= MIN_OBJECT_LETTERS
               for k in range(ev))


def opening_date_event(art: Article, clause: Clause, toks: list[Tok], v: "ValueMention", lang: str) -> Tok | None:
    """The event word of the sentence a date opens as an adverbial set off by a comma ("On a quiet
    Sunday morning, 3 May 2026, the ferry ... capsized"): the date ends a clause that begins its
    sentence and names no event word and no attribution verb; it belongs to the first event word of the
    rest of the sentence when no attribution verb comes before that word ("On Monday, officials said
    the collapse ...": the day they spoke)."""
    said_words = lx.lexicon(lang).attribution.verbs.words
    events = event_words(lang)
    stop = lx.lexicon(lang).stopwords.words
    lead = [t for t in toks if t.end <= v.start]
    if clause.start != clause.sentence_start or art.text[v.end:clause.end].strip(" ,،;:–—-") \
            or not lead or not stop & lead[0].variants \
            or sum(1 for t in lead if not stop & t.variants) > OPENING_LEAD_WORDS \
            or any((events | said_words) & t.variants for t in toks):
        return None
    rest = lx.tokenize(art.text[clause.end:clause.sentence_end], lang, offset=clause.end)
    for t in rest:
        if said_words & t.variants:
            return None
        if events & t.variants:
            return t
    return None


def opens_period(toks: list[Tok], v: "ValueMention", vals: list["ValueMention"], lang: str, text: str) -> bool:
    """Is the date the start of a period a figure of its clause is counted over: a figure before a
    ``period_start_cues`` word ("since", "منذ") within DATE_EVENT_WINDOW tokens before the date, no
    comma between ("has killed 48 since it was declared on January 28")? Such a date does not date
    the clause's event; without a figure the clause is about what began then ("tensions since the
    conflict began in February 2022")."""
    return _bounds_period(toks, v, vals, lang, text, lx.lexicon(lang).period_start_cues, ("number",))


def closes_period(toks: list[Tok], v: "ValueMention", vals: list["ValueMention"], lang: str, text: str) -> bool:
    """Is the date the end of a length its clause states: a duration before a ``period_end_cues`` word
    ("until", "حتى") within DATE_EVENT_WINDOW tokens before the date, no comma between ("signed a
    five-year contract until June 2040", "عقدا لمدة خمس سنوات حتى 2040")? Such a date is when the
    length runs out, not the date of the clause's event ("has signed": now)."""
    return _bounds_period(toks, v, vals, lang, text, lx.lexicon(lang).period_end_cues, ("duration",))


def _bounds_period(toks: list[Tok], v: "ValueMention", vals: list["ValueMention"], lang: str, text: str,
                   cues, kinds: tuple[str, ...]) -> bool:
    span = lx.covered(toks, v.start, v.end)
    if not span:
        return False
    for hit in lx.find_cues(toks[max(0, span[0] - DATE_EVENT_WINDOW):span[0]], cues):
        if not COMMA.search(text, hit.end, v.start) and any(u.kind in kinds and u.end <= hit.start for u in vals):
            return True
    return False


def zone_day(text: str, vals: list["ValueMention"], v: "ValueMention", lang: str) -> bool:
    """Is the date mention ``v`` the day of a clock time just before it in universal time ("(2247 GMT
    Monday)", "at 0247 UTC on Tuesday"; ``values.json`` ``time_zones``)? That is the zone's day, not
    the local day of the event (a quake at 3:47 am on Tuesday local time is 22:47 GMT on Monday): it
    dates no event of the clause."""
    zones = language(lang).values.time_zones
    if v.kind != "date" or not zones:
        return False
    times = [u for u in vals if u.kind == "time" and u.end <= v.start and v.start - u.end <= ZONE_DAY_GAP]
    if not times:
        return False
    gap = fold(text[times[-1].end:v.start]).strip()
    for zone in sorted((fold(z) for z in zones), key=len, reverse=True):
        rest = gap[len(zone):]
        if gap.startswith(zone) and (not rest or not rest[0].isalnum()):
            return len(rest.strip(" ,،").split()) <= ZONE_DAY_WORDS
    return False
