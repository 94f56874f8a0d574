"""A deal's terms among money figures: its price ("agreed to buy Baltic Wind for $4.2 billion", "a
deal worth $4.5bn", "صفقة بقيمة"), what it buys (the name next to the price), its tranches ("the
first tranche of $6bn", "الدفعة الأولى"; "$5bn within a week": a tranche known by its deadline), its
parts by form ("$11bn in cash", "من الودائع") and its stakes ("a 60% stake"; the one a holder keeps,
"will retain a 30% stake", is another). ``quantity_read`` names such a figure's measure by these;
``quantity`` compares a deal's terms in any language and never a tranche or a part with the total or an
earlier deal's price with this one's."""
from __future__ import annotations

from functools import lru_cache

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..mentions import places, values
from ..models import Claim
from .quantity_nouns import CLAUSE_MARK

# What a deal's price measures, in every language (``deal_price``), and the rule that says so; the
# deal verb or noun is read this many tokens before the price preposition ("agreed on Monday to buy
# the Danish wind farm operator Baltic Wind for $4.2 billion": 7; "to buy a 49% stake in the
# Jordanian carrier Aqaba Skies for €1.1 billion": 10, "الاستحواذ على حصة 49 بالمئة في شركة أجنحة
# العقبة الأردنية مقابل": 10; the clause bounds it).
DEAL_PRICE = "deal price"
DEAL_PRICE_RULE = "quantity: a deal's price ({lang}.lexicon deal_verbs, deal_nouns, price_prepositions)"
PRICE_REACH = 12
# ... and, for a price preposition after the figure, the deal verb this many tokens before it at most
# (the verb itself, or a verb-first clause's verb and its one- or two-word subject: "ستدفع الشركة
# القطرية 1.5 مليار يورو مقابل").
PAYER_REACH = 3
DEAL_OBJECT_RULE = "quantity: what the deal buys, the name between the {lang}.lexicon deal_verbs/deal_nouns word and the price"
# What a part of a deal's money paid at one time measures (``tranche_nouns``): "deal tranche 1" for
# the first, whatever the language; a tranche with no ordinal is "deal tranche" (which one is not said).
DEAL_TRANCHE = "deal tranche"
DEAL_TRANCHE_RULE = "quantity: a deal's tranche ({lang}.lexicon tranche_nouns{ordinal})"
# Tokens before a money figure searched for a tranche noun ("the first tranche of $6bn": 3; "الدفعة
# الأولى البالغة 10 مليارات": 3), and tokens either side of that noun for its ordinal.
TRANCHE_REACH = 3
ORDINAL_REACH = 1
# What a part of a deal's money in one form measures (``payment_forms``): "deal part cash" for "$11
# billion in cash" / "12 مليار دولار نقدا", whatever the language.
DEAL_PART = "deal part"
DEAL_PART_RULE = "quantity: a part of a deal's money by its form ({lang}.lexicon payment_forms.{form})"
# Tokens after a money figure searched for its form, within its clause ("$7 billion converted from
# deposits", "US$7bn of Kuwaiti deposits", "6 مليارات دولار من الودائع": 3; "the remaining €1.2bn
# settled in Halden shares": 4).
PART_REACH = 4
# A sum due within a time ("$5 billion will be transferred within a week", "5 مليارات دولار خلال
# أسبوع") is a tranche known by its deadline: "deal tranche due P1W". Tokens after the figure searched
# for the deadline cue ("will be transferred within": 4), and characters after the cue read for the
# duration ("within the next two months").
DUE_PREFIX = "due "
DEAL_DUE_RULE = "quantity: a deal's sum due within a time ({lang}.lexicon deadline_cues + a duration)"
DUE_REACH = 5
DUE_CHARS = 40
# A sum of money is stated as agreed or reported, not rounded like a count of people: its interval is
# this many times narrower than its digits say ("€3 billion" is 2.95-3.05 billion, so it clashes with
# "3.5 مليار يورو" and "a $3.5bn loan" and still meets "€3.04bn"). Calibrated on the invented deal
# stories of tests/test_story_deal2*.py (parts of €3bn / €3.5bn, tranches of €1bn / €1.5bn); it
# changed no row of the scoreboard (seeds and seven stories).
SUM_PRECISION = 10.0
# What a stake its holder keeps measures ("Tunisia will retain a 30% stake", "وتحتفظ الحكومة بحصة
# نسبتها 35%"), whatever the language: never the stake that changes hands ("agreed to buy 60%").
DEAL_STAKE_RETAINED = "deal stake retained"
RETAINED_RULE = "quantity: a stake its holder keeps ({lang}.lexicon retain_verbs + stake_nouns)"
# ... and what any other stake measures ("a 60% stake", "حصة 60%"): one thing in every language.
DEAL_STAKE = "deal stake"
STAKE_RULE = "quantity: a stake ({lang}.lexicon stake_nouns next to the percentage)"
# Tokens either side of a percentage searched for its stake noun ("a 30% stake": 1 after; "بحصة نسبتها
# 35%": 2 before), and tokens before it for the verb that keeps it ("ويحتفظ صندوق وادي كابيتال بحصة
# نسبتها 40%": 6).
STAKE_REACH = 2
RETAIN_REACH = 6
# A percentage a holder keeps or owns with no stake noun ("the Mauritanian state keeps 35%", "فيما
# تمتلك الشركة البحرينية 70 بالمئة"): its verb (``retain_verbs``, ``own_verbs``) this many tokens before
# it at most, its subject between them ("تمتلك الشركة البحرينية": 3), and nothing after it but the end
# of its clause or a function word ("of the project", "في المشروع"): "maintained 5% growth" is no stake.
HOLD_REACH = 4
HELD_RULE = "quantity: a stake its holder {how} ({lang}.lexicon {verbs} before the percentage, no noun after it)"
# Whose stake: the countries (by name or nationality) and the capitalised names its clause states before
# it ("Bahrain's GHIC will hold a 65% stake": country:BH, name:bahrain, name:ghic). Two stakes of
# holders known to differ are two stakes, never a clash (``other_holders``).
HOLDER_RULE = ("quantity: whose stake, the countries (gazetteer, nationalities) and capitalised names before it "
               "in its clause")
