"""Calibration of the cross-script statement alignment (``factcheck.kinds.statement_cross``).

usage: python benchmarks/xscript_calibrate.py [STORY ...] [--pairs]

For each mixed (Arabic and English) story of ../shared (by default the two non-held-out ones), runs
the pipeline on its articles, takes every pair of statement claims of two articles in two scripts
that nothing opposes (same polarity, no two different people, ``statement_cross.opposed``, no
other figures: what ``kinds.statement.judge`` asks besides the alignment) and labels it from the
story's gold, as the scoreboard would judge an agreement of the two:

- good: both claims cover quotes of one gold agreement (or one side of a gold clash);
- wrong: both cover gold quotes and nothing links them (an over-merge), or either covers a gold
  single-source statement (the unsupported F1 drops);
- unjudged: the rest.

Then prints how many pairs of each label the alignment agrees on with the thresholds in use, and with
each threshold varied alone (with --pairs: the good and wrong pairs with their links).
Never reads the held-out stories.
"""
from __future__ import annotations

import importlib.util
import itertools
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import embed, load_articles, pipeline  # noqa: E402
from factcheck.kinds import statement_cross as sx  # noqa: E402
from factcheck.kinds.statement_align import other_figures  # noqa: E402
from factcheck.lang.text import script_of  # noqa: E402

SHARED = ROOT.parent / "shared"
STORIES = ["derna_floods_2023", "gaza_truce_first_exchange_2023"]
HELD_OUT = {"kiptum_chicago_marathon_record_2023", "ras_el_hekma_deal_2024"}
# Each threshold varied alone around the values in use (statement_cross)
WORD_COSES = [0.5, 0.55, 0.6, 0.65, 0.7]
GATES = [0.3, 0.35, 0.4, 0.45, 0.5]
SHORTS = [0.5, 0.6, 0.67, 0.75]
LONGS = [0.0, 0.2, 0.25, 0.34]
STRONGS = [0.0, 0.7, 0.8, 0.9]


def _gold(story: str) -> dict:
    spec = importlib.util.spec_from_file_location("gold", SHARED / "eval" / "stories" / f"{story}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.GOLD


def pairs(story: str):
    """(label, sentence cosine, claim a, claim b, alignment at each word cosine) per candidate pair."""
    if story in HELD_OUT:
        raise SystemExit(f"{story} is held out")
    files = sorted(str(p) for p in (SHARED / "stories" / story).glob("*.txt"))
    arts = load_articles(files)
    texts = {a.id: a.text for a in arts}
    rep = pipeline.analyze(arts)
    gold = _gold(story)

    def covers(c, m) -> bool:
        if c.article != m["article"]:
            return False
        i = texts[m["article"]].find(m["quote"])
        return max(0, min(c.end, i + len(m["quote"])) - max(c.start, i)) * 2 >= len(m["quote"])

    links = [it["members"] for it in gold["agreements"]] + \
        [side for it in gold["contradictions"] + gold.get("acceptable", []) for side in (it["a"], it["b"])]
    quotes = links + [[it["m"]] for it in gold["unsupported"]] + \
        [side for it in gold.get("distractors", []) for side in (it["a"], it["b"])]
    single = [it["m"] for it in gold["unsupported"]]
    stmts = [c for c in rep.claims if c.property == "statement"]
    vec = dict(zip([c.quote for c in stmts], embed.encode([c.quote for c in stmts])))
    out = []
    for a, b in itertools.combinations(stmts, 2):
        if a.article == b.article or script_of(a.quote) == script_of(b.quote):
            continue
        if a.polarity != b.polarity or (a.entities and b.entities and not set(a.entities) & set(b.entities)) \
                or sx.opposed(a, b) or other_figures(a.quote, b.quote):
            continue
        la = {k for k, g in enumerate(links) if any(covers(a, m) for m in g)}
        lb = {k for k, g in enumerate(links) if any(covers(b, m) for m in g)}
        if la & lb:
            label = "good"
        elif any(covers(x, m) for x in (a, b) for m in single) or \
                (any(covers(a, m) for g in quotes for m in g) and any(covers(b, m) for g in quotes for m in g)):
            label = "wrong"
        else:
            label = "unjudged"
        out.append((label, float(vec[a.quote] @ vec[b.quote]), a, b,
                    {w: sx.read(a, b, w) for w in {*WORD_COSES, sx.WORD_COS}}))
    return out


def _agrees(reads: dict[float, sx.Alignment], cos: float, word: float, gate: float, short: float, long: float,
            strong: float) -> bool:
    """Would the pair (its alignment at each word cosine ``reads``) agree with these thresholds?"""
    al = reads[word]
    return cos >= gate and len(al.links) >= sx.MIN_LINKS and al.short >= short and al.long >= long \
        and any(link.rule != sx.COSINE_RULE or link.score >= strong for link in al.links)


def _settings() -> list[tuple[float, float, float, float, float]]:
    """The values in use, then each threshold varied alone."""
    use = (sx.WORD_COS, sx.GATE_COS, sx.SHORT_SHARE, sx.LONG_SHARE, sx.STRONG_COS)
    out = [use]
    for k, values in enumerate((WORD_COSES, GATES, SHORTS, LONGS, STRONGS)):
        out += [use[:k] + (v,) + use[k + 1:] for v in values if v != use[k]]
    return out


def main(argv: list[str]) -> None:
    show = "--pairs" in argv
    stories = [a for a in argv if not a.startswith("--")] or STORIES
    rows = [r for s in stories for r in pairs(s)]
    total = {k: sum(1 for r in rows if r[0] == k) for k in ("good", "wrong", "unjudged")}
    print(f"stories: {', '.join(stories)}; candidate pairs {len(rows)}: {total}")
    print("word_cos gate short long strong | good wrong unjudged")
    for setting in _settings():
        got = {"good": 0, "wrong": 0, "unjudged": 0}
        for label, cos, a, b, al in rows:
            if _agrees(al, cos, *setting):
                got[label] += 1
        mark = "  <- in use" if setting == _settings()[0] else ""
        told = " ".join(f"{v:.2f}" for v in setting)
        print(f"{told} | {got['good']:4d} {got['wrong']:5d} {got['unjudged']:8d}{mark}")
    if show:
        for label, cos, a, b, reads in sorted(rows, key=lambda r: (r[0], -r[1])):
            al = reads[sx.WORD_COS]
            if label == "unjudged" or not _agrees(reads, cos, *_settings()[0]):
                continue
            print(f"{label:5} {cos:.2f} {al.short:.2f}/{al.long:.2f} | {a.quote[:60]} | {b.quote[:60]}")
            print("       ", ", ".join(link.describe() for link in al.links))


if __name__ == "__main__":
    main(sys.argv[1:])
