"""The size benchmark (issue 17, item 6): wall time and peak memory of ``factcheck report`` on one
article of 10 KB, 100 KB, 1 MB, 2 MB and 5 MB, in Arabic and in English.

    python benchmarks/size.py [--sizes 10000 100000 ...] [--languages en ar] [--work DIR] [--profile SIZE]

Articles are built by code from varied sentences (invented people, places, organisations, verbs and
figures drawn by a seeded generator, so that grouping meets realistic vocabulary, not one line
repeated). Every run is a fresh process (``python -m factcheck.cli report FILE --no-cache``); its
peak resident set comes from ``os.wait4``. The table gives, for each doubling of size, the ratio of
times per byte (the target: at most ``GROWTH_LIMIT``), and flags the 5 MB target.

``--profile SIZE`` runs one size in-process under cProfile and prints the 25 costliest functions.
"""
from __future__ import annotations

import argparse
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = (10_000, 100_000, 1_000_000, 2_000_000, 5_000_000)
LANGUAGES = ("en", "ar")
SEED = 17
# The targets: a 5 MB article within 60 s and 1 GB of peak memory, and time per byte growing
# at most 1.5x per doubling of size.
TARGET_BYTES = 5_000_000
TARGET_SECONDS = 60.0
TARGET_PEAK_MB = 1024
GROWTH_LIMIT = 1.5
# Paragraphs hold 1-4 sentences (news style).
PARAGRAPH_SENTENCES = (1, 4)

# Invented vocabulary: syllables for names, and sentence templates with slots.
EN_SYLLABLES = ("ka", "ri", "mon", "tal", "ve", "sor", "lin", "da", "bre", "qua", "zen", "po", "mir", "ust")
AR_SYLLABLES = ("كا", "ري", "مون", "تال", "في", "سور", "لين", "دا", "بر", "قو", "زين", "بو", "مير", "وست")
EN_NOUNS = ("bridge", "ferry", "school", "hospital", "reservoir", "market", "railway", "stadium", "harbour",
            "library", "warehouse", "power plant", "clinic", "tunnel", "airport")
AR_NOUNS = ("الجسر", "العبارة", "المدرسة", "المستشفى", "الخزان", "السوق", "السكة الحديدية", "الملعب", "الميناء",
            "المكتبة", "المستودع", "محطة الكهرباء", "العيادة", "النفق", "المطار")
EN_ROLES = ("mayor", "minister", "spokesperson", "director", "governor", "chief engineer", "coach", "judge")
AR_ROLES = ("رئيس البلدية", "الوزير", "المتحدث باسم", "المدير", "المحافظ", "كبير المهندسين", "المدرب", "القاضي")
EN_TEMPLATES = (
    "{P}, the {role} of {C}, said on {day} that {n} people had been moved away from the {noun}.",
    "At least {n} workers were injured when part of the {noun} in {C} collapsed, officials said.",
    "The council of {C} approved {n} million dollars for the new {noun} after a long debate.",
    "According to {P}, the {noun} will reopen in {month} once {n} inspectors finish their survey.",
    "{P} denied reports that the {noun} of {C} had been sold to a private company.",
    "Residents of {C} told reporters that the {noun} had been closed for {n} days.",
    "The {role} {P} confirmed that {n} families were still waiting for compensation.",
    "Police in {C} arrested {n} men suspected of stealing equipment from the {noun}.",
    "{P} won the regional election in {C} with {n} percent of the vote, the commission said.",
    "Talks between {C} and {C2} over the {noun} ended without agreement on {day}.",
    "A report by the {role} found that the {noun} used {n} tonnes of steel less than planned.",
    "Witnesses said the fire at the {noun} started shortly after {h} in the morning.",
)
AR_TEMPLATES = (
    "قال {P} {role} {C} يوم {day} إن {n} شخصا نقلوا بعيدا عن {noun}.",
    "أصيب {n} عاملا على الأقل عندما انهار جزء من {noun} في {C} بحسب مسؤولين.",
    "وافق مجلس {C} على تخصيص {n} مليون دولار لمشروع {noun} الجديد بعد نقاش طويل.",
    "وبحسب {P} فإن {noun} سيعاد افتتاحه في {month} بعد أن ينهي {n} مفتشا عملهم.",
    "نفى {P} تقارير تفيد بأن {noun} في {C} بيع لشركة خاصة.",
    "وقال سكان {C} للصحفيين إن {noun} مغلق منذ {n} يوما.",
    "وأكد {role} {P} أن {n} عائلة ما زالت تنتظر التعويضات.",
    "اعتقلت الشرطة في {C} {n} رجال يشتبه في سرقتهم معدات من {noun}.",
    "فاز {P} في الانتخابات الإقليمية في {C} بنسبة {n} في المئة من الأصوات بحسب اللجنة.",
    "انتهت المحادثات بين {C} و{C2} بشأن {noun} دون اتفاق يوم {day}.",
    "وجد تقرير أعده {role} أن {noun} استخدم {n} طنا من الصلب أقل من المخطط.",
    "قال شهود إن الحريق في {noun} اندلع بعد الساعة {h} صباحا بقليل.",
)
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
EN_MONTHS = ("January", "March", "May", "July", "September", "November")
AR_MONTHS = ("يناير", "مارس", "مايو", "يوليو", "سبتمبر", "نوفمبر")
VOCAB = {
    "en": (EN_SYLLABLES, EN_NOUNS, EN_ROLES, EN_TEMPLATES, EN_DAYS, EN_MONTHS),
    "ar": (AR_SYLLABLES, AR_NOUNS, AR_ROLES, AR_TEMPLATES, AR_DAYS, AR_MONTHS),
}
HEADLINES = {"en": "Officials review the state of public works in the region\n\n",
             "ar": "مسؤولون يراجعون حالة الأشغال العامة في المنطقة\n\n"}


