"""A figure restated in parentheses: in another unit of its dimension ("100 metres (330 feet)"), a
clock time in another zone ("04:12 local time (08:12 GMT)"), or a sum in another currency ("480
billion Mauritanian ouguiyas ($12bn)").

A restated measure or time is the same value once more: the first claim is enough (the kinds compare
units and zones). A sum is not: currencies are never converted (``kinds.quantity_value.dimension``),
so a sum restated in another currency is a claim of its own, read where the sum it restates stands
(its deal noun, its verb: "a deal worth nearly 600 billion pounds ($15bn)" states a deal's price in
dollars) and only to its digits (``quantity_read.frame``: a conversion is rounded at some day's rate).
A number whose noun no currency table reads, restated in parentheses as a sum ("480 billion
ouguiyas ($12bn)"; "600 billion pounds ($15bn)": the pound is also a unit of mass), is that sum in a
currency the reader does not know: it claims no count.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..kinds import quantity_value
from ..lang.text import char_before

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

# Dimension families whose figures are restated in another unit in parentheses ("100 metres (330
# feet)", "$5 million (4.6 million euros)"): lengths, weights... and money in another currency.
CONVERTIBLE = ("measure", "money")
MONEY = "money"
COUNT = "count"
# Words a time zone may take between a clock time and its restatement in another zone ("04:12 local
# time (08:12 GMT)", "الساعة 04:12 بالتوقيت المحلي (08:12 ت.غ)"); a figure's other unit follows it
# straight away ("100 metres (330 feet)").
ZONE_WORDS_MAX = 3
# Words a currency's name takes between a number no table reads as money and its restatement as a
# sum ("480 billion ouguiyas ($12bn)": 1; "600 billion Mauritanian ouguiya ($15bn)", "ألف مليار فرنك
# أفريقي (1.6 مليار دولار)": 2).
CURRENCY_WORDS_MAX = 2
CLOSE = ")"
SUM_RESTATED_RULE = "restated in parentheses as a sum in another currency ({dim}): read where '{first}' stands"


def _restated(text: str, vals: list["ValueMention"], v: "ValueMention", words: int) -> "ValueMention | None":
    """The mention of ``v``'s kind that ``v``, opening a parenthesis, restates: the last one before the
    parenthesis with at most ``words`` words and no other value between them; None when ``v`` opens
    no parenthesis or there is none."""
    if char_before(text, v.start) != "(":
        return None
    paren = text.rfind("(", 0, v.start)
    prev = [u for u in vals if u.kind == v.kind and u.end <= paren and len(text[u.end:paren].split()) <= words
            and not any(w.end <= paren and w.start >= u.end for w in vals)]
    return prev[-1] if prev else None


def _family(value: str) -> str:
    return quantity_value.dimension(value)[0].split(":", 1)[0]


def conversion(text: str, vals: list["ValueMention"], v: "ValueMention") -> bool:
    """Is the value a parenthesised restatement of the one just before it: a figure in another unit of
    its dimension or another currency ("100 metres (330 feet)", "$5 million (4.6 million euros)"), a
    clock time in another time zone ("at 04:12 local time (08:12 GMT)")? It states the same value once
    more."""
    if v.kind == "time":
        return _restated(text, vals, v, ZONE_WORDS_MAX) is not None
    prev = _restated(text, vals, v, 0) if v.kind == "number" else None
    if prev is None:
        return False
    a, b = quantity_value.dimension(prev.value), quantity_value.dimension(v.value)
    family = _family(prev.value)
    return family in CONVERTIBLE and family == _family(v.value) and a != b


def restated_sums(text: str, vals: list["ValueMention"]) -> dict[int, tuple[int, int, str | None]]:
    """The sums a clause restates in parentheses in another currency, by the start of each of the two
    mentions: (start, end) of the text from the first through the parenthesis, where both are read
    (what comes after the parenthesis follows the first sum too: "will pay 1.1 billion euros (about
    $1.2bn) for its holding"), and, for the restating one, the rule that says so (None for the first).
    A sum restating a number no table reads as money ("480 billion ouguiyas ($12bn)") is keyed too;
    ``unread_currency`` names that number."""
    out: dict[int, tuple[int, int, str | None]] = {}
    for v in vals:
        if v.kind != "number" or _family(v.value) != MONEY:
            continue
        prev = _restated(text, vals, v, CURRENCY_WORDS_MAX)
        if prev is None:
            continue
        gap = len(text[prev.end:text.rfind("(", 0, v.start)].split())
        family = _family(prev.value)
        other_currency = family == MONEY and gap == 0 and quantity_value.dimension(prev.value) != quantity_value.dimension(v.value)
        unread = family == COUNT and gap > 0
        if other_currency or unread:
            end = v.end + 1 if text[v.end:v.end + 1] == CLOSE else v.end
            out[v.start] = (prev.start, end, SUM_RESTATED_RULE.format(dim=quantity_value.dimension(v.value)[0],
                                                                       first=text[prev.start:v.start].rstrip(" (")))
            out.setdefault(prev.start, (prev.start, end, None))
    return out


def unread_currency(vals: list["ValueMention"], sums: dict[int, tuple[int, int, str | None]]) -> frozenset[int]:
    """The starts of the numbers whose noun is a currency no table reads, known by the sum that
    restates them in parentheses ("480 billion ouguiyas ($12bn)"): no count of them is claimed."""
    return frozenset(u.start for u in vals if u.start in sums and sums[u.start][2] is None
                     and u.kind == "number" and _family(u.value) == COUNT)
