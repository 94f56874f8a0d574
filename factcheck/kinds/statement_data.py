"""Language data of the statement kind: reversal pairs, negating verbs and inflection rules
(``data/<lang>/reversals.json``), and the forms a word is matched by when two clauses are aligned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..errors import LanguageDataError
from ..lang.text import fold

# Alignment. A word's matching forms shorter than this are ignored (two-letter Arabic remnants of
# stripping match too much).
MIN_FORM_CHARS = 3
# Inflectional prefixes stripped one after another at most this many times (Arabic future
# "س" + imperfect "ي": سيرتفع -> ارتفع).
MAX_PREFIXES = 2
# A word's consonant skeleton (long vowels left out after its first letter) aligns a verb with its
# verbal noun (اسقاط / يسقط, استئناف / يستأنف) when it keeps at least this many letters; shorter
# skeletons collide across unrelated words. Marked so that no word can equal one.
MIN_SKELETON = 4
SKELETON_MARK = "~"


@dataclass(frozen=True)
class ReversalPair:
    name: str
    a: tuple[tuple[str, ...], ...]   # folded words / phrases of one list
    b: tuple[tuple[str, ...], ...]
    # the valence union (``_valence``): the favourable words of many pairs against their unfavourable
    # ones; never synonyms for alignment, matched only across pairs (kinds.statement)
    union: bool = False


@dataclass(frozen=True)
class Inflections:
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    restore_prefixes: tuple[str, ...]
    restore_suffixes: tuple[str, ...]
    undouble: bool
    long_vowels: tuple[str, ...] = ()   # letters left out of a word's consonant skeleton
    # verbal noun -> verb stem patterns (Arabic masdar of measures I-X: استفعال -> استفعل), compiled
    derivations: tuple[tuple[re.Pattern[str], str], ...] = ()
    # prefixes that only come before another prefix (the Arabic future "س" before the imperfect's
    # "ي"/"ت"/"ن"/"ا": سيرتفع, never سجل -> جل)
    chained_prefixes: tuple[str, ...] = ()


def derivation(source: str, target: str, placeholders: str, where: str) -> tuple[re.Pattern[str], str]:
    """A derivation template pair as (regex matching a whole word, replacement): each placeholder
    letter of ``source`` matches one letter, every other letter itself, and ``target`` is rebuilt from
    the letters matched ("افتعال" -> "افتعل": ارتفاع -> ارتفع)."""
    slots = [c for c in source if c in placeholders]
    if not slots or len(set(slots)) != len(slots) or not set(c for c in target if c in placeholders) <= set(slots):
        raise LanguageDataError(f"{where}: template {source!r} -> {target!r} must use each root letter "
                                f"({placeholders}) once in the source and only those in the target")
    rx = "".join(f"(?P<r{placeholders.index(c)}>.)" if c in placeholders else re.escape(c) for c in source)
    repl = "".join(f"\\g<r{placeholders.index(c)}>" if c in placeholders else c for c in target)
    return re.compile(rx + r"\Z"), repl


@dataclass(frozen=True)
class Reversals:
    """A language's reversal data: inflection rules, reversal pairs and negating verbs."""

    rules: Inflections
    pairs: tuple[ReversalPair, ...]
    negators: tuple[tuple[str, ...], ...]   # folded words / phrases that deny what they govern
    # folded words that start another happening within one clause ("مع", "as": "oil rises as the dollar falls")
    breaks: frozenset[str] = frozenset()


NO_REVERSALS = Reversals(Inflections((), (), (), (), False), (), ())


def _strings(node: object, where: str) -> tuple[str, ...]:
    if not isinstance(node, list) or not all(isinstance(x, str) and x.strip() for x in node):
        raise LanguageDataError(f"{where}: expected a list of non-empty strings")
    return tuple(node)