def _name(rng: random.Random, syllables: tuple[str, ...], parts: int) -> str:
    word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
    return word.capitalize() if parts == 1 else word.capitalize() + " " + _name(rng, syllables, parts - 1)


def sentence(rng: random.Random, language: str, people: list[str], places: list[str]) -> str:
    """One sentence of ``language`` from a random template with random slots."""
    _, nouns, roles, templates, days, months = VOCAB[language]
    return rng.choice(templates).format(
        P=rng.choice(people), C=rng.choice(places), C2=rng.choice(places), role=rng.choice(roles),
        noun=rng.choice(nouns), day=rng.choice(days), month=rng.choice(months), n=rng.randint(2, 9000),
        h=rng.randint(1, 11))


def article(size: int, language: str, seed: int = SEED) -> str:
    """An article of at most ``size`` bytes (UTF-8; within a paragraph of it) of varied sentences in
    ``language``."""
    rng = random.Random(f"{seed}:{language}:{size}")
    syllables = VOCAB[language][0]
    # the cast grows with the article (a long text names more people and places)
    cast = max(8, size // 2_000)
    people = [_name(rng, syllables, 2) for _ in range(cast)]
    places = [_name(rng, syllables, 1) for _ in range(cast)]
    parts, total = [HEADLINES[language]], len(HEADLINES[language].encode())
    while True:
        para = " ".join(sentence(rng, language, people, places)
                        for _ in range(rng.randint(*PARAGRAPH_SENTENCES))) + "\n\n"
        if total + len(para.encode()) > size:
            return "".join(parts)
        parts.append(para)
        total += len(para.encode())


def run_once(path: Path) -> tuple[float, float, int, float]:
    """(wall seconds, peak resident MB, exit code, CPU seconds) of one report run in a fresh process
    (CPU time, user and system, tells the work apart from waiting on a machine shared with others)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, "-m", "factcheck.cli", "report", str(path), "--no-cache", "--quiet",
           "--format", "json", "--out", os.devnull]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace").strip()
    proc.stderr.close()
    if proc.returncode != 0:
        print(f"  {path.name}: exit {proc.returncode}: {err.splitlines()[-1] if err else ''}", file=sys.stderr)
    return wall, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime   # ru_maxrss: KB


def profile(path: Path, out: Path | None = None) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from factcheck import pipeline

    prof = cProfile.Profile()
    prof.enable()
    rep = pipeline.report([path])
    prof.disable()
    print(f"{len(rep.claims)} claims, {len(rep.findings)} findings")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    if out is not None:
        prof.dump_stats(str(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    ap.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    ap.add_argument("--work", type=Path, default=None, help="where the articles are written (default: a temp dir)")
    ap.add_argument("--profile", type=int, default=None, metavar="SIZE", help="profile one size in-process")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-size-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.profile:
        for language in args.languages:
            path = work / f"{language}_{args.profile}.txt"
            path.write_text(article(args.profile, language), encoding="utf-8")
            profile(path, work / f"{language}_{args.profile}.prof")
        return 0
    print("| language | bytes | seconds | CPU s | peak MB | s/MB | growth per doubling | exit |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    ok, measured = True, False
    for language in args.languages:
        prev: tuple[int, float] | None = None
        for size in sorted(args.sizes):
            path = work / f"{language}_{size}.txt"
            path.write_text(article(size, language), encoding="utf-8")
            nbytes = path.stat().st_size
            wall, peak, code, cpu = run_once(path)
            growth = ""
            if prev is not None and prev[1] > 0 and nbytes > prev[0]:
                # time per byte, its ratio normalised to one doubling of size (1.0x = linear)
                doublings = math.log2(nbytes / prev[0])
                growth = f"{(wall / prev[1]) ** (1 / doublings) / 2:.2f}x"
            prev = (nbytes, wall)
            print(f"| {language} | {nbytes:,} | {wall:.1f} | {cpu:.1f} | {peak:.0f} | {wall / (nbytes / 1e6):.1f} | {growth} | {code} |",
                  flush=True)
            if nbytes >= TARGET_BYTES * 0.95:
                measured = True
                if wall > TARGET_SECONDS or peak > TARGET_PEAK_MB or code:
                    ok = False
    verdict = ("met" if ok else "NOT met") if measured else "not measured (no 5 MB size run)"
    print(f"\n5 MB target ({TARGET_SECONDS:.0f} s, {TARGET_PEAK_MB} MB): {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
