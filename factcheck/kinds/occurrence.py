"""The occurrence kind: which occurrence of something its subject is at ("in only his third marathon",
"won a fourth term", "their sixth league crown", "his second straight win", "for the second time in
three years", "في ثالث ماراثون يخوضه", "ولاية رابعة", "للمرة الثالثة"): an ordinal, the noun it
counts (marathon, term, title, trial, time), whose count it is and the scope of the count.

In scope: an ordinal that numbers a noun of its own phrase (English: the last word of the words right
after it; Arabic: the noun before it, or after an indefinite ordinal in construct, "ثالث ماراثون"),
with a subject: the person the sentence names before it, else a capitalised name before it in its
clause, else, behind a possessive ("his", "the club's", "لقبه"), the person the article named last.
Out of scope, never read here: a rank ("finished third": ``kinds.rank``), a round of the story's
event ("the second round of talks": ``kinds.rounds``, unless a possessive or a scope makes it a
count: "the country's third quake this year"), a match minute, a tranche, a superlative ("the
third-largest"), and the numbered parts, ranks, people and time units of the lexicon's
``occurrence.part_nouns`` and the duration units ("the second half", "his second goal", "a second
man", "the second day of the talks": a step of the story, not which occurrence it is).

The scope of the count: a streak ("straight", "على التوالي"), a period ("this year", "in three
years", "منذ"), else the whole record ("career", "في مسيرته" say so). Two occurrences of one subject
agree when they count one noun (one stem in a script; across scripts the nouns' cosine, as figures'
counted nouns) in one scope with one value, and contradict when only the value differs; never across
nouns ("third title" / "second final"), subjects or scopes ("third straight" / "fifth overall"). A
noun of the clause's event happening again ("for the second time", "للمرة الثالثة") counts that
event: in one script the two clauses must share a content word besides it; across scripts it is not
compared. An article that numbers one noun of one subject twice ("his first goal ... his second")
enumerates occurrences: its claims never clash.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import fold, script_of
from ..models import Article, Claim, Clause, Signal
from ..mentions import values
from ..mentions.persons import TitleParser, skeleton
from . import Context, racer
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, FigureFrame, Verdict
# Two nouns in different scripts are one noun from the figures' cosine of counted nouns (the same
# USE-m3 word vectors and calibration).
from .quantity_traits import CROSS_SCRIPT_HEAD_COS
from .quantity_read import CLAUSE_MARK
from .reading import numbered

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

PROPERTY = "occurrence"
# Words read after an English ordinal for its noun phrase ("his second career marathon", "their sixth
# league title", "a fourth consecutive presidential term"): the head is the last of them.
NOUN_WORDS = 3
# Tokens read after the noun for a streak or a period ("in a row", "in the past three years").
SCOPE_WORDS = 5
# Characters read from a unit word for a date it may open ("يوم الثلاثاء 14 مايو 2033" is 24).
DAY_MENTION_CHARS = 32
# A normalized full date ("2033-05-14").
FULL_DATE = 10
# Consonants a noun's skeleton needs to be matched across scripts as a loanword: four keeps short
# skeletons of unrelated words apart ("term" trm / any three-consonant Arabic root); the word
# vectors place "marathon" / "ماراثون" at a cosine of 0.44 only (USE-m3), below CROSS_SCRIPT_HEAD_COS.
LOANWORD_CONSONANTS = 4
# Words a name keeps (a given name and a family name) when a word with a preposition is cut off its end.
MIN_NAME_WORDS = 2
# Letters a noun keeps without its proclitics: "لقب" is no "ل" + "قب".
MIN_CORE = 3
# A sentence of an article, for the ordinals it numbers (``_counted``): up to a terminator or a line end.
SENTENCE = re.compile(r"[^.!?\u061f\n]+")
# Above this share of capitalised words a line is in title case (a headline): its capitals name nobody.
TITLE_CASE_SHARE = 0.5
# The ordinal "first" orders more often than it counts ("first elected", "the first reports"): it counts
# only behind a possessive or before a repeat noun.
FIRST = 1
# What the signals say (their texts: the noun as written, the scope, the clause's content stems).
NOUN_RULE = "occurrence: the noun the ordinal counts"
SCOPE_RULE = "occurrence: the scope of the count"
CONTEXT_RULE = "occurrence: the content words of a repeated event's clause"
ENUMERATED_RULE = "occurrence: the article numbers this noun of this subject more than once"
# Digits of a year that closes a period ("since 2019", "منذ 2019").
YEAR_DIGITS = 4
# The scopes of a count.
OVERALL, STREAK, PERIOD = "overall", "streak", "period"
APOSTROPHES = "'\u2019"


@lru_cache(maxsize=None)
def _units(lang: str) -> frozenset[str]:
    """The language's duration units, folded ("day", "عام"): a time unit is no occurrence."""
    return frozenset(fold(w) for w in langdata.load(lang, "values").get("duration_units", {}))


