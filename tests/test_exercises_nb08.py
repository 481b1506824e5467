"""Wrong answers to the exercises of notebook 08 get the right hints."""

from __future__ import annotations

import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("08.1", 2, "off by one"),
    ("08.1", "3", "text"),
    ("08.2", 5, "too high"),
    ("08.2", 2, "off by one"),
    ("08.3", 86.0, "percentage"),
    ("08.3", 0.5, "too low"),
    ("08.3", 49, "between 0 and 1"),
    ("08.3", "0.86", "text"),
])
def test_wrong_answers_get_hints(exercise_id: str, answer: object, hint: str) -> None:
    feedback = wps.check(exercise_id, answer)
    assert not feedback.correct
    assert hint in feedback.message


def test_two_decimals_are_enough() -> None:
    assert wps.check("08.3", 0.86).correct
