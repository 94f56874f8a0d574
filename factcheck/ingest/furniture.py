"""Page furniture: which lines of an article are body text and which are not.

Three kinds of evidence, none of them a particular site's strings:
- cue words from every language's ``furniture`` section (related-story blocks, share bars, sources,
  bylines), matched at the start of a short line;
- line shape (hashtag runs, e-mail addresses, symbol-only lines, table rows, templates, headlines
  without sentence punctuation, questions);
- topic: a paragraph inside a related-stories block, or one sharing almost no weighted vocabulary
  with the rest of its article, is about another story.
Inside a line, furniture is cut off as a line of its own (offsets stay exact; ``datelines`` finds
it): a dateline or outlet name opening it ("CITY (Agency) --", "(Outlet) CITY,", "Outlet – ..."), a
tag closing it ("(Agency)", an editorial note); a line closed by a picture credit is a photo caption.
"""
from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..models import Article, Segment
from .datelines import caption, dateline_prefix, furniture_words, stopwords, trailing_tag
from ..lang.text import WORD_RE, fold, fold_token

# A line of at most this many words with no sentence-final punctuation is a headline, not a claim.
# Calibrated on the seeds and stories: their headlines and teasers run 4-16 words, while body
# sentences without a full stop (bullets, excerpts cut mid-sentence) are longer or start with '-'.
HEADING_MAX_WORDS = 16
# Cue-led furniture lines ("Related posts", "0 comments print share") are short.
CUE_LINE_MAX_WORDS = 12
# A line with '|' bars is prose, not a table row or a bar of links, only when its bar-separated
# cells average at least this many words (clauses; link bars and table cells hold one to three).
PROSE_WORDS_PER_BAR_CELL = 4
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

# A related-stories label ("Most Read", "More stories from the region") has at most this many words
# after its cue; a block cue followed by more ("READ MORE: <a headline>") is one teaser line, and the
# article goes on after it.
BLOCK_LABEL_EXTRA_WORDS = 3
# Lines that a line cue opens (a subscription offer, a cookie notice) run up to this many words; set
# on invented page furniture: "Subscribe now and get 50% off your first 3 months" (10), a cookie
# notice of two sentences (16).
LINE_CUE_MAX_WORDS = 24
COPYRIGHT = "©"

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
# Markup left in an article's text (a page pasted as text, a feed's HTML in a record): a script or
# style element with its content, or one HTML tag or comment. Markup holding a digit is cut out as
# furniture, so that code ("alert(1)", "width=3") never yields a figure; markup without digits stays
# in its sentence (it states no figure, and the sentence's other claims keep their clause). Tags
# start with a letter, '/' or '!' after '<' ("a < b" is not a tag).
MARKUP = re.compile(r"<(script|style)\b[^<>]*>.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)|<[A-Za-z/!][^<>]*>",
                    re.IGNORECASE)
DIGIT = re.compile(r"\d")

# "- Subhead -": a line wrapped in dashes (agency section subheads).
DASH_WRAPPED = re.compile(r"^\s*[-–—]+\s+\S(?:.*\S)?\s+[-–—]+\s*$")
# A line that is only a quoted fragment ("'Not a surprise'"), no sentence inside: a pull quote or a
# quoted headline (a quoted full sentence standing alone is still reported speech).
PULL_QUOTE = re.compile(r"^\s*[\"'“‘«]([^\"“”«».!?؟…]+)[\"'”’»]\s*$")
# A sentence break inside a line ("... on Sunday. Follow us"): a full stop, "!", "?" or "…" before a blank.
INNER_SENTENCE_END = re.compile(r"[.!?؟…][\"'»”)]*\s+(?=\S)")
# The line kinds a tail cut off after a line's last sentence may have (``_cut_trailers``).
FURNITURE_KINDS = ("furniture", "related")
# A share bar as short as "Share this!": at most this many words, every content word a bar word.
CALL_TO_ACTION_MAX_WORDS = 3


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
        cuts += [(pos + m.start(), pos + m.end()) for m in MARKUP.finditer(body) if DIGIT.search(m.group())] \
            if "<" in body else []
        if published_span and pos <= published_span[0] < pos + len(body) and len(body.split()) > CUE_LINE_MAX_WORDS:
            # the date inside a paragraph ("CAIRO, March 2 (Reuters) - ..."); a short line holding it
            # ("Published 2 March 2035, 14:20 GMT") stays whole and is a dateline (``_shape``)
            cuts.append((published_span[0], min(published_span[1], pos + len(body))))
        for a, b in _pieces(text, pos, pos + len(body), cuts):
            if text[a:b].strip():
                out.append(_Line(a, b, text[a:b]))
        pos += len(raw)
    return out