def _content(t: Tok, lang: str) -> bool:
    """A word that may be a noun: letters, not a stop word nor an ordinal ("والثاني والثالث")."""
    return t.form.isalpha() and not t.variants & lx.lexicon(lang).stopwords.words \
        and not t.variants & _ordinal_words(lang)


def _noun(text: str, toks: list[Tok], span: list[int], lang: str) -> tuple[int, list[int]] | None:
    """The token of the noun the ordinal at tokens ``span`` counts and the tokens of its phrase, or
    None when no noun stands with it."""
    first, last = span[0], span[-1]
    lex = lx.lexicon(lang)
    sup = lex.occurrence.superlatives
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and (sup and re.match(sup, nxt.form) or text[toks[last].end:nxt.start] == "-"
                            and not _content(nxt, lang)):
        return None   # "the third-largest", "ثالث أكبر مدينة": a rank in a list
    if lex.noun_head == "last":
        run = []
        verbal = tuple(lex.verb_endings)
        for k in range(last + 1, min(len(toks), last + 1 + NOUN_WORDS)):
            if CLAUSE_MARK.search(text, toks[k - 1].end, toks[k].start) or not _content(toks[k], lang) \
                    or toks[k].variants & lex.occurrence.period_openers.words \
                    or run and verbal and toks[k].form.endswith(verbal):
                break   # "his second tournament since ...", "his first trial ended in 2023"
            run.append(k)
        return (run[-1], run) if run else None
    # noun-first: an indefinite ordinal in construct before its noun ("ثالث ماراثون"), else the noun
    # it follows as an adjective ("ولاية رابعة", "للمرة الثالثة", "لقبه السادس")
    word = text[toks[first].start:toks[last].end]
    if not toks[first].article and not word.endswith(tuple(lex.occurrence.adjective_endings)) and nxt is not None and _content(nxt, lang) \
            and not CLAUSE_MARK.search(text, toks[last].end, nxt.start):
        return last + 1, [last + 1]
    if first > 0 and _content(toks[first - 1], lang) and not CLAUSE_MARK.search(text, toks[first - 1].end, toks[first].start):
        return first - 1, [first - 1]
    return None


@lru_cache(maxsize=None)
def _ordinal_words(lang: str) -> frozenset[str]:
    """The language's ordinal words, folded ("الثاني"): never the noun another ordinal counts."""
    data = langdata.load(lang, "values")
    return frozenset(fold(w) for part in ("ordinals", "ordinal_forms") for w in data.get(part, {}))


def _scope(text: str, toks: list[Tok], phrase: list[int], after: int, lang: str) -> tuple[str, str]:
    """The scope of the count (``STREAK``, ``PERIOD`` or ``OVERALL``) and its words as written: a
    streak word in the phrase or after it, a period opened after it, else the whole record."""
    occ = lx.lexicon(lang).occurrence
    window = toks[after:after + SCOPE_WORDS]
    inner = [toks[k] for k in phrase]
    for where in (inner, window):
        hit = lx.find_cues(where, occ.streak)
        if hit and (where is inner or hit[0].i <= 1):
            return STREAK, hit[0].cue
    opener = lx.find_cues(window[:2], occ.period_openers)
    if opener and opener[0].i == 0 and not lx.find_cues(window, occ.career):
        units = _units(lang) | occ.period_nouns.words
        for k in range(opener[0].j, len(window)):
            if CLAUSE_MARK.search(text, window[k - 1].end, window[k].start):
                break
            if _names_a_day(text, window[k], lang):
                break   # "الجولة الثانية من الدوري يوم الثلاثاء": the day it happened, no period counted over
            if window[k].variants & units or window[k].form.isdigit() and len(window[k].form) == YEAR_DIGITS:
                return PERIOD, text[window[0].start:window[k].end]
    return OVERALL, ""


