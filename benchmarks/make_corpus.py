"""Write a deterministic benchmark corpus: N articles over N/6 stories, with planted contradictions.

    python benchmarks/make_corpus.py N [--out DIR] [--seed S]

Three story templates come from real articles: the five seeds (Arabic: US-Russian talks), and the two
stories of ../shared/stories (English: a plane crash; Arabic and English: floods). A story is a
template with its own people, main city, storm name, dates and figures: every name, city and number of
the template is replaced consistently across the story's articles (Arabic and Latin spellings of a
generated name share one consonant skeleton, cities come from the gazetteer with both spellings).
Each article takes the headline of one of the template's source articles and about as many sentences
as it has, drawn from all the template's sources in its script (recombined sentences, so the work per
article is realistic, and two stories of one template share wording but not names, places or figures).

Each story gets one planted contradiction: a sentence stating a figure about the story's city (its
population, an altitude, a passenger count) in two of its articles with two different values. Its
truth is known: ``<corpus>.truth.json`` beside the corpus directory lists every story's articles and every plant with
both articles, both values and both sentences. Same N and seed, same bytes.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "talks": sorted((ROOT / "seeds").glob("*.txt")),
    "crash": sorted((ROOT.parent / "shared" / "stories" / "air_india_ai171_crash_2025").glob("*.txt")),
    "floods": sorted((ROOT.parent / "shared" / "stories" / "derna_floods_2023").glob("*.txt")),
}
# Articles per story (the issue: N articles over N/6 stories).
STORY_SIZE = 6
# An article has this share of its source article's sentence count (at least MIN_SENTENCES), drawn
# from every source of the template in the same script; sentences shorter than MIN_SENTENCE_WORDS
# (captions, furniture) are not drawn. Paragraphs hold PARAGRAPH_SENTENCES sentences.
KEEP_SENTENCE = 0.8
MIN_SENTENCES = 6
MIN_SENTENCE_WORDS = 6
PARAGRAPH_SENTENCES = (1, 4)
# Cities used for stories: gazetteer cities with one-word English names at least this populous.
MIN_CITY_POPULATION = 50_000
DEFAULT_SEED = 6

# Surface forms of the template's people, city and storm -> (slot, part). Longest forms replaced first.
SLOTS = {
    "talks": {"دارشييف": ("p1", "last"), "دارشيف": ("p1", "last"), "ألكسندر": ("p1", "first"),
              "ريابكوف": ("p2", "last"), "سيرغي": ("p2", "first"), "سيرجي": ("p2", "first"),
              "كولتر": ("p3", "last"), "سوناتا": ("p3", "first"), "إسطنبول": ("city", ""), "اسطنبول": ("city", "")},
    "crash": {"Ahmedabad": ("city", ""), "Sabharwal": ("p1", "last"), "Sumeet": ("p1", "first"),
              "Vishwashkumar": ("p2", "last"), "Vishwaskumar": ("p2", "last"), "Vishwas": ("p2", "last"),
              "Ramesh": ("p2", "first"), "Bucharvada": ("p2", "extra"), "Gogoi": ("p3", "last"),
              "Bidyut": ("p3", "first"), "Kunder": ("p4", "last"), "Clive": ("p4", "first"), "Malik": ("p5", "last")},
    "floods": {"Derna": ("city", ""), "Darnah": ("city", ""), "درنة": ("city", ""), "درنه": ("city", ""),
               "Daniel": ("storm", ""), "دانيال": ("storm", ""), "Ramadan": ("p1", "last"), "Tamer": ("p1", "first"),
               "Abduljalil": ("p2", "last"), "Othman": ("p2", "first"), "الغيثي": ("p3", "last"),
               "الدرسي": ("p4", "last")},
}
# Planted sentences per template and language ({C}: the story's city, {N}: the figure, {T}: a
# thousand times the figure, written with thousands separators).
PLANTS = {
    "talks": {"ar": "وهي مدينة {C} يقطنها نحو {N} ألف نسمة."},
    "crash": {"en": "The aircraft reached an altitude of only {N} feet before it crashed in {C}."},
    "floods": {"ar": "وهي مدينة {C} يقطنها نحو {N} ألف نسمة.", "en": "{C} is home to {T} people, officials said."},
}
# The planted second value is this many times the first: far enough apart that no "about" reading
# makes them compatible.
PLANT_RATIO = (1.5, 2.5)
CONSONANTS = {"b": "ب", "d": "د", "f": "ف", "k": "ك", "l": "ل", "m": "م", "n": "ن", "r": "ر", "s": "س", "t": "ت"}
VOWELS = {"a": "ا", "i": "ي", "o": "و", "u": "و"}
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b")
NUMBER = re.compile(r"(?<![\w.,:])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,:])\d+(?![\w:])")


def _name(rng: random.Random) -> tuple[str, str]:
    """A generated name in Latin and Arabic letters with one consonant skeleton (Tolaki / تولاكي)."""
    latin, arabic = "", ""
    for _ in range(rng.choice((2, 3))):
        c, v = rng.choice(list(CONSONANTS)), rng.choice(list(VOWELS))
        latin, arabic = latin + c + v, arabic + CONSONANTS[c] + VOWELS[v]
    return latin.capitalize(), arabic


def _cities(texts: list[str]) -> list[tuple[str, str]]:
    data = json.loads((ROOT / "factcheck" / "data" / "places.json").read_text(encoding="utf-8"))
    stop = set(data.get("stop", []))
    out, seen = [], set()
    for row in data["places"]:
        key, name, kind, _country, _admin, pop, forms = row[:7]
        if kind != "city" or not re.fullmatch(r"[A-Z][a-z]{3,}", name) or name.lower() in stop or name in seen:
            continue
        arabic = [f.split("\t") for f in forms if re.search("[\u0600-\u06ff]", f)]
        # a name on the gazetteer's stop list (a common word, read as a place in no script) names
        # no city in either language
        if not arabic or arabic[0][0] in stop or (pop or 0) < MIN_CITY_POPULATION:
            continue
        arabic = [f[-1] for f in arabic]
        if any(name in t or arabic[0] in t for t in texts):
            continue
        seen.add(name)
        out.append((name, arabic[0]))
    return out


def _numbers(text: str, rng_day: int, factor: float, year_shift: int) -> str:
    text = TIME.sub(lambda m: f"{m.group(1)}:{(int(m.group(2)) + rng_day) % 60:02d}", text)

    def one(m: re.Match) -> str:
        raw = m.group()
        v = int(raw.replace(",", ""))
        if 1900 <= v <= 2099:
            return str(v - year_shift)
        if v <= 28:
            return str((v - 1 + rng_day) % 28 + 1) if v >= 1 else raw
        if v <= 31:
            return raw
        new = int(round(v * factor))
        return f"{new:,}" if "," in raw else str(new)
    return NUMBER.sub(one, text)


def _substitute(text: str, family: str, names: dict[str, tuple[str, str]], arabic: bool) -> str:
    for form in sorted(SLOTS[family], key=len, reverse=True):
        slot, part = SLOTS[family][form]
        text = text.replace(form, names[f"{slot}.{part}" if part else slot][1 if arabic else 0])
    return text


def _arabic(text: str) -> bool:
    return bool(re.search("[\u0600-\u06ff]", text[:400]))


def _article(rng: random.Random, sources: list[str], base: int) -> list[str]:
    """Lines of a new article: the headline of source ``base``, then as many sentences as it has,
    drawn from all the template's sources in the same script, in paragraphs of a few sentences."""
    script = _arabic(sources[base])
    pool = [s for src in sources if _arabic(src) == script for ln in src.splitlines()
            for s in SENTENCE_END.split(ln.strip()) if len(s.split()) >= MIN_SENTENCE_WORDS and s[-1:] in ".!?؟"]
    own = [s for ln in sources[base].splitlines() for s in SENTENCE_END.split(ln.strip())
           if len(s.split()) >= MIN_SENTENCE_WORDS and s[-1:] in ".!?؟"]
    headline = next((ln.strip() for ln in sources[base].splitlines() if ln.strip()), "")
    n = max(MIN_SENTENCES, int(len(own) * KEEP_SENTENCE))
    picked = rng.sample(pool, min(n, len(pool)))
    lines = [headline, ""]
    while picked:
        k = rng.randint(*PARAGRAPH_SENTENCES)
        lines.append(" ".join(picked[:k]))
        picked = picked[k:]
    return lines


