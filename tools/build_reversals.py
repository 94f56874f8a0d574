"""Print candidate reversal word pairs from ANS *train* for a human to vet (never run on dev).

    python tools/build_reversals.py [--train /work/shared/eval/ans/train.csv] [--top 60] [--gate]

For every headline pair, the two headlines are aligned as ``factcheck.kinds.statement`` aligns two
statements. Where they share most of their content and exactly one content word of each side is
left over, that (word, word) pair is counted by the pair's stance. Pairs seen mostly in
contradictions are printed, with the folded words and counts: a human decides which of them are
general reversals of the language (verbs and adjectives of change, outcome, direction, state) and
writes their lemmas into ``factcheck/data/<lang>/reversals.json``. Nothing is written by this tool.

``--gate`` prints, for each share of aligned content, how many pairs with a reversal word or a
one-sided negation are contradictions (the calibration of statement_align.MIN_ALIGNED_SHARE).
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from factcheck.kinds import statement, statement_align

TRAIN = Path("/work/shared/eval/ans/train.csv")
# Share of content words aligned for a pair to count as "the same headline but one word".
CANDIDATE_MIN_SHARE = 0.5
# Share-of-aligned-content bins printed by --gate.
GATE_BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)


def rows(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(r["s1"], r["s2"], r["stance"]) for r in csv.DictReader(f)]


def leftovers(s1: str, s2: str) -> tuple[list[str], list[str], float]:
    """Unaligned content words of each side and the smaller aligned share."""
    a, b = statement_align.align(s1, s2, "ar")
    ua = [a.toks[i].form for i in a.content if i not in a.aligned]
    ub = [b.toks[i].form for i in b.content if i not in b.aligned]
    sa = (len(a.content) - len(ua)) / len(a.content) if a.content else 0.0
    sb = (len(b.content) - len(ub)) / len(b.content) if b.content else 0.0
    return ua, ub, min(sa, sb)


def candidates(data: list[tuple[str, str, str]], top: int) -> None:
    by_stance: dict[tuple[str, str], Counter] = {}
    for s1, s2, stance in data:
        ua, ub, share = leftovers(s1, s2)
        if share < CANDIDATE_MIN_SHARE or len(ua) != 1 or len(ub) != 1:
            continue
        key = tuple(sorted((ua[0], ub[0])))
        by_stance.setdefault(key, Counter())[stance] += 1
    ranked = sorted(by_stance.items(), key=lambda kv: (-kv[1]["disagree"], kv[0]))
    print("word 1 | word 2 | disagree | agree | other")
    for (w1, w2), c in ranked[:top]:
        print(f"{w1} | {w2} | {c['disagree']} | {c['agree']} | {c['other']}")


def gate(data: list[tuple[str, str, str]]) -> None:
    bins: dict[float, Counter] = {lo: Counter() for lo in GATE_BINS[:-1]}
    for s1, s2, stance in data:
        a, b = statement_align.align(s1, s2, "ar")
        neg, rev = statement._negation(a, b, "ar"), statement._reversal(a, b, "ar")
        if not (neg or rev):
            continue
        ea, eb = (rev[1], rev[2]) if rev else (set(), set())
        share = min(statement_align.share(a, ea)[0], statement_align.share(b, eb)[0])
        lo = max(x for x in GATE_BINS[:-1] if x <= share)
        bins[lo][stance] += 1
    print("aligned share | disagree | agree | other")
    for lo, c in bins.items():
        print(f">= {lo:.1f} | {c['disagree']} | {c['agree']} | {c['other']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--gate", action="store_true")
    a = ap.parse_args()
    data = rows(a.train)
    if a.gate:
        gate(data)
    else:
        candidates(data, a.top)


if __name__ == "__main__":
    main()
