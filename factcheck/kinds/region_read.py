"""Reading a compass direction in a sentence (``kinds.region``): its point, the area or point it is
taken from, and the place it locates, if any.

What it reads, around a compass word (``compass_points`` of the lexicon, tools/build_compass.py):

- the reference after it: a direction "of" a reference ("north of the capital", "the east of the
  country", "إلى الشمال من العاصمة"), or a reference the direction modifies ("northern Ruvania",
  "north-east England", "شمال شرقي ليبيا", "شرقي البلاد"); a reference is a place of the gazetteer, a
  noun of the story's own areas (``region.reference_nouns``: "the country", "العاصمة"), a named
  settlement ("the town of Kessa", "مدينة كيسا") or a name (capitalised; in Arabic, a word without the
  article where a locative, a located place or a settlement noun says a place is meant);
- a possessive reference before it ("the country's north", "Ruvania's south-east");
- no reference after a locative ("in the north", "في الشمال"): the country;
- a distance before it makes an abbreviation a direction ("40 km NE of") and an Arabic construct a
  bearing from its reference ("40 كيلومترا شمال العاصمة").

The place it locates (its subject): the settlement an English direction adjective names ("the eastern
port of Kessa", "the eastern Ruvanian town of Kessa", whose nationality word is the reference), or the
name just before the phrase, joined by a locative, a located cue, a settlement noun or a comma
("Kessa, a town in northern Ruvania", "Kessa in the north", "بلدة كيسا الواقعة شرقي البلاد", "مدينة
كيسا في شرق روفانيا"). With no such place the direction is the event's, in a clause that tells one.

What it never reads: a compass word inside a name the gazetteer holds ("South Sudan", "East
Jerusalem", "الضفة الغربية", "كوريا الشمالية"), or a capitalised compass noun before a capitalised word
("North Kessa": a name); a direction with no reference and no locative ("headed south", "winds from
the north"); a direction adjective of a common noun ("the northern border").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lang import lexicon as lx
from ..lang.cues import Cues
from ..lang.language import language
from ..lang.lexicon import Tok
from ..lang.text import ARABIC, LATIN, script_of
from ..mentions import places
from ..mentions.names import skeleton
from ..models import Signal
from .region_forms import (BREAK, DISTANCE_REACH, MIN_NAME_LETTERS, MODIFIER_GAP, NAME_WORDS, RULE, SETTLEMENT_GAP,
                           SUBJECT_GAP, Phrase, Ref, abbreviations, compass)
from .region import CENTRE, COUNTRY, COUNTRY_PREFIX, FROM, NAME_PREFIX, REFERENCE_FIELD, WITHIN, Region

@dataclass(frozen=True)
class RegionFrame:
    """One direction a sentence states: its value, what it locates (None: the event), the claim's span
    and the signals behind it."""
    region: Region
    subject: str | None
    subject_label: str | None
    start: int
    end: int
    signals: tuple[Signal, ...]


class _Reader:
    def __init__(self, text: str, toks: list[Tok], lang: str, found: list[places.PlaceMention]) -> None:
        self.text, self.toks, self.lang = text, toks, lang
        self.lex = lx.lexicon(lang)
        self.reg = self.lex.region
        self.arabic = language(lang).script == ARABIC   # no capitals: a name is told by its place in the phrase
        self.stop = self.lex.stopwords.words
        self.place_at: dict[int, tuple[int, places.PlaceMention]] = {}   # first token -> (end token, place)
        self.in_place: set[int] = set()
        for p in found:
            span = lx.covered(toks, p.start, p.end)
            if span:
                self.place_at.setdefault(span[0], (span[-1] + 1, p))
                self.in_place.update(span)

    # -- small tests -------------------------------------------------------------------------------
    def has(self, k: int, cues: Cues) -> bool:
        return 0 <= k < len(self.toks) and bool(self.toks[k].variants & cues.words)

    def broken(self, a: int, b: int) -> bool:
        """Does punctuation stand between tokens ``a`` and ``b`` (a < b)? (An apostrophe does not.)"""
        return bool(BREAK.search(self.text, self.toks[a].end, self.toks[b].start))

    def name_run(self, k: int) -> int:
        """One past the capitalised words from token ``k`` (a Latin name), ``k`` when there are none."""
        j = k
        while j < len(self.toks) and j - k < NAME_WORDS and self.toks[j].cap and script_of(self.toks[j].form) == LATIN \
                and not self.toks[j].variants & self.stop and (j == k or not self.broken(j - 1, j)):
            j += 1
        return j

    def settlement_at(self, k: int) -> lx.CueHit | None:
        hits = lx.find_cues(self.toks[k:k + 2], self.reg.settlement_nouns)
        return hits[0] if hits and hits[0].i == 0 else None

    def part_at(self, k: int) -> lx.CueHit | None:
        """A noun of a settlement or of a part of an area ("coast", "region", "ساحل") at token ``k``."""
        hits = lx.find_cues(self.toks[k:k + 2], self.reg.part_nouns)
        return self.settlement_at(k) or (hits[0] if hits and hits[0].i == 0 else None)

    def names_any(self, k: int) -> bool:
        """May the settlement noun at ``k`` take a name the gazetteer does not know? Not an Arabic one
        with the article ("العاصمة فجر الأحد": the capital, at dawn): a construct takes its name
        ("مدينة كيسا"), a definite noun only a known place in apposition ("العاصمة طرابلس")."""
        return not (self.arabic and self.toks[k].article)

    # -- references --------------------------------------------------------------------------------
    def reference(self, k: int, loose: bool, settle: bool = True) -> Ref | None:
        """The reference starting at token ``k`` (after determiners), or None. ``loose``: an Arabic
        word without the article may be a name (a locative or a located place says a place is meant)."""
        toks = self.toks
        while k < len(toks) and toks[k].variants & self.reg.gap_words.words:
            k += 1
        if k >= len(toks):
            return None
        if k in self.place_at:
            end, p = self.place_at[k]
            return Ref(p.key, p.name, k, end, p.rule)
        for key, cues in self.reg.reference_nouns.items():
            if toks[k].variants & cues.words and not (settle and self._named_after(k)):
                return Ref(key, self.text[toks[k].start:toks[k].end], k, k + 1,
                            f"{self.lang}.lexicon region.reference_nouns.{key}")
        if settle and (hit := self.settlement_at(k)) is not None:   # "the town of Kessa", "مدينة كيسا"
            at = k + hit.j
            if self.has(at, self.reg.of_words) and not self.arabic:
                at += 1
            named = self.reference(at, self.names_any(k), settle=False)
            if named is not None:
                return Ref(named.key, named.label, k, named.j, f"{named.rule}; after region.settlement_nouns")
        if not self.arabic:
            j = self.name_run(k)
            if j > k:
                label = self.text[toks[k].start:toks[j - 1].end]
                return Ref(self.name_key(k, j), label, k, j, "a capitalised name")
            return None
        if loose and self.arabic_name(k):
            return Ref(self.name_key(k, k + 1), self.text[toks[k].start:toks[k].end], k, k + 1,
                        "a word without the article read as a name")
        return None

    def _named_after(self, k: int) -> bool:
        """Is the noun at ``k`` a settlement with its name after it ("the town of Kessa")?"""
        if self.settlement_at(k) is None:
            return False
        at = k + 1 + (1 if self.has(k + 1, self.reg.of_words) and not self.arabic else 0)
        return at < len(self.toks) and (at in self.place_at or (not self.arabic and self.name_run(at) > at)
                                         or (self.arabic and self.names_any(k) and self.arabic_name(at)))

    def arabic_name(self, k: int) -> bool:
        t = self.toks[k] if k < len(self.toks) else None
        return t is not None and script_of(t.form) == ARABIC and not t.article and len(t.form) >= MIN_NAME_LETTERS \
            and not t.variants & self.stop and not self.compass_word(k) and not self.cue_word(t)

    def cue_word(self, t: Tok) -> bool:
        reg = self.reg
        return bool(t.variants & (reg.of_words.words | reg.locatives.words | reg.located_cues.words
                                  | reg.settlement_nouns.words))

    def compass_word(self, k: int) -> bool:
        return bool(self.toks[k].variants & compass(self.lang)[0].firsts)

    def name_key(self, i: int, j: int) -> str:
        return NAME_PREFIX + " ".join(skeleton(self.text[t.start:t.end]) for t in self.toks[i:j])

    # -- the phrase --------------------------------------------------------------------------------
    def distance_before(self, i: int) -> bool:
        return any(any(ch.isdigit() for ch in self.toks[k].form) for k in range(max(0, i - DISTANCE_REACH), i))

    def locative_before(self, i: int) -> int | None:
        """The token of a locative that introduces the compass word at ``i`` ("in the far north",
        "في الشمال"), or of the compass word itself when a locative prefix is written on it ("بالشمال")."""
        toks = self.toks
        if self.arabic and any(toks[i].form.startswith(p) and toks[i].form[len(p):] in toks[i].variants
                               for p in self.lex.places.locative_prefixes):
            return i
        k, gap = i - 1, 0
        while k >= 0 and gap <= MODIFIER_GAP and not self.broken(k, k + 1):
            if toks[k].variants & self.reg.locatives.words:
                return k
            if not toks[k].variants & (self.reg.gap_words.words | self.reg.degree_words.words):
                return None
            k, gap = k - 1, gap + 1
        return None

    def adjective(self, cue: str) -> bool:
        """Is the compass form an adjective ("northern"), a direction before a capitalised name?"""
        return cue in self.lex.compass_adjectives.items

    def read_hit(self, hit: lx.CueHit, point: str) -> Phrase | None:
        """The direction phrase of a compass word, or None when it states none."""
        toks, reg = self.toks, self.reg
        i, j = hit.i, hit.j
        adjective = self.adjective(hit.cue)
        latin = not self.arabic
        if latin and toks[i].cap and not adjective and j < len(toks) and toks[j].cap \
                and not toks[j].variants & reg.of_words.words:
            return None   # "North Kessa": a name
        # a part of an area: "the eastern region of the country", "المنطقة الشرقية من البلاد", "الساحل
        # الشرقي لليبيا" (an Arabic adjective follows its noun)
        if adjective and (part := self.part_of(i, j)) is not None:
            return part(point)
        distance = self.distance_before(i)
        start = self.lead(i)
        # a direction of a reference: "north of the capital", "the east of the country", "إلى الشمال من"
        if self.has(j, reg.of_words) and (ref := self.reference(j + 1, True)) is not None:
            # "the north of the country": a part of it; "north of the capital", "إلى الشمال من": a bearing
            relation = WITHIN if self.determined(i) and not distance else FROM
            loc = self.locative_before(i)
            return Phrase(Region(point, relation, ref.key), ref, loc if loc is not None else start, ref.j, "of")
        # an English adjective of a named settlement: "the eastern port of Kessa", "the eastern Ruvanian town of Kessa"
        if latin and adjective:
            got = self.settlement_named(j)
            if got is not None:
                return Phrase(Region(point, WITHIN, got[0]), None, i, got[1].j, "settlement", got[1])
        # a reference the direction modifies: "northern Ruvania", "شمال شرقي ليبيا", "شرقي البلاد"
        if not (latin and toks[i].cap and not adjective) and j < len(toks) and not self.broken(j - 1, j):
            loc = self.locative_before(i)
            ref = self.reference(j, loose=loc is not None or self.located_before(i), settle=True)
            if ref is not None and not (latin and ref.key in reg.reference_nouns) \
                    and not (point == CENTRE and ref.key.startswith(NAME_PREFIX) and self.arabic):
                # (Arabic "وسط" is also "amid": the centre of a word taken for a name is no direction)
                relation = FROM if distance and self.arabic else WITHIN
                return Phrase(Region(point, relation, ref.key), ref, loc if loc is not None else start, ref.j,
                               "modifies")
            # "الشمال الليبي": a nationality after a definite direction
            if self.arabic and toks[i].article and (nat := lx.nationality_at(toks, j, self.lang)) is not None:
                key = COUNTRY_PREFIX + nat[0]
                ref = Ref(key, self.text[toks[j].start:toks[j + nat[1] - 1].end], j, j + nat[1],
                           f"{self.lang}.lexicon nationality")
                return Phrase(Region(point, WITHIN, key), ref, loc if loc is not None else start, ref.j, "nationality")
        # a possessive reference before a compass noun: "the country's north" ("Libya's eastern
        # administration": an adjective of another noun)
        if latin and not adjective and i >= 2 and toks[i - 1].variants & reg.possessive_marks.words \
                and self.text[toks[i - 2].end:toks[i - 1].start] in ("'", "\u2019"):
            ref = self.possessor(i - 2)
            if ref is not None:
                return Phrase(Region(point, WITHIN, ref.key), ref, ref.i, j, "possessive")
        # no reference after a locative: "in the north", "في الشمال" (not "near the northern border")
        loc = self.locative_before(i)
        if loc is not None and not adjective and (self.arabic and toks[i].article or latin and self.determined(i)):
            return Phrase(Region(point, WITHIN, COUNTRY), None, loc, j, "locative")
        return None

    def area(self, ref: Ref) -> bool:
        """Is a reference an area that holds places, not a place one locates: a noun of the story's
        areas ("the country"), or a country or region of the gazetteer?"""
        info = places.place(ref.key) if ":" in ref.key and not ref.key.startswith(NAME_PREFIX) else None
        return ref.key in self.reg.reference_nouns or (info is not None and info.kind in ("country", "region"))

    def part_of(self, i: int, j: int):
        """The phrase of a direction adjective at tokens ``i..j`` that names a part of an area: English
        "the eastern region of the country" (the adjective, a settlement or part noun, "of", an area);
        Arabic "المنطقة الشرقية من البلاد" (a definite settlement or part noun, the adjective, "من" or
        a proclitic, an area); a maker of the phrase given the point, or None."""
        toks, reg = self.toks, self.reg
        if self.arabic:
            if i == 0 or not toks[i - 1].article or self.part_at(i - 1) is None or self.broken(i - 1, i):
                return None
            first, at, noun = i - 1, j, i - 1
        else:
            hit = self.part_at(j) if j < len(toks) and not self.broken(j - 1, j) else None
            if hit is None:
                return None
            first, at, noun = self.lead(i), j + hit.j, j
        linked = self.has(at, reg.of_words)   # "من": an Arabic word after it may be a name
        at += linked
        ref = self.reference(at, linked, settle=False) if at < len(toks) else None
        if ref is None or (self.settlement_at(noun) is not None and not self.area(ref)):
            return None   # "the eastern province of Kalo": a named place (``settlement_named``), not a part
        return lambda point: Phrase(Region(point, WITHIN, ref.key), ref, first, ref.j, "part")

    def lead(self, i: int) -> int:
        """The first token of the phrase whose compass word is at ``i``: its determiner and degree
        words ("the far north")."""
        k = i
        while k > 0 and i - k <= MODIFIER_GAP and not self.broken(k - 1, k) and \
                self.toks[k - 1].variants & (self.reg.gap_words.words | self.reg.degree_words.words):
            k -= 1
        return k

    def determined(self, i: int) -> bool:
        """Does a determiner of its own (``region.gap_words``: "the") stand before the compass word at
        ``i``, with at most ``MODIFIER_GAP`` lower-case modifiers between ("the far north")?"""
        k = i - 1
        while k >= 0 and i - k <= MODIFIER_GAP + 1 and not self.broken(k, k + 1):
            t = self.toks[k]
            if t.variants & self.reg.gap_words.words:
                return True
            if not t.variants & self.reg.degree_words.words:
                return False
            k -= 1
        return False

    def possessor(self, k: int) -> Ref | None:
        """The reference ending at token ``k``, before a possessive mark."""
        toks = self.toks
        for first, (end, p) in self.place_at.items():
            if end == k + 1:
                return Ref(p.key, p.name, first, end, p.rule)
        for key, cues in self.reg.reference_nouns.items():
            if toks[k].variants & cues.words:
                return Ref(key, self.text[toks[k].start:toks[k].end], k, k + 1,
                            f"{self.lang}.lexicon region.reference_nouns.{key}")
        i = k
        while i > 0 and toks[i - 1].cap and k - i + 1 < NAME_WORDS and not self.broken(i - 1, i):
            i -= 1
        if toks[k].cap and not (i == 0 and toks[k].variants & self.stop):
            return Ref(self.name_key(i, k + 1), self.text[toks[i].start:toks[k].end], i, k + 1, "a capitalised name")
        return None

    def settlement_named(self, j: int) -> tuple[str, Ref] | None:
        """After an English direction adjective: [a nationality | an adjective]... a settlement noun,
        "of", a name: the reference (the nationality's country, else the named place's country, else
        "the country") and the named place."""
        toks, reg = self.toks, self.reg
        k, country = j, None
        for _ in range(SETTLEMENT_GAP + 1):
            if k >= len(toks) or self.broken(k - 1, k):
                return None
            hit = self.settlement_at(k)
            if hit is not None:
                at = k + hit.j
                if not self.has(at, reg.of_words):
                    return None
                named = self.reference(at + 1, True, settle=False)
                if named is None or self.area(named):
                    return None   # "the eastern region of the country": the area, read as a reference
                ref = country or self.country_of(named.key) or COUNTRY
                return ref, named
            nat = lx.nationality_at(toks, k, self.lang)
            if nat is not None:
                country, k = COUNTRY_PREFIX + nat[0], k + nat[1]
                continue
            if toks[k].cap or toks[k].variants & self.stop:
                return None
            k += 1
        return None

    @staticmethod
    def country_of(key: str) -> str | None:
        info = places.place(key) if ":" in key and not key.startswith(NAME_PREFIX) else None
        return COUNTRY_PREFIX + info.country if info is not None and info.country and info.kind != "region" else None

    def located_before(self, i: int) -> bool:
        """Does a located cue stand right before the compass word ("الواقعة شرقي البلاد")?"""
        return i > 0 and bool(self.toks[i - 1].variants & self.reg.located_cues.words)

    # -- the located place -------------------------------------------------------------------------
    def name_ends(self, k: int) -> bool:
        """Can a place's name end at token ``k``: a place of the gazetteer, a capitalised word, or in
        Arabic a word without the article right after a settlement noun ("مدينة كيسا")?"""
        t = self.toks[k]
        if any(end == k + 1 for end, _ in self.place_at.values()):
            return True
        if self.arabic:
            return k >= 1 and self.settlement_at(k - 1) is not None and self.names_any(k - 1) and self.arabic_name(k)
        return t.cap and not t.variants & (self.reg.gap_words.words | self.stop)

    def subject_before(self, start: int) -> tuple[str, str, int] | None:
        """The place named just before the phrase starting at token ``start``: (key, label, first token)."""
        toks, reg = self.toks, self.reg
        if self.coordinated(start):
            return None   # "روسيا ووسط أوروبا": a place of its own, coordinated with the one before
        k, joined, settlement, gap = start - 1, False, False, 0
        while k >= 0 and gap < SUBJECT_GAP and not self.name_ends(k):
            t = toks[k]
            if k in self.in_place:
                return None
            if t.variants & (reg.locatives.words | reg.located_cues.words):
                joined = True
            elif self.settlement_at(k) is not None and not self.arabic:
                settlement = joined = True
            elif self.arabic and t.article and not t.variants & self.stop:
                joined = True   # an adjective of the place, which follows it ("مدينة كيسا الساحلية")
            elif not (t.variants & reg.gap_words.words or (not self.arabic and not t.variants & self.stop)):
                return None
            k, gap = k - 1, gap + 1
        if k < 0 or not self.name_ends(k) or (gap and not joined and not self.broken(k, k + 1)):
            return None
        first = next((f for f, (end, _) in self.place_at.items() if end == k + 1), None)
        if first is not None:
            p = self.place_at[first][1]
            if p.kind == "region":
                return None
            return p.key, self.text[toks[first].start:toks[k].end], first
        if self.arabic:
            return self.name_key(k, k + 1), self.text[toks[k].start:toks[k].end], k - 1
        i = k
        while i > 0 and toks[i - 1].cap and k - i + 1 < NAME_WORDS and not self.broken(i - 1, i):
            i -= 1
        if i == 0 and not settlement and not self.named_elsewhere(i, k + 1):
            return None   # a capitalised word opening the sentence says nothing of a name
        return self.name_key(i, k + 1), self.text[toks[i].start:toks[k].end], i

    def coordinated(self, k: int) -> bool:
        """Does the token at ``k`` carry a conjunction written on it (``conjunction_prefixes``: "ووسط")?"""
        t = self.toks[k]
        return any(t.form.startswith(p) and t.form[len(p):] in t.variants for p in self.lex.conjunction_prefixes)

    def named_elsewhere(self, i: int, j: int) -> bool:
        """Is the capitalised run at tokens ``i..j`` also written capitalised inside a sentence of
        the text (after a lower-case word: a name, not a word capitalised for opening a sentence)?"""
        words = self.text[self.toks[i].start:self.toks[j - 1].end]
        at = self.text.find(words)
        while at >= 0:
            before = self.text[:at].rstrip()
            if before and before[-1].isalpha() and before[-1].islower():
                return True
            at = self.text.find(words, at + 1)
        return False

    def read(self, lo: int, hi: int, event: bool) -> list[RegionFrame]:
        cues, point_of = compass(self.lang)
        hits = [(h, point_of[h.cue]) for h in lx.find_cues(self.toks, cues)]
        abbr = abbreviations(self.lang)
        for k, t in enumerate(self.toks):   # "40 km NE of": an abbreviation after a distance, before "of"
            written = self.text[t.start:t.end]
            if written in abbr and self.distance_before(k) and self.has(k + 1, self.reg.of_words):
                hits.append((lx.CueHit(written, k, k + 1, t.start, t.end), abbr[written]))
        out = []
        for hit, point in sorted(hits, key=lambda x: x[0].i):
            if not (lo <= hit.start < hi) or any(k in self.in_place for k in range(hit.i, hit.j)):
                continue   # another clause's, or a word of a name ("South Sudan", "الضفة الغربية")
            got = self.read_hit(hit, point)
            if got is None:
                continue
            region, ref = got.region, got.ref
            if got.settled is not None:
                subject = (got.settled.key, got.settled.label)
                s = self.toks[self.lead(hit.i)].start
            else:
                before = self.subject_before(got.i)
                subject = before[:2] if before else None
                s = self.toks[before[2]].start if before else self.toks[got.i].start
            if subject is None and (not event or ref is None):
                continue   # a direction of nothing this story compares ("the government in the east"), or
                # one with no reference told of an event ("fighting in the north": a story's events lie
                # in several parts of a country; a named place has one direction)
            if subject is not None and region.reference == COUNTRY and (c := self.country_of(subject[0])):
                region = Region(region.point, region.relation, c)   # "the country" of a known place
            j, how = got.j, got.how
            e = self.toks[j - 1].end
            sigs = [Signal(field="value", rule=f"{RULE.format(lang=self.lang)}.{point} '{hit.cue}' ({how})",
                           text=self.text[hit.start:hit.end], start=hit.start, end=hit.end)]
            if ref is not None:
                sigs.append(Signal(field=REFERENCE_FIELD, rule=ref.rule,
                                   text=self.text[self.toks[ref.i].start:self.toks[ref.j - 1].end],
                                   start=self.toks[ref.i].start, end=self.toks[ref.j - 1].end))
            if subject is not None:
                sigs.append(Signal(field="subject", rule="the place the direction locates", text=subject[1]))
            out.append(RegionFrame(region, subject[0] if subject else None, subject[1] if subject else None,
                                   s, e, tuple(sigs)))
        return out


def frames(text: str, sentence: tuple[int, int], clause: tuple[int, int], lang: str, event: bool) -> list[RegionFrame]:
    """The directions the clause ``text[clause[0]:clause[1]]`` states, read over its sentence
    ``text[sentence[0]:sentence[1]]``; ``event``: the clause tells an event (a direction of no named
    place is then the event's)."""
    if not lx.lexicon(lang).compass_points:
        return []
    cues, _ = compass(lang)
    ss, se = sentence
    toks = lx.tokenize(text[ss:se], lang, offset=ss)
    if cues.firsts.isdisjoint(toks.vocab) and not any(text[t.start:t.end] in abbreviations(lang) for t in toks):
        return []
    found = [places.PlaceMention(p.key, p.name, p.kind, p.country, p.start + ss, p.end + ss, p.rule, p.namesakes)
             for p in places.find_places(text[ss:se])]
    return _Reader(text, toks, lang, found).read(clause[0], clause[1], event)
