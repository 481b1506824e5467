"""Wrong answers to the exercises of notebook 04 get the right hints."""

from __future__ import annotations

import pandas as pd
import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("04.1", 2008, "Off by one year"),
    ("04.1", pd.Timestamp("2009-02-20"), "full date"),
    ("04.2", "20", "text"),
    ("04.2", 5, "too low"),
    ("04.3", 3, "off by one"),
    ("04.3", "2", "text"),
    ("04.4", ["HUN"], "missing"),
    ("04.4", ["HUN", "MLT", "GBR"], "should not be there"),
    ("04.4", ["Hungary", "Malta"], "three-letter"),
])
def test_wrong_answers_get_hints(exercise_id: str, answer: object, hint: str) -> None:
    feedback = wps.check(exercise_id, answer)
    assert not feedback.correct
    assert hint in feedback.message
