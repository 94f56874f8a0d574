

def _findings(rows):
    rep, by_id = analyze(rows, DAY)
    def sides(f):
        return sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides)
    clashes = [sides(f) for f in rep.findings if f.kind == "contradiction"]
    agree = [sorted((by_id[c].article, by_id[c].value) for c in f.claims) for f in rep.findings
             if f.kind == "agreement" and (f.property or "").startswith("quantity:")]
    return clashes, agree


def test_jumps_clash_on_the_winning_marks_and_nothing_else():
    clashes, agree = _findings(JUMPS)
    assert sorted(clashes) == sorted([
        [[("a1", "2.36 m"), ("e1", "2.36 m")], [("e2", "2.38 m")]],      # "2.36m" / "ارتفاع 2.36 متر" / "2.38 metres"
        [[("a1", "8.14 m")], [("e1", "8.41 m"), ("e2", "8.41 m")]],      # "8.14 م" / "8.41m" / "8.41 metres"
    ])
    # the runner-up's mark agrees in three outlets and clashes with no winner's
    assert [("a1", "2.31 m"), ("e1", "2.31 m"), ("e2", "2.31 m")] in agree


def test_a_personal_best_and_an_old_record_are_no_winning_mark():
    clashes, _ = _findings(JUMPS)
    values = {v for cl in clashes for side in cl for _, v in side}
    assert not values & {"2.4 m", "2.33 m", "8.02 m"}


def test_tower_height_named_in_arabic_meets_the_english_lengths_in_metres_and_feet():
    clashes, agree = _findings(TOWER)
    assert clashes == [[[("a1", "421 m")], [("a2", "412 m"), ("e1", "412 m"), ("e2", "1352 ft")]]]
    assert [("a1", "350 m"), ("e1", "350 m")] in agree   # the observation deck: its own figure


def test_lifts_clash_per_lift_and_the_weight_class_is_no_lift():
    clashes, agree = _findings(LIFT)
    assert sorted(clashes) == sorted([
        [[("a1", "215 kg"), ("e1", "215 kg")], [("e2", "217 kg")]],
        [[("e1", "390 kg")], [("e2", "392 kg")]],
    ])
    assert [("a1", "175 kg"), ("e1", "175 kg")] in agree
    _, by_id = analyze(LIFT, DAY)
    assert not any(c.value == "96 kg" and c.article.startswith("e") for c in by_id.values())


# one row per sentence -> whether its figure is an earlier or standing mark (kinds.quantity_marks)
@pytest.mark.parametrize("lang, text, value, earlier", [
    ("en", "Okafor fell short of her personal best of 2.04m.", "2.04 m", True),
    ("en", "He broke the previous championship record of 8.35 metres.", "8.35 m", True),
    ("en", "Okafor won with a best of 2.01m.", "2.01 m", False),
    ("en", "Okafor set a personal best of 2.01m to win.", "2.01 m", False),
    ("en", "The 24-year-old cleared 2.01m at the first attempt.", "2.01 m", False),
    ("ar", "وكان رقمه الشخصي البالغ 2.04 متر.", "2.04 m", True),
    ("ar", "وحطم الرقم القياسي السابق البالغ 8.35 متر.", "8.35 m", True),
    ("ar", "وفاز بقفزة بلغت 8.35 متر.", "8.35 m", False),
])
def test_earlier_marks(lang, text, value, earlier):
    from factcheck.kinds.quantity_marks import earlier as is_earlier
    _, by_id = analyze([("x", lang, text)], DAY)
    found = [is_earlier(c) for c in by_id.values() if c.value == value]
    assert found == [earlier]


# one row per phrase -> whether the measured figure names a competition (no claim of it)
@pytest.mark.parametrize("lang, text, value, claimed", [
    ("en", "Mendes won the 400m hurdles on Friday.", "400 m", False),
    ("en", "Mendes took the 81kg class title.", "81 kg", False),
    ("en", "The tower is 412 metres tall.", "412 m", True),
    ("ar", "فاز منديس بسباق 400 م حواجز.", "400 m", False),
    ("ar", "وتوج منديس بلقب فئة 81 كغ.", "81 kg", False),
    ("ar", "ويبلغ ارتفاع البرج 412 مترا.", "412 m", True),
])
def test_competition_names_are_no_marks(lang, text, value, claimed):
    _, by_id = analyze([("x", lang, text)], DAY)
    assert any(c.value == value for c in by_id.values()) == claimed
