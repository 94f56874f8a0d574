"""Token-level matching of the cue phrases in ``data/<lang>/lexicon.json``.

Arabic glues conjunctions, prepositions and the article onto words (``وبالقنصلية``), so a token
matches a cue word when the word equals the token or the token minus one of the language's
proclitics. Cues are matched on ``text.fold``ed forms. A lexicon's sections are typed attributes
(``lexicon(lang).events.nouns``: a ``Cues`` list, see ``language``), so a misspelt section is an error.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .cues import NO_CUES, Cues  # noqa: F401 (NO_CUES: lx.NO_CUES)
from .language import language
from .schema import Lexicon
from .sections import Nisba
from .text import LATIN, WORD_RE, fold, script_of, strip_marks

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


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The typed lexicon of ``lang`` (``data/<lang>/lexicon.json``, validated on first use)."""
    return language(lang).lexicon


@lru_cache(maxsize=None)
def _proclitics(lang: str) -> tuple[str, ...]:
    return tuple(sorted((fold(p) for p in lexicon(lang).proclitics), key=len, reverse=True))


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
            self._vocab = frozenset().union(*[t.variants for t in self])   # a list: faster than a generator here
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


# Long texts tokenized inside a ``tokens_held`` block, by (text, language, offset); None outside one.
_held: dict[tuple[str, str, int], tuple[Tok, ...]] | None = None


class tokens_held:  # noqa: N801 - used as ``with tokens_held():``, like the function it was
    """Within the block, a text too long for the memo is tokenized once, however often it is asked
    for (two article-level readings of one article, one after the other); its tokens go when the
    block ends, so they do not outlive the readings. (A class, not a generator context manager: the
    block is entered once per clause.)"""

    __slots__ = ("_outer",)

    def __enter__(self) -> None:
        global _held
        self._outer = _held
        if self._outer is None:
            _held = {}

    def __exit__(self, *exc: object) -> None:
        global _held
        if self._outer is None:
            _held = None


def tokenize(text: str, lang: str, offset: int = 0) -> list[Tok]:
    """Tokens of ``text`` with offsets shifted by ``offset`` (to index the article); a fresh list."""
    if len(text) > TOKENIZE_MEMO_MAX_CHARS:
        if _held is None:
            return Toks(_tokenize.__wrapped__(text, lang, offset))
        key = (text, lang, offset)
        if key not in _held:
            _held[key] = _tokenize.__wrapped__(text, lang, offset)
        return Toks(_held[key])
    return Toks(_tokenize(text, lang, offset))


@lru_cache(maxsize=TOKENIZE_MEMO)
def _tokenize(text: str, lang: str, offset: int) -> tuple[Tok, ...]:
    toks = []
    make = tuple.__new__   # Tok(...) without its keyword-handling constructor (a fifth of the time here)
    words = _words_of(lang)
    for m in WORD_RE.finditer(text):
        word = m.group()
        got = words.get(word)
        if got is None:
            got = _word_entry(word, lang, words)
        start, end = m.span()
        toks.append(make(Tok, (got[0], got[1], start + offset, end + offset, got[2], got[3])))
    return tuple(toks)


# Distinct surface words memoized by _word (a pure function of the word); bounds the memory it holds.
WORD_MEMO_SIZE = 200_000

# Per language, surface word -> ``_word``'s answer: a plain dict read once per token (an lru_cache
# keyed by (word, language) built a key tuple per token: a sixth of tokenize, benchmarks/size.py).
_WORDS: dict[str, dict[str, tuple[str, frozenset[str], bool, bool]]] = {}


def _words_of(lang: str) -> dict[str, tuple[str, frozenset[str], bool, bool]]:
    words = _WORDS.get(lang)
    if words is None:
        words = _WORDS[lang] = {}
    return words


def _word_entry(word: str, lang: str, words: dict) -> tuple[str, frozenset[str], bool, bool]:
    """``_word(word, lang)``, kept in ``words`` (emptied when it holds ``WORD_MEMO_SIZE`` words)."""
    if len(words) >= WORD_MEMO_SIZE:
        words.clear()
    got = words[word] = _word(word, lang)
    return got


def _word(word: str, lang: str) -> tuple[str, frozenset[str], bool, bool]:
    """What ``tokenize`` derives from one surface word: folded form, variants, article, capital."""
    f = fold(word)
    bare = strip_marks(word)
    return f, variants(f, lang), any(bare.startswith(a) for a in _article_prefixes(lang)), bare[:1].isupper()


@lru_cache(maxsize=None)
def _article_prefixes(lang: str) -> tuple[str, ...]:
    """Surface prefixes that carry the definite article (Arabic: the article alone or after a
    one-letter proclitic; languages whose article is a separate word have none)."""
    art = lexicon(lang).article
    if not art:
        return ()
    procl = lexicon(lang).proclitics
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
    return tuple(sorted((fold(x) for x in lexicon(lang).suffixes), key=len, reverse=True))


