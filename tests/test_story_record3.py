"""An invented marathon world record (other runners, cities and times than any real story), told by two
English outlets and an Arabic one: the runner's earlier win in another city months before ("had won in
Rotterdam in April in 2:01:45") is another occasion and does not make that city the story's place (it
had set the new record's time in Toronto apart as another event's); the old record, set "last year" /
"in 2030" / "العام الماضي", is one mark in every outlet; the margin "27 seconds off" / "بفارق 27 ثانية"
clashes with "28 seconds inside the old mark"; the age 22 clashes with 23."""
import datetime as dt

from story_support import analyze

ROWS = [
    ('01_en', 'en', "Athletics\n\nOtieno shatters marathon world record in Toronto\n\nKenya's Felix Otieno broke the men's marathon world record on Sunday, winning the Toronto Marathon in 2:01:02.\n\nThe 22-year-old took 27 seconds off the previous record of 2:01:29, set by Ethiopia's Abebe Tola in Berlin last year.\n\nOtieno, running only the third marathon of his career, had won in Rotterdam in April in 2:01:45.\n\nHe ran the second half in 59:50. Tanzania's John Mosha was second in 2:03:40.\n\nIn the women's race, Amina Yusuf won in 2:15:10.\n\nOtieno collects $100,000 for the win and a $50,000 world record bonus.\n\nSign up for our newsletter\n"),
    ('02_en', 'en', "TORONTO (GSD) - Felix Otieno lowered the marathon world record to 2:01:02 in Toronto on Sunday, 28 seconds inside the old mark.\n\nThe 23-year-old Kenyan, in just his second marathon, covered the second half in 59:50.\n\nAbebe Tola's previous record of 2:01:29 was set in Berlin in 2030. Otieno's only other marathon win came in Rotterdam in April, in 2:01:45.\n\nJohn Mosha finished second in 2:03:40 and Amina Yusuf won the women's race in 2:15:10.\n"),
    ('03_ar', 'ar', 'ألعاب القوى\n\nالكيني أوتيينو يحطم الرقم القياسي العالمي للماراثون\n\nحطم الكيني فيليكس أوتيينو الرقم القياسي العالمي لسباق الماراثون بعدما فاز بماراثون تورونتو يوم الأحد بزمن ساعتين ودقيقة وثانيتين.\n\nوتفوق أوتيينو (22 عاما) على الرقم السابق البالغ ساعتين ودقيقة و29 ثانية والمسجل باسم الإثيوبي أبيبي تولا في برلين العام الماضي، بفارق 27 ثانية.\n\nوكان أوتيينو قد فاز بماراثون روتردام في أبريل الماضي بزمن ساعتين ودقيقة و45 ثانية، في ثالث ماراثون يخوضه.\n\nوحل التنزاني جون موشا ثانيا بزمن ساعتين و3 دقائق و40 ثانية.\n'),
]
DAYS = {'01_en': dt.date(2031, 10, 12), '02_en': dt.date(2031, 10, 13), '03_ar': dt.date(2031, 10, 13)}


def _report():
    return analyze(ROWS, DAYS["01_en"], DAYS)


def _articles(f, by_id):
    return sorted({by_id[c].article for c in f.claims})


def test_the_new_record_and_the_old_one_agree_in_every_outlet():
    rep, by_id = _report()
    agreed = {by_id[f.claims[0]].value: _articles(f, by_id) for f in rep.findings
              if f.kind == "agreement" and f.property == "racetime"}
    assert agreed["PT2H1M2S"] == ["01_en", "02_en", "03_ar"]
    assert agreed["PT2H1M29S"] == ["01_en", "02_en", "03_ar"]
    assert agreed["PT2H1M45S"] == ["01_en", "02_en", "03_ar"]


def test_the_margin_and_the_age_clash_and_nothing_else():
    rep, by_id = _report()
    clashes = sorted(sorted({by_id[c].value for c in f.claims}) for f in rep.findings if f.kind == "contradiction")
    assert clashes == [["22", "23"], ["PT27S", "PT28S"]]


def test_an_earlier_win_months_before_is_another_occasion():
    _, by_id = _report()
    earlier = [c for c in by_id.values() if c.value == "PT2H1M45S"]
    assert earlier and all(c.event.startswith("main:prior") for c in earlier if c.article != "03_ar")
