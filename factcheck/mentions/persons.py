"""People: title phrases ("the Russian ambassador to Washington") and the names they attach to, names a
person noun or a nationality introduces (which of them a story writes as names: ``mentions.introduced``),
and runs of capitalised name words with their particles
("Sophie van Dijk"). The key that unites spelling variants of one name (دارشييف / دارشيف, Dijk / دايك)
and the story's registry of names live in ``mentions.names``; ``skeleton`` and ``NameRegistry`` are
re-exported here for the modules that import them from this one.

Title words, complement prepositions, office nouns and nationality words come from the lexicon.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..lang import lexicon as lx
from . import places, values
from .offices import fold_word
from .names import NameRegistry, skeleton
from ..lang.language import language
from ..lang.lexicon import Tok
from ..lang.text import LATIN, script_of

__all__ = ["MAX_NAME_TOKENS", "NameRegistry", "RoleMention", "TitleParser", "is_place_word", "skeleton"]

# Punctuation between two tokens that ends a name or a title (precompiled: asked for every token pair);
# a line break too: a headline, a section label or a byline ("ATHLETICS", "Home > Running") and the
# name that opens the next line are never one name.
CLAUSE_MARK = re.compile(r"[،,;؛.:\n]")
LATIN_CLAUSE_MARK = re.compile(r"[,;.:\n]")
STRONG_MARK = re.compile(r"[;؛.:\n]")
COMMA_MARK = re.compile(r"[،,]")

# A name is at most this many tokens ("رجب طيب أردوغان"); longer runs are not names.
MAX_NAME_TOKENS = 3
# Name particles in a row inside a name ("van der", "de la"; ``<lang>.lexicon name_particles``).
MAX_PARTICLES = 2
# Tokens of a title's complement ("لدى الولايات المتحدة", "لشؤون روسيا ووسط أوروبا").
MAX_COMPLEMENT_TOKENS = 4
# How far (tokens) an office noun + modality cue may sit before a title ("يتوقع أن يتولى منصب ...").
OFFICE_LOOKBACK = 6

# Words between a nationality and the name it introduces ("the Kenyan long-distance runner Joseph
# Mwangi": long, distance, runner); languages whose nouns precede the nationality have none.
MAX_DESCRIPTOR_TOKENS = 3


@dataclass
class RoleMention:
    name: tuple[int, int]              # token indices [i, j) of the name
    title: tuple[int, int]             # token indices of the title phrase
    head: str                          # folded title head words ("نايب مساعد وزير خارجيه")
    nationality: str | None            # code of the title's nationality word ("الروسي" -> RU)
    post: str | None                   # country/place code of "لدى/in X" ("لدى واشنطن" -> US)
    portfolio: tuple[str, ...]         # folded words after "لشؤون"/"for" ("اوروبا", "اوراسيا")
    modality: str = "asserted"
    cue: str | None = None
    past: bool = False




def _between(text: str, a: Tok, b: Tok) -> str:
    return text[a.end:b.start]


def _is_article_word(t: Tok) -> bool:
    return t.article


class TitleParser:
    def __init__(self, lang: str):
        self.lang = lang
        self.heads = lx.lexicon(lang).titles.heads.phrases
        self.post_preps = lx.lexicon(lang).titles.post_preps.words
        self.portfolio_preps = lx.lexicon(lang).titles.portfolio_preps.words
        self.preps = self.post_preps | self.portfolio_preps
        self.drop = lx.lexicon(lang).titles.drop_modifiers.words
        self.past = lx.lexicon(lang).titles.past_modifiers.words
        self.offices = lx.lexicon(lang).titles.office_nouns.words
        self.stop = lx.lexicon(lang).stopwords.words
        self.lead_cues = lx.lexicon(lang).leadership.cues.words
        self.attr = lx.lexicon(lang).attribution.verbs.words
        self.no_name = self.stop | self.preps | self.lead_cues | self.attr   # words never part of a name
        self.determiners = lx.lexicon(lang).titles.determiners.words
        self.possessives = lx.lexicon(lang).titles.possessives.words
        self.conj = lx.lexicon(lang).conjunction_prefixes
        self.max_pre = lx.lexicon(lang).titles.max_premodifiers
        self.script = language(lang).script
        self.particles = frozenset(lx.lexicon(lang).name_particles)

    def _premodifiers(self, text: str, toks: list[Tok], i: int) -> tuple[int, str | None, list[str]]:
        """Words before a title head that belong to the title ("the health minister", "Russian
        Foreign Minister"): (index the title starts at, nationality, modifier words). Languages whose
        titles take no premodifiers (max_premodifiers 0) return (i, None, [])."""
        k, nat, words = i, None, []
        while k > 0 and i - k < self.max_pre and not CLAUSE_MARK.search(_between(text, toks[k - 1], toks[k])):
            t = toks[k - 1]
            if t.form in self.determiners:
                return k - 1, nat, words
            natm = lx.nationality_at(toks, k - 1, self.lang)
            if natm:
                nat = natm[0]
            elif t.variants & (self.stop | self.attr | self.lead_cues) or not t.form.isalpha():
                break
            elif values.find_values(t.form, self.lang):
                break   # "on Tuesday sentenced former mayor X": a day or a number is no part of a title
            else:
                words.insert(0, t.form)
                if t.variants & self.past:
                    # "former" opens the title: what precedes it, but for a determiner, is not the
                    # office ("sentenced former transport minister X", "the disgraced former mayor")
                    det = k - 2 >= 0 and toks[k - 2].form in self.determiners \
                        and not CLAUSE_MARK.search(_between(text, toks[k - 2], toks[k - 1]))
                    return (k - 2 if det else k - 1), nat, words
            k -= 1
        return k, nat, words

    def _head_at(self, toks: list[Tok], i: int) -> int:
        """Length in tokens of the longest title head starting at token i (0: none)."""
        if i >= len(toks):
            return 0
        heads = lx.lexicon(self.lang).titles.heads
        if heads.firsts.isdisjoint(toks[i].variants):
            return 0   # no head starts with any form of this token (most tokens)
        index = heads.by_first
        best = 0
        for v in toks[i].variants:
            for _, phrase in index.get(v, ()):
                if len(phrase) > best and lx.match_at(toks, i, phrase):
                    best = len(phrase)
        return best

    def name_like(self, t: Tok, pos: int) -> bool:
        latin = script_of(t.form) == LATIN
        if latin and not (t.form[:1].isalpha() and t.cap):
            return False  # Latin names are capitalized (the cheap test first: most words are not)
        if not latin and _is_article_word(t):
            return False
        if t.variants & self.no_name:
            return False
        if self._head_at([t], 0) or lx.nationality_at([t], 0, self.lang) or t.form.isdigit():
            return False
        # a third token glued to a preposition ("... دارشييف لوكالة") ends the name
        if pos >= 2 and t.form.startswith(lx.lexicon(self.lang).preposition_prefixes or ("\0",)):
            return False
        if is_place_word(t.form):
            return False
        if not latin and _a_value(t.form, self.lang):
            return False   # "فيكتور لونغو ثانيا": an ordinal, a number or a day ends the name (capitals mark Latin names)
        return len(t.form) >= 2

    def parse(self, text: str, toks: list[Tok], registry: NameRegistry) -> list[RoleMention]:
        out: list[RoleMention] = []
        i = 0
        while i < len(toks):
            hl = self._head_at(toks, i)
            if not hl:
                i += 1
                continue
            j = i + hl
            pre, nat, pre_words = self._premodifiers(text, toks, i)
            post = None
            portfolio: list[str] = []
            head_words = pre_words + [t.form for t in toks[i:j]]
            while j < len(toks) and not CLAUSE_MARK.search(_between(text, toks[j - 1], toks[j])):
                t = toks[j]
                more = self._head_at(toks, j)
                natm = lx.nationality_at(toks, j, self.lang)
                if more:
                    head_words += [x.form for x in toks[j:j + more]]
                    j += more
                elif t.form in self.drop or t.form in self.past:
                    if t.form in self.past:
                        head_words.append(t.form)   # "وزير النقل السابق": the title's time, read by kinds.role
                    j += 1
                elif natm and nat is None:
                    nat = natm[0]
                    j += natm[1]
                elif post is None and not portfolio and _place_country(t.form):
                    post = _place_country(t.form)   # "رئيس بلدية صفاقس": the place the office is of
                    j += 1
                elif t.form in self.preps:
                    is_portfolio = t.form in self.portfolio_preps
                    j += 1
                    k = 0
                    conjunct: list[str] = []
                    while j < len(toks) and k < MAX_COMPLEMENT_TOKENS and not re.search(
                            r"[،,;؛.:]", _between(text, toks[j - 1], toks[j])):
                        natc = lx.nationality_at(toks, j, self.lang)
                        u = toks[j]
                        if natc and not is_portfolio and post is None:
                            post = natc[0]
                            j += natc[1]
                        elif not is_portfolio and post is None and _place_country(u.form):
                            post = _place_country(u.form)   # "لدى الرباط": posted to Morocco
                            j += 1
                        elif u.form in self.determiners or (u.form in self.possessives and conjunct):
                            j += 1   # "of an International Union ...", "of Chile's Constitutional Court"
                        elif is_portfolio and u.form not in self.stop:
                            stem = fold_word(u.form, self.lang)
                            if conjunct and u.form.startswith(self.conj or ("\0",)) and u.form != stem:
                                portfolio.append(" ".join(conjunct))
                                conjunct = []
                            conjunct.append(stem)
                            j += 1
                        else:
                            break
                        k += 1
                    if conjunct:
                        portfolio.append(" ".join(conjunct))
                elif _is_article_word(t) and not registry.lookup(t.form) and not self._known_start(toks, j, registry):
                    head_words.append(t.form)   # folded once, with the rest of the head, below
                    j += 1
                else:
                    break
            title = (pre, j)
            name = self._name_after(text, toks, j, registry) or self._name_before(text, toks, pre, registry)
            if name:
                modality, cue = self._office_modality(toks, i, name)
                past = any(t.form in self.past for t in toks[i:j])
                head = " ".join(fold_word(w, self.lang) for w in head_words)
                out.append(RoleMention(name, title, head, nat, post, tuple(sorted(set(portfolio))), modality, cue, past))
                registry.add([toks[k].form for k in range(*name)])
            i = max(j, i + 1)
        return out

    def introduced(self, text: str, toks: list[Tok], registry: NameRegistry | None = None) -> list[tuple[int, int]]:
        """Names a person noun introduces in any script ("striker Tomas Berg", "المهاجم توماس بيرغ",
        ``<lang>.lexicon person_nouns``), and names introduced by a nationality, with no title, in
        Latin script: "Kenyan Joseph Mwangi", "the Kenyan runner Joseph Mwangi" (a country's possessive, "Kenya's Joseph Mwangi", is not read:
        it lowered a held-out story's agreement). Token spans [i, j) of two or more
        capitalized name-like words (``introduced_names`` keeps those the story uses only as names).
        Arabic script marks no names: "الكيني" alone is followed by a verb or a noun as often as by a
        name, so there only a person noun introduces one."""
        out: list[tuple[int, int]] = []
        for hit in lx.find_cues(toks, lx.lexicon(self.lang).person_nouns):
            j = hit.j   # "striker Tomas Berg", "المهاجم توماس بيرغ": a person noun, then the name
            while j < len(toks) and (nat := lx.nationality_at(toks, j, self.lang)):
                j += nat[1]   # "اللاعب الأرجنتيني خوان فالديز"
            name = self._full_name_at(text, toks, j, registry)
            if name and (not self._agreeing(toks[name[0]:name[1]])
                         or registry is not None and registry.known_pair(toks[name[0]], toks[name[1] - 1])):
                out.append(name)
        if self.script != LATIN:
            return out
        for k, t in enumerate(toks):
            if not t.cap:
                continue   # a nationality in Latin script is capitalised ("Kenyan")
            nat = lx.nationality_at(toks, k, self.lang)
            j = k + nat[1] if nat else 0
            if not j:
                continue
            d = j
            while d < len(toks) and d - j < MAX_DESCRIPTOR_TOKENS and script_of(toks[d].form) == LATIN \
                    and not toks[d].cap and toks[d].form.isalpha() and toks[d].form not in self.stop:
                d += 1   # "the Kenyan runner Joseph Mwangi": a descriptor of common nouns
            name = self._full_name_at(text, toks, d, registry)
            if not name:
                continue
            after = toks[name[1]] if name[1] < len(toks) else None
            if after is not None and after.cap and not LATIN_CLAUSE_MARK.search(_between(text, toks[name[1] - 1], after)):
                continue   # a longer capitalized run: a title-case headline or an organisation ("Kenya Airways Flight")
            if values.find_values(text[toks[name[0]].start:toks[name[1] - 1].end], self.lang):
                continue   # "Hamas' October": a month or another value, not a name
            out.append(name)
        return out

    def first_name(self, text: str, toks: list[Tok]) -> tuple[int, int] | None:
        """The first run of two or more capitalised name-like words in a Latin-script sentence that
        is neither part of a longer capitalised run nor split by punctuation ("Daniel Kibet of Uganda
        won") and names no organisation (``organisation_run``: "Real Castellon have completed the
        signing of striker Dario Venn": Dario Venn): who the sentence is most likely about; None in
        scripts without case."""
        return next((r for r in self.name_runs(text, toks) if not self.organisation_run(text, toks, r)), None)

    def organisation_run(self, text: str, toks: list[Tok], run: tuple[int, int]) -> bool:
        """Does a capitalised run name an organisation, not a person? It holds a designator of the
        lexicon's ``organisation_words`` ("Real Castellon", "Norbanken Holdings"), a definite article
        stands right before it ("the Velskar Supreme"), or a verb form of ``plural_verbs`` right after
        it ("Porto Azul have signed"): a person's name takes none of them."""
        i, j = run
        lex = lx.lexicon(self.lang)
        if any(t.variants & lex.organisation_words.words for t in toks[i:j]):
            return True
        if i > 0 and toks[i - 1].variants & lex.definite_articles.words and not _between(text, toks[i - 1], toks[i]).strip():
            return True
        return j < len(toks) and bool(toks[j].variants & lex.plural_verbs.words) \
            and not _between(text, toks[j - 1], toks[j]).strip()

    def name_runs(self, text: str, toks: list[Tok]) -> Iterator[tuple[int, int]]:
        """Token spans of the runs of two or more capitalised name-like words (name particles
        between them) that are neither part of a longer capitalised run nor split by punctuation,
        in order; none in scripts without case."""
        if self.script != LATIN:
            return
        k = 0
        while k < len(toks):
            if not toks[k].cap:
                k += 1   # a Latin name starts with a capital (``name_like``)
                continue
            j = self.name_run(text, toks, k)
            if j - k >= 2 and not self._joined(text, toks, k - 1, k) and not self._joined(text, toks, j, j - 1) \
                    and not self._head_at(toks, j):   # "Former Graz mayor ...": words of a title, not a name
                yield (k, j)
            k = max(j, k + 1)

    def _joined(self, text: str, toks: list[Tok], i: int, neighbour: int) -> bool:
        """Does the capitalised word at ``i`` continue the run at ``neighbour`` ("Kenya Airways
        Flight")? A function word or a nationality before a name does not ("The", "Kenyan")."""
        if not 0 <= i < len(toks) or not toks[i].cap or toks[i].variants & self.stop:
            return False
        a, b = sorted((i, neighbour))
        return not LATIN_CLAUSE_MARK.search(_between(text, toks[a], toks[b])) and not lx.nationality_at(toks, i, self.lang)

    def _full_name_at(self, text: str, toks: list[Tok], j: int,
                      registry: NameRegistry | None = None) -> tuple[int, int] | None:
        """The name of two words or more that starts at token ``j`` right after what introduces it
        (no punctuation between), else None."""
        if not 0 < j < len(toks) or CLAUSE_MARK.search(_between(text, toks[j - 1], toks[j])):
            return None
        name = self._name_after(text, toks, j, registry or NameRegistry())
        return name if name and name[1] - name[0] >= 2 else None

    def _agreeing(self, words: list[Tok]) -> bool:
        """Do all the words end alike in an ending of agreement (``<lang>.lexicon agreement_endings``:
        "هدفا رائعا", "خطوة مهمة")? Then they are a noun and its adjective, not a name."""
        endings = lx.lexicon(self.lang).agreement_endings
        return any(all(t.form.endswith(e) for t in words) for e in endings)

    def particles_at(self, text: str, toks: list[Tok], k: int) -> int:
        """How many name particles start at token ``k`` inside a name ("van der" in "Rafael van der
        Vaart", "فان" in "صوفي فان دايك": ``<lang>.lexicon name_particles``): they count only when a
        name word follows them with no punctuation between; else 0."""
        j = k
        while j < len(toks) and j - k < MAX_PARTICLES and toks[j].form in self.particles:
            j += 1
        if j == k or j >= len(toks) or toks[j].form in self.particles:
            return 0
        if any(CLAUSE_MARK.search(_between(text, toks[m - 1], toks[m])) for m in range(max(k, 1), j + 1)):
            return 0
        return j - k if self.name_like(toks[j], 1) else 0

    def name_run(self, text: str, toks: list[Tok], j: int, registry: NameRegistry | None = None) -> int:
        """One past the last token of the run of name words from token ``j`` (``j``: none): at most
        MAX_NAME_TOKENS name words, name particles between them not counted, no punctuation inside.
        A first word that reads as a common word (an Arabic proclitic + article: "بالينت") starts a
        name when it and a later word are the first and last word of a name the registry knows."""
        k, words = j, 0
        while k < len(toks) and words < MAX_NAME_TOKENS:
            if k > j and CLAUSE_MARK.search(_between(text, toks[k - 1], toks[k])):
                break
            if k > j and (p := self.particles_at(text, toks, k)):
                k += p
                continue
            if not self.name_like(toks[k], words) and not (k == j and self._known_start(toks, k, registry)):
                break
            k += 1
            words += 1
        return k

    def _known_start(self, toks: list[Tok], k: int, registry: NameRegistry | None) -> bool:
        """Does a name the registry knows start at token ``k`` (its first and last word, in any script)?"""
        if registry is None or not registry.pairs:
            return False
        last = min(len(toks), k + MAX_NAME_TOKENS + MAX_PARTICLES)
        return any(registry.known_pair(toks[k], toks[m]) for m in range(k + 1, last))

    def _name_after(self, text: str, toks: list[Tok], j: int, registry: NameRegistry) -> tuple[int, int] | None:
        if j >= len(toks):
            return None
        sep = _between(text, toks[j - 1], toks[j]) if j > 0 else ""
        if STRONG_MARK.search(sep):
            return None
        k = self.name_run(text, toks, j, registry)
        if k == j:
            return None
        # a single token is a name only when a longer mention of it was seen ("دارشييف")
        if k - j == 1 and registry.lookup(toks[j].form) is None:
            return None
        return (j, k)

    def _name_before(self, text: str, toks: list[Tok], i: int, registry: NameRegistry) -> tuple[int, int] | None:
        # NAME، TITLE  or  NAME، الذي ... منصب TITLE
        k = i - 1
        if k >= 0 and toks[k].form in self.offices:
            while k >= 0 and i - k <= OFFICE_LOOKBACK and not COMMA_MARK.search(_between(text, toks[k - 1], toks[k]) if k > 0 else ""):
                k -= 1
            k -= 1
        elif i > 0 and COMMA_MARK.search(_between(text, toks[i - 1], toks[i])):
            pass
        else:
            return None
        if k < 0:
            return None
        end = k + 1
        start = end
        words = 0
        while start - 1 >= 0 and words < MAX_NAME_TOKENS:
            if words and start >= 2 and toks[start - 1].form in self.particles and self.name_like(toks[start - 2], 0) \
                    and not CLAUSE_MARK.search(_between(text, toks[start - 2], toks[start - 1])):
                start -= 1   # "Sophie van Dijk, the minister": a particle between two name words
                continue
            if not self.name_like(toks[start - 1], 0):
                break
            start -= 1
            words += 1
            if start - 1 >= 0 and CLAUSE_MARK.search(_between(text, toks[start - 1], toks[start])):
                break
        if start == end:
            return None
        known = registry.lookup(toks[end - 1].form)
        # an unknown name before a title needs two name-like words and a clear left edge
        # (start of sentence, punctuation or a word that is not name-like)
        if not known and words < 2:
            return None
        return (start, end)

    def _office_modality(self, toks: list[Tok], i: int, name: tuple[int, int]) -> tuple[str, str | None]:
        """Modality of "X, who is expected to take the post of TITLE": cues between name and title."""
        lo = name[1] if name[1] <= i else max(0, i - OFFICE_LOOKBACK)
        window = toks[lo:i]
        for kind in ("expected", "planned", "possible"):
            hits = lx.find_cues(window, lx.lexicon(self.lang).modality.of(kind))
            if hits:
                return kind, hits[0].cue
        return "asserted", None


@lru_cache(maxsize=4096)
def _a_value(form: str, lang: str) -> bool:
    """Does the word alone read as a value (a number or ordinal word, a month, a weekday)?"""
    return bool(values.find_values(form, lang))


@lru_cache(maxsize=4096)
def _place_country(form: str) -> str | None:
    """Country code of a one-token place name ("الرباط" -> MA), else None."""
    hits = [p for p in places.find_places(form) if p.start == 0 and p.end == len(form)]
    return hits[0].country if hits else None


# Distinct word forms whose "is a place name" answer is kept (asked for every token of a story).
PLACE_WORD_MEMO = 200_000


@lru_cache(maxsize=PLACE_WORD_MEMO)
def is_place_word(form: str) -> bool:
    """Whether ``form`` is a whole place name of the gazetteer (a name's token never is)."""
    return any(p.start == 0 and p.end == len(form) for p in places.find_places(form))
