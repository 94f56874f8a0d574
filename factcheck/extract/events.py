"""Which event a claim is about, so that values are never compared across different events.

A story about talks mentions several meetings (an earlier round, this round, the next one); a story
about a disaster mentions the disaster and older ones. Each clause gets an ``EventRef``:
- ``kind``: "conflict" when the clause is about a war/invasion (a conflict noun governs the value),
  else "main" (the story's own kind of event);
- ``relation``: "next" (future cues: "the next round", "will be held"), "prior" (cues that mark an
  earlier occurrence: "an earlier meeting", "the first session") or "this";
- ``date`` / ``place`` / ``ordinal`` stated in the clause.
Clauses with no anchor of their own inherit the previous clause's reference inside one sentence;
a new sentence starts from "this" (the article's own event). Two references are compatible unless
their kinds or relations differ, or both state a date / place / ordinal and those differ.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..mentions import places
from .event_dates import closes_period, event_cue_of_date, opens_period
from .frames import locative_places
from ..lang.lexicon import Tok
from ..models import Article, Clause, Signal
from ..mentions.values import year_of

# A cue marks an event as earlier/next only when it sits this close (tokens) to an event noun.
RELATION_WINDOW = 4


@dataclass(frozen=True)
class EventRef:
    kind: str = "main"
    relation: str = "this"
    date: str | None = None
    place: str | None = None
    ordinal: str | None = None
    subject: str | None = None          # for conflicts: the country the conflict is in
    signals: tuple[Signal, ...] = field(default=(), compare=False)

    def to_key(self) -> str:
        parts = [f"{self.kind}:{self.relation}"]
        for name in ("date", "place", "ordinal", "subject"):
            v = getattr(self, name)
            if v:
                parts.append(f"{name}={v}")
        return " ".join(parts)

    @staticmethod
    def parse(key: str | None) -> "EventRef":
        if not key:
            return EventRef()
        head, *rest = key.split(" ")
        kind, relation = head.split(":", 1)
        kw = dict(p.split("=", 1) for p in rest)
        return EventRef(kind=kind, relation=relation, **kw)

    def merged(self, base: "EventRef") -> "EventRef":
        """This reference with the gaps filled from ``base`` (the article's own event)."""
        if self.kind != base.kind or self.relation != base.relation:
            return self
        return replace(self, date=self.date or base.date, place=self.place or base.place,
                       ordinal=self.ordinal or base.ordinal)


def dates_compatible(a: str, b: str) -> bool:
    """Can two normalized dates name the same day? Month or year precision is compatible with any
    day inside it; "--MM-DD" (year unknown) with any year; "weekday:N" with dates on that weekday."""
    if a.startswith("weekday:") or b.startswith("weekday:"):
        wd = [_weekday(x) for x in (a, b)]
        return None in wd or wd[0] == wd[1]
    if a.startswith("--") or b.startswith("--"):
        return len(a) < 7 or len(b) < 7 or a[-5:] == b[-5:]
    return a.startswith(b) or b.startswith(a)


def _weekday(x: str) -> int | None:
    if x.startswith("weekday:"):
        return int(x.split(":")[1])
    try:
        return dt.date.fromisoformat(x).isoweekday()
    except ValueError:
        return None


def compatible(a: EventRef, b: EventRef, ignore: str | None = None) -> tuple[bool, str]:
    """Can two references be the same event? ``ignore`` skips the attribute under comparison."""
    if a.kind != b.kind:
        return False, f"different kinds of event ({a.kind} vs {b.kind})"
    if a.subject and b.subject and a.subject != b.subject:
        return False, f"different conflicts ({a.subject} vs {b.subject})"
    if a.relation != b.relation:
        if not (a.date and b.date and a.date == b.date):
            return False, f"different occurrences ({a.relation} vs {b.relation})"
    if ignore != "date" and a.date and b.date and not dates_compatible(a.date, b.date):
        return False, f"different dates ({a.date} vs {b.date})"
    if ignore != "place" and a.place and b.place and not places.compatible(a.place, b.place):
        return False, f"different places ({a.place} vs {b.place})"
    if ignore != "round" and a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False, f"different rounds ({a.ordinal} vs {b.ordinal})"
    return True, "compatible event"


def renumbered(a: EventRef, b: EventRef, ignore: str | None = None) -> bool:
    """Do two references differ only in the ordinal they number the event with ("in the second round"
    / "in the third round")? Then they may be one event that the sources number differently (which
    round it was is itself a value they disagree on, ``kinds.rounds``) or two rounds of a series."""
    return bool(a.ordinal and b.ordinal and a.ordinal != b.ordinal) and ignore != "round" \
        and compatible(replace(a, ordinal=None), replace(b, ordinal=None), ignore)[0]


def _near_event_noun(toks: list[Tok], hit: lx.CueHit, nouns: frozenset[str]) -> bool:
    lo, hi = max(0, hit.i - RELATION_WINDOW), min(len(toks), hit.j + RELATION_WINDOW)
    return any(nouns & toks[k].variants for k in range(lo, hi))


def _holds_a_figure(toks: list[Tok], hit: lx.CueHit, vals: list, lang: str) -> bool:
    """Is every event word near a relation cue a verb whose object is a figure ("GHIC will hold a 65%
    stake", "will hold 35%": a holding, not a meeting to be held)? A number (not a date or a time)
    starting within ``RELATION_WINDOW`` tokens after the verb says so; an event noun near the cue
    ("the talks will be held") keeps the relation."""
    lex = lx.lexicon(lang).events
    lo, hi = max(0, hit.i - RELATION_WINDOW), min(len(toks), hit.j + RELATION_WINDOW)
    near = [k for k in range(lo, hi) if (lex.nouns.words | lex.verbs.words) & toks[k].variants]
    if not near or any(lex.nouns.words & toks[k].variants for k in near):
        return False
    figures = [v.start for v in vals if v.kind == "number"]
    for k in near:
        reach = toks[min(len(toks), k + RELATION_WINDOW) - 1].end
        if not any(toks[k].end <= at < reach for at in figures):
            return False
    return True


def _later_occurrence(toks: list[Tok], vals: list, lang: str) -> tuple[str | None, Signal | None]:
    """"next" when the clause names a later occurrence of the event ("the run-off", "جولة الإعادة", "a
    replay", ``events.later_nouns``) and dates it: a date after the noun ("a run-off will be held on
    March 24", "وتجرى جولة الإعادة في 14 مارس"). Without a date after it the noun is only mentioned
    ("short of the 50% needed to avoid a run-off"; "won on Sunday, forcing a run-off"): the clause
    stays about the story's own event."""
    for hit in lx.find_cues(toks, lx.lexicon(lang).events.later_nouns):
        if any(v.kind == "date" and v.start >= hit.end for v in vals):
            return "next", Signal(field="event", rule=f"{lang}.lexicon events.later_nouns", text=hit.cue,
                                  start=hit.start, end=hit.end)
    return None, None


def _hit_of(toks: list[Tok], v) -> lx.CueHit:
    """The token range of a value mention, as a cue hit."""
    idx = lx.covered(toks, v.start, v.end) or [0]
    return lx.CueHit(cue="", i=idx[0], j=idx[-1] + 1, start=v.start, end=v.end)


# Relative periods of these units ("last week", "yesterday") stay within a story's days: a past or
# future cue that opens one does not mark another occurrence of the event (last week's election is
# this one, a week on); "last year", "last month" still do.
RECENT_UNITS = ("day", "week")


@lru_cache(maxsize=None)
def _recent_periods(lang: str) -> tuple[tuple[str, ...], ...]:
    periods = langdata.load(lang, "values").get("relative_periods", {})
    return tuple(tuple(lx.WORD_RE.findall(lx.fold(p))) for p, spec in periods.items() if spec.get("unit") in RECENT_UNITS)


def _within_days(toks: list[Tok], hit: lx.CueHit, vals: list, lang: str) -> bool:
    """Does a relation cue belong to a date of the story's days: inside a value mention ("last
    Saturday" is a date) or opening a recent relative period ("last week")?"""
    if any(v.start <= hit.start < v.end for v in vals if v.kind == "date"):
        return True
    forms = tuple(t.form for t in toks[hit.i:hit.i + 3])
    return any(forms[:len(p)] == p for p in _recent_periods(lang))


def _stale_date(art: Article, vals: list) -> Signal | None:
    """A signal when the clause's only dates (a month or a day, not a weekday) all lie more than
    STALE_EVENT_DAYS before its article's publication: what it tells happened on another occasion;
    None otherwise."""
    if art.published is None:
        return None
    dates = [v for v in vals if v.kind == "date" and not v.value.startswith("weekday:") and len(v.value) > 4]
    if not dates or not all(stale(v.value, art.published) for v in dates):
        return None
    v = dates[0]
    return Signal(field="event", rule=f"a date more than {STALE_EVENT_DAYS} days before the article's publication",
                  text=art.text[v.start:v.end], start=v.start, end=v.end)


def _other_year(year: int | None, art: Article, toks: list[Tok], vals: list) -> tuple[str | None, Signal | None]:
    """"prior"/"next" when the clause dates itself only by years other than ``year`` (its article's,
    or its story's for an undated article: an earlier election, a flood in another decade); None
    otherwise or when no year is known."""
    if year is None:
        return None, None
    years = [(y, v) for v in vals if (y := year_of(v, art.text)) is not None]
    if not years or any(y == year for y, _ in years):
        return None, None
    y, v = years[0]
    return ("prior" if y < year else "next"), Signal(
        field="event", rule="a year other than the article's own", text=art.text[v.start:v.end], start=v.start, end=v.end)


def story_year(articles: list[Article]) -> int | None:
    """The year a story's dated articles share (None when they span several, or none is dated): an
    undated article of the story is read as published that year."""
    years = {a.published.year for a in articles if a.published is not None}
    return years.pop() if len(years) == 1 else None


class EventTracker:
    """Assigns references clause by clause, carrying the previous one inside a sentence."""

    def __init__(self, year: int | None = None) -> None:
        self._last: dict[tuple[str, int], EventRef] = {}
        self._year = year   # the story's year, for undated articles (``story_year``)

    def ref(self, art: Article, clause: Clause, toks: list[Tok], vals: list, lang: str) -> EventRef:
        """The clause's event reference; ``toks`` are its tokens (article offsets)."""
        nouns = lx.lexicon(lang).events.nouns.words | lx.lexicon(lang).events.verbs.words
        conflict = lx.lexicon(lang).events.conflict_nouns.words
        sigs: list[Signal] = []
        relation = None
        for rel, path, cues in (("next", "events.future_cues", lx.lexicon(lang).events.future_cues),
                                ("prior", "events.past_cues", lx.lexicon(lang).events.past_cues)):
            for hit in lx.find_cues(toks, cues):
                if _within_days(toks, hit, vals, lang):
                    continue   # "last week's election", "last Saturday": this story's days, not another occurrence
                if _near_event_noun(toks, hit, nouns) and not _holds_a_figure(toks, hit, vals, lang):
                    relation = rel
                    sigs.append(Signal(field="event", rule=f"{lang}.lexicon {path}", text=hit.cue, start=hit.start, end=hit.end))
                    break
            if relation:
                break
        if relation is None:
            relation, later_sig = _later_occurrence(toks, vals, lang)
            if later_sig:
                sigs.append(later_sig)
        # a day or a month pins an event; a bare year or weekday does not
        # (not the day a period the clause counts over began: "has killed 48 since it was declared on January 28")
        # (nor the day a length the clause states runs out: "a five-year contract until June 2040")
        vals = [v for v in vals if not (v.kind == "date" and closes_period(toks, v, vals, lang, art.text))]
        date = next((v.value for v in vals if v.kind == "date" and (len(v.value) >= 7 or v.value.startswith("--"))
                     and event_cue_of_date(toks, v, lang, art.text) is not None
                     and not opens_period(toks, v, vals, lang, art.text)), None)
        # an ordinal numbers the event only next to an event noun ("the second round"), not a rank
        # ("came third") or a term
        ordinal = next((v.value for v in vals if v.kind == "ordinal" and _near_event_noun(
            toks, _hit_of(toks, v), nouns)), None)
        if relation is None:
            relation, year_sig = _other_year(art.published.year if art.published else self._year, art, toks, vals)
            if year_sig:
                sigs.append(year_sig)
        if relation is None and (old := _stale_date(art, vals)) is not None:
            relation = "prior"   # "had won in Rotterdam in April" in an October article: another occurrence
            sigs.append(old)
        found = locative_places(art.text, clause.start, clause.end, toks, lang)
        place = next((p.key for p in found if p.kind == "city"), None) or (found[0].key if found else None)
        conflict_at = next((k for k, t in enumerate(toks) if conflict & t.variants), None)
        kind, subject = "main", None
        if conflict_at is not None and date:
            kind = "conflict"
            every = places.find_places(art.text[clause.start:clause.end])
            after = [p for p in every if p.start + clause.start > toks[conflict_at].start]
            subject = after[-1].country if after else None
            place = None
            sigs.append(Signal(field="event", rule=f"{lang}.lexicon events.conflict_nouns", text=toks[conflict_at].form))
        key = (art.id, clause.sentence_start)
        prev = self._last.get(key)
        if relation is None and kind == "main" and not date and prev is not None:
            ref = prev if not (place or ordinal) else replace(prev, place=place or prev.place, ordinal=ordinal or prev.ordinal)
        else:
            ref = EventRef(kind=kind, relation=relation or "this", date=date, place=place if kind == "main" else None,
                           ordinal=ordinal, subject=subject, signals=tuple(sigs))
        if date:
            ref = replace(ref, signals=ref.signals + (Signal(field="event", rule="date in clause", text=date),))
        self._last[key] = ref
        return ref


def relative_to(ref: EventRef, base: EventRef, first: dt.date | None = None) -> EventRef:
    """A "this" reference whose own full date differs from the article's event date is another
    occurrence: earlier ("prior") or later ("next"); so is one dated long before the story's first
    publication ``first`` (``stale``: the attack a truce story recalls)."""
    if ref.kind != "main" or ref.relation != "this" or not ref.date:
        return ref
    if stale(ref.date, first):
        return replace(ref, relation="prior")
    if not base.date:
        return ref
    if len(ref.date) != 10 or len(base.date) != 10 or dates_compatible(ref.date, base.date):
        return ref
    return replace(ref, relation="prior" if ref.date < base.date else "next")


# The attributes of an article's own event and when two values of one are the same. Not the ordinal:
# which round of a series the story's event is, is itself a value sources may disagree on
# (``kinds.rounds``); a clause's own ordinal still keeps that clause's event apart ("in the second
# round of talks, ...").
_SAME = {"date": dates_compatible, "place": places.compatible}


# News reports what happened in the last days: a date stated for "this" event more than this many
# days before the story's first publication is the background the articles recall (the attack that
# started a war, in articles on a truce seven weeks later), never an article's own event date. On the
# seeds and the dev stories, the own events lie 0-3 days before the first publication; the background
# dates that outnumbered them lay 42-48 days before.
STALE_EVENT_DAYS = 30


def _day_of(date: str, first: dt.date) -> dt.date | None:
    """The last day a normalized date may name ("2023-10" -> 31 October; "--10-07" -> 7 October of the
    latest year not after ``first``); None for weekdays and unreadable values."""
    try:
        if date.startswith("--"):
            day = dt.date(first.year, int(date[2:4]), int(date[5:7]))
            return day if day <= first else day.replace(year=first.year - 1)
        if len(date) == 4:
            return dt.date(int(date), 12, 31)
        if len(date) == 7:
            nxt = dt.date(int(date[:4]) + int(date[5:7]) // 12, int(date[5:7]) % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(date)
    except ValueError:
        return None


def stale(date: str, first: dt.date | None) -> bool:
    """Is ``date`` too long before the story's first publication ``first`` to be its own event's?"""
    day = _day_of(date, first) if first is not None else None
    return day is not None and (first - day).days > STALE_EVENT_DAYS


def first_published(published: dict[str, dt.date | None]) -> dt.date | None:
    """The story's first publication day (article id -> publication date), None when no date is known."""
    return min((d for d in published.values() if d is not None), default=None)


def article_events(refs: dict[str, list[EventRef]], first: dt.date | None = None) -> dict[str, EventRef]:
    """Each article's own event (the story's event as that article tells it).

    An article also dates and places other things in "this" clauses (a minister's trip, a sentence
    on a side meeting), so its first stated date is not always its event's. For each attribute the
    article's own value is, among those its "this" references state, the one the most articles of
    the story state a compatible value for; ties go to the article's first. A story of one article,
    or an article stating one value, keeps its first statement.

    A bare weekday ("on Friday") is never an article's date: it dates a step of the story (a recovery,
    a statement) as often as the event, and is too weak to set claims of two articles apart. Nor is a
    date long before the story's first publication ``first`` (``first_published``): ``stale``."""
    stated: dict[str, dict[str, list[str]]] = {}
    for art, rs in refs.items():
        mine: dict[str, list[str]] = {name: [] for name in _SAME}
        for r in rs:
            if r.kind == "main" and r.relation == "this" and not (r.date and stale(r.date, first)):
                # (a clause dated long before the story tells of another occurrence: "had won in
                # Rotterdam in April" places no event of a story first published in October)
                for name in _SAME:
                    v = getattr(r, name)
                    if v and v not in mine[name] and not (name == "date" and v.startswith("weekday:")):
                        mine[name].append(v)
        stated[art] = mine
    out: dict[str, EventRef] = {}
    for art, mine in stated.items():
        chosen = {}
        for name, same in _SAME.items():
            values = mine[name]
            if len(values) < 2:
                chosen[name] = values[0] if values else None
                continue
            support = [sum(any(same(v, w) for w in other[name]) for other in stated.values()) for v in values]
            chosen[name] = values[support.index(max(support))]
        out[art] = EventRef(**chosen)
    return _in_story_place(out, story_places(refs))


# A place is one of the story's when at least this many articles place "this" event in it (or in a
# place inside it): one article's locative is as often a side trip or a comparison as the event.
# Checked on the seeds and the dev stories: every story whose articles name its places names each in
# two or more.
STORY_PLACE_MIN_ARTICLES = 2
# The place every reference in one of the story's places is read as, so that two of them never differ
# (a hostage exchange happens in Gaza and in Israel; a quake in two countries) while a place outside
# them still sets its clause apart.
STORY_PLACE = "story"


def story_places(refs: dict[str, list[EventRef]]) -> dict[str, int]:
    """The places of the story (each article's "this" references, ``refs``) with how many articles
    place the event in them or in a place inside them; only those of ``STORY_PLACE_MIN_ARTICLES`` or
    more."""
    stated = {art: {r.place for r in rs if r.kind == "main" and r.relation == "this" and r.place}
              for art, rs in refs.items()}
    support = {p: sum(1 for mine in stated.values() if any(places.contains(p, q) for q in mine))
               for p in sorted(set().union(*stated.values()))}
    return {p: n for p, n in support.items() if n >= STORY_PLACE_MIN_ARTICLES}


def _in_story_place(own: dict[str, EventRef], where: dict[str, int]) -> dict[str, EventRef]:
    """Each article's own event placed in the story: an article that places nothing, or only in a
    place none of the story's holds, tells the story's event in its best-supported place (ties to the
    first in key order), so that its clause about another country's event ("a strike in Chile lasted
    60 days") is not taken for this one."""
    if not where:
        return own
    best = max(where, key=lambda p: where[p])
    out = {}
    for art, r in own.items():
        if r.place is None or not any(places.compatible(r.place, p) for p in where):
            r = replace(r, place=best)
        out[art] = r
    return out


def in_story(refs: dict[str, EventRef], where: dict[str, int]) -> dict[str, EventRef]:
    """References with a place inside one of the story's places (``story_places``) read as
    ``STORY_PLACE``: two of them never differ by place; one outside the story's places still does."""
    return {k: replace(r, place=STORY_PLACE) if r.place and any(places.contains(p, r.place) for p in where) else r
            for k, r in refs.items()}