def make(n: int, out: Path, seed: int = DEFAULT_SEED) -> dict:
    texts = {f: [p.read_text(encoding="utf-8") for p in ps] for f, ps in SOURCES.items()}
    missing = [f for f, t in texts.items() if not t]
    if missing:
        raise SystemExit(f"error: no source articles for {', '.join(missing)} (looked in {SOURCES[missing[0]]})")
    rng = random.Random(seed)
    cities = _cities([t for ts in texts.values() for t in ts])
    rng.shuffle(cities)
    n_stories = max(1, n // STORY_SIZE)
    if n_stories > len(cities):
        raise SystemExit(f"error: at most {len(cities) * STORY_SIZE} articles (one city per story)")
    ids = [f"a{k:05d}" for k in range(n)]
    rng.shuffle(ids)
    out.mkdir(parents=True, exist_ok=True)
    truth: dict = {"n": n, "seed": seed, "stories": {}, "plants": []}
    families = list(SOURCES)
    for s in range(n_stories):
        srng = random.Random(seed * 1_000_003 + s)
        family = families[s % len(families)]
        sources = texts[family]
        names = {"city": cities[s], "storm": _name(srng)}
        for slot in ("p1", "p2", "p3", "p4", "p5"):
            first, last, extra = _name(srng), _name(srng), _name(srng)
            names.update({f"{slot}.first": first, f"{slot}.last": last, f"{slot}.extra": extra})
        day, factor, years = srng.randrange(28), 1 + srng.uniform(0.03, 0.6), srng.randrange(4)
        size = STORY_SIZE if s < n_stories - 1 else n - STORY_SIZE * (n_stories - 1)
        members = ids[s * STORY_SIZE: s * STORY_SIZE + size]
        arts = []
        for j, aid in enumerate(members):
            base = (s + j) % len(sources)
            arabic = _arabic(sources[base])
            lines = [_numbers(_substitute(ln, family, names, arabic), day, factor, years)
                     for ln in _article(srng, sources, base)]
            arts.append((aid, lines, "ar" if arabic else "en"))
        plantable = [k for k, (_, _, lang) in enumerate(arts) if lang in PLANTS[family]]
        if len(plantable) >= 2:
            a, b = srng.sample(plantable, 2)
            va = srng.randrange(40, 900)
            vb = int(va * srng.uniform(*PLANT_RATIO))
            plant = {"story": f"story{s:04d}", "family": family}
            for key, k, v in (("a", a, va), ("b", b, vb)):
                aid, lines, lang = arts[k]
                sentence = PLANTS[family][lang].format(C=names["city"][1 if lang == "ar" else 0], N=v, T=f"{v * 1000:,}")
                lines.insert(min(2, len(lines)), sentence)
                plant.update({key: aid, f"value_{key}": v, f"sentence_{key}": sentence})
            truth["plants"].append(plant)
        for aid, lines, _ in arts:
            (out / f"{aid}.txt").write_text("\n".join(lines).strip() + "\n", encoding="utf-8")
        truth["stories"][f"story{s:04d}"] = members
    truth_path(out).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def truth_path(corpus: Path) -> Path:
    """Where the truth of a corpus is written: beside its directory (inside, it would be read as input)."""
    return corpus.parent / f"{corpus.name}.truth.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--out", type=Path, help="directory to write (default benchmarks/corpus-N)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    if args.n < 2:
        ap.error("N must be at least 2")
    out = args.out or ROOT / "benchmarks" / f"corpus-{args.n}"
    truth = make(args.n, out, args.seed)
    print(f"{out}: {args.n} articles, {len(truth['stories'])} stories, {len(truth['plants'])} planted contradictions",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