def _names_a_day(text: str, tok: Tok, lang: str) -> bool:
    """Does a date of one day (a weekday or a full date: "يوم الثلاثاء", "on 4 May 2031") start at
    ``tok``? A unit word that opens one ("يوم") dates an event rather than a period a count runs over."""
    head = values.find_values(text[tok.start:tok.start + DAY_MENTION_CHARS], lang)
    return any(v.kind == "date" and v.start == 0 and (v.value.startswith("weekday:") or len(v.value) == FULL_DATE)
               for v in head)


def _possessed(text: str, toks: list[Tok], first: int, noun: int, lang: str) -> bool:
    """Does a possessive tie the count to someone: a determiner or "'s" before the ordinal ("his
    third", "the club's fifth"), a pronoun ending on the noun or on the word after it ("لقبه السادس",
    "ثالث ماراثون يخوضه")?"""
    occ = lx.lexicon(lang).occurrence
    if first > 0 and toks[first - 1].variants & occ.possessives.words:
        return True
    if first > 1 and toks[first - 1].form == "s" and text[toks[first - 2].end:toks[first - 1].start] in APOSTROPHES:
        return True
    ends = tuple(occ.possessive_endings)
    return bool(ends) and any(text[toks[k].start:toks[k].end].endswith(ends)
                              for k in (noun, noun + 1) if 0 <= k < len(toks))


@lru_cache(maxsize=None)
def _names(lang: str) -> TitleParser:
    return TitleParser(lang)


def _whose(art: Article, clause: Clause, toks: list[Tok], first: int, noun: int, persons, label, antecedent
           ) -> tuple[str | None, str | None, str]:
    """Whose count it is: the person the sentence names nearest before the ordinal, else the
    competitor a nationality introduces before it ("الأوغندي دانيال كيبيت"), else the sentence's
    first run of capitalised names before it ("Daniel Kibet won ..."), else, behind a possessive,
    the person the article named last."""
    text, lang = art.text, art.language
    start = min(first, noun)
    before = [p for p in persons if p[1] <= start]
    if before:
        key = max(before)[2]
        return key, label(key), "occurrence: the person named before it"
    sent = lx.tokenize(text[clause.sentence_start:clause.sentence_end], lang, offset=clause.sentence_start)
    at = next((k for k, t in enumerate(sent) if t.start >= toks[start].start), len(sent))
    intro = racer.introduced_before(text, sent, at, lang)
    if intro is not None:
        name = intro[3].split()
        prefixes = tuple(lx.lexicon(lang).preposition_prefixes)
        while len(name) > MIN_NAME_WORDS and prefixes and name[-1].startswith(prefixes):
            name.pop()   # "النيجيرية نادية أوكافور بلقب": the name ends before a word with a preposition
        return skeleton(name[-1]), " ".join(name), f"occurrence: {racer.INTRODUCED}"
    run = next((r for r in _names(lang).name_runs(text, sent) if r[1] <= at), None)
    words = [t for t in sent if t.form.isalpha()]
    if run is not None and sum(t.cap for t in words) <= TITLE_CASE_SHARE * len(words):   # not "Town Sees First Day ..."
        return skeleton(sent[run[1] - 1].form), text[sent[run[0]].start:sent[run[1] - 1].end], \
            "occurrence: the sentence's first capitalised name before it"
    if antecedent is not None and _possessed(text, toks, first, noun, lang):
        return antecedent[0], antecedent[1], "occurrence: a possessive of the person the article named last"
    return None, None, ""


def is_count(text: str, toks: list[Tok], span: list[int], lang: str) -> bool:
    """Is the ordinal at ``span`` a count before anything else (a possessive or a scope with it: "the
    country's third quake this year"), so that an event noun next to it is no round of the story?"""
    found = _noun(text, toks, span, lang) if span else None
    if found is None:
        return False
    noun, phrase = found
    return _possessed(text, toks, span[0], noun, lang) or \
        _scope(text, toks, phrase, max(noun, span[-1]) + 1, lang)[0] != OVERALL


