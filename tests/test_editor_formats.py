"""Round-trip property tests of every claim-base file format (hypothesis): article files, story
files, the review history (JSON Lines), the check result; and the line locator of error messages."""
import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claimbase import jsonfile
from factcheck.models import (REVIEW_STATES, ArticleClaims, ArticleInfo, ArticleRecord, CheckItem, CheckResult, Claim,
                              Finding, Paragraph, Review, Side, Signal, StoryFindings)

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
ident = st.text(alphabet="abcdef0123456789_", min_size=1, max_size=14)
opt = lambda s: st.none() | s  # noqa: E731
floats = st.floats(allow_nan=False, allow_infinity=False)
offsets = st.integers(min_value=0, max_value=10**7)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

signals = st.builds(Signal, field=text, rule=text, text=text, start=opt(offsets), end=opt(offsets))
claims = st.builds(
    Claim, id=ident, article=ident, start=offsets, end=offsets, quote=text, subject=opt(text), subject_label=opt(text),
    property=text, value=opt(text), value_low=opt(floats), value_high=opt(floats), qualifier=opt(text),
    polarity=st.sampled_from(["positive", "negative"]),
    modality=st.sampled_from(["asserted", "expected", "planned", "possible", "reported"]),
    attribution=opt(text), event=opt(text), entities=st.lists(text, max_size=3), keywords=st.lists(text, max_size=3),
    signals=st.lists(signals, max_size=3))
findings = st.builds(
    Finding, id=ident, kind=st.sampled_from(["agreement", "contradiction", "unsupported"]),
    claims=st.lists(ident, max_size=4), sides=st.lists(st.builds(Side, value=text, claims=st.lists(ident, max_size=3)),
                                                       max_size=3),
    reason=text, confidence=st.floats(min_value=0, max_value=1), property=opt(text), subject=opt(text), event=opt(text))
records = st.builds(ArticleRecord, id=ident, path=text, published=opt(st.dates()), language=st.sampled_from(["ar", "en"]),
                    outlet=opt(text), sha256=ident, chars=offsets)
article_files = st.builds(ArticleClaims, article=records,
                          paragraphs=st.lists(st.builds(Paragraph, start=offsets, end=offsets, text=text), max_size=3),
                          claims=st.lists(claims, max_size=4))
story_files = st.builds(StoryFindings, story=ident, articles=st.lists(ident, max_size=4),
                        findings=st.lists(findings, max_size=4), events=st.dictionaries(text, text, max_size=3))
times = st.datetimes(min_value=dt.datetime(1970, 1, 2), max_value=dt.datetime(9998, 12, 31),
                     timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=3)),
                                                dt.timezone(dt.timedelta(hours=-5, minutes=-30))]))
states = st.sampled_from(REVIEW_STATES)
reviews = st.builds(Review, id=ident, target=st.sampled_from(["claim", "finding"]), state=states, previous=states,
                    by=text.filter(str.strip), at=times, note=text, article=opt(ident), quote=opt(text),
                    moved_from=opt(ident))
infos = st.builds(ArticleInfo, id=ident, path=text, published=opt(st.dates()), language=st.sampled_from(["ar", "en"]))
items = st.builds(CheckItem, section=st.sampled_from(["contradicts-confirmed", "contradicts-unreviewed",
                                                      "contradicts-false", "agreement", "unsupported"]),
                  finding=findings, new_claims=st.lists(ident, max_size=3), base_claims=st.lists(ident, max_size=3),
                  states=st.dictionaries(ident, states, max_size=3))
check_results = st.builds(CheckResult, against=text, fail_on=st.sampled_from(["confirmed", "contradiction", "never"]),
                          articles=st.lists(infos, max_size=3), known=st.lists(ident, max_size=2),
                          claims=st.lists(claims, max_size=3), items=st.lists(items, max_size=3),
                          exit_code=st.sampled_from([0, 1]))


@FAST
@given(article_files)
def test_article_file_round_trip(tmp_path_factory, art):
    path = tmp_path_factory.mktemp("f") / "a.json"
    path.write_text(art.to_json(), encoding="utf-8")
    back = jsonfile.read_model(path, ArticleClaims)
    assert back == art
    assert back.to_json() == art.to_json()


@FAST
@given(story_files)
def test_story_file_round_trip(tmp_path_factory, story):
    path = tmp_path_factory.mktemp("f") / "s.json"
    path.write_text(story.to_json(), encoding="utf-8")
    back = jsonfile.read_model(path, StoryFindings)
    assert back == story and back.to_json() == story.to_json()


@FAST
@given(st.lists(reviews, max_size=8), st.lists(st.integers(min_value=0, max_value=8), max_size=3))
def test_review_history_round_trip(tmp_path_factory, revs, blanks):
    lines = [r.to_line() for r in revs]
    for k in blanks:  # blank lines are allowed anywhere
        lines.insert(min(k, len(lines)), "\n")
    path = tmp_path_factory.mktemp("f") / "reviews.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    back = jsonfile.read_lines(path, Review)
    assert back == revs
    assert all(r.at.utcoffset() == dt.timedelta(0) for r in back)
    assert all(r.to_line().count("\n") == 1 for r in back)  # one review, one line, whatever the note holds


@FAST
@given(check_results)
def test_check_result_round_trip(result):
    assert CheckResult.model_validate_json(result.to_json()) == result


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | floats | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4), max_leaves=20)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, path + (i,))


def _replace(value, path, marker):
    if not path:
        return marker
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replace(value[path[0]], path[1:], marker)
    return copy


@settings(max_examples=150, deadline=None)
@given(json_values, st.sampled_from([None, 2]))
def test_line_of_points_at_the_value(value, indent):
    """Oracle: what json.dumps writes before a value does not depend on the value, so the line of a
    marker put in its place is the value's line."""
    text_ = json.dumps(value, indent=indent, ensure_ascii=False)
    marker = "\u2063MARKER\u2063"
    for path in _paths(value):
        marked = json.dumps(_replace(value, path, marker), indent=indent, ensure_ascii=False)
        expected = marked[: marked.index(json.dumps(marker, ensure_ascii=False))].count("\n") + 1
        assert jsonfile.line_of(text_, path) == expected
