"""The README's layout table matches the tree: every subpackage of factcheck/ and every module at its
top is named in the "## Layout" section, every path that section names exists, and every subpackage
opens with a docstring that names its stage or product."""
import ast
import re

from conftest import ROOT

PACKAGE_DIR = ROOT / "factcheck"
# Folders of factcheck/ that hold data, not code.
DATA_DIRS = {"data", "schema", "__pycache__"}


def layout_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("\n## Layout\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


def subpackages() -> list[str]:
    return sorted(p.name for p in PACKAGE_DIR.iterdir() if p.is_dir() and p.name not in DATA_DIRS)


def test_every_subpackage_and_top_module_is_in_the_layout_table():
    section = layout_section()
    missing = [f"factcheck/{d}/" for d in subpackages() if f"`factcheck/{d}/`" not in section]
    tops = sorted(p.name for p in PACKAGE_DIR.glob("*.py") if not p.name.startswith("__"))
    missing += [f"factcheck/{m}" for m in tops if f"`factcheck/{m}`" not in section and f"`{m}`" not in section]
    assert not missing, f"README ## Layout does not name: {missing}"


def test_every_path_the_layout_table_names_exists():
    named = re.findall(r"`(factcheck/[\w/]+(?:\.py)?/?)`", layout_section())
    assert named
    assert [n for n in named if not (ROOT / n).exists()] == []


def test_every_subpackage_opens_with_a_docstring():
    for d in subpackages():
        doc = ast.get_docstring(ast.parse((PACKAGE_DIR / d / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc.split()) >= 5, f"factcheck/{d}/__init__.py: no docstring naming its stage"
