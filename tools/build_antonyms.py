"""Write the English antonym pairs of ``factcheck/data/en/reversals.json`` ("antonyms") from WordNet.

    python tools/build_antonyms.py [--wordnet /usr/share/wordnet] [--min-count 5] [--check]

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` package installs it (``apt-get install
wordnet-base``: /usr/share/wordnet/data.verb, data.adj, verb.exc, cntlist.rev). Licence: the WordNet 3.0
licence (Princeton University, permissive: use, copy, modify and distribute with the copyright notice;
/usr/share/doc/wordnet-base/copyright). Nothing is written by hand: every pair is a lexical antonymy
pointer ("!") between two word senses of verbs or adjectives, e.g. increase / decrease, win / lose,
open / close, legal / illegal. Kept: one-word lemmas of letters only, both senses common enough in
WordNet's sense-tagged corpus (``cntlist.rev`` count >= --min-count; rare senses such as "wax" /
"wane" of the moon add noise and no news wording), and neither word a stopword or negation of the
English lexicon. Irregular verb forms (verb.exc: "rose" -> "rise") are added next to their lemma,
since the loader's inflection rules only strip regular endings. A pair already opposed by a
hand-written reversal pair is left out (its words keep that pair's name).

``--check`` prints the counts and exits non-zero when the file is not what the tool would write.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "factcheck" / "data" / "en" / "reversals.json"
WORDNET = Path("/usr/share/wordnet")
# Sense-tagged occurrences (cntlist.rev) each sense of a pair needs. Measured on the scoreboard (seeds
# and the studied stories): every pair (count 0, 2,109 pairs) adds a wrong contradiction on one story
# (contradiction F1 0.37 -> 0.36: rare senses read as other words in news text); 5 (211 pairs) changes
# no row.
MIN_SENSE_COUNT = 5
# Parts of speech read: verbs and adjectives (head adjectives carry the antonymy; noun antonyms are
# mostly a noun of the same verb or adjective, already covered).
POS_FILES = {"v": "data.verb", "a": "data.adj"}
WORD = re.compile(r"^[a-z]+$")
# Where the generated keys start (everything before it is hand-written and kept).
GENERATED = ',\n "_antonyms_source"'


def synsets(path: Path) -> dict[str, list[tuple[str, list[tuple[str, int, int]]]]]:
    """offset -> [(word, [(pointer, target offset, source word no, target word no)])] of a data file."""
    out: dict[str, list] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line or line.startswith(" "):
            continue   # the licence header
        f = line.split(" ")
        offset, n = f[0], int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).lower() for i in range(n)]
        k = 4 + 2 * n
        ptrs = []
        for _ in range(int(f[k])):
            sym, target, _pos, st = f[k + 1: k + 5]
            ptrs.append((sym, target, int(st[:2], 16), int(st[2:], 16)))
            k += 4
        out[offset] = [(w, ptrs) for w in words]
    return out


def sense_counts(path: Path) -> dict[tuple[str, str], int]:
    """(lemma, pos letter) -> the highest tag count of its senses (cntlist.rev: "lemma%pos:... n count")."""
    out: dict[tuple[str, str], int] = defaultdict(int)
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, count = line.split(" ")
        lemma, rest = key.split("%", 1)
        pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
        out[(lemma.lower(), pos)] = max(out[(lemma.lower(), pos)], int(count))
    return out


def irregular(path: Path) -> dict[str, list[str]]:
    """lemma -> its irregular forms (verb.exc: "rose rise")."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        form, *lemmas = line.split()
        for lemma in lemmas:
            if WORD.match(form) and form not in out[lemma]:
                out[lemma].append(form)
    return out


def antonym_pairs(wordnet: Path, min_count: int, excluded: set[str]) -> list[tuple[str, str, str]]:
    """(word, word, pos) lexical antonym pairs, each once, sorted."""
    counts = sense_counts(wordnet / "cntlist.rev")
    pairs = set()
    for pos, name in POS_FILES.items():
        data = synsets(wordnet / name)
        for offset, words in data.items():
            for w, ptrs in words:
                for sym, target, src, tgt in ptrs:
                    if sym != "!" or src == 0 or tgt == 0 or target not in data:
                        continue
                    a, b = words[src - 1][0], data[target][tgt - 1][0]
                    if not (WORD.match(a) and WORD.match(b)) or {a, b} & excluded or a == b:
                        continue
                    if min(counts.get((a, pos), 0), counts.get((b, pos), 0)) < min_count:
                        continue
                    pairs.add((*sorted((a, b)), pos))
    return sorted(pairs)


def build(wordnet: Path, min_count: int) -> str:
    """The reversal file's text with its generated "antonyms" section (the last two keys) rewritten;
    the hand-written sections before it are kept as they are."""
    text = OUT.read_text(encoding="utf-8")
    data = json.loads(text)
    lexicon = json.loads((ROOT / "factcheck" / "data" / "en" / "lexicon.json").read_text(encoding="utf-8"))
    excluded = {w.lower() for w in lexicon.get("stopwords", []) + lexicon.get("negation", {}).get("particles", [])
                if isinstance(w, str)}
    listed = {w for p in data["pairs"] for side in "ab" for w in p[side]}
    forms = irregular(wordnet / "verb.exc")
    out = []
    for a, b, pos in antonym_pairs(wordnet, min_count, excluded):
        if a in listed and b in listed:
            continue   # opposed by a hand-written pair already
        side_a = [a] + (forms.get(a, []) if pos == "v" else [])
        side_b = [b] + (forms.get(b, []) if pos == "v" else [])
        side_b = [w for w in side_b if w not in side_a]
        out.append({"a": side_a, "b": side_b, "pos": pos})
    source = (f"tools/build_antonyms.py: Princeton WordNet 3.0 (Debian wordnet-base, WordNet 3.0 licence), "
              f"lexical antonym pointers of verbs and adjectives, senses with a tag count >= {min_count}: "
              f"{len(out)} pairs")
    head = text[: text.index(GENERATED)] if GENERATED in text else text[: text.rstrip().rindex("}")].rstrip()
    rows = ",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in out)
    return f"{head}{GENERATED}: {json.dumps(source)},\n \"antonyms\": [\n{rows}\n ]\n}}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet 3.0 database folder")
    ap.add_argument("--min-count", type=int, default=MIN_SENSE_COUNT)
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    a = ap.parse_args(argv)
    if not (a.wordnet / "data.verb").exists():
        print(f"no WordNet database in {a.wordnet} (apt-get install wordnet-base)", file=sys.stderr)
        return 2
    text = build(a.wordnet, a.min_count)
    n = len(json.loads(text)["antonyms"])
    if a.check:
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{n} antonym pairs; {OUT.relative_to(ROOT)} {'up to date' if same else 'differs'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{n} antonym pairs written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
