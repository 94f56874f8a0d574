"""An invented earthquake told by two English and two Arabic outlets: the damaged homes differ only across
the two languages (1,500 / 2300 منزل) and clash through the counted noun and the predicate paired
across languages ("homes were damaged" / "تضرر ... منزل"); the destroyed homes (another act), the
tents and the blankets (other things) never clash with them; the evacuated agree."""
import datetime as dt

from story_support import analyze, clashing_values

ROWS = [
    ('a', 'en', 'Strong quake hits Karvan province\n\nA magnitude 6.1 earthquake struck Karvan province on Monday night, officials said.\n\nAuthorities evacuated 8,000 people from coastal villages. About 1,500 homes were damaged and 200 homes were destroyed.\n\nSeismologists recorded more than 40 aftershocks by Tuesday morning. The Red Crescent distributed 900 tents.'),
    ('b', 'en', 'Thousands evacuated after Karvan earthquake\n\nSome 8,000 people were evacuated from coastal villages after the 6.1 magnitude quake on Monday.\n\nOfficials said 1,500 homes were damaged. More than 40 aftershocks followed the main shock.'),
    ('c', 'ar', 'زلزال بقوة 6.1 درجات يضرب إقليم كارفان\n\nضرب زلزال بقوة 6.1 درجات إقليم كارفان مساء الاثنين.\n\nوقالت السلطات إنه تم إجلاء 8 آلاف شخص من القرى الساحلية، فيما تضرر 2300 منزل.\n\nورصد علماء الزلازل نحو 25 هزة ارتدادية.'),
    ('d', 'ar', 'آلاف النازحين بعد زلزال كارفان\n\nقالت السلطات إنه تم إجلاء 8 آلاف شخص من القرى الساحلية بعد الزلزال الذي ضرب الإقليم مساء الاثنين.\n\nوتضرر نحو 2300 منزل، ووزع الهلال الأحمر 9 آلاف بطانية على المتضررين.'),
]
DAYS = {'a': dt.date.fromisoformat('2025-03-04'), 'b': dt.date.fromisoformat('2025-03-04'), 'c': dt.date.fromisoformat('2025-03-04'), 'd': dt.date.fromisoformat('2025-03-04')}


def _report():
    return analyze([(i, lang, text) for i, lang, text in ROWS], DAYS['a'], DAYS)


def test_damaged_homes_clash_across_languages():
    rep, by_id = _report()
    assert clashing_values(rep, by_id) == [["1500", "2300"]]


def test_destroyed_homes_tents_and_blankets_stay_apart():
    rep, by_id = _report()
    values = {v for pair in clashing_values(rep, by_id) for v in pair}
    assert not values & {"200", "900", "9000"}
