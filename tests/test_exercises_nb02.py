"""Wrong answers to the exercises of notebook 02 get the right hints."""

from __future__ import annotations

import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("02.1", 1820, "too high"),
    ("02.1", "1325", "text"),
    ("02.2", [2467, 2493], "2 missing"),
    ("02.2", [1820, 1888, 2467, 2493, 2538], "should not be there"),
    ("02.2", 2467, "as a list"),
    ("02.3", 10, "off by one"),
    ("02.3", 3, "too low"),
    ("02.4", 8, "off by one"),
    ("02.4", wps.load_resolutions(), "len("),
])
def test_wrong_answers_get_hints(exercise_id: str, answer: object, hint: str) -> None:
    feedback = wps.check(exercise_id, answer)
    assert not feedback.correct
    assert hint in feedback.message


def test_order_does_not_matter() -> None:
    assert wps.check("02.2", [2538, 2493, 2467, 1820]).correct
