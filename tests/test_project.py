"""The project's own invariants: the seed copy, the report schema file."""
import hashlib
import json
from pathlib import Path

from factcheck.models import Report

from conftest import ROOT, SEEDS

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_seed_copy_is_byte_identical():
    ours = sorted(SEEDS.glob("*.txt"))
    assert [p.name for p in ours] == [
        "000_3f4968280cc433b8.txt", "001_65600ba9a65811e9.txt", "002_d62206bde3da53bb.txt",
        "003_53fd142aed23886e.txt", "004_ddc587dfb9686f8d.txt"]
    if SHARED_SEEDS.is_dir():
        theirs = {p.name: _digest(p) for p in SHARED_SEEDS.glob("*.txt")}
        assert {p.name: _digest(p) for p in ours} == theirs


def test_schema_file_matches_model():
    committed = json.loads((ROOT / "factcheck" / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    generated = Report.model_json_schema(by_alias=True, mode="serialization")
    generated["$id"] = "factcheck.report/1"
    assert committed == generated
