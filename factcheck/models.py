"""The data model of every stage (pydantic). The JSON report contract is ``factcheck.report/1``."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

REPORT_SCHEMA = "factcheck.report/1"

Polarity = Literal["positive", "negative"]
# asserted: stated as fact; expected: predicted / about to happen ("is expected to", "is to");
# planned: scheduled or being prepared; possible: hedged ("may", "could"); reported: hearsay.
Modality = Literal["asserted", "expected", "planned", "possible", "reported"]
FindingKind = Literal["agreement", "contradiction", "unsupported"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Signal(_Frozen):
    """Why a field has its value: the rule or data entry that fired, and the text it fired on."""

    field: str
    rule: str
    text: str = ""
    start: int | None = None
    end: int | None = None


class Article(BaseModel):
    """One input article. ``text`` is exactly what offsets index (UTF-8, BOM stripped)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    path: str
    text: str = Field(repr=False)
    language: str
    published: dt.date | None = None
    published_span: tuple[int, int] | None = None
    published_rule: str | None = None


class Segment(_Frozen):
    """A stretch of article text and what it was judged to be (body or a kind of furniture)."""

    article: str
    start: int
    end: int
    kind: str  # "body" or the furniture reason, e.g. "furniture:cue:related"
    rule: str


class Clause(_Frozen):
    """An atomic stretch of body text: a clause or a short sentence, never a paragraph."""

    article: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    paragraph: int


class Entity(_Frozen):
    """Something a claim is about. ``key`` is the canonical form shared across spellings."""

    key: str
    kind: Literal["person", "org", "place", "event", "thing"]
    label: str


class Claim(_Frozen):
    """One normalized assertion, with its exact span and the provenance of every field."""

    id: str
    article: str
    start: int
    end: int
    quote: str
    subject: str | None = None          # entity key
    subject_label: str | None = None    # as written
    property: str                       # role, date, place, venue, duration, count, aim, agenda, led_by, statement, ...
    value: str | None = None            # normal form of the value (None for bare statements)
    value_low: float | None = None      # numeric range, when the value is a quantity
    value_high: float | None = None
    qualifier: str | None = None
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    attribution: str | None = None
    event: str | None = None
    entities: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    signals: list[Signal] = Field(default_factory=list)


class Side(_Frozen):
    value: str
    claims: list[str]


class Finding(_Frozen):
    id: str
    kind: FindingKind
    claims: list[str]
    sides: list[Side] = Field(default_factory=list)
    reason: str
    confidence: float = Field(ge=0.0, le=1.0)
    property: str | None = None
    subject: str | None = None
    event: str | None = None


class ArticleInfo(_Frozen):
    id: str
    path: str
    published: dt.date | None
    language: str


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["factcheck.report/1"] = Field(default=REPORT_SCHEMA, alias="schema")
    articles: list[ArticleInfo]
    claims: list[Claim]
    findings: list[Finding]
    events: dict[str, str] = Field(default_factory=dict)  # event id -> human description

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2)
