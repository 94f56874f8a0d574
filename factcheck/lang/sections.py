"""The sections of a language's lexicon (``lexicon.json``): one pydantic model per section
(``Furniture``, ``Events``, ``Route``, ``Region`` ...), on the ``Section`` base every data file model
shares (``schema``): unknown keys are errors; ``_x`` and ``x_comment`` keys are comments."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from .cues import NO_CUES, CueList, Words

COMMENT_SUFFIX = "_comment"

class Section(BaseModel):
    """A data file section: unknown keys are errors; ``_x`` and ``x_comment`` keys are comments."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_comments(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (k.startswith("_") or k.endswith(COMMENT_SUFFIX))}
        return data

    def of(self, name: str) -> Any:
        """The field ``name`` (a section keyed by a name the code iterates, like a modality kind or a
        rate period); KeyError for a name that is not a field, so a misspelling never reads as empty."""
        if name not in type(self).model_fields:
            raise KeyError(f"{type(self).__name__} has no section {name!r}")
        return getattr(self, name)


class Furniture(Section):
    block_cues: CueList
    line_cues: CueList = NO_CUES
    bar_words: CueList
    source_cues: CueList
    byline_cues: CueList
    caption_cues: CueList


class Negation(Section):
    particles: CueList
    outside: CueList
    # fixed affirmative expressions that start with a particle ("لا يزال" 'still', "not only")
    idioms: CueList = NO_CUES


class Modality(Section):
    expected: CueList
    planned: CueList
    possible: CueList
    reported: CueList


class Attribution(Section):
    verbs: CueList
    according_to: CueList


class Titles(Section):
    heads: CueList
    drop_modifiers: CueList
    office_nouns: CueList
    past_modifiers: CueList
    post_preps: CueList
    portfolio_preps: CueList
    determiners: CueList
    max_premodifiers: int
    # the possessive ending a tokenizer splits off ("Chile's" -> "chile", "s"): skipped inside a
    # title's complement ("head of Chile's Constitutional Court"). Absent: none.
    possessives: CueList = NO_CUES


class Leadership(Section):
    cues: CueList
    delegation_nouns: CueList


class Events(Section):
    nouns: CueList
    verbs: CueList
    past_cues: CueList
    future_cues: CueList
    this_cues: CueList
    conflict_nouns: CueList
    backrefs: CueList
    # nouns naming a later occurrence of the story's kind of event (a run-off, a replay, a retrial):
    # a clause dating one of them is about that occurrence (``extract.events``). Absent: none.
    later_nouns: CueList = NO_CUES
    # nouns of a smaller event within the story's own (an aftershock): a property figure whose thing
    # measured is one ("a magnitude 5.4 aftershock") is that sub-event's, keyed by name across
    # languages (``extract.measured``). Absent: none.
    sub_nouns: dict[str, CueList] = {}


class Properties(Section):
    aim: CueList
    focus: CueList
    agenda: CueList
    start: CueList
    duration: CueList
    struck: CueList


class Places(Section):
    locative_preps: CueList
    locative_prefixes: Words


class Route(Section):
    """The cues of a journey's ends (``kinds.route``): motion words and the prepositions of origin and
    destination, the words that may stand between a preposition and its place. Absent: no routes."""

    motion_words: CueList = NO_CUES        # verbs of travel and transport, nouns of a journey and its vehicles
    vehicles: CueList = NO_CUES            # nouns of vehicles, read only with a preposition right after
    departure_verbs: CueList = NO_CUES     # verbs whose object is the origin ("departed Sfax")
    departure_times: CueList = NO_CUES     # words of leaving a place: a time near one is a departure time
    destination_cues: CueList = NO_CUES    # phrases ending in their own preposition ("bound for")
    origin_preps: CueList = NO_CUES
    destination_preps: CueList = NO_CUES
    particles: CueList = NO_CUES           # between a motion word and its preposition ("flew back to")
    gap_words: CueList = NO_CUES           # between a preposition and its place ("to the city of")
    place_nouns: CueList = NO_CUES         # places and facilities ("port", "airport", "مطار")


