"""Issue 17, items 6-8: hostile and large inputs. Plausible inputs that raised a traceback now give a
one-line error naming the file and record (exit 2) and are skipped under --skip-invalid; parse guards
refuse what the parsers cannot bound; nothing is silently read wrong. Every input is invented and
built by code (a harbour town, its ferries and its council)."""
from __future__ import annotations

import json
import os
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.ingest import decode, formats, furniture, load as ingest
from factcheck.judge import group, single
from factcheck.claimbase import store
from factcheck.errors import InputError, OwnOutputError, TooLargeError
from factcheck.models import MAX_NAME_BYTES, Article, Claim, name_problem

from reliability_support import cli, stderr_of

SENTENCE = "The council of Harwick approved 14 new ferries for the harbour on Thursday, officials said."
OTHER = "The council of Harwick approved 16 new ferries for the harbour on Thursday, the mayor said."


def _record(**fields) -> str:
    return json.dumps({"id": "harwick_post", "text": SENTENCE, **fields}) + "\n"


# ---------------------------------------------------------------- item 7: one-line errors, skips

# (case, the bytes of a JSON Lines file, the message after "<file>: line 1: ")
JSONL_CASES = [
    ("lone surrogate in the text", '{"id": "a1", "text": "Harwick ferries \\ud83d cut", "published": "2021-03-04"}\n',
     "'text' holds a lone surrogate (\\ud83d at character 16: half of an emoji or other character cut off); "
     "fix the record's text"),
    ("lone surrogate in the title", '{"id": "a1", "text": "%s", "title": "\\udc00"}\n' % SENTENCE,
     "'title' holds a lone surrogate (\\udc00 at character 0: half of an emoji or other character cut off); "
     "fix the record's text"),
    ("published 9999-12-31", _record(published="9999-12-31"),
     "'published' 9999-12-31 is outside the years 1900-2100 (a placeholder date?)"),
    ("published 0001-01-01", _record(published="0001-01-01T00:00:00"),
     "'published' 0001-01-01 is outside the years 1900-2100 (a placeholder date?)"),
    ("an integer of 5,000 digits in an ignored field", '{"id": "a1", "text": "%s", "views": %s}\n' % (SENTENCE, "7" * 5000),
     f"JSON holds an integer of more than {sys.get_int_max_str_digits():,} digits (Python's limit for reading numbers)"),
    ("3,000 levels of nesting in an ignored field", '{"id": "a1", "text": "%s", "tags": %s}\n' % (SENTENCE, "[" * 3000 + "]" * 3000),
     "JSON nested too deeply to read (arrays or objects inside each other some thousand levels)"),
    ("an id of 128 Arabic letters (256 bytes)", _record(id="ح" * 128),
     f"id {'ح' * 40 + '...' + 'ح' * 40!r} is 256 bytes in UTF-8, over the {MAX_NAME_BYTES} a file name allows: "
     "it names the claim-base file"),
    ("an id with a trailing newline", _record(id="harwick_post\n"),
     "id 'harwick_post\\n' must be letters, digits, '_', '-' or '.' (at most 128, not starting with '.' or '-'): "
     "it names the claim-base file"),
]


@pytest.mark.parametrize("case,content,message", JSONL_CASES, ids=[c[0] for c in JSONL_CASES])
def test_bad_record_is_one_line_exit_2_and_skipped(tmp_path, case, content, message):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text(OTHER + "\n", encoding="utf-8")
    r = cli("report", tmp_path, "--no-cache", "--quiet", "--format", "json", "--out", tmp_path / "out.json")
    assert r.exit_code == 2
    assert stderr_of(r) == f"error: {feed}: line 1: {message}\n"
    r = cli("report", tmp_path, "--no-cache", "--quiet", "--skip-invalid", "--format", "json",
            "--out", tmp_path / "out.json")
    assert r.exit_code == 0, r.output
    assert stderr_of(r) == f"skipped: {feed}: line 1: {message}\n"
    assert [a["id"] for a in json.loads((tmp_path / "out.json").read_text())["articles"]] == ["good"]


