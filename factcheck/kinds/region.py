"""The region kind: where a place or the event lies by compass direction ("Kessa, a town in northern
Ruvania", "the eastern port of Kessa", "شرقي البلاد", "the quake struck 40 km north-east of the
capital"). ``kinds.region_read`` reads it; this module holds its value and judges two.

A claim's property is ``region``; its value is ``<point>|<relation>|<reference>``:

- the point: one of the compass rose's eight ("N", "NE" ... "NW") or "C", the centre
  (``lang.schema.COMPASS_POINTS``);
- the relation: "in" for a part of the reference area ("northern Ruvania", "the east of the country",
  "شمال ليبيا"), "of" for a bearing from the reference ("north of the capital", "40 km NE of");
- the reference: a gazetteer key ("country:LY"), a name the gazetteer does not hold as its consonant
  skeleton ("name:rfn", the same in both scripts: ``mentions.names.skeleton``), or a common noun
  naming one of the story's own areas by what it is ("country", "capital": ``region.reference_nouns``
  of the lexicons, keyed alike in every language). "The country" of a place the gazetteer knows is
  that place's country.

Its subject is the place it locates (a gazetteer key or ``name:<skeleton>``) or, with no subject,
the story's event; claims meet only claims of the same subject (``Kind.block_on_subject``).

How two compare (``judge``): only when their references are one area (the same key; or "the country"
and a country, which a story names as its country; or "the country" and an area a name gives, as
the area a place lies in); then the same point or adjacent points (45 degrees apart: "north-east" /
"east") agree, and points a right angle or more apart contradict ("north" / "south", "north-east" /
"south-east"). The centre agrees with the centre and is compared with no point. Two directions of
the event are compared only for one event (``kinds.value.comparable``); a place's direction is no
trait of an event, and is compared whatever event its clause tells.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.sections import COMPASS_POINTS
from ..mentions import places
from ..models import Claim
from . import Context
from .base import CONF_VALUE, UNRELATED, Verdict
from .reading import plain
from .value import comparable

PROPERTY = "region"
# The separator of a value's parts ("NE|in|country:LY").
SEP = "|"
CENTRE = "C"
# The bearing of each point of the rose, in degrees clockwise from north.
BEARING = {p: k * 45 for k, p in enumerate(p for p in COMPASS_POINTS if p != CENTRE)}
FULL_TURN = 360
# Points this far apart or less are one direction told more or less finely: a place near the line
# between north-east and east is truly said to lie in either (the adjacent points of the 8-point rose).
ADJACENT_DEGREES = 45
# Points this far apart or more cannot both hold of one place (a right angle: "north" / "east").
CLASH_DEGREES = 90
# Relations of a direction to its reference.
WITHIN = "in"
FROM = "of"
# Reference keys: a name the gazetteer does not hold, and the story's own country.
NAME_PREFIX = "name:"
COUNTRY = "country"
COUNTRY_PREFIX = "country:"
# The field of the signal that holds a reference's or a subject's words as written.
REFERENCE_FIELD = "reference"
# Each point as an editor writes it: the noun ("north-east of the capital") and the adjective
# ("north-eastern Ruvania").
POINT_WORDS = {
    "N": ("north", "northern"), "NE": ("north-east", "north-eastern"), "E": ("east", "eastern"),
    "SE": ("south-east", "south-eastern"), "S": ("south", "southern"), "SW": ("south-west", "south-western"),
    "W": ("west", "western"), "NW": ("north-west", "north-western"), CENTRE: ("centre", "central"),
}


@dataclass(frozen=True)
class Region:
    point: str
    relation: str
    reference: str

    def value(self) -> str:
        return SEP.join((self.point, self.relation, self.reference))


def parse(value: str | None) -> Region | None:
    """A claim's value as its parts, or None for a value not of this kind."""
    parts = (value or "").split(SEP)
    if len(parts) != 3 or parts[0] not in COMPASS_POINTS:
        return None
    return Region(*parts)