def frame(art: Article, clause: Clause, toks: list[Tok], span: list[int], v: "ValueMention",
          persons: list[tuple[int, int, str]], label, antecedent: tuple[str, str] | None) -> FigureFrame | None:
    """The occurrence an ordinal at tokens ``span`` states, or None when it counts no noun of the
    kind's scope or nobody's count it is."""
    lang, text = art.language, art.text
    if not span or not v.value.isdigit() or int(v.value) < 1:
        return None
    found = _noun(text, toks, span, lang)
    if found is None:
        return None
    noun, phrase = found
    n = toks[noun]
    occ = lx.lexicon(lang).occurrence
    lex = lx.lexicon(lang)
    excluded = occ.part_nouns.words | lex.tranche_nouns.words | lex.person_nouns.words | _units(lang)
    if any(toks[k].variants & excluded or lx.light_stem(toks[k].form, lang) in excluded for k in phrase):
        return None   # "the second half", "his first goal", "the first day without fighting"
    if int(v.value) == FIRST and not (_possessed(text, toks, span[0], noun, lang) or n.variants & occ.repeat_nouns.words):
        return None   # "first elected", "the first reports": an order, unless "his first" / "the first time"
    subject, name, rule = _whose(art, clause, toks, span[0], noun, persons, label, antecedent)
    if subject is None:
        return None
    scope, scope_words = _scope(text, toks, phrase, max(noun, span[-1]) + 1, lang)
    stem = lx.light_stem(n.form, lang)
    # the noun without its proclitics ("بولاية": "ولاية"), as the word vectors know it
    core = min((w for w in n.variants if n.form.endswith(w) and len(w) >= MIN_CORE), key=len, default=n.form)
    bare = n.start + len(n.form) - len(core) if len(n.form) == n.end - n.start else n.start
    # from the clause's start (who, what: its statement is single-source as this claim) to the noun,
    # not over the clause's other facts ("won a second term with 84 % of the vote")
    end = max(n.end, v.end)
    start, end = clause.start, end if any(ch.isdigit() for ch in text[end:clause.end]) else clause.end
    sigs = [Signal(field="value", rule=f"{v.rule}; {lang}.lexicon occurrence: the ordinal '{text[v.start:v.end]}'",
                   text=text[v.start:v.end], start=v.start, end=v.end),
            Signal(field="measure", rule=NOUN_RULE, text=text[bare:n.end], start=bare, end=n.end),
            Signal(field="subject", rule=rule, text=name),
            Signal(field="scope", rule=SCOPE_RULE, text=f"{scope}: {scope_words}" if scope_words else scope)]
    if n.variants & occ.repeat_nouns.words:
        words = sorted({lx.light_stem(t.form, lang) for k, t in enumerate(toks)
                        if k not in span and k != noun and _content(t, lang) and not t.cap
                        and not any(a <= k < b for a, b, _ in persons)} - {stem})
        sigs.append(Signal(field="measure", rule=CONTEXT_RULE, text=" ".join(words)))
    if _enumerates(text, lang, stem, v.value, subject):
        sigs.append(Signal(field="scope", rule=ENUMERATED_RULE, text=text[n.start:n.end]))
    return FigureFrame(start, end, v.value, v.low, v.high, v.qualifier, subject, name, [stem], sigs)


