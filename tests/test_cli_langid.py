"""Languages the tool has no data for are refused (issue 16, item 4): exact messages, exit codes, the
short-text rule and mixed Arabic/English articles. Every text here is invented."""
import json

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.lang import data as lang, detect as langid
from factcheck.errors import InputError, UnsupportedLanguageError

from conftest import write
from editor_support import cli

SUPPORTED = "ar, en"

# (language, an invented paragraph of 150+ letters in it)
FOREIGN = [
    ("fr", "Le conseil municipal de Lorval a voté mardi soir une hausse de quatre pour cent du budget des "
           "bibliothèques. Selon la maire, deux nouvelles salles de lecture ouvriront au printemps prochain."),
    ("es", "El ayuntamiento de Villaseca aprobó el jueves un aumento del presupuesto para los parques de la "
           "ciudad. Según la alcaldesa, las obras de los nuevos jardines empezarán a finales de septiembre."),
    ("de", "Der Gemeinderat von Hollstedt hat am Donnerstag den Bau einer neuen Schwimmhalle beschlossen. "
           "Nach Angaben der Bürgermeisterin soll die Halle im kommenden Winter eröffnet werden."),
    ("pt", "A câmara municipal de Vale Fundo aprovou na quinta-feira um aumento do orçamento para as escolas "
           "da cidade. Segundo o presidente da câmara, as obras começam no final de setembro."),
    ("fa", "شورای شهر دشتکان روز پنجشنبه ساخت یک کتابخانه تازه را تصویب کرد. به گفته شهردار، این کتابخانه "
           "در زمستان آینده با دو سالن مطالعه و یک بخش کودکان گشایش می‌یابد."),
]
ENGLISH = ("The town council of Marrowby voted on Thursday to build a new public library. The mayor said the "
           "library would open next winter with two reading rooms and a section for children.")
ARABIC = ("صوت مجلس بلدية المرجان يوم الخميس على بناء مكتبة عامة جديدة. وقال رئيس البلدية إن المكتبة ستفتح "
          "أبوابها في الشتاء المقبل وتضم قاعتين للمطالعة وجناحا للأطفال.")


@pytest.mark.parametrize("lang,text", FOREIGN)
def test_foreign_article_is_refused_naming_file_and_language(tmp_path, lang, text):
    p = write(tmp_path, f"{lang}.txt", text)
    r = cli("report", p, "--no-cache")
    assert r.exit_code == 2
    assert r.output == f"error: {p}: {lang}: not supported; supported: {SUPPORTED}\n"


def test_skip_invalid_skips_a_foreign_article(tmp_path):
    fr = write(tmp_path, "fr.txt", FOREIGN[0][1])
    write(tmp_path, "en.txt", ENGLISH)
    r = cli("report", tmp_path, "--skip-invalid", "--no-cache", "--format", "json")
    assert r.exit_code == 0, r.output
    assert f"skipped: {fr}: fr: not supported; supported: {SUPPORTED}\n" in r.output
    assert [a["id"] for a in json.loads(r.stdout)["articles"]] == ["en"]


def test_foreign_record_names_its_line(tmp_path):
    p = write(tmp_path, "feed.jsonl", json.dumps({"id": "x1", "text": FOREIGN[1][1]}) + "\n")
    r = cli("report", p, "--no-cache")
    assert r.exit_code == 2
    assert r.output == f"error: {p}: line 1: es: not supported; supported: {SUPPORTED}\n"


def test_extract_refuses_too(tmp_path):
    p = write(tmp_path, "de.txt", FOREIGN[2][1])
    r = cli("extract", p, "--claims", tmp_path / "claims")
    assert r.exit_code == 2
    assert r.output == f"error: {p}: de: not supported; supported: {SUPPORTED}\n"


@pytest.mark.parametrize("name,text", [
    ("headline_fr", "Lorval : la mairie ouvre deux bibliothèques"),               # a short French headline
    ("headline_en", "Marrowby council backs new library"),
    ("english", ENGLISH),
    ("arabic", ARABIC),
    ("mixed_ar_en", ARABIC + "\n\n" + ENGLISH),                                     # both supported languages
    ("mixed_en_ar", ENGLISH + "\n\n" + ENGLISH + "\n\n" + ARABIC),
])
def test_accepted(tmp_path, name, text):
    p = write(tmp_path, f"{name}.txt", text)
    r = cli("report", p, "--no-cache", "--format", "json")
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("text,by_script,language,rule_start", [
    ("Lorval : la mairie ouvre deux bibliothèques", "en", "en", "script ("),      # too short to judge
    (ENGLISH, "en", "en", "script (py3langid: en"),
    (ARABIC, "ar", "ar", "script (py3langid: ar"),
    (ARABIC + "\n" + ENGLISH, "ar", "ar", "script (py3langid: "),
])
def test_decide_names_its_rule(text, by_script, language, rule_start):
    got = langid.decide(text, by_script)
    assert got.language == language
    assert got.rule.startswith(rule_start)


def test_supported_comes_from_the_data_files():
    from importlib import resources
    names = [p.name for p in resources.files("factcheck.data").iterdir() if p.joinpath("language.json").is_file()]
    assert lang.supported() == tuple(sorted(names))
    assert lang.supported() == ("ar", "en")


def test_arabic_varieties_fold_into_arabic():
    assert langid.macrolanguages()["arz"] == "ar" and langid.macrolanguages()["ary"] == "ar"


def test_refusal_is_an_input_error():
    with pytest.raises(UnsupportedLanguageError) as exc:
        langid.decide(FOREIGN[0][1], "en")
    assert isinstance(exc.value, InputError)
    assert str(exc.value) == f"fr: not supported; supported: {SUPPORTED}"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "Zs", "P", "N")), max_size=300),
       st.sampled_from(["ar", "en"]))
def test_short_texts_are_never_refused(text, by_script):
    """Below MIN_LETTERS letters nothing is refused and the script's answer stands."""
    while langid.letters(text) >= langid.MIN_LETTERS:
        text = text[:-1]
    assert langid.decide(text, by_script).language == by_script
