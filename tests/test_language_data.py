"""Every language folder loads, every section the code uses is there, a broken file is refused by name,
and a language added as data alone (the French test folder, not shipped) runs a story end to end."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lang import language as L
from factcheck.errors import LanguageDataError
from factcheck.mentions.persons import skeleton
from factcheck.lang.text import ARABIC, LATIN, OTHER, fold, script_of

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"
FRENCH_DATA = ROOT / "tests" / "data_fr"
FRENCH_STORY = ROOT / "tests" / "fr_story"   # not invented_*: those run with the shipped languages
# A typed lexicon lookup in the code: lx.lexicon(<lang>).a.b(.words|.phrases|...)
LOOKUP = re.compile(r"\blexicon\((?:lang|self\.lang|art\.language|code)\)((?:\.[a-z_]+)+)")
# Attributes of a cue list or a section that are not sections themselves.
NOT_SECTIONS = {"words", "phrases", "by_first", "firsts", "items", "get", "of"}


def used_paths() -> list[tuple[str, ...]]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for chain in LOOKUP.findall(path.read_text(encoding="utf-8")):
            parts = tuple(p for p in chain.split(".") if p)
            cut = next((k for k, p in enumerate(parts) if p in NOT_SECTIONS), len(parts))
            if parts[:cut]:
                found.add(parts[:cut])
    return sorted(found)


def resolve(lexicon: L.Lexicon, parts: tuple[str, ...]) -> object:
    node: object = lexicon
    for p in parts:
        node = getattr(node, p)   # AttributeError: the code names a section the model lacks
    return node


def test_the_code_looks_up_sections():
    paths = used_paths()
    assert len(paths) > 30 and ("events", "nouns") in paths and ("negation", "particles") in paths


@pytest.mark.parametrize("code", L.supported())
def test_every_language_loads_and_validates(code):
    lang = L.language(code)
    lang.check()
    assert lang.code == code and lang.script in (ARABIC, LATIN) and lang.direction in ("ltr", "rtl")
    assert lang.lexicon.stopwords.words


@pytest.mark.parametrize("code", L.supported())
@pytest.mark.parametrize("parts", used_paths(), ids=".".join)
def test_every_section_the_code_uses_is_present(code, parts):
    resolve(L.language(code).lexicon, parts)   # required sections are checked on load; optional ones may be None


def test_a_section_the_model_lacks_is_caught():
    with pytest.raises(AttributeError):
        resolve(L.language("en").lexicon, ("events", "nuons"))


def test_supported_languages_are_the_data_folders():
    shipped = sorted(p.name for p in (PACKAGE / "data").iterdir() if (p / "language.json").is_file())
    assert list(L.supported()) == shipped
    assert L.by_script(ARABIC) == ("ar",) and L.by_script(LATIN) == ("en",)


def _copy_language(tmp_path: Path, code: str, edit) -> Path:
    """A data root holding a copy of ``code``'s folder renamed to ``xx``, with ``edit`` applied to its
    lexicon."""
    root = tmp_path / "langs"
    shutil.copytree(PACKAGE / "data" / code, root / "xx")
    man = json.loads((root / "xx" / "language.json").read_text(encoding="utf-8"))
    (root / "xx" / "language.json").write_text(json.dumps({**man, "code": "xx"}), encoding="utf-8")
    lex = json.loads((root / "xx" / "lexicon.json").read_text(encoding="utf-8"))
    edit(lex)
    (root / "xx" / "lexicon.json").write_text(json.dumps(lex, ensure_ascii=False), encoding="utf-8")
    return root


@pytest.fixture
def data_path(monkeypatch):
    def point(root: Path) -> None:
        monkeypatch.setenv(L.DATA_PATH_ENV, str(root))
        L.reset()
    yield point
    monkeypatch.delenv(L.DATA_PATH_ENV, raising=False)
    L.reset()


@pytest.mark.parametrize("edit,key", [
    (lambda d: d.pop("events"), "events"),                                    # a missing section
    (lambda d: d["negation"].pop("particles"), "negation.particles"),         # a missing list
    (lambda d: d.__setitem__("evnets", d.pop("events")), "evnets"),           # a misspelt section
    (lambda d: d["titles"].__setitem__("heads", "chief"), "titles.heads"),    # a string, not a list
    (lambda d: d.__setitem__("noun_head", "middle"), "noun_head"),            # not an allowed value
])
def test_a_broken_lexicon_is_an_error_naming_file_and_key(tmp_path, data_path, edit, key):
    data_path(_copy_language(tmp_path, "en", edit))
    assert "xx" in L.supported()
    with pytest.raises(LanguageDataError, match=rf"xx/lexicon\.json: {re.escape(key)}\b"):
        L.language("xx").check()


def test_comments_are_not_sections(tmp_path, data_path):
    data_path(_copy_language(tmp_path, "en", lambda d: d.update({"_note": 1, "events_comment": "x"})))
    L.language("xx").check()


def test_one_language_in_two_folders_is_an_error(tmp_path, data_path):
    shutil.copytree(PACKAGE / "data" / "en", tmp_path / "en")
    data_path(tmp_path)
    with pytest.raises(LanguageDataError, match="two data folders"):
        L.supported()


# ------------------------------------------------------------------ script, not ASCII

@pytest.mark.parametrize("text,script", [
    ("Genève", LATIN), ("Zürich", LATIN), ("Łódź", LATIN), ("Kraków", LATIN), ("tide", LATIN),
    ("جنيف", ARABIC), ("في جنيف Geneva", ARABIC), ("Geneva في", LATIN), ("2024", OTHER), ("Москва", OTHER), ("", OTHER),
])
def test_script_of(text, script):
    assert script_of(text) == script


@pytest.mark.parametrize("accented,plain", [
    ("Genève", "Geneve"), ("Zürich", "Zurich"), ("Málaga", "Malaga"), ("Kraków", "Krakow"),
    ("Curaçao", "Curacao"), ("Bogotá", "Bogota"), ("Łódź", "Lodz"), ("Søndergaard", "Sondergaard"),
    ("Nuñez", "Nunez"), ("Gdańsk", "Gdansk"), ("Reykjavík", "Reykjavik"), ("Ibáñez", "Ibanez"),
])
def test_accented_latin_names_fold_and_skeleton_like_their_plain_forms(accented, plain):
    assert fold(accented) == fold(plain)
    assert skeleton(accented) == skeleton(plain)


@pytest.mark.parametrize("a,b", [
    ("Genève", "Geneva"), ("Genève", "جنيف"), ("Bogotá", "بوغوتا"), ("Zürich", "Zurich"),
])
def test_accented_names_meet_their_other_spellings(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("latin, arabic", [
    # a soft c (before e, i, y) is an s in Arabic spellings; a hard c a k
    ("Marcelo", "مارسيلو"), ("Vincent", "فنسنت"), ("Francisco", "فرانسيسكو"), ("Lucia", "لوسيا"),
    ("Carlos", "كارلوس"), ("Marc", "مارك"), ("Oscar", "أوسكار"),
])
def test_a_latin_c_meets_its_arabic_spelling(latin, arabic):
    assert skeleton(latin) == skeleton(arabic)


def test_decomposed_accents_fold_like_composed_ones():
    assert fold("Gene\u0300ve") == fold("Genève") == "geneve"


LATIN_ACCENTED = st.text(alphabet=st.sampled_from(list("aeiouncAEIOUNCéèêëàâäîïôöûüùçñÉÈÀÇÑåøłśźżąęő -")), max_size=30)


@settings(max_examples=200, deadline=None)
@given(LATIN_ACCENTED)
def test_fold_of_latin_text_is_plain_ascii_and_idempotent(s):
    f = fold(s)
    assert f.isascii() and fold(f) == f


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءأإآةىؤئ")), max_size=20))
def test_fold_leaves_arabic_letters_arabic(s):
    assert script_of(fold(s)) in (ARABIC, OTHER) and fold(fold(s)) == fold(s)


# ------------------------------------------------------------------ a language added as data

def test_french_folder_is_not_shipped():
    assert "fr" not in L.supported()


def test_french_folder_validates(data_path):
    data_path(FRENCH_DATA)
    fr = L.language("fr")
    fr.check()
    assert fr.script == LATIN and L.by_script(LATIN) == ("en", "fr")
    assert "morts" in fr.lexicon.measures["dead"].words


@pytest.mark.parametrize("text,expected", [
    ("Le maire a dit que les routes sont coupées.", "fr"),     # short: stopwords decide between two Latin languages
    ("The mayor said that the roads are cut.", "en"),
    ("قال رئيس البلدية إن الطرق مقطوعة", "ar"),
])
def test_short_text_language_by_script_then_stopwords(data_path, text, expected):
    from factcheck.lang import detect as langid
    data_path(FRENCH_DATA)
    assert langid.by_script(text) == expected


def test_french_story_runs_from_its_data_folder_alone(tmp_path):
    """The tool pointed at the French folder by FACTCHECK_DATA_PATH reads an invented French story
    and finds its clash of tolls (12 vs 19 dead); without the setting French is refused."""
    out = tmp_path / "fr.json"
    env = {**os.environ, L.DATA_PATH_ENV: str(FRENCH_DATA), "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "factcheck.cli", "report", str(FRENCH_STORY), "--no-cache", "--format", "json",
           "--out", str(out)]
    subprocess.run(cmd, check=True, env=env, capture_output=True, cwd=tmp_path)
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert {a["language"] for a in rep["articles"]} == {"fr"}
    claims = {c["id"]: c for c in rep["claims"]}
    clashes = [f for f in rep["findings"] if f["kind"] == "contradiction"]
    assert any(sorted(claims[c]["value"] for c in f["claims"]) == ["12", "19"] for f in clashes), clashes
    env.pop(L.DATA_PATH_ENV)
    refused = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tmp_path)
    assert refused.returncode != 0 and "fr: not supported" in refused.stderr
