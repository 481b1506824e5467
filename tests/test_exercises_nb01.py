"""Wrong answers to the exercises of notebook 01 get the right hints."""

from __future__ import annotations

import pandas as pd
import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("01.1", 15, "too high"),
    ("01.1", 5, "too low"),
    ("01.1", 11, "off by one"),
    ("01.1", "10", "text"),
    ("01.2", ["NAM", "MLI"], "1 missing"),
    ("01.2", ["NAM", "MLI", "TUN", "EGY"], "should not be there"),
    ("01.2", ["Namibia", "Mali", "Tunisia"], "three-letter ISO codes"),
    ("01.2", "NAM", "as a list"),
    ("01.3", "Namibia", "three-letter"),
    ("01.3", "USA", "not the right one"),
    ("01.3", pd.Series(["NAM"]), ".iloc[0]"),
    ("01.4", 2787, "off by one"),
    ("01.4", pd.Timedelta(days=2788), "number"),
])
def test_wrong_answers_get_hints(exercise_id: str, answer: object, hint: str) -> None:
    feedback = wps.check(exercise_id, answer)
    assert not feedback.correct
    assert hint in feedback.message


@pytest.mark.parametrize("exercise_id, answer", [
    ("01.2", ["tun", "mli", "nam"]),
    ("01.2", pd.Series(["NAM", "MLI", "TUN", "NAM"])),
    ("01.3", " nam "),
])
def test_equivalent_forms_are_accepted(exercise_id: str, answer: object) -> None:
    assert wps.check(exercise_id, answer).correct