COUNTRY_KEY, NAME_KEY, NAME_JOIN = "country:", "name:", "_"
# A one-word name of at least this many letters may be the initials of a run ("GHIC" of "Gulf Horizon
# Investment Company"); shorter ones ("US") are too common to say so.
MIN_INITIALS = 2


def deal_price(toks: list[Tok], first: int, head_at: int | None, lang: str, last: int | None = None) -> int | None:
    """The token that makes a money figure a deal's price, or None: its counted noun or the noun its
    value cue names is a deal noun ("a $4.5bn takeover", "a deal worth $4.5bn", "صفقة بقيمة"), or a
    price preposition or value cue right before it follows a deal verb or noun ("agreed to buy Baltic
    Wind for $4.2 billion", "الاستحواذ على الشركة مقابل 4.2 مليار دولار", "signed a sponsorship with the
    Al-Nasr Club worth 12 million rials"; not when the value cue names a common noun of its own: "a
    stadium worth $500m"), or a deal verb within ``PAYER_REACH``
    tokens before it is followed by a price preposition right after it (``last``, its last token: "will
    pay €1.3bn for Varna Port", "ستدفع الشركة 1.5 مليار يورو مقابل الميناء")."""
    lex = lx.lexicon(lang)
    if head_at is not None and lx.find_cues(toks[head_at:head_at + 1], lex.deal_nouns):
        return head_at
    if head_at is not None and head_at < first and not toks[head_at].cap:
        return None   # "will build a stadium worth $500m", "ملعبا بقيمة": the value of another thing than the deal
    prep = [h for h in lx.find_cues(toks[max(0, first - 1):first], lex.price_prepositions) if h.j == min(first, 1)]
    if not prep:
        if last is None or not lx.find_cues(lx.Toks(toks[max(0, first - PAYER_REACH):first]), lex.deal_verbs) \
                or not lx.find_cues(toks[last + 1:last + 2], lex.price_prepositions):
            return None
        return last + 1
    at = first - 1
    window = lx.Toks(toks[max(0, at - PRICE_REACH):at])
    if lx.find_cues(window, lex.deal_verbs) or lx.find_cues(window, lex.deal_nouns):
        return at
    return None


