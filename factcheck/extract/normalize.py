"""Stage 3, normalize: clauses -> comparable assertions (subject, property, value, polarity, modality,
attribution, event reference), each field with the rule or data entry that produced it.

One clause may state several facts ("the talks, led by X at the Russian consulate, began at 10 a.m."):
each becomes its own claim, with the narrowest span holding its evidence.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lang import future, lexicon as lx
from ..mentions import places, values
from .events import EventRef, EventTracker, story_year
from ..lang.lexicon import Tok
from ..lang.negation import clause_negations
from ..lang.text import COMMA, fold
from ..models import Article, Claim, Clause, Signal
from ..kinds.region import PROPERTY as REGION
from ..kinds.requested import FIELD as REQUESTED
from ..kinds.required import FIELD as REQUIRED
from ..kinds.value import PLANS
from .attribution import attribution as attributed, says_only_who, speakers
from . import anaphora, event_dates
from .draft import Draft
from .frames import name_frames, valued_frames
from .topics import topic_frames
from ..mentions.introduced import introduced_names
from ..mentions.persons import NameRegistry, RoleMention, TitleParser, is_place_word, skeleton

# Words kept as a claim's keywords (for similarity): content words of at least this many letters.
MIN_KEYWORD_CHARS = 3
# A clause also stands as a "statement" claim unless its structured claims span at least this share
# of it (then they represent it; a second, vaguer claim would only duplicate them).
STATEMENT_MAX_COVERED = 0.6
# The rule of a statement whose clause's structured claims hold most of it (``STATEMENT_MAX_COVERED``):
# it only joins another source's statement that finds no agreement otherwise (``judge.group``).
BESIDE_RULE = "clause beside its structured claims"
# An article of one line of at most this many words (a headline, a news flash) is one statement as a
# whole (``normalize``). ANS headlines run 3-25 words; the stories' articles are longer.
ONE_STATEMENT_MAX_WORDS = 40
# A sentence end inside such a line: one terminator (not a run such as "..") before a blank.
INNER_SENTENCE_END = re.compile(r"(?<![.!?؟…])[.!?؟](?=\s)")
# The rule behind a person key the story's name registry re-reads (``NameRegistry.canonical``).
SUBJECT_RULE = "name registry: one person's two orders of a name, or a surname skeleton two people share"


def claim_id(article: str, start: int, end: int, prop: str, value: str | None, quote: str) -> str:
    """Stable id: a hash of the article id, span, property, value and quoted text (no counters)."""
    h = hashlib.sha1(f"{article}|{start}|{end}|{prop}|{value}|{quote}".encode("utf-8")).hexdigest()
    return f"c_{h[:12]}"


@dataclass
class SentenceContext:
    toks: list[Tok]
    roles: list[RoleMention]
    persons: list[tuple[int, int, str]]  # token span and person key of every person mention
    first_name: tuple[int, str, str] | None = None   # token index, key and name of the name it gives first
    said: tuple[str | None, Signal | None] = (None, None)   # who it says said it (``attribution.attribution``)
    speakers: frozenset = frozenset()    # the persons it quotes (``attribution.speakers``)


class Normalizer:
    """Normalizes the clauses of one story (a registry of names is shared across its articles)."""

    def __init__(self, articles: list[Article]):
        self.articles = {a.id: a for a in articles}
        self.registry = NameRegistry()
        self.parsers = {lang: TitleParser(lang) for lang in {a.language for a in articles}}
        self._sent_cache: dict[tuple[str, int], SentenceContext] = {}
        # per article, the (key, name) of the person its last sentence naming one named first
        self._antecedent: dict[str, tuple[str, str]] = {}
        self.events = EventTracker(story_year(articles))
        self._views: dict[tuple[str, str], Article] = {}
        # first pass: learn names from "TITLE NAME" patterns everywhere, so that a later
        # "NAME, TITLE" or a bare surname can be recognized
        tokens = []
        for a in articles:
            toks = lx.tokenize(a.text, a.language)
            self.parsers[a.language].parse(a.text, toks, self.registry)
            tokens.append((a.text, a.language, toks))
        # names with no title that a nationality or a person noun introduces ("Kenyan Joseph Mwangi")
        introduced_names(self.parsers, tokens, self.registry)

    # -- sentence level -------------------------------------------------------------------------
    def sentence(self, art: Article, clause: Clause) -> SentenceContext:
        key = (art.id, clause.sentence_start)
        if key not in self._sent_cache:
            text = art.text[clause.sentence_start:clause.sentence_end]
            toks = lx.tokenize(text, art.language, offset=clause.sentence_start)
            roles = self.parsers[art.language].parse(art.text, toks, self.registry)
            persons = [(r.name[0], r.name[1], self._key(toks, r.name)) for r in roles]
            taken = {k for r in roles for k in range(*r.name)}
            for i, t in enumerate(toks):
                if i not in taken and len(t.form) >= 4 and (person := self.registry.lookup(t.form)):
                    persons.append((i, i + 1, self.registry.canonical(person, t.form)))
            run = self.parsers[art.language].first_name(art.text, toks) if art.language in self.parsers else None
            last = toks[run[1] - 1].form if run else ""
            first = None if run is None else (run[0], self.registry.canonical(skeleton(last), last),
                                              art.text[toks[run[0]].start:toks[run[1] - 1].end])
            persons.sort()
            titled = frozenset(k for r in roles for k in range(*r.title))
            self._sent_cache[key] = SentenceContext(
                toks, roles, persons, first, attributed(art.text, toks, persons, art.language),
                frozenset(speakers(toks, persons, art.language, titled)))
        return self._sent_cache[key]

    def forget(self, art: Article, clause: Clause) -> None:
        """Drop the context of the clause's sentence (``normalize``: after its last clause), keeping
        the person it names first as the one a later description refers to ("The 26-year-old ..."),
        unless the sentence itself opens with a description of the one named before (``anaphora``:
        "The 23-year-old shaved 33 seconds off the mark Abdi Tolosa set": still the runner)."""
        ctx = self._sent_cache.pop((art.id, clause.sentence_start), None)
        if ctx is None:
            return
        if art.id in self._antecedent and anaphora.opening(ctx.toks, clause.language or art.language):
            return
        # a person the story knows first ("Former Graz mayor Lukas Brandt": not "Former Graz")
        found = [(a, k, self.label(k)) for a, _, k in ctx.persons] or ([ctx.first_name] if ctx.first_name else [])
        lang = clause.language or art.language
        if not found and (named := anaphora.opening_surname(art.text, ctx.toks, lang)) is not None:
            # "Alemu, 26, was winning ...": a surname the article gives in full elsewhere
            found = [(0, self.registry.canonical(named[0], ctx.toks[0].form), named[1])]
        if found:
            _, key, name = min(found)
            self._antecedent[art.id] = (key, name)

    def _key(self, toks: list[Tok], span: tuple[int, int]) -> str:
        form = toks[span[1] - 1].form
        return self.registry.canonical(self.registry.lookup(form), form) or form

    def label(self, key: str) -> str:
        return self.registry.label(key)

    # -- clause level ---------------------------------------------------------------------------
    def claims(self, art: Article, clause: Clause, whole: bool = False) -> list[Claim]:
        """The claims of one clause; with ``whole``, only the clause as a statement (see ``normalize``)."""
        if clause.language and clause.language != art.language:
            art = self._as_language(art, clause.language)   # a paragraph in the page's other language
        lang = art.language
        ctx = self.sentence(art, clause)
        toks = lx.Toks(t for t in ctx.toks if clause.start <= t.start and t.end <= clause.end)
        if not toks:
            return []
        first = ctx.toks.index(toks[0])
        drafts: list[Draft] = []
        drafts += self._roles(art, clause, ctx)
        drafts += self._leads(art, clause, ctx, first, len(toks))
        vals = values.find_values(art.text[clause.start:clause.end], lang, anchor=art.published)
        vals = [_shift(v, clause.start) for v in vals]
        vals = [v for v in vals if not event_dates.zone_day(art.text, vals, v, lang)]   # "(2247 GMT Monday)"
        polarity, pol_sig = _polarity(toks, lang, art.text)
        modality, mod_sig = _modality(toks, lang, vals)
        if modality == "asserted" and toks[0].variants & lx.lexicon(lang).subordinators.words:
            # a fronted time clause ("After the release of 50, all will be ...") is as real as its sentence
            rest = lx.Toks(t for t in ctx.toks if t.start >= clause.end)
            modality, mod_sig = _modality(rest, lang, ())
            if modality not in PLANS:
                modality, mod_sig = "asserted", None
        # a cue opening a later conjunct ("has signed a five-year contract and will wear the number 9
        # shirt", "ووقع عقدا ... وسوف يرتدي") is the mood of that conjunct only: what comes before takes its own
        split = _conjunct_start(toks, mod_sig, lang)
        before = _modality(lx.Toks(t for t in toks if t.end <= split), lang, vals) if split is not None else None
        if modality in PLANS and art.published is not None:
            vals = [values.coming_weekday(v, art.published) if before is None or v.start >= split else v
                    for v in vals]   # "will start on Monday"
        persons = [(a - first, b - first, k) for a, b, k in ctx.persons]   # whole sentence, clause-relative
        speaking = frozenset((a - first, b - first, k) for a, b, k in ctx.speakers)
        with lx.tokens_held():   # the article-level readings (race times, scores) tokenize the article once
            drafts += valued_frames(art, clause, toks, vals, persons, self.label, self._antecedent.get(art.id),
                                    speaking)
        drafts += topic_frames(art, clause, toks)
        drafts += name_frames(art, clause, toks)
        # the clause as a whole, for agreement by similar wording, unless structured claims already
        # hold most of it
        covered = set()
        # (a direction is a circumstance of the clause, never what it tells: kinds.region.circumstance)
        spans = [(d.start, d.end) for d in drafts if d.property != REGION] + [
            (ctx.toks[min(r.name[0], r.title[0])].start, ctx.toks[max(r.name[1], r.title[1]) - 1].end) for r in ctx.roles]
        for a, b in spans:
            covered.update(range(max(a, clause.start), min(b, clause.end)))
        beside = not whole and len(covered) >= STATEMENT_MAX_COVERED * (clause.end - clause.start)
        # held by structured claims, the clause still stands beside them as evidence of agreement with
        # a statement of another source ("issued a mayday call" in a sentence that also dates the crash)
        if not says_only_who(toks, persons, ctx.roles, first, vals, lang):
            # a clause stating what a party asked for is a statement of that request (kinds.requested)
            asked = [s for d in drafts for s in d.signals if s.field == REQUESTED][:1]
            # ... and one stating what is needed, a statement of that need (kinds.required)
            asked += [s for d in drafts for s in d.signals if s.field == REQUIRED][:1]
            drafts.append(Draft(clause.start, clause.end, None, None, "statement", None,
                                [Signal(field="property", rule=BESIDE_RULE if beside else "clause")] + asked,
                                event_scoped=True))
        attribution, att_sig = ctx.said
        ref = self.events.ref(art, clause, toks, vals, lang)
        keywords = _keywords(toks, lang)
        entities = sorted({k for a, b, k in ctx.persons if clause.start <= ctx.toks[a].start < clause.end})
        out = []
        for d in drafts:
            quote = art.text[d.start:d.end]
            pol = d.polarity if d.polarity != "positive" or not d.clause_mood else polarity
            if pol == "negative" and d.clause_mood and _negation_after_figure(d, pol_sig):
                pol = "positive"
            own, own_sig = before if before is not None and _value_start(d) < split else (modality, mod_sig)
            mod = d.modality if d.modality != "asserted" or not d.clause_mood else own
            sigs = list(d.signals)
            subject = self.registry.canonical(d.subject, d.subject_label)
            if subject != d.subject:
                sigs.append(Signal(field="subject", rule=SUBJECT_RULE, text=f"{d.subject} -> {subject}"))
            if pol_sig and pol == polarity:
                sigs.append(pol_sig)
            if own_sig and mod == own:
                sigs.append(own_sig)
            if att_sig:
                sigs.append(att_sig)
            if d.event_scoped:
                sigs.extend(ref.signals)
            out.append(Claim(
                id=claim_id(art.id, d.start, d.end, d.property, d.value, quote), article=art.id,
                start=d.start, end=d.end, quote=quote, subject=subject, subject_label=d.subject_label,
                property=d.property, value=d.value, value_low=d.low, value_high=d.high, qualifier=d.qualifier,
                polarity=pol, modality=mod, attribution=attribution,
                event=ref.to_key() if d.event_scoped else None,
                entities=entities, keywords=keywords if d.keywords is None else d.keywords, signals=sigs))
        return [c for c in out if c.property == "statement"] if whole else out

    def _as_language(self, art: Article, lang: str) -> Article:
        key = (art.id, lang)
        if key not in self._views:
            self._views[key] = art.model_copy(update={"language": lang})
            self.parsers.setdefault(lang, TitleParser(lang))
        return self._views[key]

    # -- frames ---------------------------------------------------------------------------------
    def _roles(self, art: Article, clause: Clause, ctx: SentenceContext) -> list[Draft]:
        out = []
        for r in ctx.roles:
            lo, hi = min(r.name[0], r.title[0]), max(r.name[1], r.title[1])
            s, e = ctx.toks[lo].start, ctx.toks[hi - 1].end
            if not (clause.start <= s < clause.end):   # each role is emitted once, by the clause it starts in
                continue
            key = self._key(ctx.toks, r.name)
            value = "|".join([r.head, r.nationality or "", r.post or "", "+".join(r.portfolio)])
            ts, te = ctx.toks[r.title[0]].start, ctx.toks[r.title[1] - 1].end
            sig = [Signal(field="value", rule=f"title:{art.language}.lexicon titles.heads", text=art.text[ts:te], start=ts, end=te),
                   Signal(field="subject", rule="name after/before title", text=" ".join(t.form for t in ctx.toks[r.name[0]:r.name[1]]))]
            d = Draft(s, e, key, self.label(key), "role", value, sig, event_scoped=False, clause_mood=False)
            if r.modality != "asserted":
                d.modality = r.modality
                d.signals.append(Signal(field="modality", rule=f"{art.language}.lexicon modality.{r.modality}", text=r.cue or ""))
            out.append(d)
        return out

    def _leads(self, art: Article, clause: Clause, ctx: SentenceContext, first: int, n: int) -> list[Draft]:
        lang = art.language
        hits = lx.find_cues(ctx.toks, lx.lexicon(lang).leadership.cues)
        out = []
        for h_i, hit in enumerate(hits):
            if not (first <= hit.i < first + n):
                continue
            stop = hits[h_i + 1].i if h_i + 1 < len(hits) else len(ctx.toks)
            leaders = [p for p in ctx.persons if hit.j <= p[0] < stop]
            if not leaders:
                continue
            side = _delegation(ctx.toks, hit.i, stop, lang)
            for (a, b, key) in leaders:
                role = next((r for r in ctx.roles if r.name == (a, b)), None)
                country = side if side and len(leaders) == 1 else (role.nationality if role else side)
                s = ctx.toks[hit.i].start
                e = max(ctx.toks[b - 1].end, ctx.toks[hit.j - 1].end)
                if side and len(leaders) == 1:
                    e = max(e, _delegation_end(ctx.toks, hit.i, stop, lang))
                    s = min(s, _delegation_start(ctx.toks, hit.i, lang))
                e = min(e, clause.end) if e > clause.end and ctx.toks[b - 1].end <= clause.end else e
                out.append(Draft(s, e, key, self.label(key), "leads", country or None,
                                 [Signal(field="property", rule=f"{lang}.lexicon leadership.cues", text=hit.cue,
                                         start=hit.start, end=hit.end)]))
        return out


def _shift(v: values.ValueMention, offset: int) -> values.ValueMention:
    return replace(v, start=v.start + offset, end=v.end + offset)


def _negation_after_figure(d: Draft, pol_sig: Signal | None) -> bool:
    """Does the clause's first negation come after the draft's figure? Then it qualifies what follows
    the figure ("35 matches without a loss", "12 homes left without power"), not the figure: a figure
    is negated by a negation before it ("did not kill 12")."""
    if pol_sig is None or pol_sig.start is None or not d.property.startswith("quantity:"):
        return False
    at = next((s.start for s in d.signals if s.field == "value" and s.start is not None), None)
    return at is not None and pol_sig.start >= at


def _polarity(toks: list[Tok], lang: str, text: str = "") -> tuple[str, Signal | None]:
    """The clause's polarity: negative when a negation cue governs it; a cue inside a relative clause
    set off by commas ("Sandvall, who denied the charges, will appeal") describes someone, it does
    not deny the clause."""
    asides = _relative_asides(toks, lang, text)
    for h in clause_negations(toks, lang):
        if not any(a <= h.start < b for a, b in asides):
            return "negative", Signal(field="polarity", rule=f"{lang}.lexicon negation", text=h.cue,
                                      start=h.start, end=h.end)
    return "positive", None


def _relative_asides(toks: list[Tok], lang: str, text: str) -> list[tuple[int, int]]:
    """Character spans of the relative clauses set off by commas in a clause: a comma, a relative
    pronoun (``<lang>.lexicon relative_pronouns``), up to the next comma."""
    out = []
    pronouns = lx.lexicon(lang).relative_pronouns.words
    for i, t in enumerate(toks):
        if i and t.variants & pronouns and COMMA.search(text, toks[i - 1].end, t.start):
            end = COMMA.search(text, t.end, toks[-1].end)
            if end is not None:
                out.append((t.start, end.start()))
    return out




def _conjunct_start(toks: list[Tok], mod_sig: Signal | None, lang: str) -> int | None:
    """Where the conjunct a clause's modality cue opens begins (the offset of its conjunction), or
    None when the cue opens none: a conjunction of the lexicon (``conjunctions``: "and") right before
    the cue, or a conjunction prefix on the cue's own word ("وسوف", "وسيتم"), with something before
    it. A cue after a noun phrase of its own ("50 hostages and 150 prisoners will be freed") opens no
    conjunct: its subject is the whole coordination."""
    if mod_sig is None or mod_sig.start is None:
        return None
    at = next((k for k, t in enumerate(toks) if t.start == mod_sig.start), None)
    if not at:
        return None
    lex = lx.lexicon(lang)
    cue, written = toks[at], fold(mod_sig.text or "")
    if any(cue.form.startswith(p) and cue.form[len(p):] in cue.variants and not written.startswith(p)
           for p in lex.conjunction_prefixes):
        return cue.start   # "وسوف يرتدي": the conjunction is the cue word's prefix
    prev = toks[at - 1]
    if prev.form in lex.conjunctions.words and at > 1:
        return prev.start
    return None


def _value_start(d: Draft) -> int:
    """Where a draft's value is written (its value signal), else where the draft starts."""
    return next((s.start for s in d.signals if s.field == "value" and s.start is not None), d.start)


