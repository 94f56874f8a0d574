"""quantity.reads_cosine: the pairs of figures whose verdict may depend on their quotes' cosine (the
only quotes judge.group encodes). A table of invented pairs, and a property: when it says no, the
verdict is the same whatever the cosine."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.kinds import quantity
from factcheck.kinds.base import MEASURE_RULE
from factcheck.models import Claim, Signal

QUOTES = {"latin": "the ferry carried 140 passengers to Norvik",
          "arabic": "نقلت العبارة 140 راكبا إلى نورفيك"}


def _figure(cid: str, article: str, value: float, script: str = "latin", measure: str | None = None,
            subject: str | None = None, modality: str = "asserted", keywords: tuple[str, ...] = ("ferry", "passeng")) -> Claim:
    sigs = [Signal(field="value", rule="t", text=f"{value:g}")]
    if measure:
        sigs.append(Signal(field="measure", rule=f"{MEASURE_RULE}:t", text=measure))
    return Claim(id=cid, article=article, start=0, end=1, quote=QUOTES[script], property="quantity:count",
                 value=f"{value:g}", value_low=value, value_high=value, keywords=list(keywords), subject=subject,
                 subject_label=subject, modality=modality, signals=sigs)


@pytest.mark.parametrize("a, b, reads", [
    # two scripts, no named measure: the cosine is the evidence of one figure
    (dict(script="latin"), dict(script="arabic"), True),
    # one of them of a named measure: the other may still be the same figure by its quote
    (dict(script="latin", measure="injured"), dict(script="arabic"), True),
    # one script: shared signature stems decide, never the cosine
    (dict(script="latin"), dict(script="latin"), False),
    (dict(script="arabic"), dict(script="arabic"), False),
    # both of a named measure: the measures decide
    (dict(script="latin", measure="injured"), dict(script="arabic", measure="injured"), False),
    (dict(script="latin", measure="injured"), dict(script="arabic", measure="missing"), False),
    # two different subjects: unrelated before any evidence
    (dict(script="latin", subject="p:ines_varga"), dict(script="arabic", subject="p:tomas_reyes"), False),
    # one subject, or one side without: the cosine may count
    (dict(script="latin", subject="p:ines_varga"), dict(script="arabic", subject="p:ines_varga"), True),
    (dict(script="latin", subject="p:ines_varga"), dict(script="arabic"), True),
])
def test_reads_cosine_table(a: dict, b: dict, reads: bool) -> None:
    x, y = _figure("c_1", "a1", 140, **a), _figure("c_2", "a2", 140, **b)
    assert quantity.reads_cosine(x, y) is reads
    assert quantity.reads_cosine(y, x) is reads


FIGURES = st.builds(
    _figure,
    cid=st.just("c_x"), article=st.sampled_from(["a1", "a2"]),
    value=st.sampled_from([12, 13, 140, 150, 2_000, 24_000_000]),
    script=st.sampled_from(sorted(QUOTES)),
    measure=st.sampled_from([None, "injured", "missing"]),
    subject=st.sampled_from([None, "p:ines_varga", "p:tomas_reyes"]),
    modality=st.sampled_from(["asserted", "possible"]),
    keywords=st.sampled_from([("ferry", "passeng"), ("ferry",), ("crew", "rescu")]))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(FIGURES, FIGURES, st.booleans(), st.sampled_from([0.0, 0.8]))
def test_a_pair_that_reads_no_cosine_does_not_depend_on_it(a: Claim, b: Claim, same_event: bool, head: float) -> None:
    b = b.model_copy(update={"id": "c_y"})
    event = (same_event, "same event (test)")
    verdicts = {quantity.judge(a, b, event, similarity=s, head_similarity=head) for s in (0.0, 0.65, 0.8, 0.99)}
    if not quantity.reads_cosine(a, b):
        assert len(verdicts) == 1
