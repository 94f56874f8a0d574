"""Name keys: the consonant skeleton that one name token has in Arabic and Latin spellings
(``skeleton``: Lavrov / لافروف, Dijk / دايك, Kovačić / كوفاتشيتش), and the story's registry of the
names it has seen (``NameRegistry``): full names, their first and last words, names seen in both
orders, and surnames that different people share a skeleton with (Hassan / Hussein).

Transliteration data: ``data/translit.json``. Used by ``mentions.persons``, which finds the names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import data as langdata
from ..lang.lexicon import Tok
from ..lang.text import ARABIC, fold, script_of

# Skeletons shorter than this ("برس", "lfrf" is fine) match too many words; such names must match
# exactly as seen before.
MIN_SKELETON = 4
# A Latin word's ending rewritten by ``translit.json latin_final`` (-ic read as Slavic -ić) only when the
# word has this many letters: "Modric", "Vidic" are Slavic surnames, "Eric" is not (a shorter word
# keeps its -ic; a miss across scripts, never a merge).
MIN_FINAL_REWRITE = 5
# Spaces, hyphens and apostrophes inside a name token are no part of its key.
NAME_SEPARATORS = re.compile(r"[\s\-'’‘`]+")
# A Latin j after a vowel and before a consonant is a glide, written ي in Arabic (Dijk / دايك,
# Mihajlov / ميهايلوف); before a vowel or at the end it is a consonant (Najib, Raj).
LATIN_GLIDE_J = re.compile(r"(?<=[aeiouy])j(?=[b-df-hj-np-tv-xz])")

# Marks of a person key refined by ``NameRegistry.canonical`` when two people's surnames share a
# skeleton: "<first-name skeleton>+<key>", or "<key>~<surname as written>" (no skeleton holds them).
REFINED_MARK = "+"
AMBIGUOUS_MARK = "~"

# Distinct name tokens whose skeleton is kept (skeletons are looked up for every token of a story).
SKELETON_MEMO = 200_000


@lru_cache(maxsize=SKELETON_MEMO)
def skeleton(token: str) -> str:
    """A spelling- and script-proof key for one name token: its consonants in one alphabet shared
    by Arabic and Latin spellings (data/translit.json), consonants doubled in the spelling merged
    (Hassan / حسن), a consonant repeated across a vowel kept (Mohamed mmd, Ahmed md)."""
    table = _translit()
    low = token.lower()
    if script_of(low) != ARABIC:
        low = "".join(table["latin_letters"].get(ch, ch) for ch in low)   # Kovačić: č, ć before folding
    f = NAME_SEPARATORS.sub("", fold(low))   # "al-Rashid", "Al Rashid", "عبد العزيز": one key
    if script_of(f) != ARABIC:
        for end, rep in table["latin_final"].items():
            if len(f) >= MIN_FINAL_REWRITE and f.endswith(end):
                f = f[:-len(end)] + rep
        f = LATIN_GLIDE_J.sub("", f)
        for di, rep in table["latin_digraphs"].items():
            f = f.replace(di, rep)
        letters = [table["latin"].get(ch, ch if ch.isdigit() else "") for ch in f]
    else:
        letters = [table["arabic"].get(ch, "") for ch in f]
    out = "".join(ch for k, ch in enumerate(letters) if k == 0 or ch != letters[k - 1])
    return out.replace("ts", "s") or f


@lru_cache(maxsize=1)
def _translit() -> dict:
    return langdata.load_file("translit.json")


@dataclass
class NameRegistry:
    """Name mentions seen in a story, keyed by the skeleton of their last token."""

    full: dict[str, str] = field(default_factory=dict)   # skeleton -> longest surface form seen
    forms: set[str] = field(default_factory=set)          # folded last tokens seen
    # skeletons of the first and last word of every name of two words or more: a name seen in one
    # script is recognised in the other even where a word reads as a common one ("بالينت فارغا")
    pairs: set[tuple[str, str]] = field(default_factory=set)
    # last-word skeleton -> key of the same two words seen in the other order ("Ramesh Kumar" / "Kumar Ramesh")
    aliases: dict[str, str] = field(default_factory=dict)
    # key -> (first-word skeleton, folded last word) of every name of two words or more seen with it,
    # learnt or only seen (``observe``): two surnames written differently in one script after
    # different first names are two people whose surnames share a skeleton ("Omar Hassan", "Ali
    # Hussein": both "sn")
    evidence: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)   # a key ``canonical`` refines -> its name

    def add(self, words: list[str]) -> str:
        key = skeleton(words[-1])
        first, surname = (skeleton(words[0]), words[-1]) if len(words) >= 2 else (None, words[-1])
        if first is not None:
            if first != key and (key, first) in self.pairs and first in self.full:
                # both words match a name seen in the other order: one person, keyed as first seen
                self.aliases[key] = first
                first, surname = key, words[0]
            self.pairs.add((skeleton(words[0]), skeleton(words[-1])))
        key = self.aliases.get(key, key)
        self.forms.add(fold(words[-1]))
        label = " ".join(words)
        if len(label) > len(self.full.get(key, "")):
            self.full[key] = label
        if first is not None:
            self.evidence.setdefault(key, set()).add((first, fold(surname)))
            refined = f"{first}{REFINED_MARK}{key}"
            if len(label) > len(self.labels.get(refined, "")):
                self.labels[refined] = label
        return key

    def observe(self, words: list[str]) -> None:
        """Note a name of two words or more seen in the story without learning it as a name (a
        capitalised run: ``TitleParser.name_runs``), as evidence for ``canonical``."""
        if len(words) >= 2:
            key = skeleton(words[-1])
            self.evidence.setdefault(self.aliases.get(key, key), set()).add((skeleton(words[0]), fold(words[-1])))

    def _shared(self, key: str) -> bool:
        """Is the key shared by different people: two surnames written differently in one script,
        each after a first name the other is never seen with?"""
        seen = self.evidence.get(key, ())
        return any(fa != fb and sa != sb and script_of(sa) == script_of(sb)
                   for fa, sa in seen for fb, sb in seen)

    def lookup(self, token: str) -> str | None:
        """The person key of a name token: its skeleton when that is distinctive (>= MIN_SKELETON
        letters), else only an exact spelling seen before."""
        key = skeleton(token)
        key = self.aliases.get(key, key)
        if key not in self.full:
            return None
        return key if len(key) >= MIN_SKELETON or fold(token) in self.forms else None

    def canonical(self, key: str | None, surname: str | None = None) -> str | None:
        """The key a person key stands for: the key of the name seen in the other order; when the
        story names different people whose surnames share a skeleton (``_shared``), the key refined
        by the first name that the surname as written (``surname``) goes with ("sn" -> "mr+sn" for
        "Hassan" of "Omar Hassan"), or by the written surname itself when that is not one person's.
        Idempotent."""
        if not key:
            return key
        key = self.aliases.get(key, key)
        if not surname or not self._shared(key):
            return key
        form = fold(surname.split()[-1])
        firsts = {f for f, s in self.evidence[key] if s == form}
        if len(firsts) == 1:
            return f"{next(iter(firsts))}{REFINED_MARK}{key}"
        return f"{key}{AMBIGUOUS_MARK}{form}"

    def label(self, key: str) -> str:
        """The name a key is shown by (the longest form seen)."""
        return self.full.get(key) or self.labels.get(key) or key

    def known_pair(self, first: Tok, last: Tok) -> bool:
        """Are two tokens the first and last word of a name seen before (in any script)? Their
        skeletons together must have MIN_SKELETON letters."""
        a, b = skeleton(first.form), skeleton(last.form)
        return len(a) + len(b) >= MIN_SKELETON and (a, b) in self.pairs