def _modality(toks: list[Tok], lang: str, vals: list = ()) -> tuple[str, Signal | None]:
    taken = [(v.start, v.end) for v in vals]
    for kind in ("expected", "planned", "possible", "reported"):
        # a cue inside a value is not a cue ("May 14": a month, not "may")
        hits = [h for h in lx.find_cues(toks, lx.lexicon(lang).modality.of(kind))
                if not any(a <= h.start < b for a, b in taken)]
        if hits:
            h = hits[0]
            return kind, Signal(field="modality", rule=f"{lang}.lexicon modality.{kind}", text=h.cue, start=h.start, end=h.end)
        if kind == "planned" and (fut := future.future_verb(toks, lang)) is not None:
            return kind, fut   # "وسيرتدي القميص": a verb's own future prefix
    return "asserted", None


def _delegation(toks: list[Tok], i: int, stop: int, lang: str) -> str | None:
    nouns = lx.lexicon(lang).leadership.delegation_nouns.words
    for k in list(range(max(0, i - 3), i)) + list(range(i, min(stop, len(toks)))):
        if nouns & toks[k].variants:
            nat = lx.nationality_at(toks, k + 1, lang)
            if nat:
                return nat[0]
    return None


def _delegation_start(toks: list[Tok], i: int, lang: str) -> int:
    nouns = lx.lexicon(lang).leadership.delegation_nouns.words
    for k in range(max(0, i - 3), i):
        if nouns & toks[k].variants:
            return toks[k].start
    return toks[i].start