@lru_cache(maxsize=None)
def _all_cues(field: str, langs: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The cue phrases of the lexicons' ``furniture`` section ``field`` (see ``furniture_words``)."""
    return tuple(c for lang in langs for c in getattr(lx.lexicon(lang).furniture, field).phrases)


@lru_cache(maxsize=None)
def _longest_cue(path: str, langs: tuple[str, ...]) -> int:
    return max((len(phrase) for _, phrase in _all_cues(path, langs)), default=0)


@lru_cache(maxsize=None)
def _cues_by_first(path: str, langs: tuple[str, ...]) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """``_all_cues`` by their first folded word, each list in ``_all_cues``' order."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for cue, phrase in _all_cues(path, langs):
        out.setdefault(phrase[0], []).append((cue, phrase))
    return {k: tuple(v) for k, v in out.items()}


def _starts_with_cue(line: str, path: str, langs: tuple[str, ...]) -> str | None:
    cues = _all_cues(path, langs)
    if not cues:
        return None
    # Only the line's first words can match: fold those, not the whole line.
    words = [fold_token(m.group()) for m in itertools.islice(WORD_RE.finditer(line), _longest_cue(path, langs))]
    # only the cues that start with the line's first word can match (the first in file order wins)
    for cue, phrase in _cues_by_first(path, langs).get(words[0], ()) if words else ():
        if tuple(words[: len(phrase)]) == phrase:
            return cue
    return None


def _prose_with_bars(t: str, n: int) -> bool:
    """A paragraph that uses '|' as punctuation: a sentence (longer than a cue line, ending as one) not
    opened or closed by a bar. Table rows ("| a | b |", "a | b |") and bars of links ("Home | News |
    World") are not."""
    return n > CUE_LINE_MAX_WORDS and n >= PROSE_WORDS_PER_BAR_CELL * (t.count("|") + 1) \
        and not t.startswith("|") and not t.endswith("|") and bool(SENTENCE_END.search(t))


def _shape(line: _Line, langs: tuple[str, ...], published_span: tuple[int, int] | None) -> tuple[str, str] | None:
    """(kind, rule) when the line's shape or a cue marks it as furniture, else None."""
    t = line.text
    words = t.split()
    n = len(words)
    if not any(ch.isalpha() for ch in t):
        return "furniture", "shape:no-letters"
    if "{{" in t or "}}" in t:
        return "furniture", "shape:template"
    if MARKUP.fullmatch(t):
        return "furniture", "shape:markup"
    if t.count("|") >= 2 and not _prose_with_bars(t, n):
        return "furniture", "shape:table-row"
    if n <= HEADING_MAX_WORDS and EMAIL.search(t):   # the cheap test first: a long line is no byline
        return "furniture", "shape:byline-email"
    if n <= CUE_LINE_MAX_WORDS and URL.search(t):
        return "furniture", "shape:url"
    if sum(w.startswith("#") for w in words) >= HASHTAG_SHARE * n:
        return "furniture", "shape:hashtags"
    if published_span and line.start <= published_span[0] < line.end and n <= CUE_LINE_MAX_WORDS:
        return "furniture", "shape:dateline"
    for path, kind in (("block_cues", "related"), ("source_cues", "furniture"), ("byline_cues", "furniture")):
        cue = _starts_with_cue(t, path, langs)
        # a cue opens a short line, or labels a list of any length ("Tags: a b c d ...")
        if cue and (n <= CUE_LINE_MAX_WORDS or ":" in t[: len(cue) + 3]) and (kind == "related" or ":" in t or n <= 6):
            if kind == "related" and n - len(cue.split()) > BLOCK_LABEL_EXTRA_WORDS:
                # "READ MORE: Tanzania declares three days of mourning": one teaser, not a list's label
                return "furniture", f"cue:{path}:{cue} (a teaser line)"
            return kind, f"cue:{path}:{cue}"
    cue = _starts_with_cue(t, "line_cues", langs)
    if cue and n <= LINE_CUE_MAX_WORDS:
        return "furniture", f"cue:line_cues:{cue}"
    if COPYRIGHT in t and n <= HEADING_MAX_WORDS:
        return "furniture", "shape:copyright"
    if n <= CUE_LINE_MAX_WORDS:
        toks = WORD_RE.findall(fold(t))
        bar = furniture_words("bar_words", langs)
        if toks and any(tok in bar for tok in toks) \
                and sum(tok in bar or tok.isdigit() for tok in toks) >= BAR_WORD_SHARE * len(toks):
            return "furniture", "shape:share-bar"
        # "Share this!", "Follow us": a call to action, its only content words bar words
        content = [tok for tok in toks if tok not in stopwords(langs)]
        if n <= CALL_TO_ACTION_MAX_WORDS and content and all(tok in bar for tok in content):
            return "furniture", "shape:call-to-action"
    if n <= HEADING_MAX_WORDS and (DASH_WRAPPED.match(t) or PULL_QUOTE.match(t)):
        return "heading", "shape:subhead" if DASH_WRAPPED.match(t) else "shape:pull-quote"
    if QUESTION_END.search(t) and n <= HEADING_MAX_WORDS * 2:
        return "heading", "shape:question"
    if n <= HEADING_MAX_WORDS and not SENTENCE_END.search(t) and not BULLET.match(t):
        return "heading", "shape:headline"
    return None


class TopicModel:
    """tf-idf over the content words of all paragraphs in a run (idf shared across articles)."""

    def __init__(self, paragraphs: list[str], langs: tuple[str, ...]):
        self.langs = langs
        self.stop = set().union(*(lx.lexicon(lang).stopwords.words for lang in langs))
        self._paragraphs = paragraphs

    @cached_property
    def idf(self) -> dict[str, float]:
        """The inverse document frequencies, computed on first use (``segment`` needs them only for an
        article with a related-stories block: most articles never ask)."""
        docs = [set(self.terms(p)) for p in self._paragraphs]
        df = Counter(t for d in docs for t in d)
        n = max(1, len(docs))
        return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}

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
    others = tuple(lang for lang in langdata.supported() if lang != article.language)
    return (article.language,) + others


def inline_cue(sentence: str, lang: str) -> str | None:
    """A block cue opening a sentence inside a paragraph ("Also read: ..."): the sentence is a teaser."""
    langs = (lang,) + tuple(x for x in langdata.supported() if x != lang)
    return _starts_with_cue(sentence, "block_cues", langs)


def _split(ln: _Line, a: int, b: int, rule: str) -> list[_Line]:
    """``ln`` with its characters a..b (relative to the line) cut out as a furniture line."""
    out = []
    for s, e, kind, why in ((0, a, ln.kind, ln.rule), (a, b, "furniture", rule), (b, len(ln.text), ln.kind, ln.rule)):
        piece = ln.text[s:e]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            start = ln.start + s + lead
            out.append(_Line(start, start + len(piece.strip()), piece.strip(), kind, why))
    return out


def _cut_tags(lines: list[_Line], langs: tuple[str, ...]) -> list[_Line]:
    """Photo captions marked as furniture; a tag closing a line cut off as a furniture line of its
    own (before the line's shape is judged: "Text. (Tag)" is a sentence, not a headline)."""
    out: list[_Line] = []
    for ln in lines:
        captioned = caption(ln.text, langs)
        tag = None if captioned else trailing_tag(ln.text)
        if captioned:
            ln.kind, ln.rule = "furniture", captioned
            out.append(ln)
        elif tag:
            out.extend(_split(ln, tag[0], len(ln.text), tag[1]))
        else:
            out.append(ln)
    return out


def _cut_trailers(lines: list[_Line], langs: tuple[str, ...]) -> list[_Line]:
    """Page furniture glued after a line's last sentence ("... on Sunday. Follow us", "... 2031. Read
    more:") cut off as a line of its own, so that the line is not judged as a whole (a short one
    without a final full stop would read as a headline and lose its sentence). Only a tail that the
    line shapes and cues read as furniture is cut; any other tail stays."""
    out: list[_Line] = []
    for ln in lines:
        ends = list(INNER_SENTENCE_END.finditer(ln.text)) if not ln.rule and not SENTENCE_END.search(ln.text) else []
        if not ends:
            out.append(ln)
            continue
        at = ends[-1].end()
        tail = ln.text[at:]
        shaped = _shape(_Line(ln.start + at, ln.end, tail), langs, None)
        if shaped and shaped[0] in FURNITURE_KINDS:
            out.extend(_split(ln, at, len(ln.text), f"{shaped[1]} (after the line's last sentence)"))
        else:
            out.append(ln)
    return out


def _cut_datelines(lines: list[_Line], langs: tuple[str, ...]) -> list[_Line]:
    """Body lines with an opening dateline or outlet name cut off as a furniture line (offsets stay
    those of the article text); a bare outlet name only on the article's first body line."""
    out: list[_Line] = []
    first = True
    for ln in lines:
        if ln.kind != "body":
            out.append(ln)
            continue
        pre = dateline_prefix(ln.text, first, langs)
        out.extend(_split(ln, 0, pre[0], pre[1]) if pre else [ln])
        first = False
    return out


def segment(article: Article, topic: TopicModel) -> list[Segment]:
    """Label every non-empty line of the article: body, heading, or a kind of furniture."""
    langs = _langs(article)
    lines = [ln for ln in _lines(article.text, article.published_span) if ln.start >= article.body_start]
    lines = _cut_trailers(_cut_tags(lines, langs), langs)
    for ln in lines:
        shaped = None if ln.rule else _shape(ln, langs, article.published_span)
        if shaped:
            ln.kind, ln.rule = shaped
    lines = _cut_datelines(lines, langs)
    body = [ln for ln in lines if ln.kind == "body"]
    first_block = next((k for k, ln in enumerate(lines) if ln.kind == "related"), len(lines))
    core = [ln for ln in lines[:first_block] if ln.kind == "body"]
    core_vec: dict[str, float] | None = None   # the body before the block, made when a block needs it
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
        if not core and not BULLET.match(ln.text):
            # a block before the article's first paragraph (an ad slot's list, a header menu): the first
            # paragraph that is no list item starts the article
            in_related = False
            ln.rule = "body after a block before the article"
            core = [ln]
            continue
        if core and core_vec is None:
            core_vec = topic.vector(" ".join(o.text for o in core))
        ref = core_vec if core else topic.vector(" ".join(o.text for o in body if o is not ln))
        sim = topic.cosine(topic.vector(ln.text), ref)
        if sim < RESUME_SIM:
            ln.kind, ln.rule = "furniture", f"topic:related-block sim={sim:.2f}<{RESUME_SIM}"
        else:
            in_related = False
            ln.rule = f"topic:resumes sim={sim:.2f}"
    return [Segment(article=article.id, start=ln.start, end=ln.end, kind=ln.kind, rule=ln.rule) for ln in lines]
