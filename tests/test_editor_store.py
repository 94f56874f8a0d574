"""The claim base: extract writes readable, validated, byte-stable files; reviews survive
re-extraction; broken files are reported with file and line and never overwritten."""
import hashlib
import json

import pytest

from factcheck.claimbase import jsonfile, reviews as review, store
from factcheck.errors import ClaimBaseError
from factcheck.models import ArticleClaims, StoryFindings

from conftest import SEEDS, write
from editor_support import STORY_A, STORY_B, build_seeds_base, cli


@pytest.fixture(scope="module")
def seeds_base_master(seeds_report, tmp_path_factory):
    return build_seeds_base(tmp_path_factory.mktemp("base") / "claims", seeds_report)


def _snapshot(root):
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_layout_and_schema_versions(seeds_base_master):
    root = seeds_base_master
    arts = sorted(p.name for p in (root / "articles").iterdir())
    assert arts == [p.stem + ".json" for p in sorted(SEEDS.glob("*.txt"))]
    assert [p.name for p in (root / "stories").iterdir()] == ["seeds.json"]
    for p in (root / "articles").iterdir():
        assert json.loads(p.read_text(encoding="utf-8"))["schema"] == "factcheck.claims.article/1"
    assert json.loads((root / "stories" / "seeds.json").read_text(encoding="utf-8"))["schema"] == "factcheck.claims.story/1"


def test_claims_match_the_report_and_spans_index_the_text(seeds_base_master, seeds_report):
    base = store.load(seeds_base_master)
    assert set(base.claims) == {c.id for c in seeds_report.claims}
    assert set(base.findings) == {f.id for f in seeds_report.findings}
    for art in base.articles.values():
        text = (SEEDS / f"{art.article.id}.txt").read_text(encoding="utf-8").lstrip("\ufeff")
        assert art.article.sha256 == hashlib.sha256(text.encode()).hexdigest()
        assert art.article.chars == len(text)
        for p in art.paragraphs:
            assert text[p.start:p.end] == p.text
        for c in art.claims:
            assert text[c.start:c.end] == c.quote
            para, s, e = base.context(c)
            assert para[s:e] == c.quote


def test_outlet_from_a_source_line(seeds_base_master):
    base = store.load(seeds_base_master)
    assert base.record("003_53fd142aed23886e").outlet == "الشرق"
    assert store.detect_outlet("text\nSource: Reuters\n") == "Reuters"
    assert store.detect_outlet("no outlet here") is None


def test_extract_twice_is_byte_identical(tmp_path):
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    root = tmp_path / "claims"
    r1 = cli("extract", a, b, "--claims", root, "--story", "talks")
    assert r1.exit_code == 0, r1.output
    assert r1.output.startswith(f"{root}: story 'talks': 2 articles, ")
    assert "3 files written, 0 unchanged" in r1.output
    before = _snapshot(root)
    r2 = cli("extract", a, b, "--claims", root, "--story", "talks")
    assert r2.exit_code == 0, r2.output
    assert "0 files written, 3 unchanged" in r2.output
    assert _snapshot(root) == before


def test_default_story_name(tmp_path):
    assert store.default_story([SEEDS]) == "seeds"
    assert store.default_story([tmp_path / "x.txt"]) == "x"
    assert store.default_story([SEEDS, SEEDS]) == "story"


def test_bad_story_name(tmp_path):
    a = write(tmp_path, "a.txt", STORY_A)
    r = cli("extract", a, "--claims", tmp_path / "claims", "--story", "../evil")
    assert r.exit_code == 2
    assert r.output == "error: bad story name '../evil' (letters, digits, '_', '-', '.'; not starting with '.')\n"


def test_missing_base(tmp_path):
    root = tmp_path / "nothing"
    r = cli("review", "list", "--claims", root)
    assert r.exit_code == 2
    assert r.output == f"error: {root}: no claim base here (run: factcheck extract ARTICLES --claims {root})\n"


