"""Stage 2, claims: body text -> atomic clauses (a clause or short sentence each, never a paragraph).

Sentences end at sentence punctuation; a sentence is cut into clauses at commas, semicolons and the
language's clause cues ("حيث", "while", ...). Pieces too short to assert anything are merged with a
neighbour, so a clause always carries a predicate. Offsets index the article text.
"""
from __future__ import annotations

import re

from . import furniture
from ..lang import detect as langid, lexicon as lx
from ..mentions import values
from ..models import Article, Clause, Segment

# A clause shorter than this many words cannot state a fact alone ("يوم الخميس"): merged with its
# neighbour. Calibrated on the seeds, where appositions and time adverbials run 2-3 words.
MIN_CLAUSE_WORDS = 4
# The scorer and editors both reject "claims" that are paragraphs; stay well under 400 characters.
MAX_CLAUSE_CHARS = 300

# sentence punctuation before a blank, a closing quote, the end, or (in run-together scraped Arabic
# text, "...البريطانية.وتظهر") directly before an Arabic letter
SENT_END = re.compile(r"(?<!\d)[.!?؟…]+(?=[\s\"'»”)\u0621-\u064A]|$)|(?<=\d)[.](?=\s|$)")
# clause punctuation; a comma between two digits groups thousands ("10,000") and never cuts
CLAUSE_PUNCT = re.compile(r"[،;؛]|(?<!\d),|,(?!\d)")
QUOTE_PAIRS = {"«": "»", "“": "”", "\"": "\""}


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "-–•*▪●:.،,;؛"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "،,;؛:-–"):
        e -= 1
    return s, e


# Digits of a list item's number before its full stop ("1. ", "12. "); a longer number is a year or
# a figure ending a sentence.
MAX_LIST_NUMBER_DIGITS = 2
# The word right before a full stop, and the first character of the next word.
WORD_BEFORE = re.compile(r"(\w+)$")
NEXT_CHAR = re.compile(r"\s*(\S)")


def _abbreviation_stop(text: str, m: re.Match, lang: str | None) -> bool:
    """Is the full stop ``m`` that of an abbreviation inside a sentence: one before a word in lower
    case ("p.m. on Thursday"), an initial ("K.V. Engineering College": one capital letter), a title before a capitalised word ("Dr. Lindqvist",
    ``name_abbreviations``) or a word before a number ("No. 5", ``number_abbreviations``)?"""
    if m.group() != "." or lang is None:
        return False
    word = WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    nxt = NEXT_CHAR.match(text, m.end())
    if word is None or nxt is None:
        return False
    w, c = word.group(1), nxt.group(1)
    if c.islower():
        return True   # "1:38 p.m. on Thursday", "U.S. officials": a sentence starts with a capital
    lexicon = lx.lexicon(lang)
    if c.isdigit():
        return w.lower() in lexicon.number_abbreviations
    if not c.isupper():
        return False
    return (len(w) == 1 and w.isupper()) or w.lower() in lexicon.name_abbreviations


