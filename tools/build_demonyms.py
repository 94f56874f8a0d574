#!/usr/bin/env python3
"""Generate the English demonyms of every country (``factcheck/data/en/demonyms.json``) from the
country data of ``countryinfo`` (dev-time only; the runtime reads the generated JSON)::

    pip install countryinfo
    python tools/build_demonyms.py            # writes factcheck/data/en/demonyms.json
    python tools/build_demonyms.py --out DIR

Each country's ISO 3166 alpha-2 code maps to its demonym ("Israeli") and, for a demonym that is also
a count noun, its plural ("Israelis"); a demonym ending like "Chinese", "British" or "Swiss" names
the people as it is. Arabic needs no such file: its nationality adjectives are derived from the
gazetteer's country names by the nisba rule of ``ar/lexicon.json``.

``person_nouns`` maps each code to the nouns for one of its people where the demonym is no such noun
("a Dane", "two Britons", "the Spaniard"; not "a Danish"), singular and plural: ``PERSON_NOUNS``, the
closed class of English nationality nouns that differ from their adjective (the nouns in -man and
-woman of the adjectives in -ish, -ch, -sh and -x, the clipped nouns of the adjectives in -ish and
-ian, and the nouns of the nations of the United Kingdom, which share its code), checked here to
cover every demonym of ``countryinfo`` that is no noun (``COLLECTIVE``). Several are common words or
given names too ("pole position", "Finn Russell"): ``factcheck.lang.lexicon.nationality_at`` reads
them only as written with a capital where a noun stands.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data"
# Demonyms ending so are already collective ("the Chinese", "the British", "the Swiss"): no plural.
NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "sh", "ss", "s", "x", "z")


# The English nouns for one person of a country whose demonym adjective is no such noun (singular
# forms; plurals are derived by ``plural``). The complete class: every collective demonym of
# countryinfo (``COLLECTIVE`` endings) with a noun of its own, the clipped nouns of the -ian
# adjectives (Serb, Croat) and of Argentina and the Philippines' feminine, and the nations of the
# United Kingdom (GB). A collective demonym without a noun of its own ("Swiss", "Chinese") names a
# person as it is ("the Swiss", "a Chinese national") and needs none.
PERSON_NOUNS = {
    "AR": ["Argentine"],
    "CZ": ["Czech"],
    "DK": ["Dane"],
    "ES": ["Spaniard"],
    "FI": ["Finn"],
    "FR": ["Frenchman", "Frenchwoman"],
    "GB": ["Briton", "Brit", "Englishman", "Englishwoman", "Scot", "Scotsman", "Scotswoman", "Welshman",
           "Welshwoman", "Ulsterman", "Ulsterwoman"],
    "HR": ["Croat"],
    "IE": ["Irishman", "Irishwoman"],
    "IM": ["Manxman", "Manxwoman"],
    "NL": ["Dutchman", "Dutchwoman", "Netherlander"],
    "PH": ["Filipina"],
    "PL": ["Pole"],
    "RS": ["Serb"],
    "SE": ["Swede"],
    "TR": ["Turk"],
}
# Demonym endings of adjectives that are no count noun: each such country needs a person noun, or
# names a person with the adjective itself (``COLLECTIVE_NAMES``).
COLLECTIVE = ("ish", "ch", "sh", "x")
# Collective demonyms whose adjective is also the noun ("the Kirghiz"): no further noun.
COLLECTIVE_NAMES = frozenset({"Kirghiz"})
# The territories countryinfo gives the demonym of another country ("French" for Martinique): their
# people's nouns are that country's, which ``PERSON_NOUNS`` lists once.
SHARED = "French"


def plural(noun: str) -> str:
    """The plural of a person noun: "-man" -> "-men", else "-s" ("Danes", "Britons")."""
    return noun[:-3] + "men" if noun.endswith("man") else noun + "s"


def person_nouns(dems: dict[str, list[str]]) -> dict[str, list[str]]:
    """``PERSON_NOUNS`` with their plurals; raises when a collective demonym of ``dems`` has no noun."""
    for code, forms in dems.items():
        for form in forms:
            if form.endswith(COLLECTIVE) and form not in COLLECTIVE_NAMES and code not in PERSON_NOUNS \
                    and form != SHARED:
                raise SystemExit(f"{code} {form}: a collective demonym without a person noun (PERSON_NOUNS)")
    return {code: sorted({n for noun in nouns for n in (noun, plural(noun))}) for code, nouns in sorted(PERSON_NOUNS.items())}


def demonyms() -> dict[str, list[str]]:
    from countryinfo import all_countries
    out: dict[str, list[str]] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        dem = (info.get("demonym") or "").strip()
        if not code or not dem or not dem.replace(" ", "").replace("-", "").isalpha():
            continue
        forms = {dem}
        if not dem.lower().endswith(NO_PLURAL_ENDINGS):
            forms.add(dem + "s")
        out.setdefault(code.upper(), [])
        out[code.upper()] = sorted(set(out[code.upper()]) | forms)
    return dict(sorted(out.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    doc = {"_comment": "Generated by tools/build_demonyms.py from countryinfo -- do not edit; "
                       "factcheck.lang.lexicon merges it under the hand-written nationality section of "
                       "en/lexicon.json (hand-written entries win).",
           "demonyms": (dems := demonyms()),
           "person_nouns": person_nouns(dems)}
    path = args.out / "en" / "demonyms.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(path)


if __name__ == "__main__":
    main()
