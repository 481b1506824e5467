"""Wrong answers to the exercises of notebook 07 get the right hints."""

from __future__ import annotations

import pandas as pd
import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("07.1", ["mlt", "IRL", "CYP", "AUT"], None),
    ("07.1", ["AUT", "CYP", "IRL", "MLT", "FIN", "SWE"], "Finland and Sweden"),
    ("07.1", ["ALB", "CAN", "GBR", "ISL", "MKD", "MNE", "NOR", "TUR", "USA"], "the other way round"),
    ("07.1", ["AUT", "CYP", "IRL"], "1 missing"),
    ("07.1", ["Austria", "Cyprus", "Ireland", "Malta"], "three-letter ISO codes"),
    ("07.1", "AUT, CYP, IRL, MLT", "as a list"),
    ("07.1", pd.DataFrame({"iso3": ["AUT"]}), "whole table"),
    ("07.2", 1, None),
    ("07.2", 2, "start AND end"),
    ("07.2", 4, "every holder"),
    ("07.2", "1", "text"),
    ("07.2", 0, "off by one"),
    ("07.3", 21, None),
    ("07.3", 22, "at any time in 2020"),
    ("07.3", 27, "too high"),
    ("07.3", [21], "not a number"),
])
def test_answers_get_the_right_feedback(exercise_id: str, answer: object, hint: str | None) -> None:
    feedback = wps.check(exercise_id, answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message
