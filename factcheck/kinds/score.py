"""The score kind: the result of a match as two goal (point) counts, open-world.

A match score is a claim (property ``score``) read from
- digits joined by a dash ("2-1", "2–1", "1-1 draw") next to a result word ("beat", "won", "draw",
  "بنتيجة", "فاز"), or by a slash or colon right after one ("بنتيجة 2/1", "a score of 2:1");
- goal words ("بهدفين مقابل هدف", "بهدفين لهدف", "three goals to one", "بهدف نظيف" = 1-0, "بهدف لمثله"
  = 1-1, "goalless draw" = 0-0; ``<lang>.lexicon`` score_* entries).

Its **value** is the two counts, larger first ("2-1"); **which team has which** when the sentence says
so: the teams it names near the score (countries and nationalities, ``places`` / ``lexicon``) and the
winner, the team that is not the object of a win verb ("X beat Y 2-1", "فاز X على Y"); its **phase**:
"aggregate" next to a cue of two legs' combined score ("4-2 on aggregate", "في مجموع المباراتين"),
"half" when a half-time cue ("at half-time", "الشوط الأول") stands nearer to it than any result word,
else "final"; and whether it is **another match** ("last meeting", "مباراة الذهاب").

Two scores are about one match when their events are compatible, their phases and match cues are the
same and the teams they name do not differ. They agree when their counts are equal (as unordered
pairs unless both name the winner) and contradict otherwise; a score that the other article also
states for the same phase is another match of that article, never a clash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lang import lexicon as lx
from ..mentions import places, values
from ..lang.cues import Cues
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from ..lang.text import ascii_digits, fold
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, Verdict
from .racetime import sentence_pieces
from . import score_sets

PROPERTY = "score"
# A result word marks digits as a score when it sits within this many tokens of them. Invented
# reports: "Rivertown beat the visitors from Lakeside 3-1" puts 5 tokens between verb and score;
# a clause rarely runs longer between its verb and its result.
SCORE_CUE_WINDOW = 8
# A slash or colon pair ("2/1", "3:1") is a score only right after a result word (it is otherwise a
# date, a ratio or a time of day): at most this many tokens between them.
SEPARATOR_CUE_WINDOW = 2
# Teams are looked for this many tokens either side of a score (the clause's "X beat Y 2-1").
TEAM_WINDOW = 10
# A half-time cue decides the phase only within this many tokens of the score.
PHASE_WINDOW = 8
# A cue of the combined score of two legs names a score this many tokens from it ("4-2 on
# aggregate": next to it; "an aggregate score of 4-2": two tokens between).
AGGREGATE_WINDOW = 3
# The phase of such a score: it is never the score of one match.
AGGREGATE = "aggregate"
# The opponent of a win verb follows it or its preposition ("beat Y", "فاز على Y") within this many tokens.
OPPONENT_WINDOW = 4
# The most digits one side's count has (a basketball score has three).
MAX_COUNT_DIGITS = 3

# Two counts joined by a dash, slash or colon, not part of a longer figure ("1-2,000", "2/1/2024", "13:38:05").
_DIGIT_PAIR = re.compile(r"(?<![\d:/.,\u066b\u066c-])(\d{1,%d})\s?([-\u2013\u2014/:])\s?(\d{1,%d})"
                         r"(?![\d:/\u066b\u066c%%\u066a-]|[.,]\d)" % (MAX_COUNT_DIGITS, MAX_COUNT_DIGITS))
_DASHES = "-\u2013\u2014"


@dataclass
class ScoreFrame:
    """A score claim under construction (``frames`` turns it into a draft)."""

    start: int
    end: int
    value: str
    high: int
    low: int
    phase: str
    other: bool
    teams: list[str]
    winner: str | None
    winner_label: str | None
    signals: list[Signal] = field(default_factory=list)
    value_span: tuple[int, int] = (0, 0)


@lru_cache(maxsize=None)
def _goal_counts(lang: str) -> dict[str, int]:
    """Goal words that state a count ("هدفين" -> 2, "ثلاثية" -> 3), folded."""
    return {fold(k): int(v) for k, v in lx.lexicon(lang).score_goal_counts.items()}


@lru_cache(maxsize=None)
def result_cues(lang: str) -> Cues:
    """The result words (``score_cues``), each single word also with a possessive suffix
    (``score_possessive_suffixes``, after ``score_possessive_stems``): "فوز" -> "فوزه", "خسارة" -> "خسارتها"."""
    lex = lx.lexicon(lang)
    base = tuple(lex.score_cues)
    stems = [next((c[:-len(e)] + r for e, r in lex.score_possessive_stems.items() if c.endswith(e)), c)
             for c in base if " " not in c]
    return Cues(base + tuple(stem + suf for stem in stems for suf in lex.score_possessive_suffixes))


def _is(t: Tok, cues: lx.Cues) -> bool:
    return bool(cues.words & t.variants)


@lru_cache(maxsize=None)
def _goal_words(lang: str) -> frozenset[str]:
    """The words a goal count is read from (``_goal_count``): counting goal words and goal nouns."""
    return frozenset(_goal_counts(lang)) | lx.lexicon(lang).score_goal_words.words


def _phrase_end(toks: list[Tok], k: int, cues: lx.Cues) -> int | None:
    """One past the last token of the longest of ``cues`` starting at token ``k``, or None."""
    for _, phrase in cues.phrases:
        if k + len(phrase) <= len(toks) and lx.match_at(toks, k, phrase):
            return k + len(phrase)
    return None


def _number_at(toks: list[Tok], k: int, nums: dict[int, int]) -> int | None:
    if k >= len(toks):
        return None
    return nums.get(k)


def _goal_count(toks: list[Tok], k: int, nums: dict[int, int], lang: str) -> tuple[int, int] | None:
    """(count, next token) of a goal count at token ``k``: a counting goal word ("هدفين", with a
    following number that restates it: "هدف واحد"), or a number before a goal word ("3 أهداف",
    "two goals")."""
    if k >= len(toks):
        return None
    counts = _goal_counts(lang)
    hit = next((counts[v] for v in sorted(toks[k].variants) if v in counts), None)
    if hit is not None:
        nxt = k + 1
        if _number_at(toks, nxt, nums) == hit:
            nxt += 1
        return hit, nxt
    n = _number_at(toks, k, nums)
    if n is not None and k + 1 < len(toks) and _is(toks[k + 1], lx.lexicon(lang).score_goal_words):
        return n, k + 2
    return None


def _second_count(toks: list[Tok], k: int, nums: dict[int, int], lang: str) -> tuple[int, int] | None:
    """The count after a connector: a goal count, a bare number ("to one") or a zero word ("nil")."""
    got = _goal_count(toks, k, nums, lang)
    if got is not None:
        return got
    nil = _phrase_end(toks, k, lx.lexicon(lang).score_nil_words)
    if nil is not None:
        return 0, nil
    n = _number_at(toks, k, nums)
    return (n, k + 1) if n is not None else None


def _word_scores(toks: list[Tok], nums: dict[int, int], lang: str) -> list[tuple[int, int, int, int, str]]:
    """(first token, end token, count, count, rule) of the scores written in words."""
    out = []
    for hit in lx.find_cues(toks, lx.lexicon(lang).score_goalless):
        out.append((hit.i, hit.j, 0, 0, f"{lang}.lexicon score_goalless"))
    vocab = toks.vocab if isinstance(toks, lx.Toks) else frozenset().union(*(t.variants for t in toks))
    if _goal_words(lang).isdisjoint(vocab):
        return out   # no goal word: no goal count to read (``_goal_count``)
    k = 0
    while k < len(toks):
        first = _goal_count(toks, k, nums, lang)
        if first is None:
            k += 1
            continue
        a, j = first
        got = None
        if j < len(toks):
            nil, only = _phrase_end(toks, j, lx.lexicon(lang).score_nil_words), _phrase_end(toks, j, lx.lexicon(lang).score_only_words)
            same, conn = _phrase_end(toks, j, lx.lexicon(lang).score_same_words), _phrase_end(toks, j, lx.lexicon(lang).score_connectors)
            if nil is not None:
                got = (a, 0, nil, "a goal count and a zero word")
            elif a == 1 and only is not None:
                got = (1, 0, only, "a single goal, the only one")
            elif same is not None:
                got = (a, a, same, "a goal count and 'the same'")
            elif conn is not None:
                second = _second_count(toks, conn, nums, lang)
                if second is not None:
                    got = (a, second[0], second[1], "two goal counts and a connector")
            elif any(toks[j].form.startswith(p) for p in lx.lexicon(lang).score_connector_prefixes):
                second = _goal_count(toks, j, nums, lang)
                if second is not None and j not in nums:
                    got = (a, second[0], second[1], "two goal counts, the second with a connector prefix")
        if got is None:
            k += 1
            continue
        out.append((k, got[2], got[0], got[1], f"{lang}.lexicon score_* ({got[3]})"))
        k = got[2]
    return out


def _digit_scores(text: str, toks: list[Tok], lang: str, offset: int) -> list[tuple[int, int, int, int, str]]:
    """(first token, end token, count, count, rule) of the digit scores next to a result word (or a
    half-time word: "1-0 up at the break")."""
    lex = lx.lexicon(lang)
    cues = lx.find_cues(toks, result_cues(lang)) + lx.find_cues(toks, lex.score_half_cues) + \
        lx.find_cues(toks, lex.score_aggregate_cues)
    out = []
    if not cues:
        return out   # a digit pair counts only next to a cue
    for m in _DIGIT_PAIR.finditer(ascii_digits(text)):
        idx = lx.covered(toks, m.start() + offset, m.end() + offset)
        if not idx:
            continue
        i, j = idx[0], idx[-1] + 1
        window = SCORE_CUE_WINDOW if m.group(2) in _DASHES else SEPARATOR_CUE_WINDOW
        near = [h for h in cues if (i - window <= h.j - 1 < i) or (m.group(2) in _DASHES and j <= h.i < j + window)]
        if not near:
            continue
        out.append((i, j, int(m.group(1)), int(m.group(3)), f"score: digits '{m.group(2)}' near a result word "
                                                            f"({lang}.lexicon score_cues '{near[0].cue}')"))
    return out


def _set_scores(text: str, toks: list[Tok], lang: str, offset: int) -> dict[tuple[int, int], tuple[int, int, str, str, int]]:
    """{(first token, end token): (sets won, sets lost, normal form, rule, end offset)} of the set scores
    (``kinds.score_sets``) next to a result word, as for a digit pair (``_digit_scores``)."""
    cues = lx.find_cues(toks, result_cues(lang))
    out = {}
    for r in score_sets.runs(ascii_digits(text)) if cues else ():
        idx = lx.covered(toks, r.start + offset, r.end + offset)
        if not idx:
            continue
        i, j = idx[0], idx[-1] + 1
        near = [h for h in cues if i - SCORE_CUE_WINDOW <= h.j - 1 < i or j <= h.i < j + SCORE_CUE_WINDOW]
        if near:
            out[(i, j)] = (r.won, r.lost, r.value, f"score_sets: sets of one match near a result word "
                                                   f"({lang}.lexicon score_cues '{near[0].cue}')", r.end + offset)
    return out


def _teams(text: str, toks: list[Tok], lang: str, offset: int) -> list[tuple[int, str, str]]:
    """(token, key, name as written) of the teams a sentence names: countries and nationalities."""
    out = []
    for p in places.find_places(text):
        if p.kind == "country":
            idx = lx.covered(toks, p.start + offset, p.end + offset)
            if idx:
                out.append((idx[0], p.key, text[p.start:p.end]))
    for k in range(len(toks)):
        nat = lx.nationality_at(toks, k, lang)
        if nat and not any(k == i for i, _, _ in out):
            out.append((k, f"country:{nat[0]}", text[toks[k].start - offset:toks[k + nat[1] - 1].end - offset]))
    return sorted(out)


def _phase(toks: list[Tok], i: int, j: int, lang: str) -> tuple[str, str | None]:
    """("aggregate", cue) when a cue of the two legs' combined score is within AGGREGATE_WINDOW
    tokens of the score; ("half", cue) when a half-time cue is within PHASE_WINDOW tokens and no
    result word stands between it and the score; else ("final", None)."""
    for h in lx.find_cues(toks, lx.lexicon(lang).score_aggregate_cues):
        if j <= h.i < j + AGGREGATE_WINDOW or i - AGGREGATE_WINDOW < h.j <= i:
            return AGGREGATE, h.cue
    results = [h for h in lx.find_cues(toks, lx.lexicon(lang).score_win_cues)] + lx.find_cues(toks, lx.lexicon(lang).score_final_cues)
    for h in sorted(lx.find_cues(toks, lx.lexicon(lang).score_half_cues), key=lambda h: min(abs(h.i - i), abs(h.j - j))):
        lo, hi = (h.j, i) if h.j <= i else (j, h.i)
        if hi - lo > PHASE_WINDOW:
            continue
        if not any(lo <= r.i < hi for r in results):
            return "half", h.cue
    return "final", None


def _round(toks: list[Tok], i: int, j: int, lang: str) -> tuple[str, str] | None:
    """(round key, cue) of the earlier knockout round the sentence names nearest to the score at
    tokens i..j (``score_rounds``), or None."""
    hits = [(min(abs(h.i - i), abs(h.j - j)), key, h.cue)
            for key, cues in lx.lexicon(lang).score_rounds.items() for h in lx.find_cues(toks, cues)]
    return min(hits)[1:] if hits else None


def _winner(toks: list[Tok], teams: list[tuple[int, str, str]], lang: str) -> tuple[str | None, str | None, str | None]:
    """(winner key, name, win cue): the team named near a win verb that is not its object. The object
    is the first team after the verb when the verb takes one directly ("beat Y": score_transitive_wins),
    else the first team after an opponent preposition ("won against Y", "فاز X على Y")."""
    preps = lx.lexicon(lang).score_opponent_preps.words
    transitive = lx.lexicon(lang).score_transitive_wins.words
    for hit in lx.find_cues(toks, lx.lexicon(lang).score_win_cues):
        direct = bool(transitive & toks[hit.i].variants)
        loser = None
        for k in range(hit.j, min(len(toks), hit.j + OPPONENT_WINDOW)):
            team = next((t for t in teams if t[0] == k), None)
            if team is not None and (direct or any(preps & toks[x].variants for x in range(hit.j, k))):
                loser = team
                break
        rest = [t for t in teams if loser is not None and t[1] != loser[1]]
        if rest:
            best = min(rest, key=lambda t: abs(t[0] - hit.i))
            return best[1], best[2], hit.cue
    return None, None, None


def frames(text: str, toks: list[Tok], vals: list, lang: str, clause: tuple[int, int],
           sentence_start: int, article: tuple[str, ...] = ()) -> list[ScoreFrame]:
    """The score claims of the clause ``clause`` (character span) of a sentence starting at
    ``sentence_start``, from the sentence's tokens ``toks`` (article offsets) and value mentions
    ``vals``; ``text`` is the article; ``article`` every score the article states."""
    stext = text[sentence_start:toks[-1].end] if toks else ""
    nums = {}
    for v in vals:
        idx = lx.covered(toks, v.start, v.end)
        if v.kind == "number" and len(idx) == 1 and v.value.isdigit():
            nums[idx[0]] = int(v.value)
    found = _digit_scores(stext, toks, lang, sentence_start) + _word_scores(toks, nums, lang)
    # a set of a match told set by set is no score of its own (a run of sets holds a digit pair found above)
    sets = _set_scores(stext, toks, lang, sentence_start) if found else {}
    found = [f for f in found if not any(a <= f[0] < b for a, b in sets)] + \
        [(i, j, won, lost, rule) for (i, j), (won, lost, _, rule, _) in sets.items()]
    if not found:
        return []   # most sentences state no score: the teams and cues are not looked up
    teams = _teams(stext, toks, lang, sentence_start)
    others = lx.find_cues(toks, lx.lexicon(lang).score_other_cues)
    results = lx.find_cues(toks, lx.lexicon(lang).score_cues) + lx.find_cues(toks, lx.lexicon(lang).score_win_cues)
    out = []
    for i, j, x, y, rule in sorted(found):
        s, e = toks[i].start, max(toks[j - 1].end, sets[(i, j)][4] if (i, j) in sets else 0)   # a tie-break's ")"
        if not clause[0] <= s < clause[1]:
            continue
        near = [t for t in teams if i - TEAM_WINDOW <= t[0] < j + TEAM_WINDOW]
        phase, half_cue = _phase(toks, i, j, lang)
        # the two legs' combined score is no one match's: a cue of another match does not govern it
        other = None if phase == AGGREGATE else next((h for h in others if abs(h.i - i) <= TEAM_WINDOW), None)
        winner, wlabel, wcue = _winner(toks, near, lang) if x != y else (None, None, None)
        lead = [h.i for h in results if i - SCORE_CUE_WINDOW <= h.i < i] + [t[0] for t in near if t[0] < i]
        lo = min(lead, default=i)
        value = sets[(i, j)][2] if (i, j) in sets else f"{max(x, y)}-{min(x, y)}"
        sigs = [Signal(field="value", rule=rule, text=text[s:e], start=s, end=e),
                Signal(field="property", rule=f"{lang}.lexicon score_aggregate_cues" if phase == AGGREGATE else
                       "score: phase from a half-time cue (score_half_cues), else final",
                       text=phase if half_cue is None else f"{phase} ({half_cue})")]
        if near:
            sigs.append(Signal(field="teams", rule="score: countries and nationalities named near it",
                               text=" ".join(sorted({t[1] for t in near}))))
        if winner:
            sigs.append(Signal(field="winner", rule=f"score: the team that is not the object of a win verb "
                                                    f"({lang}.lexicon score_win_cues '{wcue}')", text=winner))
        stage = _round(toks, i, j, lang)
        if stage is not None:
            sigs.append(Signal(field="round", rule=f"{lang}.lexicon score_rounds '{stage[1]}'", text=stage[0]))
        if other is not None:
            sigs.append(Signal(field="event", rule=f"{lang}.lexicon score_other_cues", text=other.cue,
                               start=other.start, end=other.end))
        if article:
            sigs.append(Signal(field="context", rule="score: every score of the article", text=" ".join(article)))
        out.append(ScoreFrame(toks[lo].start, e, value, max(x, y), min(x, y), phase, other is not None,
                              sorted({t[1] for t in near}), winner, wlabel, sigs, (s, e)))
    return out


@lru_cache(maxsize=64)
def article_scores(text: str, lang: str) -> tuple[str, ...]:
    """Every score an article states, as "value@phase", in order."""
    out = []
    for m, toks in sentence_pieces(text, lang):
        if not toks:
            continue
        # numbers matter only next to a goal word (``_word_scores``): other sentences skip the value parse
        vals = [_shifted(v, m.start()) for v in values.find_values(m.group(), lang)] \
            if not _goal_words(lang).isdisjoint(toks.vocab) else []
        for f in frames(text, toks, vals, lang, (m.start(), m.end()), m.start()):
            out.append(f"{f.value}@{f.phase}")
    return tuple(out)


def _shifted(v, by: int):
    return replace(v, start=v.start + by, end=v.end + by)


# --------------------------------------------------------------------------------------- compare
def _signal(c: Claim, name: str) -> str | None:
    return next((s.text for s in c.signals if s.field == name), None)


def phase(c: Claim) -> str:
    return (_signal(c, "property") or "final").split(" ", 1)[0]


def teams(c: Claim) -> set[str]:
    return set((_signal(c, "teams") or "").split()) - {""}


def _other(c: Claim) -> bool:
    return any(s.field == "event" and s.rule.endswith("score_other_cues") for s in c.signals)


def _states(c: Claim, value: str, ph: str) -> bool:
    """Does the article of ``c`` state ``value`` for phase ``ph`` (in any sentence)?"""
    return f"{value}@{ph}" in (_signal(c, "context") or "").split()


def _several(c: Claim) -> bool:
    """Does the article of ``c`` state more than one score of its phase (several matches)?"""
    ph = phase(c)
    return len({v for v in (_signal(c, "context") or "").split() if v.endswith(f"@{ph}")}) > 1


def readable(c: Claim) -> str:
    return next((s.text for s in c.signals if s.field == "value" and s.text), c.value or c.quote)


def judge(a: Claim, b: Claim, event: tuple[bool, str], similarity: float = 0.0,
          weight: dict[str, float] | None = None) -> Verdict:
    """Compare two match scores. ``event`` says whether their events are compatible and why."""
    same_event, why = event
    if not same_event or phase(a) != phase(b) or _other(a) != _other(b):
        return UNRELATED
    if score_sets.is_sets(a.value) != score_sets.is_sets(b.value):
        return UNRELATED   # one set of a match against the whole match (kinds.score_sets)
    ra, rb = _signal(a, "round"), _signal(b, "round")
    if ra != rb and (ra and rb or _several(a if ra else b)):
        return UNRELATED   # two rounds, or an earlier round's match of an article that tells several
    ta, tb = teams(a), teams(b)
    if ta and tb and not (ta <= tb or tb <= ta):
        return UNRELATED   # another pair of teams: another match
    wa, wb = _signal(a, "winner"), _signal(b, "winner")
    what = "half-time score" if phase(a) == "half" else "score"
    if a.value == b.value:
        if wa and wb and wa != wb:
            return Verdict("contradict", f"different winner of the same {what} ({wa} vs {wb}; {readable(a)})", CONF_SIMILAR)
        return Verdict("agree", f"same {what} ({readable(a)} / {readable(b)})", CONF_VALUE)
    if _states(a, b.value or "", phase(b)) or _states(b, a.value or "", phase(a)):
        return UNRELATED   # the other article states this score too: another match of it
    if a.polarity != b.polarity:
        return UNRELATED
    return Verdict("contradict", f"different {what} of the same match ({readable(a)} vs {readable(b)}; {why})",
                   CONF_SIMILAR if not (ta and tb) else CONF_VALUE)


def words(c: Claim) -> str:
    """The score as normalized ("2-1"), which reads the same in any language."""
    return c.value or c.quote