def test_reviews_survive_reextraction_and_orphans_are_kept(tmp_path):
    a = write(tmp_path, "a.txt", STORY_A)
    root = tmp_path / "claims"
    assert cli("extract", a, "--claims", root).exit_code == 0
    base = store.load(root)
    place = next(c for c in base.claims.values() if c.property == "place")
    leads = next(c for c in base.claims.values() if c.property == "leads")
    review.set_state(root, place.id, "confirmed", "alice")
    review.set_state(root, leads.id, "confirmed", "alice")
    # a corrected version: the talks were in Ankara (the place claim changes; every later span moves)
    write(tmp_path, "a.txt", STORY_A.replace("Istanbul", "Ankara"))
    r = cli("extract", a, "--claims", root)
    assert r.exit_code == 0, r.output
    assert "1 orphaned review(s)" in r.output
    base = store.load(root)
    assert place.id not in base.claims and leads.id not in base.claims
    moved = next(c for c in base.claims.values() if c.property == "leads")
    assert (moved.quote, moved.start) == (leads.quote, leads.start - 2)
    reviews = review.Reviews.load(root)
    assert reviews.state(moved.id) == "confirmed"
    carried = reviews.last(moved.id)
    assert (carried.by, carried.moved_from, carried.previous) == ("factcheck extract", leads.id, "unreviewed")
    assert carried.note == f"carried over from {leads.id}: same text and normalized content, new span"
    assert [r.by for r in reviews.by_id[moved.id]] == ["alice", "factcheck extract"]
    assert [o.id for o in reviews.orphans(set(base.claims) | set(base.findings))] == [place.id]
    listing = cli("review", "list", "--claims", root)
    assert listing.exit_code == 0
    orphan_part = listing.output.split("Orphaned reviews (1)")[1]
    assert place.id in orphan_part and "round of talks in Istanbul" in orphan_part
    shown = cli("review", "show", place.id, "--claims", root)
    assert shown.exit_code == 0
    assert f"claim {place.id}  ORPHANED: no longer in the claim base {root}" in shown.output


def _line_of(path, needle):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_corrupt_claim_file_named_with_line_and_never_overwritten(tmp_path, seeds_base_master):
    import shutil
    root = shutil.copytree(seeds_base_master, tmp_path / "claims")
    path = root / "articles" / "003_53fd142aed23886e.json"
    text = path.read_text(encoding="utf-8")
    first_start = _line_of(path, '"start": ')
    lines = text.split("\n")
    lines[first_start - 1] = lines[first_start - 1].replace('"start": ', '"start": "x', 1)  # unterminated string
    broken = "\n".join(lines)
    path.write_text(broken, encoding="utf-8")
    claim_id = json.loads((root / "articles" / "000_3f4968280cc433b8.json").read_text(encoding="utf-8"))["claims"][0]["id"]
    r = cli("review", "set", claim_id, "--state", "confirmed", "--by", "alice", "--claims", root)
    assert r.exit_code == 2
    assert r.output.startswith(f"error: {path}:{first_start}: invalid JSON (")
    assert r.output.count("\n") == 1
    r = cli("extract", SEEDS / "003_53fd142aed23886e.txt", "--claims", root)
    assert r.exit_code == 2
    assert r.output.startswith(f"error: {path}:{first_start}: invalid JSON (")
    assert path.read_text(encoding="utf-8") == broken
    assert not (root / "reviews.jsonl").exists()


def test_schema_error_names_the_line_of_the_value(tmp_path, seeds_base_master):
    import shutil
    root = shutil.copytree(seeds_base_master, tmp_path / "claims")
    path = root / "articles" / "004_ddc587dfb9686f8d.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"][2]["end"] = "late"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    line = [n for n, l in enumerate(lines, 1) if l.strip() == '"end": "late",'][0]
    r = cli("review", "list", "--claims", root)
    assert r.exit_code == 2
    assert r.output == (f"error: {path}:{line}: claims[2].end: Input should be a valid integer, "
                        "unable to parse string as an integer\n")


def test_wrong_schema_version(tmp_path, seeds_base_master):
    import shutil
    root = shutil.copytree(seeds_base_master, tmp_path / "claims")
    path = root / "stories" / "seeds.json"
    path.write_text(path.read_text(encoding="utf-8").replace("factcheck.claims.story/1", "factcheck.claims.story/9"),
                    encoding="utf-8")
    with pytest.raises(ClaimBaseError) as exc:
        store.load(root)
    assert str(exc.value) == f"{path}:2: schema is 'factcheck.claims.story/9', expected 'factcheck.claims.story/1'"


def test_article_file_name_must_match_its_id(tmp_path, seeds_base_master):
    import shutil
    root = shutil.copytree(seeds_base_master, tmp_path / "claims")
    src = root / "articles" / "002_d62206bde3da53bb.json"
    src.rename(root / "articles" / "renamed.json")
    with pytest.raises(ClaimBaseError) as exc:
        store.load(root)
    assert str(exc.value) == (f"{root / 'articles' / 'renamed.json'}:4: article id '002_d62206bde3da53bb' "
                              "does not match the file name")


def test_models_read_back(seeds_base_master):
    p = seeds_base_master / "articles" / "000_3f4968280cc433b8.json"
    art = jsonfile.read_model(p, ArticleClaims)
    assert art.to_json() == p.read_text(encoding="utf-8")
    s = seeds_base_master / "stories" / "seeds.json"
    assert jsonfile.read_model(s, StoryFindings).to_json() == s.read_text(encoding="utf-8")
