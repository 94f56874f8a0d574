"""Names a story introduces: which of the name runs that a nationality or a person noun introduces
("the Kenyan Daniel Mwangi", "العداء الكيني دانيال موانغي") the story writes only as names, learnt over
all its articles into its ``NameRegistry`` (``TitleParser.introduced`` finds the runs).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import places
from .names import NameRegistry
from ..lang.lexicon import Tok
from ..lang.text import LATIN, script_of

if TYPE_CHECKING:
    from .persons import TitleParser

__all__ = ["LEARN_ROUNDS", "MIN_SURNAME_USES", "introduced_names"]

# A name introduced by a nationality counts as a person only when its last word is used this many
# times in the story (journalists give a full name once, then the surname: "Mwangi said"); this keeps
# organisations out ("Kenya Airways", "الهلال الأحمر").
MIN_SURNAME_USES = 2
# Rounds of learning introduced names: a second round finds, through the first round's names, the
# same names in the other script (invented mixed stories need two; a third found nothing more).
LEARN_ROUNDS = 2


def introduced_names(parsers: dict[str, "TitleParser"], texts: list[tuple[str, str, list[Tok]]],
                     registry: NameRegistry) -> None:
    """Learn the names that a nationality or a person noun introduces in the story's ``(text,
    language, tokens)`` (``TitleParser.introduced``) that the story writes only as names: the surname is used at least
    ``MIN_SURNAME_USES`` times, and no word of the name is ever written as a common word elsewhere
    (in lower case in Latin script, "the death toll"; with the definite article in Arabic, "الجولة").
    A name learnt in one script is then looked for again (``LEARN_ROUNDS``), so that the same name in
    the other script is recognised where a word of it reads as a common word ("بالينت فارغا")."""
    for text, lang, toks in texts:
        particles = parsers[lang].particles
        for i, j in parsers[lang].name_runs(text, toks):
            if places.find_places(text[toks[i].start:toks[j - 1].end]):
                continue   # "Salt Lake City": a place, no evidence of a person
            registry.observe([toks[k].form for k in range(i, j) if toks[k].form not in particles])
    for _ in range(LEARN_ROUNDS):
        known = len(registry.pairs)
        _learn_introduced(parsers, texts, registry)
        if len(registry.pairs) == known:
            break


def _learn_introduced(parsers: dict[str, "TitleParser"], texts: list[tuple[str, str, list[Tok]]],
                      registry: NameRegistry) -> None:
    """One round of ``introduced_names``."""
    found = [(lang, [toks[k] for k in range(i, j)]) for text, lang, toks in texts
             for i, j in parsers[lang].introduced(text, toks, registry)]
    for lang, name in found:   # a name introduced once is evidence of who the story names (``canonical``)
        registry.observe([t.form for t in name if t.form not in parsers[lang].particles])
    if not found:
        return
    wanted = {v for _, name in found for t in name for v in t.variants}   # only the candidates' words are counted
    uses: dict[str, int] = {}
    common: set[str] = set()
    for _, _, toks in texts:
        for t in toks:
            if t.variants.isdisjoint(wanted):
                continue
            uses[t.form] = uses.get(t.form, 0) + 1
            if script_of(t.form) == LATIN and not t.cap:
                common.add(t.form)
            elif t.article:
                common |= t.variants
    for lang, name in found:
        # the longest run of two words or more that ends in a reused surname ("توماس بيرغ هدفين": the
        # run read three words, the name is two); its particles ("van") are lower case by rule, and a
        # name known from another article (``NameRegistry.known_pair``) is taken as known
        particles = parsers[lang].particles
        for end in range(len(name), 1, -1):
            words = name[:end]
            if words[-1].form in particles:
                continue
            known = registry.known_pair(words[0], words[-1])
            if known or (uses.get(words[-1].form, 0) >= MIN_SURNAME_USES
                         and not any(common & t.variants for t in words if t.form not in particles)):
                registry.add([t.form for t in words])
                break
