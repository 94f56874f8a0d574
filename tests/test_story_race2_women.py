"""An invented marathon with a men's and a women's race (other runners, cities, times and money than any
real story), in two English reports and an Arabic one. The women's winner's time is 2:18:41 in two
outlets and 2:18:42 in the third; one outlet gives it only as "She stopped the clock at 2:18:41", two
sentences after one that names the runner-up first ("Kenya's Ruth Jepkosgei was second ..., behind
Ethiopia's Tigist Alemu") and right after one that opens with the winner's bare surname ("Alemu, 26, was
running her second marathon", ``extract.anaphora.opening_surname``): "She" is Alemu, so the time is
hers and clashes with the other outlet's. The runner-up's time, the men's race, the margins and the
prize never clash."""
import datetime as dt

from story_support import analyze

ROWS = [
    ('e1', 'en', "Kiprotich and Alemu win in Corvale\n\nOctober 20, 2039\n\nKenya's Amos Kiprotich won the Corvale Marathon on Sunday in 2:05:10. He beat Uganda's Moses Okello by 14 seconds.\n\nKenya's Ruth Jepkosgei was second in the women's race in 2:19:32, behind Ethiopia's Tigist Alemu. Alemu, 26, was running her second marathon. She stopped the clock at 2:18:41.\n\nBoth winners receive $40,000.\n"),
    ('e2', 'en', "Kiprotich, Alemu triumph in Corvale\n\nCORVALE, Oct 20 - Amos Kiprotich of Kenya clocked 2:05:10 to win the Corvale Marathon, 14 seconds clear of Moses Okello.\n\nIn the women's race, Tigist Alemu of Ethiopia won in 2:18:42, beating Ruth Jepkosgei by 51 seconds.\n"),
    ('a1', 'ar', 'كيبروتيتش وأليمو يفوزان بماراثون كورفالي\n\nفاز الكيني آموس كيبروتيتش بماراثون كورفالي يوم الأحد بزمن ساعتين و5 دقائق و10 ثوان، متقدما على الأوغندي موسيس أوكيلو بفارق 14 ثانية.\n\nوفي سباق السيدات، فازت الإثيوبية تيغيست أليمو بزمن ساعتين و18 دقيقة و41 ثانية، بفارق 51 ثانية عن الكينية روث جيبكوسغي.\n\nوحصل كل من الفائزين على 40 ألف دولار.\n'),
]
DAY = dt.date(2039, 10, 20)


def test_she_after_a_sentence_opening_with_a_surname_is_that_runner():
    # the surname opening "Alemu, 26, was running her second marathon" names the runner for "She ..."
    from factcheck.extract import anaphora
    from factcheck.lang import lexicon as lx
    text = ROWS[0][2]
    start = text.index("Alemu, 26")
    toks = lx.tokenize(text[start:start + 40], "en", offset=start)
    assert anaphora.opening_surname(text, toks, "en") == ("lm", "Tigist Alemu")
    other = text.index("Both winners")
    assert anaphora.opening_surname(text, lx.tokenize(text[other:other + 30], "en", offset=other), "en") is None
    rep, by_id = analyze(ROWS, DAY)
    [she] = [c for c in by_id.values() if c.article == "e1" and c.value == "PT2H18M41S"]
    assert she.subject_label == "Tigist Alemu"   # not the runner-up the sentence before names first
    clashes = [sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides)
               for f in rep.findings if f.kind == "contradiction"]
    assert clashes == [sorted([[("a1", "PT2H18M41S"), ("e1", "PT2H18M41S")], [("e2", "PT2H18M42S")]])]
    agreed = [{(by_id[c].article, by_id[c].value) for c in f.claims} for f in rep.findings
              if f.kind == "agreement" and f.property == "racetime"]
    assert {("a1", "PT2H5M10S"), ("e1", "PT2H5M10S"), ("e2", "PT2H5M10S")} in agreed
    assert {("a1", "PT14S"), ("e1", "PT14S"), ("e2", "PT14S")} in agreed
