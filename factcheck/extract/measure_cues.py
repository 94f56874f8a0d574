"""Which measure cue names a figure (part of the normalize stage, used by ``frames``, ``figures``,
``asides`` and ``parts``): the nearest cue of the lexicon's ``measures`` within a window of the figure,
told apart from the cues of the clause's other figures ("14 homes burned, injuring 3"), from a cue a
conjunction closes ("killed 48 people and infected 1,230"), and read for both of two coordinated
figures ("Four Britons and three Poles were among the dead").
"""
from __future__ import annotations

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..lang.lexicon import Tok

# A measure of a person (an age) is named by a cue next to its figure ("24-year-old", "aged 24",
# "عن عمر ناهز 93 عاما": one word between): a figure further away is another one of the clause's
# ("the 62-year-old was convicted on 12 counts"). In measure_cue's distance: 1 is right before the
# figure, 2 one word before it, 0.5 right after it.
PERSONAL_CUE_REACH = 2

# Words a figure's counted noun takes between the figure and a measure cue after it ("118 people hurt"):
# a cue further after another figure may still be a whole phrase's ("six students - five undergraduates
# and one lecturer - lost their lives": the six lost their lives).
COUNTED_NOUN_WORDS = 1


def _words_between(toks: list[Tok], i: int, j: int) -> int:
    """The words between tokens ``i`` and ``j`` that are not digits (a figure's digit groups are not words)."""
    return sum(1 for t in toks[i + 1:j] if not any(ch.isdigit() for ch in t.form))


def _joined_by_conjunction(tok: Tok, cue: str, lang: str) -> bool:
    """Does the token holding a cue's first word carry a conjunction proclitic before it (``<lang>.lexicon
    conjunction_prefixes``: "وإصابة" is "and" + "injury"), which opens a new phrase? A cue whose own
    first letters look like one ("وفاة", death) is written as the token is and carries none."""
    words = lx.tokenize(cue, lang)
    if not words or tok.form == words[0].form or not tok.form.endswith(words[0].form):
        return False
    prefix = tok.form[:len(tok.form) - len(words[0].form)]
    return any(prefix.startswith(p) for p in lx.lexicon(lang).conjunction_prefixes)


def _own_verb_after_figure(toks: list[Tok], start: int, first: int, conjunctions: frozenset[str],
                           stop: frozenset[str]) -> bool:
    """Between a cue (ending at ``start``) and a figure (at ``first``): another figure in digits, then
    a conjunction, then a content word of its own ("killed 48 people and infected 1,230": the
    conjunction opens a new predicate; "killed 48 people and 30 cattle" shares the cue)."""
    conj = [k for k in range(start, first) if toks[k].variants & conjunctions]
    if not conj:
        return False
    c = conj[-1]
    return any(ch.isdigit() for t in toks[start:c] for ch in t.form) and any(
        not toks[k].variants & stop and not any(ch.isdigit() for ch in toks[k].form) for k in range(c + 1, first))


