"""Wrong answers to the exercises of notebook 03 get the right hints."""

from __future__ import annotations

import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("03.1", 5, "off by one"),
    ("03.1", 2, "too low"),
    ("03.2", 1820, "too low"),
    ("03.2", "1888", "text"),
    ("03.3", ["mara-crsv"], "1 missing"),
    ("03.3", ["mara-crsv", "crsv-listing-annex", "srsg-svc"], "'srsg-svc'"),
    ("03.3", "mara-crsv", "as a list"),
    ("03.4", 2, "off by one"),
])
def test_wrong_answers_get_hints(exercise_id: str, answer: object, hint: str) -> None:
    feedback = wps.check(exercise_id, answer)
    assert not feedback.correct
    assert hint in feedback.message
