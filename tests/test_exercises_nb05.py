"""Wrong answers to the exercises of notebook 05 get the right hints."""

from __future__ import annotations

import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("05.1", 9, None),
    ("05.1", 11, "every network Belgium ever belonged to"),
    ("05.1", 10, "off by one"),
    ("05.1", "9", "text"),
    ("05.1", ["coe", "eu"], "not a number"),
    ("05.3", 350, "min_confidence='high'"),
    ("05.3", 80, "plain degree"),
    ("05.3", "249", "text"),
    ("05.4", "mlt ", None),
    ("05.4", "org:eu", "weight='weight'"),
    ("05.4", "BEL", "weighted degree"),
    ("05.4", ["MLT"], "not inside a list"),
    ("05.4", "Malta", "three-letter ISO3 code"),
    ("05.4", "USA", "sort the betweenness"),
    ("05.4", 0.02, "as text"),
])
def test_answers_get_the_right_feedback(exercise_id: str, answer: object,
                                        hint: str | None) -> None:
    feedback = wps.check(exercise_id, answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message


def test_05_2_ties_are_checked_as_a_set() -> None:
    # The expected ties depend on the data, so the wrong answers are built from them.
    expected = wps.exercises.expected_answer("05.2")
    assert wps.check("05.2", list(reversed(expected)))
    feedback = wps.check("05.2", expected[:-1])
    assert not feedback and "1 missing" in feedback.message
    feedback = wps.check("05.2", [*expected, "FRA"])
    assert not feedback and "'FRA'" in feedback.message
    feedback = wps.check("05.2", ["Germany"])
    assert not feedback and "three-letter ISO codes" in feedback.message
    feedback = wps.check("05.2", "DEU")
    assert not feedback and "as a list" in feedback.message
