"""Wrong answers to the exercises of notebook 05 get the right hints."""

from __future__ import annotations

import pytest

import wps


@pytest.mark.parametrize("answer, hint", [
    (9, None),
    (11, "every network Belgium ever belonged to"),
    (10, "off by one"),
    ("9", "text"),
    (["coe", "eu"], "not a number"),
])
def test_05_1(answer: object, hint: str | None) -> None:
    feedback = wps.check("05.1", answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message


def test_05_2() -> None:
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


@pytest.mark.parametrize("answer, hint", [
    (350, "min_confidence='high'"),
    (80, "plain degree"),
    ("249", "text"),
])
def test_05_3(answer: object, hint: str) -> None:
    feedback = wps.check("05.3", answer)
    assert not feedback and hint in feedback.message


@pytest.mark.parametrize("answer, hint", [
    ("mlt ", None),
    ("org:eu", "weight='weight'"),
    ("BEL", "weighted degree"),
    (["MLT"], "not inside a list"),
    ("Malta", "three-letter ISO3 code"),
    ("USA", "sort the betweenness"),
    (0.02, "as text"),
])
def test_05_4(answer: object, hint: str | None) -> None:
    feedback = wps.check("05.4", answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message
