"""The statement kind: a clause compared as a whole with another clause (no structured value).

Two statements are first *aligned* on their shared content: each word of one clause is matched
with a word of the other by its folded, de-cliticized and de-inflected forms. When they share most
of their content, what remains decides:

- a negation particle on one side only, governing aligned words -> contradict;
- a word of one list of a reversal pair against a word of the other list (``data/<lang>.reversals.json``:
  "rises" / "falls", "approves" / "rejects") -> contradict;
- a different number in the same slot (next to the same aligned word) -> contradict;
- a different place, nationality or person in the same slot, nothing else differing -> contradict.

Otherwise two statements agree on wording evidence (shared rare content words in one script, a high
embedding cosine across scripts), and are unrelated when they are about different people, one is
negated, or a reversal was seen without enough shared content to call it a contradiction.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lang as langdata
from .. import lexicon as lx
from .. import places
from ..errors import LanguageDataError
from ..models import Claim
from ..text import fold, script_of
from .base import CONF_POLARITY, CONF_SIMILAR, UNRELATED, Verdict

# Statement clauses (no structured frame) agree on wording evidence. Measured on the seeds' clauses
# (content words shared that are rare in the story, parties and places left out; USE-m3 cosine): the
# clauses stating one fact share 3-5 rare words, while clauses of one story stating different things
# share 0-2 even when their cosine reaches 0.6-0.7 (USE does not separate facts of one story), so
# within one script shared rare words decide, and they must also be a fair share of the shorter
# clause's words. Across scripts nothing is shared: there only a high cosine counts (USE-m3 puts
# translations at 0.8-0.9).
STATEMENT_MIN_SHARED = 3
STATEMENT_MIN_SHARE = 0.25
CROSS_SCRIPT_COS = 0.75

# Alignment. A word's matching forms shorter than this are ignored (two-letter Arabic remnants of
# stripping match too much).
MIN_FORM_CHARS = 3
# Inflectional prefixes stripped one after another at most this many times (Arabic future
# "س" + imperfect "ي": سيرتفع -> ارتفع).
MAX_PREFIXES = 2
# Two clauses are "the same statement but for the difference" when, on each side, at least this
# share of the content words outside the difference is aligned with the other side, and at least
# MIN_ALIGNED words are. Calibrated on ANS *train* (tools/build_reversals.py --gate): below 0.6 the
# pairs with a reversal word are as often unrelated headlines or paraphrases as contradictions.
MIN_ALIGNED_SHARE = 0.5
MIN_ALIGNED = 2
# A negation counts when the content word right after it is aligned (the negated verb is shared:
# "did not approve the plan" / "approved the plan"); a negation before an unshared word ("an
# unprecedented rise", "غير مسبوق", "الغير شرعيين") is a different wording, not a denial. On ANS train
# a scope of 2 words let such adjectives through.
NEGATION_SCOPE = 1
# A swapped place or person is a contradiction only when nothing else differs: at most this many
# unaligned content words on each side besides the swapped names (a stray adjective).
SWAP_MAX_OTHER = 1

# Tokens either side of a numeral searched for a value qualifier ("more than", "نحو").
QUALIFIER_WINDOW = 3

SCRIPT_LANG = {"ar": "ar", "latin": "en"}


@dataclass(frozen=True)
class ReversalPair:
    name: str
    a: tuple[tuple[str, ...], ...]   # folded words / phrases of one list
    b: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Inflections:
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    restore_prefixes: tuple[str, ...]
    restore_suffixes: tuple[str, ...]
    undouble: bool
    long_vowels: tuple[str, ...] = ()   # letters left out of a word's consonant skeleton


@dataclass(frozen=True)
class Reversals:
    """A language's reversal data: inflection rules, reversal pairs and negating verbs."""

    rules: Inflections
    pairs: tuple[ReversalPair, ...]
    negators: tuple[tuple[str, ...], ...]   # folded words / phrases that deny what they govern