@lru_cache(maxsize=None)
def reversals(lang: str) -> Reversals:
    """The reversal pairs and inflection rules of ``data/<lang>/reversals.json`` (read once); a
    language without the file has none. Raises LanguageDataError if the file is malformed."""
    name = f"{lang}/reversals.json"
    if not langdata.has(lang, "reversals"):
        return NO_REVERSALS
    data = langdata.load(lang, "reversals")
    infl = data.get("inflections", {})
    if not isinstance(infl, dict):
        raise LanguageDataError(f"{name}: 'inflections' must be an object")
    templates = infl.get("derivations", [])
    if not isinstance(templates, list) or not all(isinstance(t, list) and len(t) == 2 for t in templates):
        raise LanguageDataError(f"{name} derivations: expected a list of [source, target] templates")
    # the letters standing for any root letter in a template (Arabic: فعل, the classical notation)
    root = infl.get("root_letters", "")
    if templates and not (isinstance(root, str) and root):
        raise LanguageDataError(f"{name} derivations: 'root_letters' (the template placeholders) is missing")
    derivations = tuple(derivation(fold(a), fold(b), fold(root), f"{name} derivations")
                        for a, b in (_strings(t, f"{name} derivations") for t in templates))
    rules = Inflections(*(tuple(sorted((fold(x) for x in _strings(infl.get(k, []), f"{name} {k}")), key=len, reverse=True))
                          for k in ("prefixes", "suffixes", "restore_prefixes", "restore_suffixes")),
                        bool(infl.get("undouble", False)),
                        tuple(fold(x) for x in _strings(infl.get("long_vowels", []), f"{name} long_vowels")),
                        derivations,
                        tuple(fold(x) for x in _strings(infl.get("chained_prefixes", []), f"{name} chained_prefixes")))
    pairs = []
    derived = _participles(data.get("participles"), name)
    for lemma, more in _participles(data.get("elatives"), name, "elatives").items():
        derived[lemma] = derived.get(lemma, ()) + more
    for k, p in enumerate(data.get("pairs", [])):
        where = f"{name} pair {k}"
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            raise LanguageDataError(f"{where}: expected an object with 'name', 'a' and 'b'")
        lists = [_strings(p.get(s), f"{where} {s}") for s in "ab"]
        a, b = (tuple(dict.fromkeys(tuple(lx.WORD_RE.findall(fold(w)))
                                    for w in [*words, *(d for x in words for d in derived.get(x, ()))]))
                for words in lists)
        if set(a) & set(b):
            raise LanguageDataError(f"{where}: {sorted(' '.join(w) for w in set(a) & set(b))} on both sides")
        pairs.append(ReversalPair(p["name"], a, b))
    for k, p in enumerate(data.get("antonyms") or []):   # generated from a lexical database
        where = f"{name} antonym {k}"
        if not isinstance(p, dict):
            raise LanguageDataError(f"{where}: expected an object with 'a' and 'b'")
        a, b = (tuple(tuple(lx.WORD_RE.findall(fold(w))) for w in _strings(p.get(s), f"{where} {s}")) for s in "ab")
        if set(a) & set(b):
            raise LanguageDataError(f"{where}: {sorted(' '.join(w) for w in set(a) & set(b))} on both sides")
        pairs.append(ReversalPair(f"{' '.join(a[0])} / {' '.join(b[0])} (antonyms)", a, b))
    pairs.extend(_grouped(data.get("pairs", []), pairs, name))
    pairs.extend(_valence(data.get("pairs", []), pairs, name))
    negators = tuple(tuple(lx.WORD_RE.findall(fold(w))) for w in _strings(data.get("negators", []), f"{name} negators"))
    breaks = frozenset(fold(w) for w in _strings(data.get("direction_breaks") or [], f"{name} direction_breaks"))
    return Reversals(rules, tuple(pairs), negators, breaks)


def _participles(node: object, name: str, key: str = "participles") -> dict[str, tuple[str, ...]]:
    """Lemma -> its generated participles or elatives (``key``; tools/build_participles.py: "انخفض" ->
    "منخفض", "طويل" -> "أطول"), read as more words of every list holding the lemma."""
    if node is None:
        return {}
    if not isinstance(node, dict):
        raise LanguageDataError(f"{name} {key}: expected an object lemma -> [forms]")
    return {k: _strings(v, f"{name} {key} {k}") for k, v in node.items()}


