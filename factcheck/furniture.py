"""Page furniture: which lines of an article are body text and which are not.

Three kinds of evidence, none of them a particular site's strings:
- cue words from every language's ``furniture`` section (related-story blocks, share bars, sources,
  bylines), matched at the start of a short line;
- line shape (hashtag runs, e-mail addresses, symbol-only lines, table rows, templates, headlines
  without sentence punctuation, questions);
- topic: a paragraph inside a related-stories block, or one sharing almost no weighted vocabulary
  with the rest of its article, is about another story.
"""
from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as lx
from .models import Article, Segment
from .text import WORD_RE, fold, fold_token

# A line of at most this many words with no sentence-final punctuation is a headline, not a claim.
# Calibrated on the seeds and stories: their headlines and teasers run 4-16 words, while body
# sentences without a full stop (bullets, excerpts cut mid-sentence) are longer or start with '-'.
HEADING_MAX_WORDS = 16
# Cue-led furniture lines ("Related posts", "0 comments print share") are short.
CUE_LINE_MAX_WORDS = 12
# A share/comment bar: at least this share of its tokens are bar words or numbers.
BAR_WORD_SHARE = 0.6
# A hashtag line: at least this share of its words are #tags.
HASHTAG_SHARE = 0.5
# Topic similarity (tf-idf cosine of a paragraph with the article body before the first
# related-stories cue). Measured on the seeds: the teaser paragraphs after such a cue score 0.05-0.14
# (a teaser about the same ministry shares its names), body paragraphs against their own article
# 0.07-0.21. Inside a related block a paragraph must clear RESUME_SIM, above every teaser seen, to
# count as the article resuming. Outside such blocks topic is not used to drop text: short dev-story
# articles have on-topic paragraphs scoring 0.00 against the rest.
RESUME_SIM = 0.25