NO_REVERSALS = Reversals(Inflections((), (), (), (), False), (), ())


def _strings(node: object, where: str) -> tuple[str, ...]:
    if not isinstance(node, list) or not all(isinstance(x, str) and x.strip() for x in node):
        raise LanguageDataError(f"{where}: expected a list of non-empty strings")
    return tuple(node)


@lru_cache(maxsize=None)
def reversals(lang: str) -> Reversals:
    """The reversal pairs and inflection rules of ``data/<lang>.reversals.json`` (read once); a
    language without the file has none. Raises LanguageDataError if the file is malformed."""
    name = f"{lang}.reversals.json"
    try:
        data = langdata.load_file(name)
    except LanguageDataError as exc:
        if "no language data file" in str(exc):
            return NO_REVERSALS
        raise
    infl = data.get("inflections", {})
    if not isinstance(infl, dict):
        raise LanguageDataError(f"{name}: 'inflections' must be an object")
    rules = Inflections(*(tuple(sorted((fold(x) for x in _strings(infl.get(k, []), f"{name} {k}")), key=len, reverse=True))
                          for k in ("prefixes", "suffixes", "restore_prefixes", "restore_suffixes")),
                        bool(infl.get("undouble", False)),
                        tuple(fold(x) for x in _strings(infl.get("long_vowels", []), f"{name} long_vowels")))
    pairs = []
    for k, p in enumerate(data.get("pairs", [])):
        where = f"{name} pair {k}"
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            raise LanguageDataError(f"{where}: expected an object with 'name', 'a' and 'b'")
        a, b = (tuple(tuple(lx.WORD_RE.findall(fold(w))) for w in _strings(p.get(s), f"{where} {s}")) for s in "ab")
        if set(a) & set(b):
            raise LanguageDataError(f"{where}: {sorted(' '.join(w) for w in set(a) & set(b))} on both sides")
        pairs.append(ReversalPair(p["name"], a, b))
    negators = tuple(tuple(lx.WORD_RE.findall(fold(w))) for w in _strings(data.get("negators", []), f"{name} negators"))
    return Reversals(rules, tuple(pairs), negators)


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
                        if f.startswith(p) and len(f) - len(p) >= MIN_FORM_CHARS - 1}
            bases |= frontier
        bases |= {r + f for f in bases - {v} for r in rules.restore_prefixes}
        for base in bases:
            out.add(base)
            skeleton = base[:1] + "".join(c for c in base[1:] if c not in rules.long_vowels)
            if rules.long_vowels and len(skeleton) >= MIN_SKELETON and skeleton != base:
                out.add(SKELETON_MARK + skeleton)
            for s in rules.suffixes:
                if base.endswith(s) and len(base) - len(s) >= MIN_FORM_CHARS:
                    stem = base[: -len(s)]
                    out.add(stem)
                    out.update(stem + r for r in rules.restore_suffixes)
                    if rules.undouble and len(stem) > MIN_FORM_CHARS and stem[-1] == stem[-2]:
                        out.add(stem[:-1])
    return frozenset(f for f in out if len(f) >= MIN_FORM_CHARS or f == word)


# A word's consonant skeleton (long vowels left out after its first letter) aligns a verb with its
# verbal noun (اسقاط / يسقط, استئناف / يستأنف) when it keeps at least this many letters; shorter
# skeletons collide across unrelated words. Marked so that no word can equal one.
MIN_SKELETON = 4
SKELETON_MARK = "~"


@dataclass
class Side:
    """One clause prepared for alignment."""

    toks: list[lx.Tok]
    forms: list[frozenset[str]]
    content: list[int]          # indices of content words (no stopwords, numbers, negation particles)
    numbers: list[int]          # indices of numerals
    negations: list[lx.CueHit]
    hits: dict[str, list[tuple[int, int]]]   # reversal list / negator key -> token spans matching it
    aligned: set[int]           # indices of tokens matched by a token of the other side

    def unaligned(self) -> list[int]:
        return [i for i in range(len(self.toks)) if i not in self.aligned and i not in self.numbers]


