"""Regenerate the golden files of the stories (tests/golden/stories/): for the seeds and each story in
../shared/stories/, the contradictions the tool reports (property, the values of each side as the
articles write them, the articles of each side), the number of agreements, updates and single-source
findings, and the score the shared scorer gives it against its gold annotation.

    python tools/update_golden.py [--stories DIR] [--eval DIR]

Run it after a change to the judgement, read the diff (``git diff tests/golden/stories``) and commit
it with the change: the golden tests (tests/test_golden_stories.py) then hold the new behaviour.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "golden" / "stories"


def summary(report: dict) -> dict:
    """What a golden file keeps of a JSON report: every contradiction, and the counts of the rest."""
    claims = {c["id"]: c for c in report["claims"]}

    def side(s: dict) -> dict:
        return {"value": s.get("value"), "articles": sorted({claims[i]["article"] for i in s["claims"]})}

    contradictions = sorted(
        ({"property": f["property"], "sides": sorted((side(s) for s in f["sides"]), key=json.dumps)}
         for f in report["findings"] if f["kind"] == "contradiction"), key=json.dumps)
    counts = {k: sum(1 for f in report["findings"] if f["kind"] == k) for k in ("agreement", "update", "unsupported")}
    return {"claims": len(claims), "contradictions": contradictions, **counts}


def run_report(files: list[Path], out: Path) -> dict:
    subprocess.run([sys.executable, "-m", "factcheck.cli", "report", *map(str, files), "--no-cache", "--quiet",
                    "--format", "json", "--out", str(out)], check=True, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def score(eval_dir: Path, gold: Path, articles: Path, report: Path) -> float:
    res = subprocess.run([sys.executable, str(eval_dir / "score.py"), str(gold), str(articles), str(report)],
                         check=True, capture_output=True, text=True).stdout
    return float(next(ln for ln in res.splitlines() if ln.startswith("score=")).split("=", 1)[1])


def sets(stories: Path, eval_dir: Path) -> list[tuple[str, list[Path], Path, Path]]:
    """(name, article files, their folder, gold file) of the seeds and of each annotated story."""
    out = [("seeds", sorted((ROOT / "seeds").glob("*.txt")), ROOT / "seeds", ROOT / "tests" / "golden" / "seeds_gold.py")]
    for d in sorted(p for p in stories.iterdir() if p.is_dir()):
        gold = eval_dir / "stories" / f"{d.name}.py"
        if gold.exists():
            out.append((d.name, sorted(d.glob("*.txt")), d, gold))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", type=Path, default=ROOT.parent / "shared" / "stories")
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    a = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, files, folder, gold in sets(a.stories, a.eval):
            rep_path = Path(tmp) / f"{name}.json"
            doc = summary(run_report(files, rep_path))
            doc["score"] = round(score(a.eval, gold, folder, rep_path), 2)
            (OUT / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"{name}: score {doc['score']:.2f}, {len(doc['contradictions'])} contradictions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
