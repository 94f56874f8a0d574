"""Invented stories on where places and events lie by compass direction (``kinds.region``): a flood
whose worst-hit town one outlet puts in the south of the country while three others, in English and
Arabic, put it in the north or north-east; and an earthquake whose epicentre two outlets place
north-east and east of the capital and a third south-west of it; a wildfire on the western coast of a
country that a third outlet puts in its east. Distractors that must not clash:
another town in another direction, winds and motion by direction, names holding a compass word
("South Africa", "الضفة الغربية"), a bearing from another reference (the border), a direction
adjective of a common noun ("the northern suburbs")."""
import datetime as dt

from story_support import analyze

DAY = dt.date(2036, 5, 13)

FLOOD_1 = ("By Mara Lind, Staff Reporter\nUpdated 13 May 2036\n\n"
           "Floods swept through Ossel, a market town in northern Dravina, on Tuesday, killing 12 people.\n\n"
           "The town of Tamsel, in the south, was spared, the civil protection agency said.\n\n"
           "Winds from the north kept rescue helicopters grounded for hours.\n\n"
           "Read more: Relief flights from South Africa land in the capital\n\nShare on Facebook")
FLOOD_2 = ("Rescuers dug through mud in the southern town of Ossel on Tuesday after the river burst its banks.\n\n"
           "The water later headed south towards the coast, and Tamsel in the far south was put on alert.\n\n"
           "The regional governor said 12 people had died.")
FLOOD_3 = ("اجتاحت الفيضانات بلدة أوسل الواقعة شمالي البلاد يوم الثلاثاء وأودت بحياة 12 شخصا.\n\n"
           "وهبت رياح قوية من الشمال أعاقت عمل المروحيات.\n\n"
           "اقرأ أيضا: مساعدات من الضفة الغربية\n\nشارك")
FLOOD_4 = ("قالت السلطات إن الفيضانات ضربت مدينة أوسل في شمال شرق درافينا يوم الثلاثاء.\n\n"
           "Ossel's mayor asked for help on Tuesday.")

QUAKE_1 = ("A magnitude 6.1 earthquake struck 30 km north-east of the capital early on Sunday, the seismology "
           "institute said.\n\nAn aftershock struck south of the border hours later.\n\n"
           "Survivors in the northern suburbs slept outdoors.")
QUAKE_2 = ("ضرب زلزال بقوة 6.1 درجات منطقة تقع على بعد 30 كيلومترا جنوب غرب العاصمة فجر الأحد.\n\n"
           "وتوجهت فرق الإنقاذ شمالا.")
QUAKE_3 = ("Sunday's quake was centred about 30 km east of the capital, seismologists said.\n\n"
           "Teams headed north from the capital at dawn.")


FIRE_1 = ("WILDFIRES | 14 May 2036\n\nA fire raged across the western coast of Dravina on Friday, forcing "
          "3,000 people to flee.\n\nDravina's western neighbour sent two water bombers.\n\nFollow us on X")
FIRE_2 = "ضربت حرائق الغابات المناطق الغربية من درافينا يوم الجمعة وأجبرت 3000 شخص على الفرار."
FIRE_3 = ("The fire hit forests in the east of Dravina on Friday.\n\n"
          "Smoke drifted north over the border, and residents of the northern suburbs were told to stay indoors.")
FIRE_4 = "The fire started 20 km west of the capital on Friday, the forestry service said.\n\nRelated articles"


def _regions(rep, by_id, kind):
    """Per finding of ``kind`` on directions: the (article, value) pairs of each side (a contradiction)
    or of its claims (an agreement), with the subject."""
    out = []
    for f in rep.findings:
        if f.kind != kind or f.property != "region":
            continue
        if kind == "contradiction":
            out.append((f.subject, sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims)
                                          for s in f.sides)))
        else:
            out.append((f.subject, sorted((by_id[c].article, by_id[c].value) for c in f.claims)))
    return out


def _flood():
    return analyze([("f1", "en", FLOOD_1), ("f2", "en", FLOOD_2), ("f3", "ar", FLOOD_3), ("f4", "ar", FLOOD_4)], DAY)


def _quake():
    return analyze([("q1", "en", QUAKE_1), ("q2", "ar", QUAKE_2), ("q3", "en", QUAKE_3)], DAY)


def test_a_town_put_in_the_south_clashes_with_the_north_and_north_east():
    rep, by_id = _flood()
    assert _regions(rep, by_id, "contradiction") == [("name:sl", [
        [("f1", "N|in|name:drfn"), ("f3", "N|in|country"), ("f4", "NE|in|name:drfn")],
        [("f2", "S|in|country")]])]


def test_another_town_in_the_south_agrees_and_never_clashes():
    rep, by_id = _flood()
    assert ("name:tmsl", [("f1", "S|in|country"), ("f2", "S|in|country")]) in _regions(rep, by_id, "agreement")


def test_winds_motion_and_names_with_a_compass_word_are_no_direction():
    rep, _ = _flood()
    quotes = {c.quote for c in rep.claims if c.property == "region"}
    assert quotes == {"Ossel, a market town in northern Dravina", "Tamsel, in the south",
                      "the southern town of Ossel", "Tamsel in the far south",
                      "بلدة أوسل الواقعة شمالي البلاد", "مدينة أوسل في شمال شرق درافينا"}


def test_an_epicentre_south_west_of_the_capital_clashes_with_north_east_and_east():
    rep, by_id = _quake()
    assert _regions(rep, by_id, "contradiction") == [(None, [
        [("q1", "NE|of|capital"), ("q3", "E|of|capital")], [("q2", "SW|of|capital")]])]


def test_a_bearing_from_another_reference_and_adjectives_of_common_nouns_are_apart():
    rep, _ = _quake()
    regions = {(c.article, c.value) for c in rep.claims if c.property == "region"}
    assert regions == {("q1", "NE|of|capital"), ("q1", "S|of|border"), ("q2", "SW|of|capital"),
                       ("q3", "E|of|capital")}


def _fire():
    return analyze([("w1", "en", FIRE_1), ("w2", "ar", FIRE_2), ("w3", "en", FIRE_3), ("w4", "en", FIRE_4)], DAY)


def test_the_east_of_a_country_clashes_with_its_western_coast_and_western_areas():
    rep, by_id = _fire()
    assert _regions(rep, by_id, "contradiction") == [(None, [
        [("w1", "W|in|name:drfn"), ("w2", "W|in|name:drfn")], [("w3", "E|in|name:drfn")]])]


def test_a_bearing_from_the_capital_a_neighbour_and_smoke_drifting_north_are_apart():
    rep, _ = _fire()
    regions = {(c.article, c.value) for c in rep.claims if c.property == "region"}
    assert regions == {("w1", "W|in|name:drfn"), ("w2", "W|in|name:drfn"), ("w3", "E|in|name:drfn"),
                       ("w4", "W|of|capital")}
