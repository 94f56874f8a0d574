"""Which currency a bare currency noun means in its article.

The press writes "63 billion riyals", "55.8 billion dinars", "150 مليار جنيه" and lets the story say
which riyal, dinar or pound: the noun names several currencies in use today (CLDR, generated into
``<lang>/units.json`` ``currency_nouns`` by ``tools/build_units.py``), and ``mentions.values`` reads
such a figure with all of them in its unit ("63000000000 QAR|SAR"). A figure of one currency never
meets a figure of another (``quantity_value.dimension``), so the noun is resolved here, from the
article that writes it, in this order:

1. the article states money in exactly one of the candidate currencies by its own name, code or
   sign ("SAR 63 billion", "Saudi riyals"): that currency;
2. else the article names exactly one country (by name or nationality) where one of the candidates
   is legal tender ("the Saudi carrier"): that country's currency;
3. else, when it names no such country, the cities it names (each the name of one place only) lie in
   exactly one country where one of the candidates is legal tender ("محكمة جنايات الجيزة"): that
   country's currency.

Otherwise the figure keeps its candidates: it may agree with the same bare noun, never with one
currency (no rate or guess is ever applied).
"""
from __future__ import annotations

from functools import lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..mentions import values

# The separator of a bare currency noun's candidate ISO codes in a normal-form unit ("QAR|SAR").
CANDIDATE_SEPARATOR = "|"
RULE_STATED = "currency: the only one of {cands} the article states money in ('{form}'; {lang}/units.json currency_nouns)"
RULE_COUNTRY = "currency: the only one of {cands} legal tender in a country the article names ('{form}'; CLDR territories)"
RULE_CITY = ("currency: the only one of {cands} legal tender in the country of a city the article names "
             "('{form}'; places.json, CLDR territories)")
# Articles whose evidence is kept (a story's articles are read one after another).
ARTICLE_MEMO = 64


def candidates(unit: str) -> list[str]:
    """The ISO codes a unit of a bare currency noun stands for ("QAR|SAR" -> ["QAR", "SAR"]), else []."""
    parts = unit.split(CANDIDATE_SEPARATOR)
    return parts if len(parts) > 1 and all(len(p) == 3 and p.isalpha() and p.isupper() for p in parts) else []


def resolve(value: str, text: str, lang: str) -> tuple[str, str, str] | None:
    """The figure ``value`` ("24 QAR|SAR") with its bare currency noun resolved in the article
    ``text``: (normal form "24 SAR", the rule, the text that decided), or None when nothing decides."""
    head, _, unit = value.partition(" ")
    cands = candidates(unit)
    if not cands:
        return None
    stated, countries = _evidence(text, lang)
    found = sorted(c for c in cands if c in stated)
    if len(found) == 1:
        code = found[0]
        return f"{head} {code}", RULE_STATED.format(cands=unit, form=stated[code], lang=lang), stated[code]
    if found:
        return None   # the article states money in two of them: which one the noun means is not said
    terr = _territories(lang).get(unit, {})
    named = {c: next(iter(sorted(set(terr.get(c, ())) & set(countries))), None) for c in cands}
    named = {c: t for c, t in named.items() if t is not None}
    if len(named) == 1:
        code, country = next(iter(named.items()))
        return f"{head} {code}", RULE_COUNTRY.format(cands=unit, form=countries[country]), countries[country]
    if named:
        return None   # the article names countries of two of them
    cities = _city_countries(text)
    named = {c: next(iter(sorted(set(terr.get(c, ())) & set(cities))), None) for c in cands}
    named = {c: t for c, t in named.items() if t is not None}
    if len(named) == 1:
        code, country = next(iter(named.items()))
        return f"{head} {code}", RULE_CITY.format(cands=unit, form=cities[country]), cities[country]
    return None


@lru_cache(maxsize=ARTICLE_MEMO)
def _city_countries(text: str) -> dict[str, str]:
    """The countries of the cities an article names, each city a name of one place only (gazetteer:
    no namesakes): {country code: the first such city's surface}."""
    from ..mentions import places
    out: dict[str, str] = {}
    for p in places.find_places(text):
        if p.kind == "city" and p.country and not p.namesakes:
            out.setdefault(p.country.upper(), text[p.start:p.end])
    return out


@lru_cache(maxsize=None)
def _territories(lang: str) -> dict[str, dict[str, list[str]]]:
    nouns = langdata.load(lang, "units").get("currency_nouns", {})
    return {key: entry.get("territories", {}) for key, entry in nouns.items()}


@lru_cache(maxsize=ARTICLE_MEMO)
def _evidence(text: str, lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """The currencies an article states money in ({ISO code: the first figure's surface}) and the
    countries it names ({country code: the first mention's surface})."""
    stated: dict[str, str] = {}
    for v in values.find_values(text, lang):
        unit = v.value.partition(" ")[2]
        if v.kind == "number" and len(unit) == 3 and unit.isalpha() and unit.isupper():
            stated.setdefault(unit, text[v.start:v.end])
    countries: dict[str, str] = {}
    toks = lx.tokenize(text, lang)
    names = _country_names(lang)
    k = 0
    while k < len(toks):
        nat = lx.nationality_at(toks, k, lang) or next(
            ((code, len(phrase)) for v in sorted(toks[k].variants) for phrase, code in names.get(v, ())
             if lx.match_at(toks, k, phrase)), None)
        if nat is None:
            k += 1
            continue
        code, size = nat
        countries.setdefault(code.upper(), text[toks[k].start:toks[k + size - 1].end])
        k += size
    return stated, countries


@lru_cache(maxsize=None)
def _country_names(lang: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First folded word -> [(the name's folded words, country code)], longest names first: the
    gazetteer's country names that are no stop word of the language ("US" / "us")."""
    from ..mentions import places
    stop = lx.lexicon(lang).stopwords.words
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for code, forms in sorted(places.country_names().items()):
        for form in forms:
            words = tuple(lx.WORD_RE.findall(form))
            if words and not (len(words) == 1 and words[0] in stop):
                out.setdefault(words[0], []).append((words, code))
    for phrases in out.values():
        phrases.sort(key=lambda pc: (-len(pc[0]), pc))
    return out
