"""How a kind's value reads to an editor.

Two readings live here. ``plain`` and ``written`` are what the judges quote in their reasons and what
a contradiction's sides hold (``Side.value``): they are part of the report's contract and stay as
they are. The ``*_words`` functions give the value in an editor's words, for every renderer (table,
Markdown, HTML, ``review``, ``check``, ClaimReview) and for the ``readable`` fields the JSON report
adds beside the normal forms: a date as "Sunday" or "27 February" (not ``weekday:7`` or
``--02-27``), a figure as "200,000", a gazetteer key as its place's name, a duration as "4 hours",
an event key as "the event in Istanbul on 10 April 2025". Each kind's module names its own
``words(claim)`` (``kinds.words_of``), built from these.

Every reading is language-neutral (the calendar, numbers, ISO durations, gazetteer names); what only
the article's own words can say (a title, a name, a building) is read from the claim's ``value``
signal, the surface text its value was normalized from.
"""
from __future__ import annotations

import re

from ..mentions import places
from ..models import Claim
from ..lang.text import token_spans, tokens
from . import kind_of, words_of
from .base import measure

# Calendar names (the Gregorian calendar, ISO weekday numbers 1 = Monday .. 7 = Sunday).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_PREFIX = "weekday:"
FULL_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")
MONTH_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$")
YEAR_DATE = re.compile(r"^(?P<y>\d{4})$")
NO_YEAR_DATE = re.compile(r"^--(?P<m>\d{2})-(?P<d>\d{2})$")
# A value with a date and more ("2023-09-10 night": a part of a day).
DATED = re.compile(r"^(?P<date>\S+)\s+(?P<rest>.+)$")

# values.py's qualifiers ("exact", "about", ...) as the words that state them.
QUALIFIER_WORDS = {"about": "about", "at_least": "at least", "more_than": "more than", "at_most": "at most",
                   "less_than": "less than", "up_to": "up to"}
# A figure's leading number ("11300", "94.65%", "100 t"): its digits, then the unit as normalized.
LEADING_NUMBER = re.compile(r"^(?P<sign>-?)(?P<int>\d+)(?P<frac>\.\d+)?(?P<rest>.*)$", re.DOTALL)
# Digits from which a whole number gets thousands separators ("7,000"; style guides group from 1,000).
GROUP_FROM_DIGITS = 4
# Quotation marks a value's surface text may be cut inside of ("“Daniel"): dropped from its ends.
QUOTE_MARKS = "\"'“”„‟«»‘’‚‛‹›"

