"""ANS stance benchmark: how factcheck judges pairs of Arabic news headlines (agree / disagree / other).

    python benchmarks/ans.py [--split train|dev] [--limit N] [--show-errors K] [--data DIR]

ANS (Arabic News Stance corpus, Khouja 2020; see /work/shared/eval/ans/README.md) pairs a real
headline with one written by annotators: a paraphrase (agree), a contradiction (disagree: a figure,
entity, place or outcome changed, a negation or a reversal) or an unrelated headline (other).

Each pair becomes two one-sentence Arabic articles of one story, published the same day (a final
full stop is added: a headline-shaped line is otherwise page furniture), and goes through
``factcheck.pipeline.analyze``. The report maps to a stance: a contradiction finding with one side
from each headline -> disagree; else an agreement finding holding claims of both -> agree; else
other. Printed: the confusion matrix, per-class precision / recall / F1, macro-F1 and the false-alarm
rate (contradictions on agree or other pairs, over the number of agree + other pairs).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

from factcheck import pipeline
from factcheck.models import Article, Report

DATA = Path("/work/shared/eval/ans")
LABELS = ("agree", "disagree", "other")
# Both headlines are published on one day: a changed figure is a contradiction, never an update.
PUBLISHED = dt.date(2020, 1, 1)
FULL_STOPS = ".!?؟"


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(s1, s2, stance) rows of an ANS split file."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(r["s1"], r["s2"], r["stance"]) for r in csv.DictReader(f)]
    bad = {r[2] for r in rows} - set(LABELS)
    if bad:
        raise ValueError(f"{path}: unknown stance labels {sorted(bad)}")
    return rows


def headline_article(aid: str, text: str) -> Article:
    """A one-sentence Arabic article holding a headline (with a final full stop)."""
    text = text.strip()
    if not text.endswith(tuple(FULL_STOPS)):
        text += "."
    return Article(id=aid, path=f"{aid}.txt", text=text, language="ar", published=PUBLISHED)


def stance(report: Report) -> tuple[str, str]:
    """The stance a report gives the pair, and the reason of the finding behind it."""
    art = {c.id: c.article for c in report.claims}
    for f in report.findings:
        if f.kind == "contradiction" and len(f.sides) >= 2:
            side_arts = [{art[c] for c in s.claims} for s in f.sides]
            if any(("s1" in x and "s2" in y) or ("s2" in x and "s1" in y)
                   for i, x in enumerate(side_arts) for y in side_arts[i + 1:]):
                return "disagree", f"{f.property}: {f.reason}"
    for f in report.findings:
        if f.kind == "agreement" and {"s1", "s2"} <= {art[c] for c in f.claims}:
            return "agree", f"{f.property}: {f.reason}"
    return "other", ""


def judge_pair(s1: str, s2: str) -> tuple[str, str]:
    return stance(pipeline.analyze([headline_article("s1", s1), headline_article("s2", s2)]))


def scores(gold: list[str], pred: list[str]) -> dict:
    """Confusion counts, per-class precision/recall/F1, macro-F1 and the false-alarm rate."""
    conf = Counter(zip(gold, pred))
    per = {}
    for lab in LABELS:
        tp = conf[(lab, lab)]
        p_all = sum(conf[(g, lab)] for g in LABELS)
        g_all = sum(conf[(lab, p)] for p in LABELS)
        prec = tp / p_all if p_all else 0.0
        rec = tp / g_all if g_all else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = (prec, rec, f1, g_all)
    negatives = sum(1 for g in gold if g != "disagree")
    alarms = sum(1 for g, p in zip(gold, pred) if g != "disagree" and p == "disagree")
    return {"confusion": conf, "per": per, "macro_f1": sum(v[2] for v in per.values()) / len(LABELS),
            "false_alarms": alarms, "negatives": negatives,
            "false_alarm_rate": alarms / negatives if negatives else 0.0}


def print_scores(m: dict, n: int, secs: float) -> None:
    conf = m["confusion"]
    print(f"{n} pairs, {secs:.1f} s ({1000 * secs / max(n, 1):.0f} ms a pair)\n")
    print("gold \\ predicted " + "".join(f"{lab:>10}" for lab in LABELS))
    for g in LABELS:
        print(f"{g:<17}" + "".join(f"{conf[(g, p)]:>10}" for p in LABELS))
    print(f"\n{'class':<10}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>10}")
    for lab, (p, r, f1, sup) in m["per"].items():
        print(f"{lab:<10}{p:>10.3f}{r:>10.3f}{f1:>10.3f}{sup:>10}")
    print(f"\nmacro-F1 {m['macro_f1']:.3f}")
    print(f"false alarms (contradiction on agree/other) {m['false_alarms']}/{m['negatives']}"
          f" = {100 * m['false_alarm_rate']:.1f} %")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pairs")
    ap.add_argument("--show-errors", type=int, default=0, metavar="K", help="print K wrong pairs per confusion cell")
    ap.add_argument("--data", type=Path, default=DATA, help="folder holding train.csv and dev.csv")
    a = ap.parse_args(argv)
    pairs = read_pairs(a.data / f"{a.split}.csv")[: a.limit]
    t0 = time.monotonic()
    preds = [judge_pair(s1, s2) for s1, s2, _ in pairs]
    secs = time.monotonic() - t0
    gold = [g for _, _, g in pairs]
    print(f"ANS {a.split}")
    print_scores(scores(gold, [p for p, _ in preds]), len(pairs), secs)
    if a.show_errors:
        shown: Counter = Counter()
        print("\nerrors (gold -> predicted):")
        for (s1, s2, g), (p, why) in zip(pairs, preds):
            if g != p and shown[(g, p)] < a.show_errors:
                shown[(g, p)] += 1
                print(f"- {g} -> {p}  {why}\n    s1: {s1}\n    s2: {s2}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
