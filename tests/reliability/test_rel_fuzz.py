"""Issue 17, the fuzz suite: hostile and accidental inputs built by hypothesis (invented sentences of a
harbour town in English and Arabic, cut, recombined and salted with markup, bars, controls, lone
surrogates, odd digits and metadata; written as text, Markdown with front matter, HTML, JSON and
JSON Lines), run through ingest and the whole analysis. Invariants:

- no traceback: only the library's own errors (``FactcheckError``) may stop a run;
- every claim's quote is ``text[start:end]`` of its article;
- ids and the report are stable: a second run gives the same bytes;
- the two sides of a contradiction share no claim;
- (in a subprocess) the report is byte-identical under different hash seeds.

Derandomized; about a minute by default. ``FACTCHECK_FUZZ_EXAMPLES=10000`` runs the long profile:

    FACTCHECK_FUZZ_EXAMPLES=10000 PYTHONPATH=. python -m pytest -q tests/reliability/test_rel_fuzz.py
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest import load as ingest
from factcheck import pipeline
from factcheck.errors import FactcheckError

# Examples per run: the default keeps the suite near a minute on the target machine (2 cores).
DEFAULT_EXAMPLES = 120
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", DEFAULT_EXAMPLES))
# Hash seeds the subprocess check compares (a run's set and dict orders must not reach the report).
HASH_SEEDS = ("0", "1", "4242")
ROOT = Path(__file__).resolve().parents[2]

EN = [
    "The council of Harwick approved {n} new ferries for the harbour on {day}, officials said.",
    "At least {n} people were hurt when a crane fell at the Harwick docks, the mayor said.",
    "Mayor Dana Okoro denied that the ferry company had been sold.",
    "The ferry line will reopen in {month} after {n} inspectors finish their work.",
    "Police arrested {n} men near the old pier on {day}.",
    "Harwick, {month} {d}, 2021",
    "Officials said the storm did not reach the harbour.",
]
AR = [
    "وافق مجلس هارويك على شراء {n} عبارات جديدة للميناء يوم {day} بحسب مسؤولين.",
    "أصيب {n} أشخاص على الأقل عندما سقطت رافعة في ميناء هارويك بحسب رئيس البلدية.",
    "نفت رئيسة البلدية دانا أوكورو بيع شركة العبارات.",
    "سيعاد فتح خط العبارات في {month_ar} بعد أن ينهي {n} مفتشين عملهم.",
]
DAYS = ["Monday", "Tuesday", "Friday", "yesterday"]
MONTHS = ["March", "June", "October"]
MONTHS_AR = ["مارس", "يونيو", "أكتوبر"]
NOISE = ["<script>alert(1)</script>", "<b>", "</div>", "<!-- 3 dead -->", " | ", "||", "{{cite}}", "\x1b[2J",
         "\u202e", "\x00", "\x07", "\ufeff", "\ud83d", "#tag", "Source: Harwick Post", "Related:", "---",
         "\r\n", "\n\n", "http://example.test/x", "١٢", "٣٫٥", "1,000,000", "9" * 30, "(AP) —", "\t", "“", "”",
         "😀", "é", "\u200f", "<p>", "...", "?", "؟"]


@st.composite
def sentences(draw) -> str:
    lang_pool = draw(st.sampled_from([EN, AR, EN + AR]))
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        tpl = draw(st.sampled_from(lang_pool))
        s = tpl.format(n=draw(st.integers(0, 100_000)), day=draw(st.sampled_from(DAYS)),
                       month=draw(st.sampled_from(MONTHS)), month_ar=draw(st.sampled_from(MONTHS_AR)),
                       d=draw(st.integers(1, 31)))
        if draw(st.booleans()):     # cut, salt or splice
            cut = draw(st.integers(0, len(s)))
            s = s[:cut] + draw(st.sampled_from(NOISE + [""])) + s[cut:]
        if draw(st.integers(0, 9)) == 0:
            s += draw(st.text(max_size=20))
        parts.append(s)
    sep = draw(st.sampled_from(["\n\n", "\n", " ", "\r\n"]))
    return sep.join(parts)


@st.composite
def inputs(draw) -> list[tuple[str, bytes]]:
    """(file name, bytes) of two or three inputs in random formats."""
    out = []
    for k in range(draw(st.integers(2, 3))):
        text = draw(sentences())
        fmt = draw(st.sampled_from(["txt", "md", "html", "json", "jsonl"]))
        published = draw(st.sampled_from([None, "2021-03-04", "2021-03-05T10:00:00Z", "9999-12-31", "0001-01-01",
                                           "not a date", "2021-02-30"]))
        if fmt == "txt":
            data = text.encode("utf-8", "surrogatepass")
        elif fmt == "md":
            front = f"---\npublished: {published}\noutlet: Harwick Post\n---\n" if published else ""
            data = (front + text).encode("utf-8", "surrogatepass")
        elif fmt == "html":
            body = "".join(f"<p>{p}</p>" for p in text.split("\n") if p)
            charset = draw(st.sampled_from(["utf-8", "windows-1256", "unicode_escape", "latin1"]))
            data = f"<html><head><meta charset={charset}><title>t</title></head><body>{body}</body></html>".encode(
                "utf-8", "surrogatepass")
        else:
            rec: dict = {"id": draw(st.sampled_from([f"art{k}", f"art{k}\n", "ب" * 130, f"a{k}"])), "text": text}
            if published:
                rec["published"] = published
            if draw(st.booleans()):
                rec["extra"] = draw(st.sampled_from([1, [[[]]], "x" * 10, None, {"a": 1.5e308}]))
            line = json.dumps(rec, ensure_ascii=draw(st.booleans()))
            data = (line + "\n").encode("utf-8", "surrogatepass")
        if draw(st.integers(0, 19)) == 0:   # a byte-level mutation
            pos = draw(st.integers(0, max(0, len(data) - 1)))
            data = data[:pos] + bytes([draw(st.integers(0, 255))]) + data[pos + 1:]
        out.append((f"in{k}.{fmt}", data))
    return out


def _run(d: str) -> tuple[str, str] | None:
    """(report JSON, articles' texts as JSON) for the inputs in ``d``, or None when the library refused
    them with one of its errors."""
    try:
        articles = ingest.load_articles([d], skip_invalid=True)
    except FactcheckError:
        return None
    rep = pipeline.analyze(articles)
    text = {a.id: a.text for a in articles}
    for c in rep.claims:
        assert text[c.article][c.start:c.end] == c.quote, (c.id, c.quote)
    by_id = {c.id for c in rep.claims}
    for f in rep.findings:
        assert set(f.claims) <= by_id
        if f.kind == "contradiction":
            seen: set[str] = set()
            for side in f.sides:
                assert not seen & set(side.claims), f.id
                seen |= set(side.claims)
    return rep.to_json(), json.dumps(text, sort_keys=True)


@given(inputs())
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_fuzz_no_traceback_and_invariants(files):
    with tempfile.TemporaryDirectory() as d:
        for name, data in files:
            (Path(d) / name).write_bytes(data)
        first = _run(d)
        if first is not None:
            assert _run(d) == first   # ids and report stable across runs


# A few fixed invented stories, reported by a fresh process under each hash seed.
STORIES = {
    "a.txt": "Harwick, March 4, 2021\n\nThe council of Harwick approved 14 new ferries on Thursday, officials said.\n\n"
             "At least 3 people were hurt when a crane fell at the docks, the mayor said.\n",
    "b.txt": "Harwick, March 4, 2021\n\nThe council of Harwick approved 16 new ferries on Thursday, the mayor said.\n\n"
             "At least 3 people were hurt when a crane fell at the docks, police said.\n",
    "c.txt": "وافق مجلس هارويك على شراء 14 عبارة جديدة للميناء يوم الخميس بحسب مسؤولين.\n",
}


def test_report_identical_across_hash_seeds(tmp_path):
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    outs = []
    for seed in HASH_SEEDS:
        out = tmp_path / f"report_{seed}.json"
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-m", "factcheck.cli", "report", *(str(tmp_path / n) for n in STORIES),
                        "--no-cache", "--quiet", "--format", "json", "--out", str(out)], env=env, check=True)
        outs.append(out.read_bytes())
    assert outs[0] and all(o == outs[0] for o in outs)