@lru_cache(maxsize=None)
def _list_index(lang: str) -> dict[str, frozenset[str]]:
    """Folded one-word reversal entry -> the lists holding it, as alignment keys ("#3a": list a of
    pair 3). Two words of one list are synonyms for alignment ("يرتفع" / "ارتفاع", "rose" / "climbed")."""
    out: dict[str, set[str]] = {}
    for k, pair in enumerate(reversals(lang).pairs):
        for side, words in (("a", pair.a), ("b", pair.b)):
            for w in words:
                if len(w) == 1:
                    out.setdefault(w[0], set()).add(f"#{k}{side}")
    return {w: frozenset(v) for w, v in out.items()}


NEGATOR_KEY = "neg"


@lru_cache(maxsize=None)
def _phrase_index(lang: str) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word -> (phrase, key) of every reversal list entry ("3a": list a of pair 3) and negator."""
    data = reversals(lang)
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    entries = [(ph, f"{k}{side}") for k, pair in enumerate(data.pairs) for side, words in (("a", pair.a), ("b", pair.b))
               for ph in words] + [(ph, NEGATOR_KEY) for ph in data.negators]
    for ph, key in entries:
        out.setdefault(ph[0], []).append((ph, key))
    return {w: tuple(v) for w, v in out.items()}


def _word_forms(word: str, lang: str) -> frozenset[str]:
    """``forms`` plus the reversal lists the word belongs to (as synonym keys)."""
    fs = forms(word, lang)
    index = _list_index(lang)
    lists = frozenset().union(*(index.get(f, frozenset()) for f in fs))
    return fs | lists


# Distinct clauses whose prepared tokens are kept (a clause meets many others in a story).
SIDE_MEMO = 20_000


@lru_cache(maxsize=SIDE_MEMO)
def _side(text: str, lang: str) -> Side:
    """A clause's tokens, forms, content words, numerals, negations and reversal hits (unaligned)."""
    toks = lx.tokenize(text, lang)
    stop = lx.word_set(lang, "stopwords")
    negs = lx.find_cues(toks, lang, "negation.particles")
    neg_idx = {k for h in negs for k in range(h.i, h.j)}
    fs = [_word_forms(t.form, lang) for t in toks]
    numbers = [i for i, t in enumerate(toks) if t.form.isdigit()]
    content = [i for i, t in enumerate(toks) if i not in neg_idx and not t.form.isdigit()
               and len(t.form) >= MIN_FORM_CHARS - 1 and not (t.variants & stop)]
    index = _phrase_index(lang)
    hits: dict[str, list[tuple[int, int]]] = {}
    for i, f in enumerate(fs):
        for first in f & index.keys():
            for phrase, key in index[first]:
                j = i + len(phrase)
                if j <= len(toks) and all(w in fs[i + k] for k, w in enumerate(phrase)):
                    hits.setdefault(key, []).append((i, j))
    return Side(toks, fs, content, numbers, negs, hits, set())


def align(a_text: str, b_text: str, lang: str) -> tuple[Side, Side]:
    """Both clauses with their tokens marked aligned when some form of theirs occurs on the other side."""
    a, b = _side(a_text, lang), _side(b_text, lang)
    out = []
    for x, y in ((a, b), (b, a)):
        theirs = frozenset().union(*y.forms) if y.forms else frozenset()
        out.append(replace(x, aligned={i for i, f in enumerate(x.forms) if f & theirs}))
    return out[0], out[1]


def _share(s: Side, explained: set[int]) -> tuple[float, int]:
    """Share and count of the side's content words aligned, leaving out the ``explained`` ones."""
    rest = [i for i in s.content if i not in explained]
    n = sum(1 for i in rest if i in s.aligned)
    return (n / len(rest) if rest else 0.0), n


