"""The route kind: where a journey of the story was coming from (``route:origin``) and going to
(``route:destination``), each a gazetteer key ("city:2643743").

What it reads (``frames``): a place of the gazetteer (a city, a state or a country) that a cue of the
lexicon's ``route`` section introduces as the end of a journey:

- a motion word (``route.motion_words``: the verbs of travel, departure and transport, the nouns of a
  journey and of its vehicles: "flight", "en route", "heading", "المتجهة", "أقلعت", "في طريقها")
  followed by a preposition of the origin ("from", "من") or of the destination ("to", "إلى"), with at
  most a particle between ("flew back to", "sailed on to"; in a verb-first language also the verb's
  subject: "أقلعت الطائرة من");
- a phrase that ends in its own preposition (``route.destination_cues``: "bound for", "left for",
  "وجهتها");
- a departure verb whose object is the origin (``route.departure_verbs``: "departed Sfax",
  "غادرت ميناء صفاقس");
- a leg chained to one already read: "from Porto to Lyon", "من صفاقس إلى مالطا".

Between the preposition and the place may stand determiners (``route.gap_words``), nouns of places and
facilities (``route.place_nouns``: "the port of", "مطار"), a nationality word, or a facility's name
after such a noun ("from Francisco Sá Carneiro International Airport in Porto"). A place no
motion word introduces is no route: "a message to London", "from Monday to Friday", "moved from third
to second". Arrivals ("landed in", "وصلت إلى") are not read: where a journey ended is not where it
was going.

How it compares (``judge``): two destinations (or two origins) of the story's own journey (both
claims of one event, told as "this" occurrence) agree when the places are compatible (one lies within
the other: ``places.compatible``, "London" / "England") and contradict otherwise ("bound for Malta" /
"bound for Naples"). An article naming two destinations tells two legs of the story apart
(``judge.group.STEP_PROPERTIES``), so that "the ship later sailed on to Tunis" never clashes with
another source's first destination. A place read as a route is not also the event's ``place``: the
crash happened at the origin, not in the city the flight was bound for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import lexicon as lx
from ..lang.cues import Cues
from ..lang.lexicon import Tok
from ..lang.text import LATIN, script_of
from ..mentions import places
from ..models import Claim, Signal
from . import Context
from .base import CONF_VALUE, UNRELATED, Verdict
from .reading import plain
from .value import comparable

ORIGIN = "route:origin"
DESTINATION = "route:destination"
# What each property is to an editor.
ROLE_WORDS = {ORIGIN: "origin", DESTINATION: "destination"}
# Gazetteer kinds a journey's end may be (a region, "the Middle East", is no end of a journey).
PLACE_KINDS = frozenset({"city", "state", "country"})
# Tokens between a motion word and its preposition: one particle ("flew back to", "sailed on to").
PARTICLE_GAP = 1
# In a verb-first language, the words of the verb's subject that may also stand between them
# ("أقلعت الطائرة من", "غادرت سفينة الشحن ميناء"): up to this many.
SUBJECT_GAP = 2
# Tokens between a preposition and its place: determiners, place nouns, a nationality word, a
# facility's name ("from Francisco Sá Carneiro International Airport in Porto": 6).
PLACE_GAP = 6
# Tokens after the place read as part of its name for the claim's span, as many as may stand before it
# ("Porto's Francisco Sá Carneiro International Airport to Lyon": 's and five words).
NAME_TAIL = PLACE_GAP
# Punctuation that ends a route phrase (an apostrophe does not: "London's").
BREAK = re.compile(r"[,;:.!?()\[\]\"“”«»\u060c\u061b\u061f\u2013\u2014]")
# The rule a route claim's property signal names.
RULE = "{lang}.lexicon route.{list} '{cue}'"


@dataclass(frozen=True)
class RouteFrame:
    """One end of a journey a clause states: its property, the place's key, the claim's span (the cue
    to the place's name), the place mention's span and the signals behind it."""
    prop: str
    key: str
    start: int
    end: int
    place_start: int
    place_end: int
    signals: tuple[Signal, ...]


def _broken(text: str, a: Tok, b: Tok) -> bool:
    """Does punctuation stand between tokens ``a`` and ``b``?"""
    return bool(BREAK.search(text, a.end, b.start))


def _hit_at(toks: list[Tok], k: int, cues: Cues) -> lx.CueHit | None:
    """The hit of ``cues`` that starts at token ``k``, if any."""
    hits = lx.find_cues(toks[k:k + max((len(p) for _, p in cues.phrases), default=1)], cues)
    return hits[0] if hits and hits[0].i == 0 else None


class _Reader:
    """The route phrases of one clause."""

    def __init__(self, text: str, toks: list[Tok], found: list[places.PlaceMention], lang: str) -> None:
        self.text, self.toks, self.lang = text, toks, lang
        self.lex = lx.lexicon(lang).route
        self.verb_first = lx.lexicon(lang).verb_first
        self.place_at: dict[int, places.PlaceMention] = {}
        for p in found:
            k = next((i for i, t in enumerate(toks) if t.end > p.start), None)   # its token (a proclitic aside)
            if k is not None:
                self.place_at.setdefault(k, p)

    def _name_word(self, t: Tok) -> bool:
        return script_of(t.form) == LATIN and t.cap

    def place_after(self, k: int) -> tuple[int, places.PlaceMention] | None:
        """The place the phrase starting at token ``k`` (just after a preposition or a departure verb)
        names, with its token index, or None."""
        toks, lex = self.toks, self.lex
        facility = False
        for j in range(k, min(len(toks), k + PLACE_GAP + 1)):
            if j > k and _broken(self.text, toks[j - 1], toks[j]):
                return None
            if j in self.place_at:
                return j, self.place_at[j]
            t = toks[j]
            if t.variants & (lex.origin_preps.words | lex.destination_preps.words):
                return None   # another leg starts: "from Paris to ..." has no place after "from"
            if t.variants & lex.place_nouns.words:
                facility = True
            elif lx.nationality_at(toks, j, self.lang):
                continue
            elif not (t.variants & lex.gap_words.words or self._name_word(t)
                      or (facility and not t.variants & lx.lexicon(self.lang).stopwords.words)):
                return None
        return None

    def tail(self, j: int, p: places.PlaceMention) -> int:
        """Token index one past the place's name as the claim spans it ("London's Gatwick airport")."""
        toks, k = self.toks, j
        while k < len(toks) and toks[k].start < p.end:
            k += 1
        n = 0
        while k < len(toks) and n < NAME_TAIL and not _broken(self.text, toks[k - 1], toks[k]) \
                and k not in self.place_at:
            t = toks[k]
            apostrophe = t.form == "s" and self.text[toks[k - 1].end:t.start] in ("'", "\u2019")
            if not (apostrophe or self._name_word(t) or t.variants & self.lex.place_nouns.words):
                break
            k, n = k + 1, n + 1
        return k

    def prep_at(self, k: int) -> tuple[str, lx.CueHit] | None:
        """The role and hit of a route preposition at token ``k``."""
        for prop, cues, name in ((ORIGIN, self.lex.origin_preps, "origin_preps"),
                                 (DESTINATION, self.lex.destination_preps, "destination_preps")):
            h = _hit_at(self.toks, k, cues)
            if h is not None:
                return prop, lx.CueHit(f"{name} '{h.cue}'", k + h.i, k + h.j, h.start, h.end)
        return None

    def read(self) -> list[RouteFrame]:
        toks, lex = self.toks, self.lex
        out: list[RouteFrame] = []
        used: set[int] = set()
        starts = [(h, "motion_words") for h in lx.find_cues(toks, lex.motion_words)] + \
                 [(h, "vehicles") for h in lx.find_cues(toks, lex.vehicles)] + \
                 [(h, "destination_cues") for h in lx.find_cues(toks, lex.destination_cues)] + \
                 [(h, "departure_verbs") for h in lx.find_cues(toks, lex.departure_verbs)]
        for hit, name in sorted(starts, key=lambda x: x[0].i):
            cue = RULE.format(lang=self.lang, list=name, cue=hit.cue)
            legs = self._first_leg(hit, name)
            if legs is None:
                continue
            prop, at, why = legs
            while True:
                got = self.place_after(at)
                if got is None:
                    break
                j, p = got
                end = self.tail(j, p)
                if j in used:
                    break
                used.add(j)
                s, e = toks[hit.i].start, toks[end - 1].end
                out.append(RouteFrame(prop, p.key, s, e, p.start, p.end, (
                    Signal(field="property", rule=f"{cue}; {why}", text=self.text[hit.start:hit.end],
                           start=hit.start, end=hit.end),
                    Signal(field="value", rule=p.rule, text=self.text[p.start:p.end], start=p.start, end=p.end))))
                if end >= len(toks) or _broken(self.text, toks[end - 1], toks[end]):
                    break
                nxt = self.prep_at(end)   # a chained leg: "from Porto to Lyon"
                if nxt is None:
                    break
                prop, h = nxt
                at, why = h.j, f"a chained leg, {self.lang}.lexicon route.{h.cue}"
        return out

    def _first_leg(self, hit: lx.CueHit, name: str) -> tuple[str, int, str] | None:
        """The role of the place a cue introduces, where its place phrase starts and the rule."""
        if name == "destination_cues":
            return DESTINATION, hit.j, "its own preposition"
        if name == "departure_verbs":
            # its object, after the verb's subject in a verb-first language ("غادرت السفينة ميناء صفاقس")
            for n in range(SUBJECT_GAP + 1 if self.verb_first else 1):
                if hit.j + n < len(self.toks) and self.place_after(hit.j + n) is not None:
                    return ORIGIN, hit.j + n, "its object"
            return None
        # a vehicle takes its preposition at once ("the boat from Sfax"); a motion word after a particle
        # and, in a verb-first language, the verb's subject
        gap = 0 if name == "vehicles" else PARTICLE_GAP + (SUBJECT_GAP if self.verb_first else 0)
        for n in range(gap + 1):
            k = hit.j + n
            if k >= len(self.toks) or _broken(self.text, self.toks[k - 1], self.toks[k]):
                return None
            got = self.prep_at(k)
            if got is not None:
                return got[0], got[1].j, f"{self.lang}.lexicon route.{got[1].cue}"
            if not (self.verb_first or self.toks[k].variants & self.lex.particles.words):
                return None   # "a flight that crashed ... to": the motion word has no preposition
        return None


def frames(text: str, start: int, end: int, toks: list[Tok], lang: str) -> list[RouteFrame]:
    """The ends of journeys the clause ``text[start:end]`` (tokens ``toks``) states."""
    lex = lx.lexicon(lang).route
    if not toks or not any(lx.find_cues(toks, cues) for cues in (lex.motion_words, lex.vehicles,
                                                                  lex.destination_cues, lex.departure_verbs)):
        return []
    found = [p for p in places.find_places(text[start:end]) if p.kind in PLACE_KINDS]
    if not found:
        return []
    shifted = [places.PlaceMention(p.key, p.name, p.kind, p.country, p.start + start, p.end + start, p.rule,
                                   p.namesakes) for p in found]
    return _Reader(text, toks, shifted, lang).read()


def holds(routes: list[RouteFrame], start: int | None, end: int | None) -> bool:
    """Is the place mention at ``start..end`` one a route already claims?"""
    return start is not None and end is not None and any(r.place_start < end and start < r.place_end
                                                         for r in routes)


def readable(c: Claim) -> str:
    """The place's name instead of its gazetteer key."""
    if c.value:
        info = places.place(c.value)
        return info.name if info else c.value
    return plain(c)


def words(c: Claim) -> str:
    """The place's name (as ``readable``; the property says which end of the journey it is)."""
    return readable(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if ctx.ref_a.relation != "this" or ctx.ref_b.relation != "this" or not comparable(a, b, ctx.same_event):
        return UNRELATED   # another journey's end ("last year a boat bound for Malta"), or not one event
    role = ROLE_WORDS.get(a.property, a.property)
    if places.compatible(a.value or "", b.value or ""):
        return Verdict("agree", f"same {role} of the journey ({readable(a)} / {readable(b)}; "
                                f"places.json: one lies within the other)", CONF_VALUE)
    return Verdict("contradict", f"different {role} of the journey ({readable(a)} vs {readable(b)}; "
                                 f"places.json: neither lies within the other; {ctx.why})", CONF_VALUE)