def sentences(text: str, start: int, end: int, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end]; with ``lang``, a full stop of an abbreviation inside
    a sentence does not end it."""
    out, s = [], start
    for m in SENT_END.finditer(text, start, end):
        if _abbreviation_stop(text, m, lang) or _list_number_stop(text, m):
            continue
        out.append((s, m.end()))
        s = m.end()
    if s < end:
        out.append((s, end))
    spans = [_trim(text, a, b) for a, b in out]
    return [(a, b) for a, b in spans if b > a]


def _list_number_stop(text: str, m: re.Match) -> bool:
    """Is the full stop ``m`` the mark of a list item's number ("1. The turnout ...": digits alone at
    the start of their line)?"""
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
    return m.group() == "." and line.isdigit() and len(line) <= MAX_LIST_NUMBER_DIGITS


def _inside_quotes(text: str, s: int, pos: int) -> bool:
    seg = text[s:pos]
    for o, c in QUOTE_PAIRS.items():
        if o == c:
            if seg.count(o) % 2:
                return True
        elif seg.count(o) > seg.count(c):
            return True
    return False


def _cut_points(text: str, s: int, e: int, lang: str) -> list[int]:
    cuts = [m.start() for m in CLAUSE_PUNCT.finditer(text, s, e) if not _inside_quotes(text, s, m.start())]
    toks = lx.tokenize(text[s:e], lang, offset=s)
    for hit in lx.find_cues(toks, lx.lexicon(lang).clause_cues):
        if hit.i > 0 and not _inside_quotes(text, s, hit.start):
            cuts.append(hit.start)
    return sorted(set(cuts))


def opens_part(toks: list[lx.Tok], k: int, lang: str) -> bool:
    """Does a part of a group the sentence just counted start at token ``k``: an inclusion cue
    ("including 12 children", "among them", "بينهم") or a figure and a partitive pronoun ("12 of them
    children", "12 منهم")?"""
    lex = lx.lexicon(lang)
    if any(h.i == 0 for h in lx.find_cues(toks[k:k + 3], lex.inclusion_cues)):
        return True
    if k + 1 >= len(toks) or not any(h.i == 0 for h in lx.find_cues(toks[k + 1:k + 3], lex.partitive_pronouns)):
        return False
    return any(v.kind == "number" for v in values.find_values(toks[k].form, lang))


def _part_aside(text: str, piece: list[int], lang: str) -> bool:
    """Is the clause piece a part of a group set off by commas ("Thirty people, including 12 children,
    died": ``opens_part`` at its start)?"""
    toks = lx.tokenize(text[piece[0]:piece[1]], lang, offset=piece[0])
    return bool(toks) and opens_part(toks, 0, lang)


def _words(text: str, s: int, e: int) -> int:
    return len(text[s:e].split())


def clauses_of_sentence(text: str, s: int, e: int, lang: str) -> list[tuple[int, int]]:
    cuts = _cut_points(text, s, e, lang)
    pieces, prev = [], s
    for c in cuts + [e]:
        a, b = _trim(text, prev, c)
        if b > a:
            pieces.append([a, b])
        prev = c
    # a short subject, a part of it set off by commas and the rest ("Thirty people, including 12
    # children, died in the blaze"): one clause, so that the subject's figure meets its predicate
    k = 0
    while k + 2 < len(pieces):
        if _words(text, *pieces[k]) < MIN_CLAUSE_WORDS and pieces[k + 2][1] - pieces[k][0] <= MAX_CLAUSE_CHARS \
                and _part_aside(text, pieces[k + 1], lang):
            pieces[k:k + 3] = [[pieces[k][0], pieces[k + 2][1]]]
        k += 1
    merged: list[list[int]] = []
    for piece in pieces:
        if merged and (_words(text, *merged[-1]) < MIN_CLAUSE_WORDS or _words(text, *piece) < MIN_CLAUSE_WORDS) \
                and piece[1] - merged[-1][0] <= MAX_CLAUSE_CHARS and not _dated_baseline(text, merged[-1], piece, lang):
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    return [(a, b) for a, b in merged]


def _dated_baseline(text: str, before: list[int], piece: list[int], lang: str) -> bool:
    """Is ``piece`` the dated baseline of a figure in the clause before it ("Turnout was 52.4%, up from
    47% in 2029": ``baseline_cues``, then a figure and a date)? Merged, the baseline's date would date
    the figure it is compared with; kept apart, each figure has its own occasion."""
    cues = lx.lexicon(lang).baseline_cues
    if not cues.words or not any(ch.isdigit() for ch in text[before[0]:before[1]]):
        return False
    toks = lx.tokenize(text[piece[0]:piece[1]], lang, offset=piece[0])
    if not any(h.i == 0 for h in lx.find_cues(toks, cues)):
        return False
    found = values.find_values(text[piece[0]:piece[1]], lang)
    return any(v.kind == "number" for v in found) and any(v.kind == "date" for v in found)


def paragraph_language(text: str, default: str) -> str:
    """The language of one paragraph of a mixed page, by its dominant script (``langid.by_script``: the
    article's language when it is written in that script, or when the paragraph has no letters)."""
    return langid.by_script(text, default)


def extract(article: Article, segments: list[Segment]) -> list[Clause]:
    """Clauses of every body segment of ``article``."""
    out: list[Clause] = []
    text = article.text
    for para, seg in enumerate(sg for sg in segments if sg.kind == "body"):
        lang = paragraph_language(text[seg.start:seg.end], article.language)
        for s, e in sentences(text, seg.start, seg.end, lang):
            if furniture.inline_cue(text[s:e], lang):
                continue
            for a, b in clauses_of_sentence(text, s, e, lang):
                out.append(Clause(article=article.id, start=a, end=b, sentence_start=s, sentence_end=e,
                                  paragraph=para, language=None if lang == article.language else lang))
    return out