# ISO 8601 durations ("PT4H", "P2D", "P1DT6H", "PT90M").
ISO_DURATION = re.compile(r"^P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?"
                          r"(?:(?P<D>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
                          r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$")
DURATION_UNITS = (("Y", "year"), ("M", "month"), ("W", "week"), ("D", "day"), ("h", "hour"), ("m", "minute"),
                  ("s", "second"))

# Gazetteer and code keys a value or subject may hold ("city:745044", "country:TR", "nationality:IN").
KEY = re.compile(r"^(?P<kind>[a-z]+):(?P<code>[\w-]+)$")
NATIONALITY = "nationality"
COUNTRY = "country"
# An ISO 3166 alpha-2 code on its own ("RU", the side a person leads).
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")

# Property names as words: the parts of a property key and the separators inside them.
PROPERTY_WORDS = {"start_time": "start time", "departure_time": "departure time", "start_date": "start date",
                  "led_by": "led by", "quantity": "figure", "count": "count", "measure": "measure"}
# Event keys (events.EventRef.to_key: "main:this date=2025-04-10 place=city:745044 ordinal=2").
EVENT_RELATION = {"this": "the event", "prior": "an earlier event", "next": "the next event"}
EVENT_KIND = {"main": "", "conflict": "the conflict"}
ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
TEENS = range(11, 14)
PERCENT = 100


# ------------------------------------------------------------------ the contract's readings (judges)

def plain(c: Claim) -> str:
    """The value as it is normalized, else the quote (figures, dates, counts...)."""
    return c.value or c.quote


def written(c: Claim) -> str | None:
    """The words of the claim's own span that stated its value or property, as written."""
    return next((s.text for s in c.signals if s.field in ("value", "property") and s.text
                 and c.start <= (s.start or c.start) and (s.end or c.end) <= c.end), None)


def as_written(text: str | None, quote: str) -> str | None:
    """``text`` (a label, perhaps folded: "الكسندر") as ``quote`` writes it ("ألكسندر"): the stretch of
    the quote whose words fold to the words of ``text``; else ``text`` itself."""
    if not text:
        return text
    want, spans = tokens(text), token_spans(quote)
    for i in range(len(spans) - len(want) + 1):
        if want and [t for t, _, _ in spans[i:i + len(want)]] == want:
            return " ".join(quote[spans[i][1]:spans[i + len(want) - 1][2]].split()).strip(QUOTE_MARKS)
    return " ".join(text.split()).strip(QUOTE_MARKS)


def value_text(c: Claim) -> str | None:
    """The surface text the claim's value was normalized from (its ``value`` signal), as the quote
    writes it."""
    text = next((s.text for s in c.signals if s.field == "value" and s.text.strip()), None)
    return as_written(text, c.quote) if text else None


# ------------------------------------------------------------------ an editor's words

def ordinal(n: int) -> str:
    """1 -> "1st", 22 -> "22nd", 13 -> "13th"."""
    suffix = "th" if n % PERCENT in TEENS else ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


def numbered(c: Claim, noun: str | None) -> str:
    """A claim whose value is a whole number as an ordinal and the noun it numbers ("3rd round",
    "3rd marathon"); the value or quote as it is otherwise."""
    if not (c.value or "").isdigit():
        return c.value or c.quote
    return f"{ordinal(int(c.value))} {noun or ''}".strip()


def _month(m: str) -> str | None:
    k = int(m)
    return MONTHS[k - 1] if 1 <= k <= len(MONTHS) else None


def date_words(value: str) -> str:
    """A normalized date in words: "2025-04-10" -> "10 April 2025", "--02-27" -> "27 February",
    "2022-02" -> "February 2022", "weekday:7" -> "Sunday"; anything else as it is."""
    v = value.strip()
    if v.startswith(WEEKDAY_PREFIX):
        n = v[len(WEEKDAY_PREFIX):]
        return WEEKDAYS[int(n) - 1] if n.isdigit() and 1 <= int(n) <= len(WEEKDAYS) else v
    if m := FULL_DATE.match(v):
        month = _month(m["m"])
        return f"{int(m['d'])} {month} {m['y']}" if month else v
    if m := NO_YEAR_DATE.match(v):
        month = _month(m["m"])
        return f"{int(m['d'])} {month}" if month else v
    if m := MONTH_DATE.match(v):
        month = _month(m["m"])
        return f"{month} {m['y']}" if month else v
    if m := DATED.match(v):
        day = date_words(m["date"])
        return f"{m['rest']} of {day}" if day != m["date"] else v
    return v


def number_words(value: str) -> str:
    """A figure's leading number with thousands separators ("200000" -> "200,000", "94.65%" stays,
    "100 t" stays); short whole numbers ("2024", "787") are left as they are."""
    m = LEADING_NUMBER.match(value.strip())
    if not m:
        return value
    digits = m["int"]
    if len(digits) >= GROUP_FROM_DIGITS:
        digits = f"{int(digits):,}"
    return f"{m['sign']}{digits}{m['frac'] or ''}{m['rest']}"


def qualified(text: str, qualifier: str | None) -> str:
    """A figure with the qualifier it was stated with ("more than 4 hours", "at least 38")."""
    word = QUALIFIER_WORDS.get(qualifier or "")
    return f"{word} {text}" if word else text


def _amount(x: str) -> str:
    n = float(x)
    return str(int(n)) if n == int(n) else x


def duration_words(value: str) -> str:
    """An ISO 8601 duration in words: "PT4H" -> "4 hours", "P1DT6H" -> "1 day 6 hours"."""
    m = ISO_DURATION.match(value.strip())
    if not m or not any(m.groupdict().values()):
        return value
    parts = []
    for group, unit in DURATION_UNITS:
        if m[group]:
            n = _amount(m[group])
            parts.append(f"{n} {unit}" + ("" if n == "1" else "s"))
    return " ".join(parts)


def key_words(key: str | None) -> str | None:
    """A gazetteer or code key as a name: "city:745044" -> "Istanbul", "nationality:IN" -> "India",
    "RU" -> "Russia"; any other text as it is (None stays None)."""
    if not key:
        return key
    m = KEY.match(key)
    if m is None and COUNTRY_CODE.match(key):
        lookup = f"{COUNTRY}:{key}"
    elif m is not None:
        lookup = f"{COUNTRY}:{m['code']}" if m["kind"] == NATIONALITY else key
    else:
        return key
    info = places.place(lookup)
    return info.name if info is not None else key


def subject_words(c: Claim) -> str | None:
    """The claim's subject as written (its label), or its key read as a name."""
    label = c.subject_label or c.subject
    return key_words(label) if label and KEY.match(label) else as_written(label, c.quote)


def property_words(prop: str, subject: str | None = None) -> str:
    """A property key in words, about ``subject`` when given: "count:population" + "Velmar" ->
    "population of Velmar", "quantity:money:USD" -> "figure (money, USD)", "start_time" -> "start time"."""
    head, _, rest = prop.partition(":")
    if head == "count" and rest:
        words = rest.replace("_", " ")
    elif rest:
        words = f"{PROPERTY_WORDS.get(head, head)} ({rest.replace(':', ', ').replace('_', ' ')})"
    else:
        words = PROPERTY_WORDS.get(head, head.replace("_", " "))
    return f"{words} of {subject}" if subject else words


def what_words(c: Claim | None, prop: str, subject: str | None = None) -> str:
    """What a claim (or a finding of its property) is about, in words: a figure's measure when a cue
    named one ("population of Velmar", "dead"), else its property (``property_words``)."""
    name = None if c is None else measure(c)
    if name is None:
        return property_words(prop, subject)
    words = name.replace("_", " ")
    return f"{words} of {subject}" if subject else words


def figure_words(c: Claim) -> str:
    """A figure (a count, a quantity, a duration's bounds) as stated: its qualifier and its number."""
    return qualified(number_words(c.value), c.qualifier) if c.value else c.quote


def event_words(key: str | None) -> str | None:
    """An event key in plain words: "main:this date=2025-04-10 place=city:745044 ordinal=2" ->
    "the event (2nd) in Istanbul on 10 April 2025"; "conflict:prior date=2022-02 subject=UA" ->
    "the conflict in Ukraine, February 2022". None for no key."""
    if not key:
        return None
    head, *rest = key.split()
    kind, _, relation = head.partition(":")
    fields = dict(p.split("=", 1) for p in rest if "=" in p)
    noun = EVENT_KIND.get(kind, kind.replace("_", " ")) or EVENT_RELATION.get(relation, f"the {relation} event")
    out = noun
    if fields.get("ordinal", "").isdigit():
        out += f" ({ordinal(int(fields['ordinal']))})"
    where = fields.get("place") or fields.get("subject")
    if where:
        out += f" in {key_words(where)}"
    if fields.get("date"):
        day = date_words(fields["date"])
        out += f" on {day}" if FULL_DATE.match(fields["date"]) or NO_YEAR_DATE.match(fields["date"]) \
            or fields["date"].startswith(WEEKDAY_PREFIX) else f", {day}"
    return out


def default_words(c: Claim) -> str:
    """A value no kind reads otherwise: the words that stated it, else its normal form or the quote."""
    return value_text(c) or plain(c)


def quote_words(c: Claim) -> str:
    """A value that only the clause says (a statement, an aim): the clause, one line."""
    return " ".join(c.quote.split())


def words(c: Claim) -> str:
    """The claim's value in an editor's words, as its kind reads it (``kinds.words_of``)."""
    kind = kind_of(c.property)
    return words_of(kind)(c) if kind is not None else default_words(c)


def display_words(c: Claim) -> str:
    """``words`` with the claim's modality and polarity, as a side shows them ("... (expected, not)")."""
    return with_mood(words(c), c)


def with_mood(value: str, c: Claim) -> str:
    """A value followed by the claim's modality and polarity when they are not plain ("(expected, not)")."""
    mods = [] if c.modality == "asserted" else [c.modality]
    if c.polarity == "negative":
        mods.append("not")
    return f"{value} ({', '.join(mods)})" if mods else value