class Region(Section):
    """The words around a compass direction (``kinds.region``): what links it to the area or point it
    is taken from, what introduces a place it locates, and the nouns that name the story's own areas
    ("the country", "the capital"). The compass words themselves are ``Lexicon.compass_points``
    (tools/build_compass.py). Absent: no regions."""

    of_words: CueList = NO_CUES            # link a direction to its reference ("north of", "إلى الشمال من")
    locatives: CueList = NO_CUES           # introduce an area ("in the north", "في شرق", "across")
    located_cues: CueList = NO_CUES        # say where a named place lies ("located in", "الواقعة")
    settlement_nouns: CueList = NO_CUES    # a named place's kind ("the town of", "مدينة", "ميناء")
    part_nouns: CueList = NO_CUES          # a part of an area ("the eastern coast of", "الساحل الشرقي")
    gap_words: CueList = NO_CUES           # determiners written as words of their own ("the", "a")
    degree_words: CueList = NO_CUES        # how far towards the point ("the far north", "أقصى الشمال")
    possessive_marks: CueList = NO_CUES    # the possessive ending written as a token of its own ("'s")
    # the story's own areas named by a common noun, by what they are ("country": "the country", "البلاد")
    reference_nouns: dict[str, CueList] = {}


class RatePeriods(Section):
    """Phrases making a figure a rate per period ("a year", "per month"), and "over" (spread over)."""

    year: CueList
    month: CueList
    week: CueList
    day: CueList
    over: CueList
    frames: CueList


class Nisba(Section):
    """How a nationality adjective is derived from a country name (Arabic's nisba)."""

    strip_endings: Words
    suffixes: Words
    article: str
    min_stem: int
    # optional refinements (absent: off)
    indefinite: bool = False          # also derive the forms without the article
    spelling_vowels: Words = ()       # inner long vowels a transliterated stem may drop
    spelling_min_letters: int = 0     # stems this long or longer get the vowel-less spelling too


class Occurrence(Section):
    """The words of an occurrence ordinal ("his third marathon", "a fourth straight term", "للمرة
    الثالثة": ``kinds.occurrence``). Absent: no occurrences."""

    possessives: CueList = NO_CUES      # possessive determiners before the ordinal ("his", "their")
    possessive_endings: list[str] = []  # pronoun suffixes of a noun, as written ("لقبه", "ولايتها")
    adjective_endings: list[str] = []   # endings of an ordinal that follows its noun ("ولاية رابعة", "ثانيا")
    streak: CueList = NO_CUES           # a run without a break ("straight", "consecutive", "على التوالي")
    career: CueList = NO_CUES           # the whole record, the default scope ("career", "overall", "في مسيرته")
    period_openers: CueList = NO_CUES   # words opening a period the count is within ("this", "in", "منذ")
    period_nouns: CueList = NO_CUES     # periods besides the duration units ("season", "الموسم")
    repeat_nouns: CueList = NO_CUES     # the clause's own event happening again ("time", "مرة")
    part_nouns: CueList = NO_CUES       # numbered parts, ranks and people, never an occurrence ("half", "goal")
    superlatives: str = ""              # a regular expression of a folded superlative ("third-largest")


class FutureVerbs(Section):
    """How a verb's own prefix puts it in the future (Arabic "سـ"), read by ``lang.future``."""

    prefixes: Words                  # the future prefix ("س")
    person_prefixes: Words           # the imperfect's person prefixes after it (ي/ت/ن, folded)
    noun_endings: Words              # endings only a noun takes (folded taa marbuta, "ات", "اء")
    min_stem: int                    # letters of person prefix and stem together, at least


# The compass points a lexicon's ``compass_points`` and ``compass_abbreviations`` are keyed by: the
# eight points of the compass rose, and "C", the centre (``kinds.region`` gives each its bearing).
COMPASS_POINTS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW", "C")
