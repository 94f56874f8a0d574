"""The data model of every stage (pydantic). The JSON report contract is ``factcheck.report/1``."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal, Mapping, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .render import json_report as report_json

REPORT_SCHEMA = "factcheck.report/1"

# An article id or a story name becomes a claim-base file name (claims/articles/<id>.json,
# claims/stories/<name>.json): letters, digits, '_', '-', '.', not starting with a dot or a dash, the
# whole string (``fullmatch``: ``$`` would let a trailing newline through); at most this many
# characters, and at most this many UTF-8 bytes, so that with ``.json`` it fits the 255-byte file
# names of common file systems (128 Arabic letters are 256 bytes).
NAME_RE = re.compile(r"\w[\w.-]*")
MAX_NAME_CHARS = 128
NAME_FILE_SUFFIX = ".json"
MAX_NAME_BYTES = 255 - len(NAME_FILE_SUFFIX)


def name_problem(value: str) -> str | None:
    """Why ``value`` cannot be an article id or a story name (None when it can)."""
    if not NAME_RE.fullmatch(value):
        return "must be letters, digits, '_', '-' or '.', not starting with '.' or '-'"
    if len(value) > MAX_NAME_CHARS:
        return f"is {len(value)} characters, over {MAX_NAME_CHARS}"
    size = len(value.encode("utf-8"))
    if size > MAX_NAME_BYTES:
        return f"is {size} bytes in UTF-8, over the {MAX_NAME_BYTES} a file name allows"
    return None

Polarity = Literal["positive", "negative"]
# asserted: stated as fact; expected: predicted / about to happen ("is expected to", "is to");
# planned: scheduled or being prepared; possible: hedged ("may", "could"); reported: hearsay.
Modality = Literal["asserted", "expected", "planned", "possible", "reported"]
# "update": an evolving figure (a toll) reported higher/lower by a later article: values in time order
FindingKind = Literal["agreement", "contradiction", "unsupported", "update"]


# One set of given field names per distinct combination, shared by the frozen models that have it
# (frozenset of the names -> the set). Pydantic keeps a set per instance: 2.3 KB for a claim's 15
# names, 0.5 KB for a signal's, more than the values themselves (a 5 MB article: 74,000 claims with
# 200,000 signals, 280 MB of these sets; benchmarks/size.py).
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _shared_fields_set(model: BaseModel) -> None:
    """Make ``model`` (frozen: never assigned to, so its set of given fields is never changed; a
    ``model_copy`` changes only the copy it makes) hold the shared set equal to its own."""
    own = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(own), own)
    if shared is not own:
        object.__setattr__(model, "__pydantic_fields_set__", shared)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_validator(mode="after")
    def _lean(self) -> "_Frozen":
        _shared_fields_set(self)
        return self

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        _shared_fields_set(copied)
        return copied


class Signal(_Frozen):
    """Why a field has its value: the rule or data entry that fired, and the text it fired on."""

    field: str
    rule: str
    text: str = ""
    start: int | None = None
    end: int | None = None


class Article(BaseModel):
    """One input article. ``text`` is exactly what offsets index: the decoded file (BOM stripped), or an
    HTML page's extracted body, or a JSON record's ``text``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    path: str
    text: str = Field(repr=False)
    language: str
    published: dt.date | None = None
    published_span: tuple[int, int] | None = None
    published_rule: str | None = None
    # Set by ingest (input formats). text[:body_start] is front matter (metadata lines of a .txt/.md
    # file): it stays in ``text`` so offsets index the whole file, but is never body or a claim.
    body_start: int = 0
    published_at: dt.datetime | None = None  # when the input states a time too (JSON, HTML, front matter)
    encoding: str | None = None  # as detected: "utf-8", "utf-8-sig", "utf-16-le", "windows-1256", ...
    source_format: str | None = None  # "text", "markdown", "html", "json" or "jsonl"
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


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
    language: str | None = None   # the paragraph's language when it differs from the article's


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
    # The value as an editor reads it (kinds.reading.words: "Sunday", "200,000", "Istanbul", the title
    # as written), beside the normal form in ``value``. Added by the report; None in older files.
    readable: str | None = None


class Side(_Frozen):
    value: str
    claims: list[str]
    readable: str | None = None   # the side's value in an editor's words (see Claim.readable)


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
    attributed: dict[str, list[str]] | None = None  # side value -> the sources its claims cite
    readable_event: str | None = None  # ``event`` in plain words ("the event in Istanbul on 10 April 2025")


class ArticleInfo(_Frozen):
    id: str
    path: str
    published: dt.date | None
    language: str
    # Where the article comes from, as its input states it (front matter, an HTML page's metadata, a
    # JSON record); ``outlet_guessed``: the outlet was read from a 'Source:' line of the text instead.
    outlet: str | None = None
    outlet_guessed: bool = False
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["factcheck.report/1"] = Field(default=REPORT_SCHEMA, alias="schema")
    articles: list[ArticleInfo]
    claims: list[Claim]
    findings: list[Finding]
    events: dict[str, str] = Field(default_factory=dict)  # event id -> human description
    # several stories in one run (feed/run.py): each story's articles and findings; articles fitting none
    stories: list["StoryInfo"] = Field(default_factory=list)
    unassigned: list[str] = Field(default_factory=list)

    def to_json(self) -> str:
        """The JSON report (render/json_report.py: the one layout of every JSON report), ending in a newline."""
        return report_json.dumps(self)


