"""The JSON report (``factcheck.report/1``, factcheck/schema/report.schema.json): its one writer.

``write`` streams it: the claims and findings come as pieces of JSON text (one story's at a time, as a
feed computes them, feed/run.py), so a report of any size is written without being held in memory.
``dumps`` writes a Report held in memory the same way (``Report.to_json``, ``report --format json
--state``), so every JSON report has the same layout, byte for byte. Nothing here imports the rest of
the package: the models only need ``model_dump_json``."""
from __future__ import annotations

import io
import json
from typing import IO, Callable, Iterable, Protocol, Union


class _Dumps(Protocol):
    def model_dump_json(self) -> str: ...


# The pieces of a report: (claims, findings) as UTF-8 JSON objects separated by ",\n" (either empty).
Piece = tuple[Union[bytes, memoryview], bytes]
# The ``reviews`` member (review.report_states): ready, or made from the findings' JSON pieces once
# they are written (so a feed reads its findings back only when it is asked for them).
Reviews = Union[dict, Callable[[list[bytes]], dict], None]
SEPARATOR = b",\n"


def write(out: IO[bytes], *, schema: str, articles: Iterable[_Dumps], pieces: Iterable[Piece],
          stories: Iterable[_Dumps], unassigned: Iterable[str], events: dict[str, str] | None = None,
          reviews: Reviews = None) -> None:
    """Write the report to ``out`` (UTF-8): claims as each piece comes, then the findings. ``stories``
    is read after the pieces (a feed fills it as it computes them)."""
    out.write(('{\n"schema": ' + json.dumps(schema) + ',\n"articles": [\n').encode())
    out.write(",\n".join(a.model_dump_json() for a in articles).encode())
    out.write(b'\n],\n"claims": [\n')
    findings: list[bytes] = []
    first = True
    for claims, found in pieces:
        if claims:
            if not first:
                out.write(SEPARATOR)
            out.write(claims)
            first = False
        if found:
            findings.append(found)
    out.write(b'\n],\n"findings": [\n')
    out.write(SEPARATOR.join(findings))
    out.write(('\n],\n"events": ' + json.dumps(events or {}, ensure_ascii=False) + ',\n"stories": [\n').encode())
    out.write(",\n".join(s.model_dump_json() for s in stories).encode())
    out.write(('\n],\n"unassigned": ' + json.dumps(list(unassigned))).encode())
    if reviews is not None:
        block = reviews(findings) if callable(reviews) else reviews
        out.write((',\n"reviews": ' + json.dumps(block, ensure_ascii=False)).encode())
    out.write(b"\n}\n")


def join(items: Iterable[_Dumps]) -> bytes:
    """Claims or findings as one piece."""
    return SEPARATOR.join(x.model_dump_json().encode() for x in items)


def dumps(report, reviews: dict | None = None) -> str:
    """A Report (models.Report) as the JSON text ``write`` gives, with its ``reviews`` member when given."""
    buf = io.BytesIO()
    write(buf, schema=report.schema_, articles=report.articles, pieces=[(join(report.claims), join(report.findings))],
          stories=report.stories, unassigned=report.unassigned, events=report.events, reviews=reviews)
    return buf.getvalue().decode("utf-8")
