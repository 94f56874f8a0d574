"""Encodings: UTF-8 with and without BOM, UTF-16 with BOM, Windows-1256, Windows-1252/Latin-1, CRLF.
Detected, recorded in the article, and offsets index the decoded text."""
import pytest

from factcheck.ingest import decode, load as ingest
from factcheck import pipeline
from factcheck.errors import BinaryInputError, EncodingError

from conftest import ROOT, SEEDS

STORIES = ROOT.parent / "shared" / "stories"
ARABIC = ("قال وزير الخارجية إن الاجتماع المقبل سيعقد في إسطنبول يوم الخميس، بحضور وفدين من البلدين.\n"
          "وأضاف أن الجولة السابقة عقدت في 27 فبراير الماضي واستمرت ست ساعات.\n")
FRENCH = "Le président a déclaré à Paris que l'été serait chaud ; les élèves étaient présents.\n"
ENGLISH_1252 = "He said \u201cthe dam broke\u201d \u2014 and 5,000 people are missing, officials said on Monday.\n"
ENGLISH_LATIN1 = "The minister met reporters at a café in Tripoli on Monday, officials said.\n"


@pytest.mark.parametrize("text, data, encoding", [
    (ARABIC, ARABIC.encode("utf-8"), "utf-8"),
    (ARABIC, b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig"),
    (ARABIC, ARABIC.encode("utf-16"), "utf-16-le"),  # Python writes the BOM, little-endian here
    (ARABIC, b"\xfe\xff" + ARABIC.encode("utf-16-be"), "utf-16-be"),
    (ARABIC, ARABIC.encode("cp1256"), "windows-1256"),
    (FRENCH, FRENCH.encode("cp1252"), "windows-1252"),
    (ENGLISH_1252, ENGLISH_1252.encode("cp1252"), "windows-1252"),
    (ENGLISH_LATIN1, ENGLISH_LATIN1.encode("latin-1"), "windows-1252"),
    (ARABIC.replace("\n", "\r\n"), ARABIC.replace("\n", "\r\n").encode("cp1256"), "windows-1256"),
], ids=["utf-8", "utf-8 BOM", "utf-16 LE BOM", "utf-16 BE BOM", "windows-1256", "windows-1252 French",
        "windows-1252 quotes", "latin-1", "windows-1256 CRLF"])
def test_detected_and_recorded(tmp_path, text, data, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    art = ingest.read_article(p)
    assert art.text == text  # BOM stripped, line ends kept: offsets index exactly this
    assert art.encoding == encoding


def test_windows_1256_story_reads_like_its_utf8_original(tmp_path):
    """A real Arabic story excerpt saved as Windows-1256: same text, same claims, same offsets."""
    src = STORIES / "derna_floods_2023" / "01_ghadamagazine_ar.txt"
    if not src.exists():
        pytest.skip("../shared/stories is not here")
    text = src.read_text(encoding="utf-8").encode("cp1256", errors="ignore").decode("cp1256")
    (tmp_path / "u").mkdir()
    (tmp_path / "w").mkdir()
    (tmp_path / "u" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "w" / "a.txt").write_bytes(text.encode("cp1256"))
    utf8, legacy = ingest.load_articles([tmp_path / "u"]), ingest.load_articles([tmp_path / "w"])
    assert legacy[0].text == utf8[0].text and legacy[0].encoding == "windows-1256"
    c1, c2 = pipeline.analyze(utf8).claims, pipeline.analyze(legacy).claims
    assert [(c.start, c.end, c.quote) for c in c1] == [(c.start, c.end, c.quote) for c in c2]
    assert all(legacy[0].text[c.start:c.end] == c.quote for c in c2)


def test_crlf_gives_the_same_claims(tmp_path):
    """CRLF line ends are kept in the text (offsets index it) and change no claim's quote."""
    lf, crlf = tmp_path / "lf", tmp_path / "crlf"
    lf.mkdir()
    crlf.mkdir()
    for src in sorted(SEEDS.glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        (lf / src.name).write_bytes(text.encode("utf-8"))
        (crlf / src.name).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    a, b = pipeline.report([lf]), pipeline.report([crlf])
    assert sorted(c.quote for c in a.claims) == sorted(c.quote for c in b.claims)
    assert sorted(f.kind for f in a.findings) == sorted(f.kind for f in b.findings)
    texts = {x.id: x.text for x in ingest.load_articles([crlf])}
    assert all(texts[c.article][c.start:c.end] == c.quote and "\r" not in c.quote for c in b.claims)


@pytest.mark.parametrize("data, message", [
    ("اختبار".encode("utf-8")[:-1], "truncated UTF-8: the text ends inside a character (byte 10)"),
    ("اختبار".encode("utf-8")[:-1] + b"\r\n", "truncated UTF-8: the text ends inside a character (byte 10)"),
    ("اختبار نص".encode("utf-8").replace(b"\xd8\xae", b"\xd8\x2e"), "not valid UTF-8 (byte 2; 1 bad byte sequence)"),
    (b"Caf\xe9 \xc7\xe1", "cannot decide the encoding: not UTF-8, and windows-1252 and windows-1256 read it "
                          "equally well (save it as UTF-8)"),
    (bytes(range(0x80, 0x100)) * 2, "cannot decide the encoding: not UTF-8, and windows-1256 or windows-1252 "
                                     "does not fit (save it as UTF-8)"),
    (b"\xff\xfe" + "abc".encode("utf-16-le") + b"\x00\xd8", "not valid UTF-16-LE despite its byte-order mark (byte 8)"),
], ids=["truncated", "truncated + newline", "damaged", "ambiguous", "no fit", "bad utf-16"])
def test_refused_encodings(data, message):
    with pytest.raises(EncodingError) as exc:
        decode.decode(data)
    assert str(exc.value) == message


@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
    (b"%PDF-1.7\n", "PDF document"),
    (b"PK\x03\x04rest", "ZIP archive or office document"),
    (b"text\x00with a NUL", "contains NUL bytes; UTF-16 text needs a byte-order mark"),
    (b"\x01\x02\x03\x04 some text", "4 control bytes in its first 14"),
])
def test_binary(data, kind):
    with pytest.raises(BinaryInputError) as exc:
        decode.decode(data)
    assert str(exc.value) == f"binary file, not text ({kind})"


def test_bom_only_is_an_empty_article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(Exception) as exc:
        ingest.read_article(p)
    assert str(exc.value) == f"{p}: empty article"


def test_html_meta_charset_is_used(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            f'<body><article><p>{ARABIC}</p></article></body></html>')
    p = tmp_path / "a.html"
    p.write_bytes(page.encode("cp1256"))
    art = ingest.read_article(p)
    assert art.encoding == "windows-1256"
    assert "إسطنبول" in art.text


def test_declared_charset():
    assert decode.declared_charset(b'<meta charset="UTF-8">') == "UTF-8"
    assert decode.declared_charset(b"<meta http-equiv='content-type' content='text/html; charset=iso-8859-1'>") \
        == "iso-8859-1"
    assert decode.declared_charset(b"<html><body>charset=utf-8</body>") is None
