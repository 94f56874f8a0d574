"""Which language an article is written in, and whether the tool reads it.

The tool reads the languages it has data for: the folders ``factcheck/data/<code>/`` and those under
``FACTCHECK_DATA_PATH`` (``language.supported``). ``by_script`` is the reading by script: the supported
language written in the text's dominant script (each data folder declares its script); when several
share that script, the one whose stopwords the text uses most.
Each article's body is identified by py3langid (a naive Bayes model over byte n-grams that ships in its
wheel: nothing is downloaded). Its guesses are folded into macrolanguages (``data/macrolanguages.json``:
Egyptian and Moroccan Arabic are Arabic), and then:

- a body with fewer than MIN_LETTERS letters (a headline, a caption) is never refused: the guess is too
  shaky; it is read as its script says (the caller's ``by_script``);
- a guess below MIN_CONFIDENCE is not acted on either: the script decides;
- a confident guess of a supported language accepts the article: it is read as that language when the
  language is written in the article's majority script (this is what tells two languages of one script
  apart), else as its script says (an article mixing two scripts keeps the reading by its majority
  script, which py3langid's n-grams need not share);
- a confident guess of another language is refused (UnsupportedLanguageError, an input error: the file
  is named by ingest, and ``--skip-invalid`` skips it).

An article mixing two supported languages (a quoted paragraph in the other one) is identified as one
of them: it is accepted.

The model (4.5 MB compressed) is read once per process, on the first article long enough to need it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import UnsupportedLanguageError
from .language import language, supported
from .language import by_script as languages_of_script
from .text import OTHER, WORD_RE, fold_token, script_of

# Letters below which a body is not identified: it is read as its script says. Calibrated on invented
# paragraphs in ten unsupported languages (fr, es, de, it, pt, tr, id, fa, ur, nl: every one identified
# right with confidence >= 0.92 from 80 letters on, Indonesian folded with Malay) and on every article
# and paragraph of the seeds, the five open stories and the invented test stories (no guess outside
# Arabic and English at 60 letters or more). A news headline has 40-80 letters.
MIN_LETTERS = 100
# The probability (py3langid's, normalised over its languages, then summed per macrolanguage) a guess
# needs to be acted on. Same calibration: guesses outside Arabic and English for the supported texts
# above never passed 0.33 (at 20-40 letters); the unsupported paragraphs scored 0.92-1.0.
MIN_CONFIDENCE = 0.8
# The language data file whose presence makes a language supported.
MACROLANGUAGES_FILE = "macrolanguages.json"
RULE = "py3langid"


@dataclass(frozen=True)
class Guess:
    language: str      # an ISO 639 code, folded into its macrolanguage
    confidence: float  # 0-1
    rule: str          # what decided, e.g. "py3langid", "script (42 letters < 100)"


@lru_cache(maxsize=1)
def macrolanguages() -> dict[str, str]:
    """Individual language -> its macrolanguage (ISO 639-3), for the languages the model knows."""
    from .data import load_file
    return {k: v for k, v in load_file(MACROLANGUAGES_FILE).items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def letters(text: str, limit: int | None = None) -> int:
    """How many letters ``text`` holds; with ``limit``, counting stops there (``decide`` only asks
    whether a body reaches MIN_LETTERS: an article's count stops after its first hundred letters)."""
    if limit is None:
        return sum(ch.isalpha() for ch in text)
    n = 0
    for ch in text:
        if ch.isalpha():
            n += 1
            if n >= limit:
                break
    return n


def identify(text: str) -> Guess:
    """py3langid's best language for ``text``, its probabilities summed per macrolanguage. A language
    that is supported itself is kept apart from its macrolanguage."""
    keep = set(supported())
    macro = macrolanguages()
    totals: dict[str, float] = {}
    for code, p in _identifier().rank(text):
        key = code if code in keep else macro.get(code, code)
        totals[key] = totals.get(key, 0.0) + p
    best = max(totals, key=lambda k: (totals[k], k))
    return Guess(best, totals[best], RULE)


def stopword_hits(text: str, code: str) -> int:
    """How many of ``text``'s words are stopwords of language ``code`` (its lexicon's ``stopwords``)."""
    stop = language(code).stopwords
    return sum(fold_token(w) in stop for w in WORD_RE.findall(text))


def by_script(text: str, default: str | None = None) -> str:
    """The supported language ``text`` is read as by its script (module doc). Among several languages
    of its script, ``default`` when it is one of them, else the one with the most stopword hits (ties:
    code order). A text in no supported language's script (digits only, another alphabet) is read as
    ``default``, else as the language with the most stopword hits, ties going to the language whose
    script most supported languages share, then to code order."""
    script = script_of(text)
    candidates = languages_of_script(script) if script != OTHER else ()
    if len(candidates) == 1:
        return candidates[0]
    if default is not None and (default in candidates or not candidates):
        return default
    pool = candidates or supported()
    width = {code: len(languages_of_script(language(code).script)) for code in pool}
    return max(pool, key=lambda c: (stopword_hits(text, c), width[c], [-ord(ch) for ch in c]))


def article_language(body: str, by_script: str) -> str:
    """The language to read ``body`` as (module doc); ``by_script`` is the script's answer, used when
    the body is too short or the guess unsure. Raises UnsupportedLanguageError."""
    return decide(body, by_script).language


def decide(body: str, by_script: str) -> Guess:
    """``article_language`` with the rule that decided and its confidence."""
    n = letters(body, MIN_LETTERS)
    if n < MIN_LETTERS:
        return Guess(by_script, 0.0, f"script ({n} letters < {MIN_LETTERS})")
    guess = identify(body)
    if guess.confidence < MIN_CONFIDENCE:
        return Guess(by_script, guess.confidence, f"script ({RULE} unsure: {guess.language} {guess.confidence:.2f})")
    if guess.language not in supported():
        raise UnsupportedLanguageError(f"{guess.language}: not supported; supported: {', '.join(supported())}")
    if guess.language != by_script and language(guess.language).script == script_of(body):
        return Guess(guess.language, guess.confidence, f"{RULE} ({guess.language} {guess.confidence:.2f}, in its script)")
    return Guess(by_script, guess.confidence, f"script ({RULE}: {guess.language} {guess.confidence:.2f}, supported)")
