"""Stages 4-5, judge: candidate pairs of claims by blocking, the judgement of each pair
(through the value kinds of ``factcheck.kinds``), and the findings with their ids."""