def match_at(toks: list[Tok], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(toks):
        return False
    return all(w in toks[i + k].variants for k, w in enumerate(phrase))


def find_cues(toks: list[Tok], cues: Cues) -> list[CueHit]:
    """Non-overlapping hits of ``cues`` (a lexicon list, ``lexicon(lang).negation.particles``), left
    to right, longest cue first at each position."""
    index = cues.by_first
    firsts = cues.firsts
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
def nationality_index(lang: str) -> dict[tuple[str, ...], str]:
    """Folded nationality/country/capital phrase -> country code."""
    out: dict[tuple[str, ...], str] = {}
    rule = lexicon(lang).nisba
    if rule:
        from ..mentions import places
        variants: dict[str, set[str]] = {}   # spelling variant -> the countries it may name
        for code, names in sorted(places.country_names().items()):
            for name in names:
                toks = tuple(WORD_RE.findall(fold(name)))
                if len(toks) != 1 or not toks[0][:1].isalpha() or script_of(toks[0]) == LATIN:
                    continue
                for adj in nisba_forms(toks[0], rule):
                    out.setdefault((adj,), code)
                for var in spelling_variants(toks[0], rule):
                    variants.setdefault(var, set()).add(code)
        # spelling variants only where they name one country and are no word of the lexicon's own
        stop = lexicon(lang).stopwords.words
        for var, codes in sorted(variants.items()):
            if len(codes) == 1 and var not in stop:
                out.setdefault((var,), next(iter(codes)))
    for code, forms in sorted(language(lang).demonyms.items()):
        for form in forms:
            toks = tuple(WORD_RE.findall(fold(form)))
            if toks:
                out.setdefault(toks, code)
    for code, forms in sorted(language(lang).person_nouns.items()):
        for form in forms:
            toks = tuple(WORD_RE.findall(fold(form)))
            if toks:
                out.setdefault(toks, code)
    for code, cues in lexicon(lang).nationality.items():
        for _, phrase in cues.phrases:
            out[phrase] = code
    return out


# Capitalised words after a nationality noun that make it a description of the person they name
# ("Swede Lars Ekberg"); one is a name of its own ("Finn Russell").
MIN_DESCRIBED_NAME_WORDS = 2


@lru_cache(maxsize=None)
def _person_noun_phrases(lang: str) -> frozenset[tuple[str, ...]]:
    """The folded person nouns ("dane", "poles") that are no demonym or lexicon nationality word as
    well: read only where written as a noun (``_noun_written``)."""
    dems = {tuple(WORD_RE.findall(fold(f))) for forms in language(lang).demonyms.values() for f in forms}
    dems |= {phrase for cues in lexicon(lang).nationality.values() for _, phrase in cues.phrases}
    nouns = {tuple(WORD_RE.findall(fold(f))) for forms in language(lang).person_nouns.values() for f in forms}
    return frozenset(nouns - dems)


def _noun_written(toks: list[Tok], i: int, n: int) -> bool:
    """Is the person noun at tokens ``i..i+n`` written as one ("the Pole", "two Britons", "Pole Iga
    Nowak"), not as a common word or a name ("pole position", "the North Pole", "Finn Russell")? It
    takes a capital; a capitalised word before it is only the first of its tokens ("The Dane"); a
    capitalised word after it opens a name of two words or more (the person it describes: "Swede Lars
    Ekberg", never a given name's surname: "Finn Russell"); first in its tokens, it must be such a
    description ("Pole position went to": none)."""
    if not toks[i].cap:
        return False
    if i > 1 and toks[i - 1].cap:
        return False
    k = i + n
    while k < len(toks) and toks[k].cap:
        k += 1
    named = k - (i + n)
    if named == 1:   # "Finn Russell": a given name, not a description
        return False
    return i > 0 or named >= MIN_DESCRIBED_NAME_WORDS


def _article_and_stem(name: str, rule: Nisba) -> tuple[str, str]:
    """The rule's article (folded) and the country name without it."""
    art = fold(rule.article)
    return art, name[len(art):] if art and name.startswith(art) else name


def nisba_forms(name: str, rule: Nisba) -> list[str]:
    """Nationality adjectives of a one-word country name by the language's nisba rule."""
    art, stem = _article_and_stem(name, rule)
    for end in sorted((fold(e) for e in rule.strip_endings), key=len, reverse=True):
        if stem.endswith(end) and len(stem) - len(end) >= rule.min_stem:
            stem = stem[: -len(end)]
            break
    if len(stem) < rule.min_stem:
        return []
    suffixes = [fold(suf) for suf in rule.suffixes]
    forms = [art + stem + suf for suf in suffixes]
    if rule.indefinite and art:
        forms += [stem + suf for suf in suffixes]   # "إسرائيليًا", "تايلانديين"
    return forms


def spelling_variants(name: str, rule: Nisba) -> list[str]:
    """Nationality adjectives of a country name spelt without one of the stem's inner long vowels,
    as transliterated names are ("تايلنديين" for "تايلانديين"), for stems of ``spelling_min_letters``
    or more (the stem's first and last letters stay: "مالي" never loses its ي)."""
    vowels = {fold(v) for v in rule.spelling_vowels}
    _, stem = _article_and_stem(name, rule)
    if not vowels or len(stem) < rule.spelling_min_letters:
        return []
    out: set[str] = set()
    for i in range(1, len(stem) - 1):
        if stem[i] in vowels:
            out.update(nisba_forms(stem[:i] + stem[i + 1:], rule))
    return sorted(out)


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
    nouns = _person_noun_phrases(lang)
    for v in sorted(toks[i].variants, key=lambda x: (-len(x), x)):
        for phrase, code in index.get(v, ()):
            if match_at(toks, i, phrase) and (phrase not in nouns or _noun_written(toks, i, len(phrase))):
                return code, len(phrase)
    return None