def _same_frame(a: Side, b: Side, explained_a: set[int], explained_b: set[int]) -> bool:
    """Do the clauses share most of their content once the words of the difference are set aside?"""
    (sa, na), (sb, nb) = _share(a, explained_a), _share(b, explained_b)
    return min(na, nb) >= MIN_ALIGNED and min(sa, sb) >= MIN_ALIGNED_SHARE


def _denials(x: Side, y: Side, lang: str) -> list[str]:
    """What denies aligned content in ``x`` and not in ``y``: a negation particle ``y`` lacks, or a
    negating verb ("fails to", "denies") not aligned with ``y``, right before a word both share."""
    out = []
    theirs = {h.cue for h in y.negations}
    for h in x.negations:
        after = [i for i in x.content if i >= h.j][:NEGATION_SCOPE]
        if h.cue not in theirs and any(i in x.aligned for i in after):
            out.append(f"'{h.cue}': {lang}.lexicon negation.particles")
    for i, j in _phrase_hits(x, NEGATOR_KEY):
        after = [k for k in x.content if k >= j][:NEGATION_SCOPE]
        if any(k in x.aligned for k in after):
            out.append(f"'{' '.join(t.form for t in x.toks[i:j])}': {lang}.reversals negators")
    return out


def _negation(a: Side, b: Side, lang: str) -> tuple[Side, str] | None:
    """The denial one side has and the other lacks, governing an aligned word."""
    da, db = _denials(a, b, lang), _denials(b, a, lang)
    if bool(da) == bool(db):
        return None   # neither side denies, or both do
    side, other, why = (a, b, da[0]) if da else (b, a, db[0])
    if any(k.startswith("#") for i in other.unaligned() for k in other.forms[i]):
        return None   # the other side says it with an opposite word: its own reversal
    return side, why


def _phrase_hits(s: Side, key: str, unaligned: bool = True) -> list[tuple[int, int]]:
    """Token spans of ``s`` matching an entry of the list ``key`` (with ``unaligned``: with at least
    one token not aligned with the other side)."""
    spans = s.hits.get(key, [])
    if not unaligned:
        return spans
    return [(i, j) for i, j in spans if any(k not in s.aligned for k in range(i, j))]


def _reversal(a: Side, b: Side, lang: str) -> tuple[ReversalPair, set[int], set[int], str, str] | None:
    """The first reversal pair with a word of one list in ``a`` and of the other in ``b`` (both unaligned)."""
    for k, pair in enumerate(reversals(lang).pairs):
        ka, kb = f"{k}a", f"{k}b"
        if any(_phrase_hits(x, ka, False) and _phrase_hits(x, kb, False) for x in (a, b)):
            continue   # one clause holds both directions ("rises after a fall"): no clear opposition
        for xa, xb in ((ka, kb), (kb, ka)):
            ha, hb = _phrase_hits(a, xa), _phrase_hits(b, xb)
            if ha and hb:
                ea = {i for s_, e_ in ha for i in range(s_, e_)}
                eb = {i for s_, e_ in hb for i in range(s_, e_)}
                wa = " ".join(t.form for t in a.toks[ha[0][0]:ha[0][1]])
                wb = " ".join(t.form for t in b.toks[hb[0][0]:hb[0][1]])
                return pair, ea, eb, wa, wb
    return None


def _neighbours(s: Side, i: int) -> frozenset[str]:
    """Forms of the aligned content words right before and after token ``i``."""
    out: set[str] = set()
    for k in (i - 1, i + 1):
        if k in s.aligned and k in s.content:
            out |= s.forms[k]
    return frozenset(out)