def deal_object_after(toks: list[Tok], prep: int) -> tuple[int, int] | None:
    """The token span of the name of what a deal buys after the price preposition ``prep`` ("pay
    €1.3bn for the port operator Varna Port": Varna Port): the first run of capitalised words within
    ``PRICE_REACH`` tokens (scripts without case: None)."""
    k = prep + 1
    while k < min(len(toks), prep + 1 + PRICE_REACH) and not toks[k].cap:
        k += 1
    if k >= min(len(toks), prep + 1 + PRICE_REACH):
        return None
    start = k
    while k + 1 < len(toks) and toks[k + 1].cap:
        k += 1
    return start, k + 1


def deal_object(toks: list[Tok], first: int, lang: str) -> tuple[int, int] | None:
    """The token span (start, end) of the name of what a deal buys, written between the deal verb or
    noun and the price preposition before its price ("to buy the Chilean miner Cobresa for $3.4bn":
    Cobresa): the last run of capitalised words there (scripts without case: None)."""
    lex = lx.lexicon(lang)
    lo = max(0, first - 1 - PRICE_REACH)
    window = lx.Toks(toks[lo:first - 1])
    hits = lx.find_cues(window, lex.deal_verbs) + lx.find_cues(window, lex.deal_nouns)
    if not hits:
        return None
    start = lo + max(h.j for h in hits)
    end = first - 1
    k = end - 1
    while k >= start and not toks[k].cap:
        k -= 1
    if k < start:
        return None
    last = k
    while k - 1 >= start and toks[k - 1].cap:
        k -= 1
    return k, last + 1


def deal_object_of(c: Claim) -> frozenset[str]:
    """The folded words of the name of what a deal price buys, or an empty set when not read."""
    return frozenset(w for s in c.signals if s.field == "object" for w in s.text.lower().split())


def deal_tranche(toks: list[Tok], first: int, head_at: int | None, lang: str) -> tuple[int, str | None] | None:
    """The tranche noun that makes a money figure a part of a deal paid at one time, and its ordinal
    ("the first tranche of $6bn": '1'; "الدفعة الأولى البالغة 10 مليارات دولار": '1'; "a payment of
    $2bn": None), or None: the figure's counted noun, or a noun within ``TRANCHE_REACH`` tokens before it."""
    nouns = lx.lexicon(lang).tranche_nouns
    at = None
    if head_at is not None and lx.find_cues(toks[head_at:head_at + 1], nouns):
        at = head_at
    else:
        lo = max(0, first - TRANCHE_REACH)
        hits = lx.find_cues(lx.Toks(toks[lo:first]), nouns)
        if hits:
            at = lo + hits[-1].i
    if at is None:
        return None
    for k in range(max(0, at - ORDINAL_REACH), min(len(toks), at + 1 + ORDINAL_REACH)):
        nth = _ordinal(toks[k].form, lang) if k != at else None
        if nth is not None:
            return at, nth
    return at, None


@lru_cache(maxsize=4096)
def _ordinal(form: str, lang: str) -> str | None:
    """The ordinal the word alone states ("first", "الأولى": '1'), else None."""
    return next((v.value for v in values.find_values(form, lang) if v.kind == "ordinal"), None)


def tranche_of(c: Claim) -> tuple[bool, str | None]:
    """Is the figure a deal's tranche, and which (its ordinal, or None when not said)?"""
    name = next((s.text for s in c.signals if s.field == "measure"), "") or ""
    if name == DEAL_TRANCHE or name.startswith(DEAL_TRANCHE + " "):
        return True, name[len(DEAL_TRANCHE) + 1:] or None
    return False, None