def _delegation_end(toks: list[Tok], i: int, stop: int, lang: str) -> int:
    nouns = lx.lexicon(lang).leadership.delegation_nouns.words
    for k in range(i, min(stop, len(toks))):
        if nouns & toks[k].variants:
            nat = lx.nationality_at(toks, k + 1, lang)
            if nat:
                return toks[k + nat[1]].end
    return toks[i].end


def _keywords(toks: list[Tok], lang: str) -> list[str]:
    """Content words that can show two clauses state the same fact: no stopwords, numbers, or the
    story's parties (nationality and place words are shared by every clause of a story)."""
    # read from the tokens' forms and variants only: news copy repeats a clause, so a clause's words
    # are read once (benchmarks/run.py at 1,000 articles: 22,622 clauses, about a third of them distinct)
    key = (lang, tuple((t.form, t.variants) for t in toks))
    got = _KEYWORDS.get(key)
    if got is None:
        if len(_KEYWORDS) >= KEYWORDS_MEMO:
            _KEYWORDS.clear()
        got = _KEYWORDS[key] = _read_keywords(toks, lang)
    return list(got)


# Distinct clauses whose keywords ``_keywords`` keeps (emptied when full).
KEYWORDS_MEMO = 20_000
_KEYWORDS: dict[tuple, tuple[str, ...]] = {}