SENTENCE_END = re.compile(r"[.!…:؛]\s*[\"'»”)]*\s*$")
QUESTION_END = re.compile(r"[?؟]\s*[\"'»”)]*\s*$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
URL = re.compile(r"https?://|www\.")
BULLET = re.compile(r"^\s*([-–•*▪●]|\d+[.)])\s+")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    kind: str = "body"
    rule: str = ""


TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")


def _pieces(text: str, s: int, e: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """text[s:e] minus the cut spans, each remaining piece stripped of surrounding blanks."""
    out, pos = [], s
    for a, b in sorted(cuts) + [(e, e)]:
        if a < pos:
            continue
        seg = text[pos:a]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((pos + lead, pos + lead + len(seg.strip())))
        if a < e:
            out.append((a, b))
        pos = b
    return [(a, b) for a, b in out if b > a]


def _lines(text: str, published_span: tuple[int, int] | None) -> list[_Line]:
    """Non-empty lines; template markup and a dateline inside a line become lines of their own."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        cuts = [(pos + m.start(), pos + m.end()) for m in TEMPLATE.finditer(body)]
        if published_span and pos <= published_span[0] < pos + len(body):
            cuts.append((published_span[0], min(published_span[1], pos + len(body))))
        for a, b in _pieces(text, pos, pos + len(body), cuts):
            if text[a:b].strip():
                out.append(_Line(a, b, text[a:b]))
        pos += len(raw)
    return out


@lru_cache(maxsize=None)
def _all_cues(path: str, langs: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(c for lang in langs for c in lx.cues(lang, path))


@lru_cache(maxsize=None)
def _longest_cue(path: str, langs: tuple[str, ...]) -> int:
    return max((len(phrase) for _, phrase in _all_cues(path, langs)), default=0)


def _starts_with_cue(line: str, path: str, langs: tuple[str, ...]) -> str | None:
    cues = _all_cues(path, langs)
    if not cues:
        return None
    # Only the line's first words can match: fold those, not the whole line.
    words = [fold_token(m.group()) for m in itertools.islice(WORD_RE.finditer(line), _longest_cue(path, langs))]
    for cue, phrase in cues:
        if tuple(words[: len(phrase)]) == phrase:
            return cue
    return None


def _shape(line: _Line, langs: tuple[str, ...], published_span: tuple[int, int] | None) -> tuple[str, str] | None:
    """(kind, rule) when the line's shape or a cue marks it as furniture, else None."""
    t = line.text
    words = t.split()
    n = len(words)
    letters = [ch for ch in t if ch.isalpha()]
    if not letters:
        return "furniture", "shape:no-letters"
    if "{{" in t or "}}" in t:
        return "furniture", "shape:template"
    if t.count("|") >= 2:
        return "furniture", "shape:table-row"
    if EMAIL.search(t) and n <= HEADING_MAX_WORDS:
        return "furniture", "shape:byline-email"
    if URL.search(t) and n <= CUE_LINE_MAX_WORDS:
        return "furniture", "shape:url"
    if sum(w.startswith("#") for w in words) >= HASHTAG_SHARE * n:
        return "furniture", "shape:hashtags"
    if published_span and line.start <= published_span[0] < line.end and n <= CUE_LINE_MAX_WORDS:
        return "furniture", "shape:dateline"
    for path, kind in (("furniture.block_cues", "related"), ("furniture.source_cues", "furniture"),
                       ("furniture.byline_cues", "furniture")):
        cue = _starts_with_cue(t, path, langs)
        # a cue opens a short line, or labels a list of any length ("Tags: a b c d ...")
        if cue and (n <= CUE_LINE_MAX_WORDS or ":" in t[: len(cue) + 3]) and (kind == "related" or ":" in t or n <= 6):
            return kind, f"cue:{path.split('.')[-1]}:{cue}"
    if n <= CUE_LINE_MAX_WORDS:
        toks = WORD_RE.findall(fold(t))
        bar = set().union(*(lx.word_set(lang, "furniture.bar_words") for lang in langs))
        if toks and sum(tok in bar or tok.isdigit() for tok in toks) >= BAR_WORD_SHARE * len(toks):
            return "furniture", "shape:share-bar"
    if QUESTION_END.search(t) and n <= HEADING_MAX_WORDS * 2:
        return "heading", "shape:question"
    if n <= HEADING_MAX_WORDS and not SENTENCE_END.search(t) and not BULLET.match(t):
        return "heading", "shape:headline"
    return None


class TopicModel:
    """tf-idf over the content words of all paragraphs in a run (idf shared across articles)."""

    def __init__(self, paragraphs: list[str], langs: tuple[str, ...]):
        self.langs = langs
        self.stop = set().union(*(lx.word_set(lang, "stopwords") for lang in langs))
        docs = [set(self.terms(p)) for p in paragraphs]
        df = Counter(t for d in docs for t in d)
        n = max(1, len(docs))
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}

    def terms(self, text: str) -> list[str]:
        out = []
        for lang in self.langs:
            for tok in lx.tokenize(text, lang):
                stem = min(tok.variants, key=len)
                if tok.form not in self.stop and stem not in self.stop and len(stem) > 2 and not stem.isdigit():
                    out.append(stem)
            if out:
                break
        return out

    def vector(self, text: str) -> dict[str, float]:
        tf = Counter(self.terms(text))
        return {t: c * self.idf.get(t, 1.0) for t, c in tf.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        dot = sum(v * b.get(k, 0.0) for k, v in a.items())
        na = math.sqrt(sum(v * v for v in a.values()))
        nb = math.sqrt(sum(v * v for v in b.values()))
        return dot / (na * nb) if na and nb else 0.0


def _langs(article: Article) -> tuple[str, ...]:
    others = tuple(lang for lang in ("ar", "en") if lang != article.language)
    return (article.language,) + others


def inline_cue(sentence: str, lang: str) -> str | None:
    """A block cue opening a sentence inside a paragraph ("Also read: ..."): the sentence is a teaser."""
    langs = (lang,) + tuple(x for x in ("ar", "en") if x != lang)
    return _starts_with_cue(sentence, "furniture.block_cues", langs)


def segment(article: Article, topic: TopicModel) -> list[Segment]:
    """Label every non-empty line of the article: body, heading, or a kind of furniture."""
    langs = _langs(article)
    lines = [ln for ln in _lines(article.text, article.published_span) if ln.start >= article.body_start]
    for ln in lines:
        shaped = _shape(ln, langs, article.published_span)
        if shaped:
            ln.kind, ln.rule = shaped
    body = [ln for ln in lines if ln.kind == "body"]
    first_block = next((k for k, ln in enumerate(lines) if ln.kind == "related"), len(lines))
    core = [ln for ln in lines[:first_block] if ln.kind == "body"]
    core_vec = topic.vector(" ".join(ln.text for ln in core)) if core else {}
    in_related = False
    for ln in lines:
        if ln.kind == "related":
            in_related = True
            ln.kind = "furniture"
            continue
        if ln.kind != "body":
            continue
        if not in_related:
            ln.rule = "body"
            continue
        # inside a related-stories block: does the article resume here? (compared with the body
        # before the block; without such a body, with the rest of the body)
        ref = core_vec if core else topic.vector(" ".join(o.text for o in body if o is not ln))
        sim = topic.cosine(topic.vector(ln.text), ref)
        if sim < RESUME_SIM:
            ln.kind, ln.rule = "furniture", f"topic:related-block sim={sim:.2f}<{RESUME_SIM}"
        else:
            in_related = False
            ln.rule = f"topic:resumes sim={sim:.2f}"
    return [Segment(article=article.id, start=ln.start, end=ln.end, kind=ln.kind, rule=ln.rule) for ln in lines]