def _grouped(raw: list, pairs: list[ReversalPair], name: str) -> list[ReversalPair]:
    """One more pair per 'group' of the data's pairs: the union of their lists "a" against the union of
    their lists "b" (pairs of one direction told with different verbs oppose each other too: "prices
    rose" / "the bank lowered prices", "gains" / "a fall"). A word on both sides of the union is left
    out of it (its pairs disagree on its direction)."""
    groups: dict[str, list[ReversalPair]] = {}
    for k, p in enumerate(raw):
        g = p.get("group") if isinstance(p, dict) else None
        if g is None:
            continue
        if not isinstance(g, str) or not g.strip():
            raise LanguageDataError(f"{name} pair {k}: 'group' must be a non-empty string")
        groups.setdefault(g, []).append(pairs[k])
    out = []
    for g, members in groups.items():
        a = {w for p in members for w in p.a}
        b = {w for p in members for w in p.b}
        if len(members) > 1:
            out.append(ReversalPair(f"{g} ({', '.join(p.name.split(' (')[0] for p in members)})",
                                    tuple(sorted(a - b)), tuple(sorted(b - a))))
    return out


# The name of the valence union pair (what a contradiction's reason shows).
VALENCE_NAME = "valence (favourable / unfavourable)"


def _valence(raw: list, pairs: list[ReversalPair], name: str) -> list[ReversalPair]:
    """The valence union: every pair with a 'valence' ("a" or "b": its favourable list, "rises",
    "wins", "approves", "released") joins its favourable words against its unfavourable ones, so that
    two pairs of one valence oppose each other ("allows" / "closes", "approves" / "criticizes", "jailed"
    / "acquitted"). A word on both sides is left out. Nothing when no pair has a valence."""
    good: set[tuple[str, ...]] = set()
    bad: set[tuple[str, ...]] = set()
    for k, p in enumerate(raw):
        v = p.get("valence") if isinstance(p, dict) else None
        if v is None:
            continue
        if v not in ("a", "b"):
            raise LanguageDataError(f"{name} pair {k}: 'valence' must be 'a' or 'b' (its favourable list)")
        fav, unfav = (pairs[k].a, pairs[k].b) if v == "a" else (pairs[k].b, pairs[k].a)
        good.update(fav)
        bad.update(unfav)
    if not good or not bad:
        return []
    return [ReversalPair(VALENCE_NAME, tuple(sorted(good - bad)), tuple(sorted(bad - good)), union=True)]


@lru_cache(maxsize=lx.STEM_MEMO)
def forms(word: str, lang: str) -> frozenset[str]:
    """The forms a folded word may be matched by: itself, without proclitics (lexicon), its light
    stem, and without the inflectional prefixes / suffixes of the reversal data (restoring what the
    inflection removed: Arabic imperfect يرتفع -> ارتفع, English rising -> rise, stopped -> stop)."""
    rules = reversals(lang).rules
    out = {word}
    for v in lx.variants(word, lang):
        out.update((v, lx.light_stem(v, lang)))
        bases = {v}
        frontier = {v}
        for _ in range(MAX_PREFIXES):
            # a two-letter remainder is kept only to restore a prefix to (تقر -> قر -> اقر)
            frontier = {f[len(p):] for f in frontier for p in rules.prefixes
                        if f.startswith(p) and len(f) - len(p) >= MIN_FORM_CHARS - 1
                        and (p not in rules.chained_prefixes or f[len(p):].startswith(rules.prefixes))}
            bases |= frontier
        bases |= {r + f for f in bases - {v} for r in rules.restore_prefixes}
        # a verbal noun reaches its verb's stem by its pattern (انخفاض -> انخفض, تخفيض -> خفض)
        derived = {rx.sub(repl, v) for rx, repl in rules.derivations if rx.match(v)}
        # a doubled root's verb writes its last two root letters once (استمرار -> استمرر -> استمر)
        bases |= derived | {d[:-1] for d in derived if len(d) > MIN_FORM_CHARS and d[-1] == d[-2]}
        for base in bases:
            out.add(base)
            skeleton = base[:1] + "".join(c for c in base[1:] if c not in rules.long_vowels)
            if rules.long_vowels and len(skeleton) >= MIN_SKELETON and skeleton != base:
                out.add(SKELETON_MARK + skeleton)
            if base == v and derived:
                continue   # a verbal noun's ending is its pattern's, not a suffix (اعلان is not اعل + ان)
            for s in rules.suffixes:
                if base.endswith(s) and len(base) - len(s) >= MIN_FORM_CHARS:
                    stem = base[: -len(s)]
                    out.add(stem)
                    out.update(stem + r for r in rules.restore_suffixes)
                    if rules.undouble and len(stem) > MIN_FORM_CHARS and stem[-1] == stem[-2]:
                        out.add(stem[:-1])
    return frozenset(f for f in out if len(f) >= MIN_FORM_CHARS or f == word)