@lru_cache(maxsize=None)
def _qualifier_words(lang: str) -> frozenset[str]:
    """Folded words of the value qualifiers ("more than", "about", "at least") in ``<lang>.values.json``."""
    node = langdata.load(lang, "values").get("qualifiers", {})
    phrases = [p for kind in node.values() if isinstance(kind, dict) for side in kind.values()
               if isinstance(side, list) for p in side if isinstance(p, str)]
    return frozenset(w for p in phrases for w in lx.WORD_RE.findall(fold(p)))


def _bounded(s: Side, i: int, lang: str) -> bool:
    """Is the numeral at ``i`` a bound or an approximation ("over 200", "about 40")?"""
    near = s.toks[max(0, i - QUALIFIER_WINDOW): i + QUALIFIER_WINDOW + 1]
    return any(t.form in _qualifier_words(lang) for t in near)


def _number_change(a: Side, b: Side, lang: str) -> tuple[int, int] | None:
    """A numeral of ``a`` and a different one of ``b`` next to the same aligned content word, neither
    of them a bound or an approximation (those are the value frames' to compare, as ranges)."""
    va = {a.toks[i].form for i in a.numbers}
    vb = {b.toks[i].form for i in b.numbers}
    for i in a.numbers:
        if a.toks[i].form in vb or _bounded(a, i, lang):
            continue
        for j in b.numbers:
            if b.toks[j].form not in va and not _bounded(b, j, lang) and _neighbours(a, i) & _neighbours(b, j):
                return i, j
    return None


def _names(s: Side, text: str, lang: str) -> dict[int, tuple[str, str]]:
    """Tokens naming a place or a nationality: (kind, identity), the identity a country code for
    countries and nationalities ("الولايات المتحدة" and "أميركي" are both US), else the place key."""
    out: dict[int, tuple[str, str]] = {}
    mentions = places.find_places(text)
    for i, t in enumerate(s.toks):
        m = next((p for p in mentions if p.start <= t.start and t.end <= p.end), None)
        if m is not None:
            out[i] = ("country", m.country or m.key) if m.kind == "country" else (m.kind, m.key)
            continue
        nat = lx.nationality_at(s.toks, i, lang)
        if nat:
            out[i] = ("country", nat[0])
    return out


def _swap(a: Side, b: Side, ca: Claim, cb: Claim, lang: str) -> str | None:
    """A different place / nationality / person in the same clause, everything else aligned."""
    na, nb = _names(a, ca.quote, lang), _names(b, cb.quote, lang)
    ids_a, ids_b = {v[1] for v in na.values()}, {v[1] for v in nb.values()}
    ua = {i: v for i, v in na.items() if i not in a.aligned and v[1] not in ids_b}
    ub = {i: v for i, v in nb.items() if i not in b.aligned and v[1] not in ids_a}
    kinds = {v[0] for v in ua.values()} & {v[0] for v in ub.values()}
    if kinds and _residue(a, set(ua)) <= SWAP_MAX_OTHER and _residue(b, set(ub)) <= SWAP_MAX_OTHER \
            and _same_frame(a, b, set(ua), set(ub)):
        ka, kb = (sorted(x for x in u.values() if x[0] in kinds) for u in (ua, ub))
        if not any(places.compatible(x[1], y[1]) for x in ka for y in kb):
            wa = " ".join(a.toks[i].form for i in sorted(ua))
            wb = " ".join(b.toks[i].form for i in sorted(ub))
            return f"a different {sorted(kinds)[0]} ({wa} vs {wb}; places.json / nationality)"
    if ca.entities and cb.entities and not set(ca.entities) & set(cb.entities):
        if _residue(a, set()) and _residue(b, set()) and _all_names(a, ca) and _all_names(b, cb) \
                and _same_frame(a, b, _unaligned_content(a), _unaligned_content(b)):
            return f"a different person ({', '.join(ca.entities)} vs {', '.join(cb.entities)}; name registry)"
    return None


def _unaligned_content(s: Side) -> set[int]:
    return {i for i in s.content if i not in s.aligned}