# ---------------------------------------------------------------------------------------------------
# The editors' claim base (claims/): one file per article, one per story, and the review history.

CLAIMS_ARTICLE_SCHEMA = "factcheck.claims.article/1"
CLAIMS_STORY_SCHEMA = "factcheck.claims.story/1"
REVIEW_SCHEMA = "factcheck.review/1"
CHECK_SCHEMA = "factcheck.check/1"

# unreviewed: nobody looked yet; confirmed: true (for a finding: the contradiction / agreement is real);
# false: the claim is wrong; disputed: contested (for a finding: not a real contradiction);
# needs-source: unsure until another source is found.
ReviewState = Literal["unreviewed", "confirmed", "disputed", "false", "needs-source"]
REVIEW_STATES: tuple[str, ...] = ("unreviewed", "confirmed", "disputed", "false", "needs-source")
ReviewTarget = Literal["claim", "finding"]


class Paragraph(_Frozen):
    """The paragraph (or a window of it) around claims: what 'quote in context' shows."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ArticleRecord(_Frozen):
    """An article as the claim base knows it; ``sha256`` is of ``Article.text``."""

    id: str
    path: str
    published: dt.date | None = None
    language: str
    outlet: str | None = None
    sha256: str
    chars: int = Field(ge=0)
    outlet_guessed: bool = False   # the outlet was read from the text, not given by the input
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None


class ArticleClaims(BaseModel):
    """claims/articles/<article id>.json: an article's claims with spans, values and provenance."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["factcheck.claims.article/1"] = Field(default=CLAIMS_ARTICLE_SCHEMA, alias="schema")
    article: ArticleRecord
    paragraphs: list[Paragraph] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2) + "\n"


class StoryFindings(BaseModel):
    """claims/stories/<story>.json: the findings across one story's articles."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["factcheck.claims.story/1"] = Field(default=CLAIMS_STORY_SCHEMA, alias="schema")
    story: str
    articles: list[str]
    findings: list[Finding] = Field(default_factory=list)
    events: dict[str, str] = Field(default_factory=dict)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2) + "\n"


class Review(BaseModel):
    """One line of claims/reviews.jsonl. ``article`` and ``quote`` (claims) or ``quote`` = the reason
    (findings) are a snapshot, so that an orphaned review still says what it was about. A line with
    ``moved_from`` was written by ``extract``: the claim's text and normalized content did not change,
    only its span moved (so its id changed), and the old id's state carries over."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["factcheck.review/1"] = Field(default=REVIEW_SCHEMA, alias="schema")
    id: str = Field(min_length=1)
    target: ReviewTarget
    state: ReviewState
    previous: ReviewState
    by: str = Field(min_length=1)
    at: dt.datetime
    note: str = ""
    article: str | None = None
    quote: str | None = None
    moved_from: str | None = None  # set when re-extraction carried this state over from an old id
    # a finding's claims when it was reviewed (claims joining later are "new since the review"); None
    # for a claim's review and for lines written before this field existed
    claims: list[str] | None = None

    @field_validator("at")
    @classmethod
    def _utc(cls, v: dt.datetime) -> dt.datetime:
        if v.tzinfo is None or v.utcoffset() is None:
            raise ValueError("time must carry a UTC offset (ISO 8601, e.g. 2025-04-10T08:43:00Z)")
        return v.astimezone(dt.timezone.utc)

    def to_line(self) -> str:
        # (``claims`` only when set: a claim's review line stays as it always was)
        return self.model_dump_json(by_alias=True, exclude={"claims"} if self.claims is None else None) + "\n"


CheckSection = Literal["contradicts-confirmed", "contradicts-unreviewed", "contradicts-false", "agreement",
                       "unsupported"]


class CheckItem(_Frozen):
    """One new finding of ``factcheck check``: the finding, which of its claims are new, and the
    claim-base claims it meets (with their review states)."""

    section: CheckSection
    finding: Finding
    new_claims: list[str]
    base_claims: list[str]
    states: dict[str, ReviewState] = Field(default_factory=dict)
    story: str | None = None   # the base's story the finding is in (None: a new story)


class CheckResult(BaseModel):
    """What ``factcheck check`` found; ``exit_code`` is what the command exits with."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["factcheck.check/1"] = Field(default=CHECK_SCHEMA, alias="schema")
    against: str
    fail_on: str
    articles: list[ArticleInfo]
    known: list[str] = Field(default_factory=list)     # new articles already in the base, unchanged
    stories: dict[str, str | None] = Field(default_factory=dict)  # new article -> its story (None: a new one)
    claims: list[Claim] = Field(default_factory=list)  # every claim the items refer to
    items: list[CheckItem] = Field(default_factory=list)
    exit_code: int = 0

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------------
# Many stories in one run (feed/run.py, cluster.py).

class StoryInfo(_Frozen):
    """One story of a run: the articles grouped into it and the ids of its findings. ``label`` names
    a few places, names or dates most of its articles share; ``cohesion`` is the mean similarity of its
    article pairs (0..1)."""

    id: str
    label: str
    articles: list[str]
    findings: list[str] = Field(default_factory=list)
    cohesion: float | None = None


Report.model_rebuild()
