"""Sentence ends (ingest.clauses.sentences): a full stop ends a sentence, except that of an
abbreviation inside one (an initial, a title before a name, a word before a number, any stop before
a word in lower case). Invented sentences."""
import pytest

from factcheck.ingest.clauses import sentences
from factcheck.lang import lexicon as lx


def split(text: str, lang: str = "en") -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text), lang)]


@pytest.mark.parametrize("text, expected", [
    ("The bus hit St. Anne's school. Two pupils were hurt.", ["The bus hit St. Anne's school.", "Two pupils were hurt."]),
    ("Dr. Lena Moss treated them. She said so.", ["Dr. Lena Moss treated them.", "She said so."]),
    ("The ferry left at 6 a.m. on Monday. It sank.", ["The ferry left at 6 a.m. on Monday.", "It sank."]),
    ("Gen. Omar Sadi arrived. Talks began.", ["Gen. Omar Sadi arrived.", "Talks began."]),
    ("Staff of K.R. Menon Hospital fled. Nobody died.", ["Staff of K.R. Menon Hospital fled.", "Nobody died."]),
    ("U.S. envoys met Sen. Ruth Lake. They agreed.", ["U.S. envoys met Sen. Ruth Lake.", "They agreed."]),
    ("Gate No. 4 was shut. Fans waited.", ["Gate No. 4 was shut.", "Fans waited."]),
    # ordinary ends stay ends
    ("The toll rose to 12. Rescuers searched all night.", ["The toll rose to 12.", "Rescuers searched all night."]),
    ("It happened in the morning. Police came.", ["It happened in the morning.", "Police came."]),
])
def test_english_sentence_ends(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قال المتحدث إن 12 شخصا قتلوا. وأضاف أن البحث مستمر.", ["قال المتحدث إن 12 شخصا قتلوا.", "وأضاف أن البحث مستمر."]),
])
def test_arabic_sentence_ends(text, expected):
    assert split(text, "ar") == expected


def test_without_a_language_every_full_stop_ends_a_sentence():
    assert split("Dr. Lena Moss came.", None) == ["Dr.", "Lena Moss came."]


def test_abbreviation_lists_are_generated_lower_case_words():
    for lang in ("en", "ar"):
        lexicon = lx.lexicon(lang)
        for word in lexicon.name_abbreviations + lexicon.number_abbreviations:
            assert word.isalpha() and word == word.lower()
    assert {"dr", "gen", "sen", "st"} <= set(lx.lexicon("en").name_abbreviations)


def test_shipped_lists_are_what_the_tool_writes():
    """tools/build_abbreviations.py --check (skipped without pysbd)."""
    import subprocess
    import sys
    from pathlib import Path
    pytest.importorskip("pysbd")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, str(root / "tools" / "build_abbreviations.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