def _residue(s: Side, explained: set[int]) -> int:
    """Unaligned content words of ``s`` not in ``explained``."""
    return sum(1 for i in s.content if i not in s.aligned and i not in explained)


def _all_names(s: Side, c: Claim) -> bool:
    """Are the unaligned content words of ``s`` all part of the claim's person names?"""
    names = {w for e in c.entities for w in lx.WORD_RE.findall(fold(e))}
    return all(s.toks[i].variants & names for i in s.content if i not in s.aligned)


def contradiction(a: Claim, b: Claim, lang: str) -> Verdict | None:
    """A contradiction between two same-script statements, or None (see the module docstring)."""
    sa, sb = align(a.quote, b.quote, lang)
    neg = _negation(sa, sb, lang)
    rev = _reversal(sa, sb, lang)
    if neg and rev:
        return None   # a negated antonym ("did not reject" / "approved") may well say the same
    if neg:
        side, why = neg
        if _same_frame(sa, sb, set(), set()):
            who = "the first" if side is sa else "the second"
            return Verdict("contradict", f"same statement, denied in {who} only ({why})", CONF_POLARITY)
        return None
    if rev:
        pair, ea, eb, wa, wb = rev
        if _same_frame(sa, sb, ea, eb):
            return Verdict("contradict", f"same statement, opposite outcome ({wa} vs {wb}: {lang}.reversals "
                                         f"'{pair.name}')", CONF_POLARITY)
        return None
    num = _number_change(sa, sb, lang)
    if num and _same_frame(sa, sb, set(), set()):
        i, j = num
        return Verdict("contradict", f"same statement, different number ({sa.toks[i].form} vs {sb.toks[j].form})",
                       CONF_POLARITY)
    swap = _swap(sa, sb, a, b, lang)
    if swap:
        return Verdict("contradict", f"same statement, {swap}", CONF_POLARITY)
    return None


def reversal_seen(a: Claim, b: Claim, lang: str) -> bool:
    """Does a reversal word or a one-sided negation separate the two clauses at all?"""
    sa, sb = align(a.quote, b.quote, lang)
    return bool(_negation(sa, sb, lang) or _reversal(sa, sb, lang))


def overlap(a: list[str], b: list[str]) -> float:
    """Share of the smaller word set found in the other."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def judge(a: Claim, b: Claim, similarity: float = 0.0, rare: frozenset[str] = frozenset()) -> Verdict:
    """Compare two statement claims. ``similarity`` is their embedding cosine (cross-script pairs),
    ``rare`` the story's content words not too common to count as shared evidence. Symmetric in
    ``a`` and ``b`` (the verdict's kind)."""
    script_a, script_b = script_of(a.quote), script_of(b.quote)
    if script_a != script_b:
        if similarity >= CROSS_SCRIPT_COS:
            return Verdict("agree", f"same statement across languages (cosine {similarity:.2f})", CONF_SIMILAR)
        return UNRELATED
    lang = SCRIPT_LANG.get(script_a)
    if lang:
        found = contradiction(a, b, lang)
        if found is None:
            found = contradiction(b, a, lang)   # the kind must not depend on the order
        if found is not None:
            return found
    if a.entities and b.entities and not set(a.entities) & set(b.entities):
        return UNRELATED  # about different people
    if a.polarity != b.polarity:
        return UNRELATED  # similar words, one of them negated: not the same statement
    if lang and reversal_seen(a, b, lang):
        return UNRELATED  # opposite words, too little else shared to call it a contradiction
    shared = len(set(a.keywords) & set(b.keywords) & rare)
    share = overlap(a.keywords, b.keywords)
    if shared >= STATEMENT_MIN_SHARED and share >= STATEMENT_MIN_SHARE:
        return Verdict("agree", f"same statement ({shared} rare words shared)", CONF_SIMILAR)
    return UNRELATED


def words(c: Claim) -> str:
    """A statement reads as its clause."""
    from .reading import quote_words
    return quote_words(c)
