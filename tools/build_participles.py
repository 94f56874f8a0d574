"""Write the participles of the Arabic reversal verbs, and the elatives of its antonym adjectives, into
``factcheck/data/ar/reversals.json``.

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

Elatives (comparative / superlative, the pattern أفعل of classical grammar, Wright vol. 1 § 234): for
the pairs marked ``"elatives": true`` (antonym adjectives: long / short, fast / slow), each one-word
adjective of a sound triliteral root of the shapes فعيل (طويل -> أطول), فاعل (واسع -> أوسع) and فعل
(صعب -> أصعب) also matches its elative; a doubled root writes its last two letters once (خفيف ->
أخف), a final ya of فعيل is the elative's alif maqsura (قوي -> أقوى). Other shapes (hollow,
defective roots, hamzated words, phrases) get none; a form already in the pair is not added.

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


HAMZA_FORMS = "ءأإآؤئ"
ALIF_MAQSURA = "ى"
ELATIVE = "أ"
WEAK_LETTERS = (ALIF, YA, "و")
# The adjective shapes with a sound triliteral root read (root letters at these positions): فعيل, فاعل, فعل.
ELATIVE_SHAPES = ((4, 2, YA, (0, 1, 3)), (4, 1, ALIF, (0, 2, 3)), (3, None, None, (0, 1, 2)))


def elative(word: str) -> str | None:
    """The elative (أفعل) of an adjective of a sound triliteral root (طويل -> أطول, واسع -> أوسع, صعب ->
    أصعب, خفيف -> أخف, قوي -> أقوى), or None for another shape."""
    w = word.strip()
    if " " in w or not w or w.endswith(NOUN_ENDINGS) or any(c in HAMZA_FORMS for c in w):
        return None
    if len(w) == 3 and w[1] == YA and w[2] == YA:
        return None
    if len(w) == 3 and w[2] == YA:
        return ELATIVE + w[0] + w[1] + ALIF_MAQSURA   # قوي -> أقوى (a weak last root letter)
    for n, at, letter, root in ELATIVE_SHAPES:
        if len(w) == n and (at is None or w[at] == letter):
            c = [w[i] for i in root]
            if c[2] in WEAK_LETTERS:
                return None   # a weak last root letter: its elative is not the plain pattern
            if c[1] == c[2]:
                return ELATIVE + c[0] + c[1]   # خفيف -> أخف
            return ELATIVE + "".join(c)
    return None


def elatives(data: dict) -> dict[str, list[str]]:
    """adjective -> its elative, for the one-word entries of the pairs marked "elatives", none already
    listed in the pair."""
    out: dict[str, list[str]] = {}
    for pair in data["pairs"]:
        if not pair.get("elatives"):
            continue
        listed = set(pair["a"]) | set(pair["b"])
        for w in pair["a"] + pair["b"]:
            e = elative(w)
            if e and e not in listed:
                out.setdefault(w, [])
                if e not in out[w]:
                    out[w].append(e)
    return dict(sorted(out.items()))


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
    """The reversal file's text with its generated "participles" and "elatives" sections (the last four
    keys) rewritten;
    the hand-written sections before it are kept as they are."""
    text = OUT.read_text(encoding="utf-8")
    head = text[: text.index(GENERATED)] if GENERATED in text else text[: text.rstrip().rindex("}")].rstrip()
    data = json.loads(head + "\n}\n")
    found = participles(data)
    source = ("tools/build_participles.py: active participles of the derived verb measures V, VI, VII, "
              f"VIII and X (classical Arabic grammar) of the pairs' verb lemmas: {len(found)} lemmas")
    adjectives = elatives(data)
    e_source = ("tools/build_participles.py: elatives (the pattern af'al, classical Arabic grammar) of "
                f"the sound triliteral adjectives of the pairs marked 'elatives': {len(adjectives)} adjectives")
    return (f"{head}{GENERATED}: {json.dumps(source)},\n \"participles\": {_rows(found)},\n"
            f" \"_elatives_source\": {json.dumps(e_source)},\n \"elatives\": {_rows(adjectives)}\n}}\n")


def _rows(found: dict[str, list[str]]) -> str:
    """A generated lemma -> forms section as the file writes it (one lemma a line)."""
    rows = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                      for k, v in found.items())
    return f"{{\n{rows}\n }}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    a = ap.parse_args(argv)
    text = build()
    n = len(json.loads(text)["participles"]) + len(json.loads(text)["elatives"])
    if a.check:
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{n} lemmas with participles or elatives; {OUT.relative_to(ROOT)} {'up to date' if same else 'differs'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{n} lemmas with participles or elatives written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