def angle(a: str, b: str) -> int | None:
    """Degrees between two points (0 to 180); None when either is the centre."""
    if CENTRE in (a, b):
        return None
    d = abs(BEARING[a] - BEARING[b]) % FULL_TURN
    return min(d, FULL_TURN - d)


def one_area(a: Region, b: Region) -> str | None:
    """Why two references name one area, or None when they may not."""
    if a.reference == b.reference:
        return "the same reference"
    refs = {a.reference, b.reference}
    if COUNTRY in refs:
        other = (refs - {COUNTRY}).pop()
        within = b if a.reference == COUNTRY else a
        if other.startswith(COUNTRY_PREFIX):
            return f"'the country' read as {_place_name(other)}"
        if other.startswith(NAME_PREFIX) and within.relation == WITHIN:
            return "'the country' read as the area the other source names"
    return None


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    ra, rb = parse(a.value), parse(b.value)
    if ra is None or rb is None or a.polarity != b.polarity or a.subject != b.subject:
        return UNRELATED   # (two places, or a place and the event: ``Kind.block_on_subject`` keeps them apart)
    if a.subject is None and (ctx.ref_a.relation != "this" or ctx.ref_b.relation != "this"
                              or not comparable(a, b, ctx.same_event)):
        return UNRELATED   # where another event struck, or not one event
    why = one_area(ra, rb)
    if why is None:
        return UNRELATED   # "north of the capital" / "south of the border": two references
    shown = f"{readable(a)} / {readable(b)}"
    if CENTRE in (ra.point, rb.point):
        if ra.point == rb.point:
            return Verdict("agree", f"same direction ({shown}; {why})", CONF_VALUE)
        return UNRELATED   # the centre and a point: how far out "central" reaches is not said
    deg = angle(ra.point, rb.point)
    if deg == 0:
        return Verdict("agree", f"same direction ({shown}; {why})", CONF_VALUE)
    if deg <= ADJACENT_DEGREES:
        return Verdict("agree", f"adjacent compass points ({shown}: {deg} degrees apart; {why})", CONF_VALUE)
    if deg >= CLASH_DEGREES:
        return Verdict("contradict", f"opposed directions ({shown}: {deg} degrees apart; {why})", CONF_VALUE)
    return UNRELATED


def circumstance(c: Claim) -> bool:
    """Is the claim a direction, where a named place or the event lies ("the eastern coastal town of
    Kessa", "in eastern Ruvania")? It is a circumstance of its clause, as a title describes a person
    there: it never stands for what the clause tells (``judge.single``: the clause's statement is the
    single-source fact, never the direction alone; ``extract.normalize``: a direction does not make
    the clause's statement one beside its structured claims)."""
    return c.property == PROPERTY


def _place_name(key: str) -> str:
    info = places.place(key)
    return info.name if info is not None else key


def reference_words(c: Claim, r: Region) -> str:
    """The reference as an editor names it: a place's name, a name as written, "the country"."""
    if r.reference.startswith(NAME_PREFIX):
        return next((s.text for s in c.signals if s.field == REFERENCE_FIELD and s.text), r.reference[len(NAME_PREFIX):])
    if ":" in r.reference:
        return _place_name(r.reference)
    return f"the {r.reference}"


def readable(c: Claim) -> str:
    """The direction as an editor writes it: "north-eastern Ruvania", "the east of the country",
    "north-east of the capital"."""
    r = parse(c.value)
    if r is None:
        return plain(c)
    noun, adjective = POINT_WORDS[r.point]
    ref = reference_words(c, r)
    if r.relation == FROM:
        return f"{noun} of {ref}"
    if ref.startswith("the "):
        return f"the {noun} of {ref}"
    return f"{adjective} {ref}"


def words(c: Claim) -> str:
    """The direction (as ``readable``); the subject says what lies there."""
    return readable(c)