@lru_cache(maxsize=None)
def number_words(lang: str, kind: str) -> dict[str, int]:
    """Folded one-word number word of ``kind`` (a key of NUMBER_WORD_KINDS) -> its number ("الثالث"
    -> 3, "third" -> 3, "خمسين" -> 50), from ``data/<lang>/values.json`` (the statement kind compares them as swapped names and aligns a
    cardinal with the same number in digits)."""
    node = langdata.load(lang, "values").get(kind) or {}
    return {fold(w): n for w, n in node.items() if isinstance(n, int) and len(lx.WORD_RE.findall(fold(w))) == 1}


@lru_cache(maxsize=None)
def number_word_set(lang: str, kind: str) -> frozenset[str]:
    """The words of ``number_words`` as a set."""
    return frozenset(number_words(lang, kind))


# What starts a reversal list's alignment key ("#3a": list a of pair 3); no word form starts with it.
LIST_MARK = "#"


@lru_cache(maxsize=None)
def list_index(lang: str) -> dict[str, frozenset[str]]:
    """Folded one-word reversal entry -> the lists holding it, as alignment keys ("#3a": list a of
    pair 3). Two words of one list are synonyms for alignment ("يرتفع" / "ارتفاع", "rose" / "climbed")."""
    out: dict[str, set[str]] = {}
    for k, pair in enumerate(reversals(lang).pairs):
        if pair.union:
            continue   # the valence union joins words of many meanings: no synonyms
        for side, words in (("a", pair.a), ("b", pair.b)):
            for w in words:
                if len(w) == 1:
                    out.setdefault(w[0], set()).add(f"{LIST_MARK}{k}{side}")
    return {w: frozenset(v) for w, v in out.items()}


NEGATOR_KEY = "neg"


@lru_cache(maxsize=None)
def phrase_index(lang: str) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word -> (phrase, key) of every reversal list entry ("3a": list a of pair 3) and negator."""
    data = reversals(lang)
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    entries = [(ph, f"{k}{side}") for k, pair in enumerate(data.pairs) for side, words in (("a", pair.a), ("b", pair.b))
               for ph in words] + [(ph, NEGATOR_KEY) for ph in data.negators]
    for ph, key in entries:
        out.setdefault(ph[0], []).append((ph, key))
    return {w: tuple(v) for w, v in out.items()}


def word_forms(word: str, lang: str) -> frozenset[str]:
    """``forms`` plus the reversal lists the word belongs to (as synonym keys)."""
    fs = forms(word, lang)
    index = list_index(lang)
    lists = frozenset().union(*(index.get(f, frozenset()) for f in fs))
    return fs | lists


# A currency's noun is the head of its CLDR display name: the last word in English ("UAE dirham"),
# the first in Arabic ("درهم إماراتي"), as ``<lang>.lexicon noun_head`` says; ISO codes and words
# shorter than this are left out.
MIN_CURRENCY_NOUN = 3
# ISO 4217 codes starting with X name metals, units of account and testing codes, not currencies.
SPECIAL_CODES = ("X",)


@lru_cache(maxsize=None)
def currency_nouns(lang: str) -> frozenset[str]:
    """Folded nouns naming a currency ("dollar", "euro", "دولار", "يورو"), from the CLDR display names
    of ``data/<lang>/units.json`` (tools/build_units.py): a clause's currency swapped for another is an
    entity of the same type swapped."""
    head = lx.lexicon(lang).noun_head
    if not langdata.has(lang, "units"):
        return frozenset()   # a language without generated units names no currency
    out = set()
    names = langdata.load(lang, "units").get("currencies", {})
    for code, forms in names.items():
        if code.startswith(SPECIAL_CODES):
            continue   # gold, units of account, testing codes: not a currency's name
        for form in forms.get("after", []) + forms.get("before", []):
            name = re.sub(r"\(.*?\)", " ", form)   # "Spanish Peseta (A account)"
            if " of " in name:
                continue   # "Chilean Unit of Account": a unit of account, not a currency's name
            words = [w for w in fold(name).split() if w.isalpha()]
            if not words or form.isupper():
                continue
            noun = words[-1] if head == "last" else words[0]
            if len(noun) >= MIN_CURRENCY_NOUN:
                out.add(noun)
    return frozenset(out)
