"""Write the compass words of English and Arabic into ``factcheck/data/<lang>/lexicon.json``
(``compass_points``, ``compass_adjectives``, ``compass_abbreviations``), read by ``kinds.region``.

    python tools/build_compass.py [--check]

Source: CLDR has no usable table of these words in babel (babel 2.19 ships no ``coordinate`` unit,
whose patterns are only "{0}°N"-style symbols, and its territory names are places the gazetteer holds
already: "Northern Africa", "East Africa"), so the forms are composed here from the closed class of
the four cardinal roots by each language's word formation; nothing is listed form by form:

- English: the noun ("north"), its adjective in -ern ("northern"); the intercardinals as one word or
  two ("northeast", "north-east" and "north east" tokenize alike) with their adjectives
  ("north-eastern", "northeastern"); the centre ("central", "centre", "center", "middle"). The
  abbreviations ("N", "NE", ...) are read only after a distance ("40 km NE of").
- Arabic: each root as a noun (شمال), its nisba adjective (شمالي, شمالية) and adverb (شمالا), each
  with and without the article (الشمال, الشمالي, الشمالية); the intercardinals as the north/south
  form followed by the east/west form, both definite or both indefinite (شمال شرق, شمال شرقي,
  شمالي شرقي, الشمال الشرقي, الشمالية الشرقية ...); the centre (وسط, الوسط, وسطى, الوسطى).

``--check`` exits non-zero when a lexicon is not what the tool would write.
"""
from __future__ import annotations

import argparse
import sys
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_fields import exit_code, update  # noqa: E402  (a sibling script: one way to edit a data file)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "factcheck" / "data"

# The eight points by their two halves (a cardinal has one), and the centre.
CARDINALS = ("N", "E", "S", "W")
INTERCARDINALS = (("N", "E"), ("S", "E"), ("S", "W"), ("N", "W"))
CENTRE = "C"

EN_ROOTS = {"N": "north", "E": "east", "S": "south", "W": "west"}
EN_ADJECTIVE_SUFFIX = "ern"
EN_CENTRE_NOUNS = ("centre", "center", "middle")
EN_CENTRE_ADJECTIVES = ("central",)

AR_ROOTS = {"N": "شمال", "E": "شرق", "S": "جنوب", "W": "غرب"}
AR_ARTICLE = "ال"
AR_NISBA = ("ي", "ية")      # the nisba adjective, masculine and feminine
AR_ADVERB = "ا"             # the adverbial accusative (شمالا: "northwards", "to the north")
AR_CENTRE_NOUNS = ("وسط", "الوسط")
AR_CENTRE_ADJECTIVES = ("وسطى", "الوسطى")


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))


def english() -> dict[str, object]:
    points: dict[str, list[str]] = {}
    adjectives: list[str] = []
    for p in CARDINALS:
        root = EN_ROOTS[p]
        points[p] = [root, root + EN_ADJECTIVE_SUFFIX]
        adjectives.append(root + EN_ADJECTIVE_SUFFIX)
    for a, b in INTERCARDINALS:
        x, y = EN_ROOTS[a], EN_ROOTS[b]
        nouns = [f"{x} {y}", f"{x}{y}"]
        adjs = [f"{x} {y}{EN_ADJECTIVE_SUFFIX}", f"{x}{y}{EN_ADJECTIVE_SUFFIX}"]
        points[a + b] = nouns + adjs
        adjectives += adjs
    points[CENTRE] = list(EN_CENTRE_NOUNS + EN_CENTRE_ADJECTIVES)
    adjectives += EN_CENTRE_ADJECTIVES
    order = ("N", "NE", "E", "SE", "S", "SW", "W", "NW", CENTRE)
    abbreviations = {p: [p] for p in order if p != CENTRE}
    return {"compass_points": {p: points[p] for p in order}, "compass_adjectives": adjectives,
            "compass_abbreviations": abbreviations}


def _arabic_forms(root: str) -> tuple[list[str], list[str]]:
    """The indefinite and the definite forms of one root: noun, nisba adjectives, adverb."""
    bare = [root] + [root + s for s in AR_NISBA] + [root + AR_ADVERB]
    definite = [AR_ARTICLE + root] + [AR_ARTICLE + root + s for s in AR_NISBA]
    return bare, definite


def arabic() -> dict[str, object]:
    points: dict[str, list[str]] = {}
    adjectives: list[str] = []
    for p in CARDINALS:
        bare, definite = _arabic_forms(AR_ROOTS[p])
        points[p] = bare + definite
        adjectives += [AR_ARTICLE + AR_ROOTS[p] + s for s in AR_NISBA]
    for a, b in INTERCARDINALS:
        first_bare, first_def = _arabic_forms(AR_ROOTS[a])
        second_bare, second_def = _arabic_forms(AR_ROOTS[b])
        adverb = AR_ROOTS[a] + AR_ADVERB
        first_bare = [f for f in first_bare if f != adverb]   # the adverb stands last ("شمال شرقا" is not written)
        forms = [f"{x} {y}" for x, y in product(first_bare, second_bare)] + \
                [f"{x} {y}" for x, y in product(first_def, second_def)]
        points[a + b] = _unique(forms)
        adjectives += [f"{x} {y}" for x, y in product(first_def[1:], second_def[1:])]
    points[CENTRE] = list(AR_CENTRE_NOUNS + AR_CENTRE_ADJECTIVES)
    adjectives += AR_CENTRE_ADJECTIVES
    order = ("N", "NE", "E", "SE", "S", "SW", "W", "NW", CENTRE)
    return {"compass_points": {p: points[p] for p in order}, "compass_adjectives": _unique(adjectives),
            "compass_abbreviations": {}}


BUILDERS = {"en": english, "ar": arabic}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check that the lexicons are up to date")
    args = ap.parse_args(argv)
    stale = False
    for lang, build in BUILDERS.items():
        stale |= update(DATA / lang / "lexicon.json", build(), args.check)
    return exit_code(stale, args.check, "the compass words of a lexicon")


if __name__ == "__main__":
    sys.exit(main())