def test_json_file_with_a_huge_integer_names_the_file(tmp_path):
    p = tmp_path / "one.json"
    p.write_text('{"id": "a1", "text": "%s", "n": %s}' % (SENTENCE, "1" * 4400), encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ingest.load_articles([p])
    assert str(exc.value).startswith(f"{p}: JSON holds an integer of more than")


def test_front_matter_placeholder_date(tmp_path):
    p = tmp_path / "dated.md"
    p.write_text(f"---\ndate: 9999-12-31\n---\n{SENTENCE} Yesterday the mayor agreed.\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ingest.load_articles([p])
    assert str(exc.value) == f"{p}: front matter line 2: 'date' 9999-12-31 is outside the years 1900-2100 (a placeholder date?)"


def test_non_utf8_file_name(tmp_path):
    bad = os.fsdecode(os.fsencode(str(tmp_path)) + b"/ferry\xff\xfe.txt")
    with open(bad, "w", encoding="utf-8") as f:
        f.write(SENTENCE + "\n")
    (tmp_path / "good.txt").write_text(OTHER + "\n", encoding="utf-8")
    r = cli("report", tmp_path, "--no-cache", "--quiet", "--format", "json", "--out", tmp_path / "o.json")
    assert r.exit_code == 2
    assert stderr_of(r) == f"error: {tmp_path}/ferry\\xff\\xfe.txt: file name is not valid UTF-8 (rename the file)\n"
    skipped = []
    arts = ingest.load_articles([tmp_path], skip_invalid=True, on_skip=skipped.append)
    assert [a.id for a in arts] == ["good"] and len(skipped) == 1


def test_symlink_loop_in_a_folder(tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    (tmp_path / "good.txt").write_text(OTHER + "\n", encoding="utf-8")
    r = cli("report", tmp_path, "--no-cache", "--quiet", "--format", "json", "--out", tmp_path / "o.json")
    assert r.exit_code == 2
    assert stderr_of(r) == f"error: {tmp_path}/a.txt: symbolic link loop (the link leads back to itself)\n"
    skipped = []
    arts = ingest.load_articles([tmp_path], skip_invalid=True, on_skip=skipped.append)
    assert [a.id for a in arts] == ["good"]
    assert sorted(str(s) for s in skipped) == [f"{tmp_path}/{n}.txt: symbolic link loop (the link leads back to itself)"
                                               for n in "ab"]


def test_symlink_loop_given_directly(tmp_path):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    with pytest.raises(InputError) as exc:
        ingest.load_articles([tmp_path / "loop.txt"])
    assert str(exc.value) == f"{tmp_path}/loop.txt: symbolic link loop (the link leads back to itself)"


def test_long_file_name_id(tmp_path):
    p = tmp_path / ("ع" * 125 + "x.txt")   # 251 bytes + the suffix: a legal file name, too long an id
    p.write_text(SENTENCE + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ingest.load_articles([p])
    assert str(exc.value) == f"{p}: file name is 251 bytes in UTF-8 without its suffix, over the " \
                             f"{MAX_NAME_BYTES} an article id may have (it names a claim-base file)"


# (name, why not) for story names and ids: fullmatch, characters, bytes
NAMES = [
    ("harwick_ferries", None),
    ("harwick.2021-03", None),
    ("قصة_الميناء", None),
    ("harwick\n", "must be letters"),
    ("harwick ferries", "must be letters"),
    (".hidden", "must be letters"),
    ("-dash", "must be letters"),
    ("a" * 129, "is 129 characters"),
    ("ق" * 126, "is 252 bytes in UTF-8"),
    ("ق" * 125, None),
    ("汉" * 90, "is 270 bytes in UTF-8"),
]


@pytest.mark.parametrize("name,why", NAMES)
def test_name_problem(name, why):
    problem = name_problem(name)
    assert (problem is None) if why is None else problem.startswith(why)


@pytest.mark.parametrize("name", ["ق" * 128, "harwick\n"])
def test_long_or_newline_story_name_refused(tmp_path, name):
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    r = cli("extract", tmp_path / "a.txt", "--claims", tmp_path / "claims", "--story", name)
    assert r.exit_code == 2
    err = stderr_of(r)
    assert err.startswith("error: bad story name ") and err.count("\n") == 1
    assert not (tmp_path / "claims" / "stories").exists() or not list((tmp_path / "claims" / "stories").iterdir())


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None, derandomize=True)
def test_store_and_ingest_agree_on_names(name):
    """Story names and record ids follow one rule, and an accepted one fits a file name."""
    ok = name_problem(name) is None
    try:
        store.check_story_name(name)
        story_ok = True
    except InputError:
        story_ok = False
    assert story_ok == ok
    if ok:
        assert len((name + ".json").encode("utf-8")) <= 255 and "\n" not in name


# ---------------------------------------------------------------- item 8: silent wrong results

def _segments(text: str) -> list[tuple[str, str]]:
    art = Article(id="a", path="a.txt", text=text, language="en")
    topic = furniture.TopicModel([ln for ln in text.splitlines() if ln.strip()], ("en",))
    return [(text[s.start:s.end], s.kind) for s in furniture.segment(art, topic)]


# (line, is it body text)
BAR_LINES = [
    ("The harbour master said the ferry | the tug | and the barge were held for three days by the storm.", True),
    ("| Ferry | Seats |", False),
    ("Ferry | Seats | Crew", False),
    ("Home | News | Harwick", False),
    ("Home | News | Sport | Weather | Contact | About | Jobs | Advertise | Terms | Privacy | Help | More.", False),
]


@pytest.mark.parametrize("line,body", BAR_LINES)
def test_bars_in_a_paragraph(line, body):
    segs = _segments(f"{SENTENCE}\n\n{line}\n")
    assert (line, "body") in segs if body else (line, "body") not in segs


# (text with markup, the markup that must not be body text)
MARKUP = [
    ("Witnesses said <script>alert(1)</script> the ferry sank near the pier at dawn.", "<script>alert(1)</script>"),
    ("Witnesses said <img src=x onerror=alert(2)> the ferry sank near the pier at dawn.", "<img src=x onerror=alert(2)>"),
    ("Witnesses said <!-- 3 dead --> the ferry sank near the pier at dawn.", "<!-- 3 dead -->"),
    ("Witnesses said <style>p{margin:4px}</style> the ferry sank near the pier at dawn.", "<style>p{margin:4px}</style>"),
    ("Witnesses said <td width=40> the ferry sank near the pier at dawn.", "<td width=40>"),
]
# markup without a digit states no figure: it stays in its sentence
KEPT = ["Witnesses said <b>the ferry</b> sank near the pier at dawn.",
        "Witnesses said <script>document.title='x'</script> the ferry sank near the pier at dawn."]


@pytest.mark.parametrize("text", KEPT)
def test_markup_without_digits_stays(text):
    assert (text, "body") in _segments(f"{SENTENCE}\n\n{text}\n")


@pytest.mark.parametrize("text,markup", MARKUP)
def test_markup_is_furniture(text, markup):
    segs = _segments(f"{SENTENCE}\n\n{text}\n")
    assert (markup, "furniture") in segs
    assert not any(markup in t for t, kind in segs if kind == "body")


def test_digit_in_script_is_no_figure(tmp_path):
    (tmp_path / "a.txt").write_text("Harwick, March 4, 2021\n\nWitnesses said <script>alert(1)</script> the "
                                    "storm hit the harbour at night.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Harwick, March 4, 2021\n\nThe storm killed 5 people in Harwick, officials said.\n",
                                    encoding="utf-8")
    r = cli("report", tmp_path, "--no-cache", "--quiet", "--format", "json", "--out", tmp_path / "o.json")
    assert r.exit_code == 0, r.output
    claims = json.loads((tmp_path / "o.json").read_text())["claims"]
    assert not any("alert" in c["quote"] for c in claims)


# (declared charset, honoured?) -- WHATWG labels only
CHARSETS = [
    ("windows-1256", True),
    ("ISO-8859-1", True),        # WHATWG: windows-1252
    (" latin1 ", True),
    ("koi8-r", True),
    ("unicode_escape", False),   # a Python codec, not a web encoding
    ("rot13", False),
    ("punycode", False),
    ("latin-1", False),          # a Python alias only
    ("replacement", False),      # WHATWG's, with no decoder
]


@pytest.mark.parametrize("label,honoured", CHARSETS)
def test_whatwg_labels_only(label, honoured):
    assert (decode.whatwg_encoding(label) not in (None,) and decode.whatwg_encoding(label)[1] is not None) == honoured


def test_python_codec_charset_does_not_rewrite_text():
    page = b"<meta charset=unicode_escape>caf\xe9 \\N{BOMB} au port"
    got = decode.decode(page, decode.declared_charset(page))
    assert "\\N{BOMB}" in got.text and "\U0001f4a3" not in got.text


def _own_outputs(tmp_path):
    """The report of two invented articles in every format factcheck writes."""
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER + "\n", encoding="utf-8")
    out = {}
    for fmt, suffix in (("html", ".html"), ("markdown", ".md"), ("json", ".json")):
        path = tmp_path / f"saved_report{suffix}"
        r = cli("report", tmp_path / "a.txt", tmp_path / "b.txt", "--no-cache", "--quiet", "--format", fmt,
                "--out", path)
        assert r.exit_code == 0, r.output
        out[fmt] = path
    return out


def test_own_reports_in_the_input_folder_are_left_out(tmp_path):
    outputs = _own_outputs(tmp_path)
    notes = []
    arts = ingest.load_articles([tmp_path], on_skip=notes.append)   # no --skip-invalid needed
    assert [a.id for a in arts] == ["a", "b"]
    assert all(type(n) is OwnOutputError for n in notes) and len(notes) == 3
    assert sorted(str(n) for n in notes) == sorted([
        f"{outputs['html']}: an HTML report written by factcheck, not an article: left out",
        f"{outputs['markdown']}: a Markdown report written by factcheck, not an article: left out",
        f"{outputs['json']}: a factcheck file (schema factcheck.report/1), not an article: left out"])
    r = cli("report", tmp_path, "--no-cache", "--format", "json", "--out", tmp_path / "again.json")
    assert r.exit_code == 0, r.output
    assert stderr_of(r).count("not an article: left out") == 3


# ---------------------------------------------------------------- item 6: guards and bounded work

def test_html_attribute_guard(tmp_path):
    attrs = " ".join(f'data-k{i}="v"' for i in range(formats.MAX_HTML_ATTRIBUTES + 1))
    p = tmp_path / "page.html"
    p.write_text(f"<html><body><div {attrs}><p>{SENTENCE}</p></div></body></html>", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(InputError) as exc:
        ingest.load_articles([p])
    assert time.perf_counter() - start < 10
    assert str(exc.value) == (f"{p}: an HTML <div> element has over {formats.MAX_HTML_ATTRIBUTES:,} attributes "
                              "(line 1 of the page); not a news page?")


# (divs around the paragraph inside <body>, refused?) -- libxml2 keeps 256 levels
DEPTHS = [(10, False), (253, False), (254, True), (5000, True)]


@pytest.mark.parametrize("divs,refused", DEPTHS)
def test_html_depth_guard(divs, refused):
    page = "<html><body>" + "<div>" * divs + f"<p>{SENTENCE}</p>" + "</div>" * divs + "</body></html>"
    if refused:
        with pytest.raises(InputError, match="nested over 256 levels"):
            formats.html_guard(page)
    else:
        formats.html_guard(page)


# unclosed elements whose end tag is optional, void elements and self-closed ones do not nest
FLAT_PAGES = ["<p>x" * 1000, "<li>x" * 1000, "<br>" * 1000, "<td>x" * 1000, "<span/>" * 1000,
              "<script>" + "<div>" * 1000 + "</script>", "<!--" + "<div>" * 1000 + "-->"]


@pytest.mark.parametrize("page", FLAT_PAGES, ids=range(len(FLAT_PAGES)))
def test_html_depth_guard_counts_like_a_parser(page):
    formats.html_guard(page)


def test_line_guard(tmp_path):
    p = tmp_path / "list.txt"
    most = ingest.max_lines(ingest.DEFAULT_MAX_BYTES)
    p.write_text(SENTENCE + "\n" + "x\n" * most, encoding="utf-8")
    with pytest.raises(TooLargeError) as exc:
        ingest.load_articles([p])
    assert str(exc.value).startswith(f"{p}: {most + 2:,} lines, over the {most:,}-line limit per article")
    p.write_text(SENTENCE + "\n" + "\n" * (most // 2), encoding="utf-8")   # blank lines, under the limit
    start = time.perf_counter()
    assert [a.id for a in ingest.load_articles([p])] == ["list"]
    assert time.perf_counter() - start < 30


def test_outlet_line_search_is_linear():
    text = SENTENCE + "\n" * 200_000 + "Source: Harwick Gazette\n"
    start = time.perf_counter()
    assert store.detect_outlet(text) == "Harwick Gazette"
    assert time.perf_counter() - start < 2


# ---------------------------------------------------------------- neighbour blocking

@given(st.lists(st.sampled_from("abcd"), max_size=30))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_cross_article_pairs_are_the_cross_pairs_of_combinations(articles):
    import itertools
    items = list(range(len(articles)))
    expected = [(i, j) for i, j in itertools.combinations(items, 2) if articles[i] != articles[j]]
    assert list(group.cross_article_pairs(items, articles)) == expected


def _claim(n: int, article: str, start: int, end: int, prop: str = "statement") -> Claim:
    return Claim(id=f"c{n}", article=article, start=start, end=end, quote="x" * (end - start), property=prop)


def test_one_long_article_is_not_compared_with_itself():
    """A block that one article fills yields no pair, and costs no square: 20,000 statements sharing
    a word are done in well under a second."""
    stmts = [_claim(n, "long", n * 10, n * 10 + 9).model_copy(update={"keywords": ["harbour", f"w{n}"]})
             for n in range(20_000)]
    start = time.perf_counter()
    pairs, _ = group._statement_pairs(stmts, group.Stats())
    assert pairs == {}
    assert time.perf_counter() - start < 5


# (structured spans, statement span, held?) -- a statement whose clause holds a structured claim
SPANS = [([(5, 9)], (0, 20), True), ([(5, 25)], (0, 20), False), ([(0, 20)], (0, 20), True),
         ([(21, 22)], (0, 20), False), ([], (0, 20), False), ([(3, 2)], (0, 20), True)]


@pytest.mark.parametrize("spans,stmt,held", SPANS)
def test_span_index(spans, stmt, held):
    idx = single.SpanIndex(_claim(k, "a", s, e, "count") for k, (s, e) in enumerate(spans))
    assert idx.holds_one_within("a", *stmt) == held
    assert idx.holds_one_within("b", *stmt) is False


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=20), st.integers(0, 50), st.integers(0, 50))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_span_index_is_the_scan(spans, start, end):
    idx = single.SpanIndex(_claim(k, "a", s, e, "count") for k, (s, e) in enumerate(spans))
    assert idx.holds_one_within("a", start, end) == any(start <= s and e <= end for s, e in spans)
