"""Write the participles of the Arabic reversal verbs into ``factcheck/data/ar/reversals.json``.

    python tools/build_participles.py [--check]

Source: the participle patterns of the derived verb measures of Arabic (classical grammar, as any MSA
reference grammar tabulates them, e.g. Wright's "A Grammar of the Arabic Language", vol. 1, §§ 228-238):
the active participle of a derived measure is its verb with the prefix mu- in place of the initial
alif (measures VII انفعل -> منفعل, VIII افتعل -> مفتعل, X استفعل -> مستفعل) or before its initial
ta- (measures V تفعّل -> متفعّل, VI تفاعل -> متفاعل); undiacritized, the passive participle of these
measures is written the same. A reversal verb given as a lemma ("انخفض", "تراجع") thus also matches
its participle ("منخفض", "متراجع": "a falling currency"), as its verbal noun matches through the
masdar 'derivations'. Nothing is written by hand: every form is one of those patterns applied to a
one-word entry of a pair's lists. Left out as ambiguous without vowels: measure I (its participles
فاعل / مفعول collide with common nouns: خارج "outside", مشروع "project"), measure II and IV (مفعّل /
مفعل: موقف "stance", مقال "article"), words ending in ta marbuta (nouns), and the verbal nouns of the
same shapes (إفعال, تفعيل: إنجاز, تعزيز). A form already in either list of the pair is not added.

``--check`` prints the counts and exits non-zero when the file is not what the tool would write.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "factcheck" / "data" / "ar" / "reversals.json"
# Where the generated keys start (everything before it is hand-written and kept).
GENERATED = ',\n "_participles_source"'
MU = "م"
ALIF = "ا"
TA = "ت"
YA = "ي"
ALIF_FORMS = "اأإآ"
# Measure X verbs: است + three root letters (a doubled last root letter written once: استمر).
MEASURE_X = "است"
MEASURE_X_LENGTHS = (5, 6)
# Measures VII (ان + 3) and VIII (ا + root + ت + 2): five letters.
MEASURE_VII_VIII_LENGTH = 5
# Measures V and VI (ت + 3 or 4 letters: توقف with its doubled letter written once, تراجع, تدهور).
MEASURE_V_VI_LENGTHS = (4, 5)
# A hamza on waw after the last long vowel: the masdar of measure VI (تفاؤل), not its verb (تفاءل).
MASDAR_HAMZA = "ؤ"
# Ta marbuta (and its folded form): a noun's ending.
NOUN_ENDINGS = ("ة", "ه")


def participle(word: str) -> str | None:
    """The active participle of a derived-measure verb lemma (VII, VIII, X; V, VI), or None for a word
    of another shape (measure I-IV verbs, verbal nouns, adjectives, phrases)."""
    w = word.strip()
    if " " in w or not w or w.endswith(NOUN_ENDINGS):
        return None
    n = len(w)
    if w.startswith(MEASURE_X) and n in MEASURE_X_LENGTHS:
        if n == max(MEASURE_X_LENGTHS) and w[4] in ALIF_FORMS:
            return None   # a masdar of a weak root (استياء)
        return MU + w[1:]
    if w[0] == ALIF and n == MEASURE_VII_VIII_LENGTH and (w[2] == TA or w[1] == "ن") \
            and w[3] not in ALIF_FORMS:   # not a masdar of measure IV written without its hamza (انجاز)
        return MU + w[1:]
    if w[0] == TA and MASDAR_HAMZA in w[-2:]:
        return None   # a masdar of measure VI written with its hamza on waw (تفاؤل, تباطؤ)
    if w[0] == TA and n in MEASURE_V_VI_LENGTHS \
            and not (n == 5 and w[3] == YA and w[2] not in ALIF_FORMS):   # not a masdar تفعيل (تعزيز)
        return MU + w
    return None


def participles(data: dict) -> dict[str, list[str]]:
    """lemma -> its participle, for the one-word entries of every pair, none already listed in the pair."""
    out: dict[str, list[str]] = {}
    for pair in data["pairs"]:
        listed = set(pair["a"]) | set(pair["b"])
        for w in pair["a"] + pair["b"]:
            p = participle(w)
            if p and p not in listed:
                out.setdefault(w, [])
                if p not in out[w]:
                    out[w].append(p)
    return dict(sorted(out.items()))


def build() -> str:
    """The reversal file's text with its generated "participles" section (the last two keys) rewritten;
    the hand-written sections before it are kept as they are."""
    text = OUT.read_text(encoding="utf-8")
    head = text[: text.index(GENERATED)] if GENERATED in text else text[: text.rstrip().rindex("}")].rstrip()
    found = participles(json.loads(head + "\n}\n"))
    source = ("tools/build_participles.py: active participles of the derived verb measures V, VI, VII, "
              f"VIII and X (classical Arabic grammar) of the pairs' verb lemmas: {len(found)} lemmas")
    rows = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                      for k, v in found.items())
    return f"{head}{GENERATED}: {json.dumps(source)},\n \"participles\": {{\n{rows}\n }}\n}}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    a = ap.parse_args(argv)
    text = build()
    n = len(json.loads(text)["participles"])
    if a.check:
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{n} lemmas with participles; {OUT.relative_to(ROOT)} {'up to date' if same else 'differs'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{n} lemmas with participles written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