def _read_keywords(toks: list[Tok], lang: str) -> tuple[str, ...]:
    stop = lx.lexicon(lang).stopwords.words
    out = []
    for k, t in enumerate(toks):
        stem = min(t.variants, key=len)
        if t.form in stop or stem in stop or len(stem) < MIN_KEYWORD_CHARS or stem.isdigit():
            continue
        if lx.nationality_at(toks, k, lang) or _is_place_word(t.form):
            continue
        out.append(lx.light_stem(t.form, lang))
    return tuple(sorted(set(out)))


# Distinct word forms whose answer ``_is_place_word`` keeps (asked for every content word of every clause).
PLACE_WORD_MEMO = 200_000


@lru_cache(maxsize=PLACE_WORD_MEMO)
def _is_place_word(form: str) -> bool:
    return is_place_word(form)


def normalize(articles: list[Article], clauses: dict[str, list[Clause]]) -> list[Claim]:
    """All claims of a story, in article and text order."""
    norm = Normalizer(articles)
    out: list[Claim] = []
    for art in articles:
        mine = clauses.get(art.id, [])
        last = {cl.sentence_start: k for k, cl in enumerate(mine)}   # each sentence's last clause
        first = len(out)   # where this article's claims begin
        for k, cl in enumerate(mine):
            out.extend(norm.claims(art, cl))
            if last[cl.sentence_start] == k:
                norm.forget(art, cl)   # memory stays bounded by one sentence, not the article
        whole = _one_statement(art, mine)
        if whole is not None:   # its clauses' statements give way to the whole text's
            out[first:] = [c for c in out[first:] if c.property != "statement"]
            out.extend(norm.claims(art, whole, whole=True))
            norm.forget(art, whole)
    readings = places.story_readings({a.id: [a.text[cl.start:cl.end] for cl in clauses.get(a.id, [])]
                                      for a in articles}) if len(articles) > 1 else {}
    seen: set[str] = set()
    unique = []
    for c in out:
        if c.id not in seen:
            seen.add(c.id)
            unique.append(_reread_places(c, readings[c.article]) if c.article in readings else c)
    return unique


