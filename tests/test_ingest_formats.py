"""Input formats: HTML pages, JSON / JSON Lines records, standard input, front matter, directories."""
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from factcheck.ingest import load as ingest
from factcheck import pipeline
from factcheck.cli.app import app
from factcheck.errors import InputError, RecordError

runner = CliRunner()

BODY = ["At least 5,300 people were killed when two dams collapsed above the city of Derna, officials said.",
        "About 10,000 people are still missing, the Red Crescent said on Wednesday.",
        "Storm Daniel struck the eastern coast of Libya on Sunday night."]
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Dams burst above Derna - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-09-13T08:30:00Z">
<link rel="canonical" href="https://example.com/world/derna-dams"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and analysis</a></li></ul></nav>
<header><h1>Dams burst above Derna</h1></header>
<article>{''.join(f'<p>{s}</p>' for s in BODY)}</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/m">Earthquake in Morocco kills more than 2,900 people in the Atlas mountains</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment">
<p>Reader one wrote that this is terrible news and my prayers are with every family.</p></div></section>
<footer><p>Copyright 2023 Example News. All rights reserved.</p></footer>
</body></html>
"""


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- HTML

def test_html_body_without_navigation_comments_or_related_links(tmp_path):
    art = ingest.read_article(_write(tmp_path / "derna.html", PAGE))
    assert art.text.splitlines() == BODY
    for furniture in ("Home", "World news", "Morocco", "prayers", "Copyright"):
        assert furniture not in art.text
    assert (art.id, art.source_format, art.language, art.encoding) == ("derna", "html", "en", "utf-8")
    assert (art.title, art.outlet, art.url) == ("Dams burst above Derna", "Example News",
                                                "https://example.com/world/derna-dams")
    assert art.published == dt.date(2023, 9, 13)
    assert art.published_at == dt.datetime(2023, 9, 13, 8, 30, tzinfo=dt.timezone.utc)


def test_html_claims_index_the_extracted_text(tmp_path):
    arts = ingest.load_articles([_write(tmp_path / "derna.html", PAGE)])
    claims = pipeline.analyze(arts).claims
    assert claims
    assert all(arts[0].text[c.start:c.end] == c.quote for c in claims)


def test_html_date_without_time(tmp_path):
    page = PAGE.replace("2023-09-13T08:30:00Z", "2023-09-13")
    art = ingest.read_article(_write(tmp_path / "a.html", page))
    assert (art.published, art.published_at) == (dt.date(2023, 9, 13), None)


# ---------------------------------------------------------------- JSON and JSON Lines

RECORD = {"id": "derna-1", "text": BODY[0], "published": "2023-09-13T08:30:00+02:00", "outlet": "Example News",
          "url": "https://example.com/1", "language": "en-GB", "title": "Dams burst", "section": "world"}


def test_jsonl_records(tmp_path):
    rec2 = {"id": "derna-2", "text": BODY[1], "published": "2023-09-14"}
    p = _write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in (RECORD, rec2)) + "\n\n")
    a, b = ingest.load_articles([p])
    assert (a.id, a.text, a.language, a.outlet, a.url, a.title, a.source_format) == (
        "derna-1", BODY[0], "en", "Example News", "https://example.com/1", "Dams burst", "jsonl")
    assert a.published == dt.date(2023, 9, 13)
    assert a.published_at == dt.datetime(2023, 9, 13, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert (b.published, b.published_at, b.outlet, b.path) == (dt.date(2023, 9, 14), None, None, str(p))


def test_json_file_one_record_or_an_array(tmp_path):
    one = _write(tmp_path / "one.json", json.dumps(RECORD))
    many = _write(tmp_path / "many.json", json.dumps([{"id": "x", "text": BODY[1]}, {"id": "y", "text": BODY[2]}]))
    assert [a.id for a in ingest.load_articles([one, many])] == ["derna-1", "x", "y"]
    assert ingest.read_article(one).source_format == "json"
    with pytest.raises(InputError, match=r"many.json: holds 2 records, not one article"):
        ingest.read_article(many)


def test_record_language_is_detected_when_absent(tmp_path):
    p = _write(tmp_path / "a.jsonl", json.dumps({"id": "a", "text": "قال الوزير إن الاجتماع سيعقد في إسطنبول."}) + "\n")
    assert ingest.load_articles([p])[0].language == "ar"


@pytest.mark.parametrize("record, message", [
    ({"id": "a", "text": "x y z", "language": "fr"}, "line 1: language 'fr' is not supported (use ar, en)"),
    ({"id": 7, "text": "x y z"}, "line 1: 'id' must be a string, not a number"),
    ({"id": "a", "text": "   "}, "line 1: empty article"),
    ({"text": "x y z"}, "line 1: record has no 'id' field (required: id, text)"),
    ({"id": "a", "text": None}, "line 1: 'text' must be a string, not null"),
    (["a", "b"], "line 1: a record must be a JSON object, not an array"),
])
def test_bad_records(tmp_path, record, message):
    p = _write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    with pytest.raises(RecordError if "empty" not in message else InputError) as exc:
        ingest.load_articles([p])
    assert str(exc.value) == f"{p}: {message}"


def test_a_report_is_not_an_article(tmp_path, seeds_report):
    p = _write(tmp_path / "report.json", seeds_report.to_json())
    notes = []
    with pytest.raises(InputError) as exc:
        ingest.load_articles([p], on_skip=notes.append)
    assert str(exc.value) == "no articles to compare: all 1 input(s) were skipped"
    assert [str(n) for n in notes] == [f"{p}: a factcheck file (schema factcheck.report/1), not an article: left out"]


def test_stdin_json_lines_through_the_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = "".join(json.dumps({"id": f"r{k}", "text": t}) + "\n" for k, t in enumerate(BODY))
    r = runner.invoke(app, ["report", "-", "--format", "json"], input=lines.encode())
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert [a["id"] for a in rep["articles"]] == ["r0", "r1", "r2"]
    assert {a["path"] for a in rep["articles"]} == {"<stdin>"}


def test_stdin_with_files(tmp_path):
    import io
    f = _write(tmp_path / "b.txt", BODY[1] + "\n")
    arts = ingest.load_articles(["-", f], stdin=io.BytesIO((json.dumps({"id": "a", "text": BODY[0]}) + "\n").encode()))
    assert [(a.id, a.source_format) for a in arts] == [("a", "jsonl"), ("b", "text")]


# ---------------------------------------------------------------- front matter

FRONT = ("---\npublished: 2023-09-13T08:30:00Z\noutlet: \"Example News\"\nurl: https://example.com/x\n"
         "tags:\n  - libya\n---\n")


def test_front_matter_sets_fields_and_never_becomes_claims(tmp_path):
    p = _write(tmp_path / "a.md", FRONT + "\n".join(BODY) + "\n")
    art = ingest.read_article(p)
    assert art.body_start == len(FRONT)
    assert art.text == p.read_text(encoding="utf-8")  # offsets index the whole file
    assert (art.published, art.published_at, art.outlet, art.url) == (
        dt.date(2023, 9, 13), dt.datetime(2023, 9, 13, 8, 30, tzinfo=dt.timezone.utc), "Example News",
        "https://example.com/x")
    assert art.published_rule == "front-matter" and art.text[slice(*art.published_span)] == "2023-09-13T08:30:00Z"
    claims = pipeline.analyze([art]).claims
    assert claims and all(c.start >= art.body_start and art.text[c.start:c.end] == c.quote for c in claims)


def test_front_matter_date_alias_and_crlf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(("---\r\ndate: '2023-09-14'\r\n---\r\n" + BODY[0] + "\r\n").encode())
    art = ingest.read_article(p)
    assert (art.published, art.body_start) == (dt.date(2023, 9, 14), len("---\r\ndate: '2023-09-14'\r\n---\r\n"))


def test_unclosed_front_matter_is_text(tmp_path):
    text = "---\n" + "\n".join(BODY) + "\n"
    art = ingest.read_article(_write(tmp_path / "a.md", text))
    assert (art.body_start, art.published) == (0, None)


def test_dateline_still_dates_an_article_without_front_matter_date(tmp_path):
    text = "---\noutlet: Example News\n---\nPublished: 13 September 2023\n" + BODY[0] + "\n"
    art = ingest.read_article(_write(tmp_path / "a.md", text))
    assert art.published == dt.date(2023, 9, 13)
    assert art.published_span[0] >= art.body_start


# ---------------------------------------------------------------- directories, limits, skipping

def test_directory_of_mixed_formats(tmp_path):
    _write(tmp_path / "a.txt", BODY[0] + "\n")
    _write(tmp_path / "b.html", PAGE)
    _write(tmp_path / "c.jsonl", json.dumps({"id": "c", "text": BODY[2]}) + "\n")
    _write(tmp_path / ".hidden.txt", "an editor's backup\n")
    _write(tmp_path / "notes.rst", "not an article\n")
    arts = ingest.load_articles([tmp_path])
    assert [(a.id, a.source_format) for a in arts] == [("a", "text"), ("b", "html"), ("c", "jsonl")]


def test_max_bytes(tmp_path):
    p = _write(tmp_path / "a.txt", BODY[0] + "\n")
    size = p.stat().st_size
    assert ingest.load_articles([p], max_bytes=size)[0].id == "a"
    with pytest.raises(InputError) as exc:
        ingest.load_articles([p], max_bytes=size - 1)
    assert str(exc.value) == (f"{p}: file is {size:,} bytes, over the {size - 1:,}-byte limit per article "
                              "(raise it with --max-bytes)")


def test_skip_invalid_in_the_library(tmp_path):
    _write(tmp_path / "a.txt", BODY[0] + "\n")
    (tmp_path / "b.txt").write_bytes(b"")
    _write(tmp_path / "c.jsonl", '{"id": "c", "text": "' + BODY[2] + '"}\n{oops\n')
    with pytest.raises(InputError, match="b.txt: empty file"):
        pipeline.report([tmp_path])
    skipped = []
    rep = pipeline.report([tmp_path], skip_invalid=True, on_skip=skipped.append)
    assert [a.id for a in rep.articles] == ["a", "c"]
    assert [str(e) for e in skipped] == [f"{tmp_path / 'b.txt'}: empty file (0 bytes)",
                                         f"{tmp_path / 'c.jsonl'}: line 2: invalid JSON "
                                         "(Expecting property name enclosed in double quotes at column 2)"]


def test_stdin_with_the_html_format(tmp_path, monkeypatch):
    """The HTML report reads the articles again for their text: standard input is kept for that."""
    monkeypatch.chdir(tmp_path)
    lines = "".join(json.dumps({"id": f"r{k}", "text": t}) + "\n" for k, t in enumerate(BODY))
    r = runner.invoke(app, ["report", "-", "--format", "html", "--out", str(tmp_path / "r.html")], input=lines.encode())
    assert (r.exit_code, r.stderr) == (0, "")
    assert "5,300" in (tmp_path / "r.html").read_text(encoding="utf-8")
