"""Role synonyms within and across languages: one row per title phrase -> its office key and domains
(through the bilingual office lexicon, tools/build_offices.py), and one row per pair of titles of one
person -> agree / contradict / unrelated. Invented names, places and bodies."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract.events import EventRef
from factcheck.kinds import Context, role
from factcheck.lang import lexicon as lx
from factcheck.mentions.offices import fold_word, office_of
from factcheck.mentions.persons import NameRegistry, TitleParser
from factcheck.models import Claim


def read_title(text, lang):
    """(office keys, domain keys, past?) of the first title of ``text`` with a name beside it."""
    reg = NameRegistry()
    p = TitleParser(lang)
    toks = lx.tokenize(text, lang)
    p.parse(text, toks, reg)
    [r, *_] = p.parse(text, toks, reg)
    o = office_of(r.head, r.portfolio)
    return o.office, set(o.domains), bool(o.modifiers & {fold_word(w, lang) for w in ("former", "السابق")})


@pytest.mark.parametrize("lang, text, office, domains", [
    ("en", "Transport Minister Elena Varga opened the road.", ("minister",), {"transport"}),
    ("en", "Elena Varga, the minister of transport, opened the road.", ("minister",), {"transport"}),
    ("en", "Police chief Anders Lund spoke on Monday.", ("head",), {"police"}),
    ("en", "Anders Lund, the head of police, spoke on Monday.", ("head",), {"police"}),
    ("en", "Mayor Tomas Rell closed the market.", ("mayor",), set()),
    ("en", "Governor Tomas Rell closed the market.", ("governor",), set()),
    ("en", "Chairman Ivo Markan resigned.", ("head",), set()),
    ("en", "Ivo Markan, the leader of the Rowing Union, resigned.", ("head",), set()),
    ("en", "Prime Minister Sara Olin arrived.", ("prime_minister",), set()),
    ("en", "Defence Minister Karl Ost arrived.", ("minister",), {"defence"}),
    ("en", "Chief executive Nora Dahl signed the deal.", ("chief_executive",), set()),
    ("ar", "وأعلن المدرب ماركو فيدال تشكيلة الفريق", ("coach",), set()),
    ("ar", "ووقع الرئيس التنفيذي نورا دال الاتفاق", ("chief_executive",), set()),
    ("ar", "وقالت وزيرة النقل إيلينا فارغا إن الطريق مفتوح", ("minister",), {"transport"}),
    ("ar", "وقال وزير النقل السابق كريم ناصر إن الطريق مفتوح", ("minister",), {"transport"}),
    ("ar", "وقال رئيس البلدية توماس ريل إن السوق مغلق", ("mayor",), set()),
    ("ar", "وقال محافظ الإقليم كريم ناصر إن السوق مغلق", ("governor",), set()),
    ("ar", "وقال والي الولاية كريم ناصر إن السوق مغلق", ("governor",), set()),
    ("ar", "وصل رئيس الوزراء سامر خليل إلى المدينة", ("prime_minister",), set()),
    ("ar", "وقال وزير الصحة رامي سعيد إن المستشفى مفتوح", ("minister",), {"health"}),
    ("ar", "وقال المتحدث باسم وزارة الداخلية، رامي سعيد، إن التحقيق مستمر", ("spokesperson",), {"interior"}),
])
def test_a_title_reads_as_office_and_domain(lang, text, office, domains):
    got_office, got_domains, _ = read_title(text, lang)
    assert (got_office, got_domains) == (office, domains)


@pytest.mark.parametrize("lang, text, past", [
    ("ar", "وقال وزير النقل السابق كريم ناصر إن الطريق مفتوح", True),   # "و" of "وزير" is no conjunction
    ("ar", "وقال وزير النقل كريم ناصر إن الطريق مفتوح", False),
    ("en", "Former transport minister Karl Ost spoke.", True),
])
def test_a_former_title_is_marked(lang, text, past):
    assert read_title(text, lang)[2] is past


@pytest.mark.parametrize("form, folded", [
    ("وزير", "وزير"), ("ووزير", "وزير"), ("الوزراء", "وزراء"), ("والي", "والي"), ("والنقل", "نقل"),
])
def test_folding_keeps_a_known_title_word(form, folded):
    assert fold_word(form, "ar") == folded


def _role(cid, value, subject="vrg"):
    return Claim(id=cid, article=cid, start=0, end=1, quote="q", property="role", value=value, subject=subject)


CTX = Context(EventRef.parse("main:this"), EventRef.parse("main:this"), True, "compatible event")


@pytest.mark.parametrize("va, vb, kind", [
    # one office written two ways, within and across languages
    ("transport minister|||", "minister|||transport", "agree"),
    ("transport minister|||", "وزيره نقل|||", "agree"),
    ("minister|||transport", "وزير نقل سابق|||", "agree"),               # a former title fits the bare one
    ("police chief|||", "head|||police", "agree"),
    ("mayor|||", "رييس بلديه|||", "agree"),
    ("chairman|||nordic rowing union", "leader|||nru", "agree"),           # a body and its acronym
    ("supreme court president|||", "head|||supreme council", "agree"),   # one body, two names sharing a word
    ("prime minister|TH||", "رييس وزراء|TH||", "agree"),
    ("premier|||", "رييس حكومه|||", "agree"),
    ("chief executive|||", "رييس تنفيذي|||", "agree"),
    ("chief executive|||", "chairman|||", "unrelated"),                   # two offices of one company
    # a wrong title is a clash
    ("mayor|||", "governor|||", "contradict"),
    ("رييس بلديه|||", "محافظ|||", "contradict"),
    ("health minister|||", "minister|||finance", "contradict"),           # two portfolios
    ("vice president|||", "president|||", "contradict"),                  # the office and its deputy
    ("نايب وزير نقل|||", "minister|||", "contradict"),
    ("وزير صحه|||", "minister|||finance", "contradict"),
    # no clash
    ("former mayor|||", "governor|||", "unrelated"),                      # the mayor then, the governor now
    ("rowing federation head|||", "chess union head|||", "unrelated"),    # a person may head two bodies
    ("head|||rowing federation", "head|||chess union", "contradict"),     # ... but two written portfolios clash
    ("mayor|||", "ambassador|||", "unrelated"),
    # two posts of one company's executive
    ("chief executive|||", "chief financial officer|||", "contradict"),
    ("kestrel chief executive|||", "chief financial officer|||", "contradict"),
    ("chief operating officer|||", "cto|||", "contradict"),
    ("مدير مالي|||", "رييس تنفيذي|||", "contradict"),
    ("cfo|||", "finance director|||", "agree"),
    ("chief financial officer|||", "مدير مالي|||", "agree"),
    ("chief executive officer|||", "ceo|||", "agree"),
])
def test_two_titles_of_one_person(va, vb, kind):
    assert role.judge(_role("a", va), _role("b", vb), CTX).kind == kind
    assert role.judge(_role("b", vb), _role("a", va), CTX).kind == kind


@pytest.mark.parametrize("va, vb", [("mayor|||", "governor|||"), ("health minister|||", "minister|||finance")])
def test_two_peoples_titles_never_clash(va, vb):
    assert role.judge(_role("a", va), _role("b", vb, subject="other"), CTX).kind == "unrelated"


TITLES = ["mayor|||", "governor|||", "former mayor|||", "رييس بلديه|||", "محافظ|||", "transport minister|||",
          "minister|||transport", "وزير نقل سابق|||", "health minister|||", "minister|||finance", "police chief|||",
          "head|||police", "chairman|||nordic rowing union", "leader|||nru", "head|||chess union",
          "prime minister|||", "interim president|||", "president|||", "vice president|||", "ambassador|US|FR|", "سفير|US|DE|",
          "chief executive|||", "chief financial officer|||", "cfo|||", "مدير مالي|||"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(TITLES), st.sampled_from(TITLES))
def test_judging_two_titles_is_symmetric(va, vb):
    assert role.judge(_role("a", va), _role("b", vb), CTX).kind == role.judge(_role("b", vb), _role("a", va), CTX).kind


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TITLES))
def test_a_title_agrees_with_itself(v):
    assert role.judge(_role("a", v), _role("b", v), CTX).kind == "agree"


def test_invented_mixed_story_titles():
    """A crane collapse told by two English and one Arabic source: one minister written three ways
    agrees across languages; the mayor (en, ar) is called the governor by one source: a clash."""
    from factcheck import pipeline
    from factcheck.models import Article
    texts = {
        "h1": ("en", "A crane collapsed at the port of Velmora on Sunday, injuring nine workers.\n\n"
                     "Transport Minister Elena Varga said the crane had passed an inspection in March.\n\n"
                     "Mayor Tomas Rell said the port would stay closed until Wednesday."),
        "h2": ("en", "Nine workers were hurt on Sunday when a crane fell at the port of Velmora.\n\n"
                     "Elena Varga, the minister of transport, said the crane was inspected in March.\n\n"
                     "The governor Tomas Rell said the port would reopen on Wednesday."),
        "h3": ("ar", "انهارت رافعة في ميناء فيلمورا يوم الأحد ما أدى إلى إصابة تسعة عمال.\n\n"
                     "وقالت وزيرة النقل إيلينا فارغا إن الرافعة خضعت للفحص في مارس.\n\n"
                     "وقال رئيس البلدية توماس ريل إن الميناء سيبقى مغلقا حتى الأربعاء."),
    }
    rep = pipeline.analyze([Article(id=k, path=f"{k}.txt", language=lang, text=t) for k, (lang, t) in texts.items()])
    by_id = {c.id: c for c in rep.claims}
    roles = [f for f in rep.findings if f.property == "role"]
    minister = [f for f in roles if f.kind == "agreement" and "Elena" in by_id[f.claims[0]].quote + by_id[f.claims[-1]].quote]
    assert minister and {by_id[c].article for c in minister[0].claims} == {"h1", "h2", "h3"}
    [clash] = [f for f in roles if f.kind == "contradiction"]
    sides = [{by_id[c].article for c in s.claims} for s in clash.sides]
    assert sorted(sides, key=len) == [{"h2"}, {"h1", "h3"}]
    assert "different office" in clash.reason and "mayor" in clash.reason and "governor" in clash.reason