def deal_part(toks: list[Tok], last: int, end: int, lang: str) -> tuple[int, str] | None:
    """The token naming the form of a money figure's part of a deal, and the form ("$11 billion in
    cash": 'cash'; "6 مليارات دولار من الودائع": 'deposits'), or None: a ``payment_forms`` cue within
    ``PART_REACH`` tokens after the figure's last token ``last`` and before ``end`` (where its clause
    or the next figure starts)."""
    forms = lx.lexicon(lang).payment_forms
    window = lx.Toks(toks[last + 1:min(end, last + 1 + PART_REACH)])
    hits = [(h.i, h.j, form) for form, cues in forms.items() for h in lx.find_cues(window, cues)]
    if not hits:
        return None
    i, j, form = min(hits)
    return last + j, form   # the cue's last token: the noun of "in cash"


def part_of(c: Claim) -> str | None:
    """The form of a deal's money the figure is a part of ("cash"), or None when it is no such part."""
    name = next((s.text for s in c.signals if s.field == "measure"), "") or ""
    return name[len(DEAL_PART) + 1:] if name.startswith(DEAL_PART + " ") else None


def stake(text: str, toks: list[Tok], first: int, last: int, lang: str) -> tuple[int, bool, str] | None:
    """The token that makes a percentage (tokens ``first..last``) a stake, whether its holder keeps
    it and the rule, or None: a ``stake_nouns`` word within ``STAKE_REACH`` tokens of it ("a 60% stake",
    "حصة 60%"); kept when a ``retain_verbs`` word is within ``RETAIN_REACH`` tokens before it ("will
    retain a 30% stake", "تحتفظ ... بحصة نسبتها 35%"), which is then the token; with no stake noun, the
    verb of ``held_without_noun`` ("the state keeps 35%")."""
    lex = lx.lexicon(lang)
    lo = max(0, first - STAKE_REACH)
    hits = [lo + h.i for h in lx.find_cues(toks[lo:first], lex.stake_nouns)] \
        + [last + 1 + h.i for h in lx.find_cues(toks[last + 1:last + 1 + STAKE_REACH], lex.stake_nouns)]
    if not hits:
        return held_without_noun(text, toks, first, last, lang)
    lo = max(0, first - RETAIN_REACH)
    kept = lx.find_cues(lx.Toks(toks[lo:first]), lex.retain_verbs)
    if kept:
        return lo + kept[-1].i, True, RETAINED_RULE.format(lang=lang)
    return (hits[-1] if hits[-1] > last else hits[0]), False, STAKE_RULE.format(lang=lang)


def held_without_noun(text: str, toks: list[Tok], first: int, last: int, lang: str) -> tuple[int, bool, str] | None:
    """The verb that makes a percentage with no stake noun (tokens ``first..last``) a stake, whether
    its holder keeps it ("the state keeps 35%": True; "تمتلك الشركة البحرينية 70 بالمئة": False) and the
    rule, or None: a ``retain_verbs`` or ``own_verbs`` word within ``HOLD_REACH`` tokens before it, no
    clause mark between them ("the founders keep growing: sales rose 12%") and no content word right
    after it ("وتحتفظ الحكومة بنسبة 51 بالمئة": the share noun before it says no more than the verb)."""
    lex = lx.lexicon(lang)
    if last + 1 < len(toks) and lex.stopwords.words.isdisjoint(toks[last + 1].variants):
        return None   # "maintained 5% growth": the percentage is of the noun after it
    lo = max(0, first - HOLD_REACH)
    window = lx.Toks(toks[lo:first])
    found = [(h.i, True) for h in lx.find_cues(window, lex.retain_verbs)] + \
        [(h.i, False) for h in lx.find_cues(window, lex.own_verbs)]
    if not found:
        return None
    at, kept = max(found)
    if CLAUSE_MARK.search(text, toks[lo + at].end, toks[first].start):
        return None
    return lo + at, kept, held_rule(kept, lang)


