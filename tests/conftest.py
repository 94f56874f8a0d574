from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def seeds_report():
    from factcheck import pipeline
    return pipeline.report([SEEDS])


@pytest.fixture(scope="session")
def seeds_report_json(seeds_report, tmp_path_factory):
    path = tmp_path_factory.mktemp("rep") / "seeds.json"
    path.write_text(seeds_report.to_json(), encoding="utf-8")
    return path


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p
