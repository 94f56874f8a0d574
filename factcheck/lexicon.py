"""Token-level matching of the cue phrases in ``data/<lang>.lexicon.json``.

Arabic glues conjunctions, prepositions and the article onto words (``وبالقنصلية``), so a token
matches a cue word when the word equals the token or the token minus one of the language's
proclitics. Cues are matched on ``text.fold``ed forms.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from . import lang as langdata
from .text import WORD_RE, fold, strip_marks

MIN_STEM_CHARS = 2  # a proclitic is only stripped when at least this much word remains


class Tok(NamedTuple):   # a tuple: tokens are made by the hundred thousand
    form: str                   # folded surface form
    variants: frozenset[str]    # form and form minus each proclitic
    start: int
    end: int
    article: bool = False       # carries the definite article (plain alef-lam, not a name's hamza)
    cap: bool = False           # written with an initial capital (Latin script)


@dataclass(frozen=True)
class CueHit:
    cue: str       # the cue as written in the data file
    i: int         # first token index
    j: int         # one past the last token index
    start: int
    end: int


def lexicon(lang: str) -> dict[str, Any]:
    return langdata.load(lang, "lexicon")


@lru_cache(maxsize=None)
def _proclitics(lang: str) -> tuple[str, ...]:
    return tuple(sorted((fold(p) for p in lexicon(lang).get("proclitics", [])), key=len, reverse=True))


def variants(form: str, lang: str) -> frozenset[str]:
    """``form`` and ``form`` with each matching proclitic removed ("وبالقنصلية" -> "قنصلية", ...)."""
    out = {form}
    for p in _proclitics(lang):
        if form.startswith(p) and len(form) - len(p) >= MIN_STEM_CHARS:
            out.add(form[len(p):])
    return frozenset(out)


class Toks(list):
    """A token list that knows the set of every token's variants (``vocab``), so that a cue lookup
    whose first words occur nowhere in it is answered without walking the tokens."""

    _vocab: frozenset[str] | None = None

    @property
    def vocab(self) -> frozenset[str]:
        if self._vocab is None:
            self._vocab = frozenset().union(*(t.variants for t in self))
        return self._vocab


# Distinct (text, offset) token lists kept: a sentence is tokenized by several stages.
TOKENIZE_MEMO = 20_000


def covered(toks: list[Tok], start: int, end: int) -> list[int]:
    """Indexes of the tokens overlapping the character span ``start..end`` (a value mention's)."""
    return [k for k, t in enumerate(toks) if t.end > start and t.start < end]


# Texts longer than this are tokenized without the memo: whole articles (read once or twice per stage),
# whose tokens would otherwise stay in it long after (a 1 MB article: 200,000 tokens, 60 MB of peak
# memory in benchmarks/size.py). A sentence or paragraph is far shorter.
TOKENIZE_MEMO_MAX_CHARS = 20_000


def tokenize(text: str, lang: str, offset: int = 0) -> list[Tok]:
    """Tokens of ``text`` with offsets shifted by ``offset`` (to index the article); a fresh list."""
    if len(text) > TOKENIZE_MEMO_MAX_CHARS:
        return Toks(_tokenize.__wrapped__(text, lang, offset))
    return Toks(_tokenize(text, lang, offset))


@lru_cache(maxsize=TOKENIZE_MEMO)
def _tokenize(text: str, lang: str, offset: int) -> tuple[Tok, ...]:
    toks = []
    for m in WORD_RE.finditer(text):
        f, vs, art, cap = _word(m.group(), lang)
        toks.append(Tok(f, vs, m.start() + offset, m.end() + offset, art, cap))
    return tuple(toks)


# Distinct surface words memoized by _word (a pure function of the word); bounds the memory it holds.
WORD_MEMO_SIZE = 200_000


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _word(word: str, lang: str) -> tuple[str, frozenset[str], bool, bool]:
    """What ``tokenize`` derives from one surface word: folded form, variants, article, capital."""
    f = fold(word)
    bare = strip_marks(word)
    return f, variants(f, lang), any(bare.startswith(a) for a in _article_prefixes(lang)), bare[:1].isupper()


@lru_cache(maxsize=None)
def _article_prefixes(lang: str) -> tuple[str, ...]:
    """Surface prefixes that carry the definite article (Arabic: the article alone or after a
    one-letter proclitic; languages whose article is a separate word have none)."""
    art = lexicon(lang).get("article", "")
    if not art:
        return ()
    procl = lexicon(lang).get("proclitics", [])
    return (art,) + tuple(p for p in procl if p.endswith(art)) + tuple(p + art for p in procl if len(p) == 1)


MIN_LIGHT_STEM = 3  # letters an inflectional ending may leave behind


# Distinct word forms whose light stem is kept.
STEM_MEMO = 200_000


@lru_cache(maxsize=STEM_MEMO)
def light_stem(form: str, lang: str) -> str:
    """A content word without proclitics and one inflectional ending, for comparing wording."""
    stem = min(variants(form, lang), key=len)
    for suf in _suffixes(lang):
        if stem.endswith(suf) and len(stem) - len(suf) >= MIN_LIGHT_STEM:
            return stem[: -len(suf)]
    return stem


@lru_cache(maxsize=None)
def _suffixes(lang: str) -> tuple[str, ...]:
    return tuple(sorted((fold(x) for x in lexicon(lang).get("suffixes", [])), key=len, reverse=True))


@lru_cache(maxsize=None)
def prefixes(lang: str, key: str) -> tuple[str, ...]:
    """One-letter prefixes of a kind from the lexicon ("conjunction_prefixes", ...)."""
    return tuple(lexicon(lang).get(key, []))


@lru_cache(maxsize=None)
def cues(lang: str, path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The cue phrases at a dotted ``path`` of the lexicon, as (cue, folded tokens), longest first."""
    node: Any = lexicon(lang)
    for part in path.split("."):
        node = node.get(part, []) if isinstance(node, dict) else []
    phrases = [(c, tuple(WORD_RE.findall(fold(c)))) for c in node if isinstance(c, str)]
    phrases = [(c, t) for c, t in phrases if t]
    return tuple(sorted(phrases, key=lambda ct: -len(ct[1])))


def match_at(toks: list[Tok], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(toks):
        return False
    return all(w in toks[i + k].variants for k, w in enumerate(phrase))


@lru_cache(maxsize=None)
def cues_by_first(lang: str, path: str) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The cues at ``path`` indexed by their first word (longest first within each entry)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for cue, phrase in cues(lang, path):
        out.setdefault(phrase[0], []).append((cue, phrase))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _first_words(lang: str, path: str) -> frozenset[str]:
    return frozenset(cues_by_first(lang, path))


def find_cues(toks: list[Tok], lang: str, path: str) -> list[CueHit]:
    """Non-overlapping cue hits, left to right, longest cue first at each position."""
    index = cues_by_first(lang, path)
    firsts = _first_words(lang, path)
    hits: list[CueHit] = []
    if isinstance(toks, Toks) and firsts.isdisjoint(toks.vocab):
        return hits
    i = 0
    while i < len(toks):
        if firsts.isdisjoint(toks[i].variants):
            i += 1
            continue
        cands = [c for v in toks[i].variants for c in index.get(v, ())]
        if len(cands) > 1:   # longest first; ties by cue, so the result never depends on set order
            cands.sort(key=lambda c: (-len(c[1]), c[0]))
        for cue, phrase in cands:
            if match_at(toks, i, phrase):
                j = i + len(phrase)
                hits.append(CueHit(cue, i, j, toks[i].start, toks[j - 1].end))
                i = j
                break
        else:
            i += 1
    return hits


@lru_cache(maxsize=None)
def word_set(lang: str, path: str) -> frozenset[str]:
    """Single-word cues at ``path`` as a folded set (multi-word cues are skipped)."""
    return frozenset(t[0] for _, t in cues(lang, path) if len(t) == 1)


@lru_cache(maxsize=None)
def nationality_index(lang: str) -> dict[tuple[str, ...], str]:
    """Folded nationality/country/capital phrase -> country code."""
    out: dict[tuple[str, ...], str] = {}
    rule = lexicon(lang).get("nisba")
    if rule:
        from . import places
        for code, names in sorted(places.country_names().items()):
            for name in names:
                toks = tuple(WORD_RE.findall(fold(name)))
                if len(toks) != 1 or not toks[0][:1].isalpha() or toks[0].isascii():
                    continue
                for adj in nisba_forms(toks[0], rule):
                    out.setdefault((adj,), code)
    for code, forms in sorted(_demonyms(lang).items()):
        for form in forms:
            toks = tuple(WORD_RE.findall(fold(form)))
            if toks:
                out.setdefault(toks, code)
    for code in lexicon(lang).get("nationality", {}):
        for _, phrase in cues(lang, f"nationality.{code}"):
            out[phrase] = code
    return out


def _demonyms(lang: str) -> dict[str, list[str]]:
    """The generated demonyms of a language (``data/<lang>.demonyms.json``, tools/build_demonyms.py),
    when the language has such a file (Arabic derives them by its nisba rule instead)."""
    if f"{lang}.demonyms.json" not in langdata.data_files():
        return {}
    return langdata.load_file(f"{lang}.demonyms.json").get("demonyms", {})


def nisba_forms(name: str, rule: dict) -> list[str]:
    """Nationality adjectives of a one-word country name by the language's nisba rule."""
    art = fold(rule.get("article", ""))
    stem = name[len(art):] if art and name.startswith(art) else name
    for end in sorted((fold(e) for e in rule.get("strip_endings", [])), key=len, reverse=True):
        if stem.endswith(end) and len(stem) - len(end) >= rule.get("min_stem", 3):
            stem = stem[: -len(end)]
            break
    if len(stem) < rule.get("min_stem", 3):
        return []
    return [art + stem + fold(suf) for suf in rule.get("suffixes", [])]


@lru_cache(maxsize=None)
def _nationality_by_first(lang: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, code in sorted(nationality_index(lang).items(), key=lambda kv: -len(kv[0])):
        out.setdefault(phrase[0], []).append((phrase, code))
    return out


@lru_cache(maxsize=None)
def _nationality_firsts(lang: str) -> frozenset[str]:
    return frozenset(_nationality_by_first(lang))


def nationality_at(toks: list[Tok], i: int, lang: str) -> tuple[str, int] | None:
    """(country code, tokens consumed) if a nationality phrase starts at token ``i``."""
    if i >= len(toks):
        return None
    index = _nationality_by_first(lang)
    if _nationality_firsts(lang).isdisjoint(toks[i].variants):
        return None
    for v in sorted(toks[i].variants, key=lambda x: (-len(x), x)):
        for phrase, code in index.get(v, ()):
            if match_at(toks, i, phrase):
                return code, len(phrase)
    return None
