"""Every section of the language data the code looks up is there, in every language.

A dotted path such as ``word_set(lang, "events.nouns")`` that is misspelt, or missing from one
language's lexicon, reads as an empty set: nothing fails, the cue is silently never found. This test
reads the code for the paths it uses and checks each one is present (a list, even an empty one, or
a section) in every supported language's ``data/<lang>.lexicon.json``."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck import lang as langdata
from factcheck import lexicon as lx

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
# a lexicon lookup with a literal dotted path: word_set(lang, "a.b"), cues(...), find_cues(toks, lang, "a.b")
LOOKUP = re.compile(r"\b(?:word_set|cues|cues_by_first|find_cues)\((?:[^(),]*,\s*)?"
                    r"(?:lang|self\.lang|art\.language)\s*,\s*\"([a-z_][a-z_.]*)\"")


def used_paths() -> list[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        found.update(LOOKUP.findall(path.read_text(encoding="utf-8")))
    return sorted(found)


def test_the_code_looks_up_sections():
    paths = used_paths()
    assert len(paths) > 30 and "events.nouns" in paths and "negation.particles" in paths


@pytest.mark.parametrize("lang", langdata.supported())
@pytest.mark.parametrize("path", used_paths())
def test_every_section_the_code_uses_is_present(lang, path):
    node = lx.lexicon(lang)
    for part in path.split("."):
        assert isinstance(node, dict) and part in node, f"{lang}.lexicon.json has no section {path!r}"
        node = node[part]
    assert isinstance(node, (list, dict)), f"{lang}.lexicon.json: {path!r} is not a list or a section"