def _one_statement(art: Article, clauses: list[Clause]) -> Clause | None:
    """The whole text of a one-line, one-sentence article of at most ONE_STATEMENT_MAX_WORDS words (a
    headline, a news flash) as one clause, or None: such an article states one fact, and its text is compared as
    a whole also when its figures make claims of their own or a ".." cuts it in two."""
    if not clauses or "\n" in art.text.strip() or any(cl.language for cl in clauses):
        return None   # a page with a dateline, a headline above its body, paragraphs: clause by clause
    if INNER_SENTENCE_END.search(art.text.strip()):
        return None   # two sentences state two facts ("..", a headline's separator, does not end one)
    a, b = clauses[0], clauses[-1]
    if len(art.text[a.start:b.end].split()) > ONE_STATEMENT_MAX_WORDS:
        return None
    return Clause(article=art.id, start=a.start, end=b.end, sentence_start=a.sentence_start,
                  sentence_end=b.sentence_end, paragraph=a.paragraph)


def _reread_places(c: Claim, reading: dict[str, str]) -> Claim:
    """The claim with its ambiguous place keys read as the story reads them (``story_readings``).
    Its id is kept: it names the claim's text, and must not change when another article arrives."""
    update: dict = {}
    if c.subject in reading:
        update["subject"] = reading[c.subject]
    if c.property == "place" and c.value in reading:
        update["value"] = reading[c.value]
    ref = EventRef.parse(c.event) if c.event else None
    if ref is not None and ref.place in reading:
        update["event"] = replace(ref, place=reading[ref.place]).to_key()
    if not update:
        return c
    changed = sorted({k for k in (c.subject, c.value, ref.place if ref else None) if k in reading})
    sigs = [Signal(field="place", rule="story: a name several places bear, read as the other articles read it",
                   text=f"{k} -> {reading[k]}") for k in changed]
    return c.model_copy(update={**update, "signals": c.signals + sigs})