@lru_cache(maxsize=64)   # one article's ordinals, read once for all its occurrence frames
def _counted(text: str, lang: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The (noun stem, value, names) of every ordinal of an article that counts a noun, ``names`` the
    skeletons of the capitalised words (or the competitor a nationality introduces) its sentence has
    before it (none: a pronoun's, anybody's)."""
    from ..mentions import values   # the value parser is the frame stage's; imported on first use
    out = []
    for m in SENTENCE.finditer(text):
        sent = lx.tokenize(m.group(), lang, offset=m.start())
        for v in values.find_values(m.group(), lang):
            if v.kind != "ordinal":
                continue
            span = lx.covered(sent, v.start + m.start(), v.end + m.start())
            found = _noun(text, sent, span, lang) if span else None
            if found is None:
                continue
            stop = lx.lexicon(lang).stopwords.words
            names = {skeleton(t.form) for t in sent[:span[0]] if t.cap and not t.variants & stop}
            intro = racer.introduced_before(text, sent, span[0], lang)
            names |= {intro[2]} if intro else set()
            out.append((lx.light_stem(sent[found[0]].form, lang), v.value, frozenset(names)))
    return tuple(out)


def _enumerates(text: str, lang: str, stem: str, value: str, subject: str) -> bool:
    """Does the article number the noun ``stem`` of ``subject`` (or of nobody named) with another
    ordinal than ``value`` too ("his first goal ... his second goal")?"""
    return any(s == stem and val != value and (not names or subject in names)
               for s, val, names in _counted(text, lang))


def loanword(a: str | None, b: str | None) -> bool:
    """Are two nouns in different scripts one loanword: one consonant skeleton of at least
    LOANWORD_CONSONANTS letters ("marathon" / "ماراثون": mrtn), as names are matched across scripts?"""
    if not a or not b:
        return False
    ka, kb = skeleton(a), skeleton(b)
    return ka == kb and len(ka) >= LOANWORD_CONSONANTS


def _signal(c: Claim, rule: str) -> str | None:
    return next((s.text for s in c.signals if s.rule == rule), None)


def noun(c: Claim) -> str | None:
    """The counted noun as written."""
    return _signal(c, NOUN_RULE)


def scope(c: Claim) -> str:
    """The scope of the count ("overall", "streak: straight", "period: this year")."""
    return _signal(c, SCOPE_RULE) or OVERALL


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject or not ctx.same_event:
        return UNRELATED   # someone else's count, or another event's
    if _signal(a, ENUMERATED_RULE) is not None or _signal(b, ENUMERATED_RULE) is not None:
        return UNRELATED   # an article that numbers several ("his first goal ... his second")
    sa, sb = scope(a), scope(b)
    same_script = script_of(a.quote) == script_of(b.quote)
    if sa.split(":")[0] != sb.split(":")[0] or sa.startswith(PERIOD) and not (
            same_script and fold(sa).split() == fold(sb).split()):
        return UNRELATED   # "third straight" / "fifth overall"; "this year" / "in a decade"
    repeat_a, repeat_b = _signal(a, CONTEXT_RULE), _signal(b, CONTEXT_RULE)
    if (repeat_a is None) != (repeat_b is None):
        return UNRELATED   # "for the second time" counts the clause's event, not a noun
    if same_script:
        if set(a.keywords).isdisjoint(b.keywords):
            return UNRELATED   # two nouns ("third title" / "second final")
        if repeat_a is not None and set(repeat_a.split()).isdisjoint(repeat_b.split()):
            return UNRELATED   # two events happening again ("won for the second time" / "was arrested ...")
        evidence = f"the {noun(a)}"
    elif repeat_a is None and ctx.head_similarity >= CROSS_SCRIPT_HEAD_COS:
        evidence = f"'{noun(a)}' / '{noun(b)}', cosine {ctx.head_similarity:.2f}"
    elif repeat_a is None and loanword(noun(a), noun(b)):
        evidence = f"'{noun(a)}' / '{noun(b)}', one loanword (consonant skeleton '{skeleton(noun(a) or '')}')"
    else:
        return UNRELATED
    if a.value == b.value:
        return Verdict("agree", f"same occurrence for {a.subject_label} ({readable(a)} / {readable(b)}; "
                                f"{evidence}; scope {sa})", CONF_VALUE)
    if a.polarity != b.polarity or a.modality != b.modality:
        return UNRELATED
    return Verdict("contradict", f"different occurrence for {a.subject_label} ({written(a)} vs {written(b)}; "
                                 f"{evidence}; scope {sa}; {ctx.why})", CONF_SIMILAR)


def written(c: Claim) -> str:
    """The ordinal as written, with its value ("'third' = 3rd")."""
    word = next((s.text for s in c.signals if s.field == "value"), None)
    return f"'{word}' = {readable(c)}" if word else readable(c)


def readable(c: Claim) -> str:
    """The occurrence as an ordinal and its noun ("3rd marathon")."""
    return numbered(c, noun(c))


def words(c: Claim) -> str:
    return readable(c)