def measure_cue(toks: list[Tok], first: int, last: int, lang: str, window: int,
                dimension: str | None = None, others: frozenset[int] = frozenset()) -> tuple[str, int] | None:
    """The measure cue nearest the figure at tokens ``first..last`` (its qualifier and the digit
    groups of "10,000" included), within ``window`` tokens of it, and the cue's token index; given the
    figure's ``dimension``, only a cue of a measure of that dimension ("turnout reached 48 %": not the
    height cue "reached"). A cue after the figure that another figure follows at once (``others``: the
    first tokens of the clause's other figures) is that figure's: "دمرت النيران 14 منزلا وأصيب اثنان"
    (14 homes destroyed, two injured), "14 homes burned, injuring 3". A cue before the figure that
    a conjunction parts from it, after another figure in digits, is that figure's ("120,000 people were
    evacuated and about 400,000 homes lost power")."""
    best = None
    generic = lx.lexicon(lang).generic_count_nouns.words
    conjunctions = lx.lexicon(lang).conjunctions.words
    stop = lx.lexicon(lang).stopwords.words
    personal = langdata.measures("personal")
    grouped = langdata.measures("grouped")
    # a grouped measure's noun right after the figure is what an evolving measure's cue after it counts
    # ("Forty passengers died", "300 passengers were rescued"): that cue wins
    evolving = langdata.measures("evolving")
    told = None
    for name in lx.lexicon(lang).measures:
        if dimension is not None and langdata.measure_dimension(name) != dimension:
            continue
        for hit in lx.find_cues(toks, lx.lexicon(lang).measures.get(name, lx.NO_CUES)):
            if hit.i > last and hit.j in others and (hit.i > last + 1 or _joined_by_conjunction(toks[hit.i], hit.cue, lang)):
                continue   # (a cue right after the figure is its counted noun: "11 قتيلا و5 مصابين"; not
                # one a conjunction joins to it: "مقتل 37 وإصابة 230", injured 230)
            if hit.i > last and name not in grouped and any(
                    last < o < hit.i and _words_between(toks, o, hit.i) <= COUNTED_NOUN_WORDS for o in others):
                continue   # the cue follows another figure and its noun: "the toll rose to 52, with 310 injured"
                # (a grouped measure's cue there names a total's breakdown: "242 people - 230 passengers")
            if hit.j <= first and any(ch.isdigit() for t in toks[:hit.i] for ch in t.form) \
                    and any(t.variants & conjunctions for t in toks[hit.j:first]):
                continue   # "120,000 people were evacuated and about 400,000 homes lost power": the cue
                # ends the other figure's clause, which the conjunction closes
            if hit.j <= first and _own_verb_after_figure(toks, hit.j, first, conjunctions, stop):
                continue   # "killed 48 people and infected 1,230": the cue is the first figure's
            if hit.j <= first and any(t.variants & conjunctions for t in toks[hit.j:first]) \
                    and _cue_after(toks, last, lang, window, name):
                continue   # "A pupil was killed and four people were wounded": the conjunction closes the
                # cue's clause, and the figure has a cue of its own after it
            # tokens between the cue and the figure; a cue after it ("10,000 were missing") wins a tie
            d = hit.i - last - 0.5 if hit.i > last else max(0, first - (hit.j - 1))
            if name in personal and d > PERSONAL_CUE_REACH:
                continue   # "The 62-year-old was convicted on 12 counts": the age is the number the cue touches
            if name in personal and hit.j <= first and hit.i > 0 and hit.i - 1 != last and toks[hit.i - 1].form.isdigit():
                continue   # "The 27-year-old served 14 aces": the cue holds a number of its own, right before it
            # a generic noun that may name a measure ("300 residents were injured") gives way to any other cue
            rank = (all(generic & t.variants for t in toks[hit.i:hit.j]), d)
            if d <= window and (best is None or rank < best[2]):
                best = (name, hit.i, rank)
            if d <= window and hit.i > last and name in evolving and (told is None or rank < told[2]):
                told = (name, hit.i, rank)
    if best is not None and best[0] in grouped and told is not None \
            and best[1] <= last + 1 + COUNTED_NOUN_WORDS and told[1] > best[1]:
        return told[0], told[1]   # "Forty passengers died": the passengers are what the toll counts
    if best is None and (conjunct := _coordinated(toks, last, lang, others)) is not None:
        # "Four Britons and three Poles were among the dead": the predicate is both conjuncts'
        return measure_cue(toks, conjunct[0], conjunct[1], lang, window, dimension, others - {conjunct[0]})
    return (best[0], best[1]) if best else None


# Words of a figure's noun before a conjunction joins a second figure to it ("four Dutch climbers and
# three Poles"): a noun and one modifier.
COORDINATED_NOUN_WORDS = 2


def _coordinated(toks: list[Tok], last: int, lang: str, others: frozenset[int]) -> tuple[int, int] | None:
    """The first and last token of the figure a conjunction joins to the figure ending at token ``last``
    and its noun ("Four Britons and three Poles", "four Dutch climbers and three Poles", "أربعة بريطانيين
    وثلاثة بولنديين"), or None."""
    lex = lx.lexicon(lang)
    for k in range(last + 2, min(len(toks), last + 2 + COORDINATED_NOUN_WORDS)):
        if toks[k].form in lex.conjunctions.words and k + 1 in others:
            return _figure_at(toks, k + 1)   # "... and three Poles"
        if k in others:   # "... وثلاثة بولنديين": the conjunction written onto the figure, or none
            return _figure_at(toks, k) if any(toks[k].form.startswith(p) for p in lex.conjunction_prefixes) else None
        if any(ch.isdigit() for ch in toks[k].form):
            return None
    return None


def _figure_at(toks: list[Tok], k: int) -> tuple[int, int]:
    """The first and last token of the figure starting at token ``k``, its digit groups ("10,000") included."""
    end = k
    while end + 1 < len(toks) and toks[end + 1].form.isdigit():
        end += 1
    return k, end


def _cue_after(toks: list[Tok], last: int, lang: str, window: int, other_than: str) -> bool:
    """Is there a cue of a measure other than ``other_than`` after the figure ending at ``last``, within
    ``window`` tokens and before any other number?"""
    end = last + 1
    while end < min(len(toks), last + 1 + window) and not any(ch.isdigit() for ch in toks[end].form):
        end += 1
    after = toks[last + 1:end]
    lex = lx.lexicon(lang)
    return any(lx.find_cues(after, cues) for name, cues in lex.measures.items()
               if name != other_than and name not in langdata.measures("personal"))