def held_rule(kept: bool, lang: str) -> str:
    """The rule of a stake read from its verb alone (``held_without_noun``)."""
    return HELD_RULE.format(how="keeps" if kept else "owns", lang=lang, verbs="retain_verbs" if kept else "own_verbs")


def holder(text: str, toks: list[Tok], first: int, lang: str) -> frozenset[str]:
    """Who holds a stake (its percentage starts at token ``first``): the country keys of the countries
    and nationalities its clause names before it, and a name key per run of capitalised words there
    that are no function word, its words joined by ``NAME_JOIN`` (see ``HOLDER_RULE``)."""
    before = toks[:first]
    if not before:
        return frozenset()
    keys = {f"{COUNTRY_KEY}{nat[0].upper()}" for k in range(len(before)) if (nat := lx.nationality_at(before, k, lang))}
    keys |= {f"{COUNTRY_KEY}{p.country.upper()}" for p in places.find_places(text[before[0].start:before[-1].end])
             if p.kind == "country" and p.country}
    stop = lx.lexicon(lang).stopwords.words
    run: list[str] = []
    for t in list(before) + [None]:
        if t is not None and t.cap and stop.isdisjoint(t.variants):
            run.append(t.form.lower())
            continue
        if run:
            keys.add(NAME_KEY + NAME_JOIN.join(run))
        run = []
    return frozenset(keys)


def holder_of(c: Claim) -> frozenset[str]:
    """The holder keys of a stake claim (``holder``), empty when none were read."""
    return frozenset(w for s in c.signals if s.field == "holder" for w in s.text.split())


def _one_name(a: str, b: str) -> bool:
    """Do two name runs name one holder: a shared word, or one is a word of the other's initials, the
    other of ``MIN_INITIALS`` words or more ("ghic" / "gulf_horizon_investment_company", "gulf_horizon")?"""
    wa, wb = a.split(NAME_JOIN), b.split(NAME_JOIN)
    if set(wa) & set(wb):
        return True
    def initials(ws: list[str]) -> str:
        return "".join(w[0] for w in ws)
    return any(len(x) == 1 and len(x[0]) >= MIN_INITIALS and len(y) >= MIN_INITIALS
               and (initials(y).startswith(x[0]) or x[0].startswith(initials(y))) for x, y in ((wa, wb), (wb, wa)))


def other_holders(a: Claim, b: Claim) -> bool:
    """Are two stakes known to be held by two holders: no country shared, and each names countries and
    none is shared, or each names holders and none is one ("GHIC" / "Qatar's sovereign fund"; across
    scripts only countries count: Arabic writes no capitals)?"""
    ha, hb = holder_of(a), holder_of(b)
    ca, cb = ({k for k in h if k.startswith(COUNTRY_KEY)} for h in (ha, hb))
    if ca & cb:
        return False
    if ca and cb:
        return True
    na, nb = ([k[len(NAME_KEY):] for k in h if k.startswith(NAME_KEY)] for h in (ha, hb))
    return bool(na and nb) and not any(_one_name(x, y) for x in na for y in nb)


def deal_due(text: str, toks: list[Tok], last: int, end: int, lang: str) -> tuple[int, str] | None:
    """The token of the deadline cue that makes a money figure (ending at token ``last``) a sum due
    within a time, and that time's normal form ("$5 billion will be transferred within a week": 'P1W'),
    or None: a ``deadline_cues`` phrase within ``DUE_REACH`` tokens after it, before ``end`` (its
    clause or the next figure), followed right away by a duration."""
    window = lx.Toks(toks[last + 1:min(end, last + 1 + DUE_REACH)])
    for h in lx.find_cues(window, lx.lexicon(lang).deadline_cues):
        at = last + 1 + h.j
        if at >= len(toks):
            continue
        start = toks[at].start
        span = next((v for v in values.find_values(text[start:start + DUE_CHARS], lang)
                     if v.kind == "duration" and v.start == 0), None)
        if span is not None:
            return last + 1 + h.i, span.value
    return None
