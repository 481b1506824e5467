"""Wrong answers to the exercises of notebook 06 get the right hints."""

from __future__ import annotations

import pandas as pd
import pytest

import wps


@pytest.mark.parametrize("exercise_id, answer, hint", [
    ("06.1", 404, "off by one"),
    ("06.1", 500, "too high"),      # e.g. counting 2023-2024 as if the record went on
    ("06.1", 158, "too low"),       # one term only
    ("06.1", "403", "text"),
    ("06.1", pd.DataFrame({"number": [1, 2]}), "len("),
    ("06.2", ["CHN"], "1 missing"),
    ("06.2", ["CHN", "RUS", "USA"], "should not be there"),
    ("06.2", ["China", "Russia"], "three-letter ISO codes"),
    ("06.2", "CHN", "as a list"),
    ("06.3", 2019, "Off by one year"),
    ("06.3", 2022, "too high"),     # the half year left out
    ("06.3", 2000, "too low"),      # the first row, unsorted
    ("06.3", 0.77, "does not look like a year"),
    ("06.3", pd.Timestamp("2020-12-31"), "full date"),
    ("06.4", 80, "too high"),       # every resolution since 2021
    ("06.4", 62, "too high"),       # the country-or-regional ones
    ("06.4", "14", "text"),
])
def test_wrong_answers_get_hints(exercise_id: str, answer: object, hint: str) -> None:
    feedback = wps.check(exercise_id, answer)
    assert not feedback.correct
    assert hint in feedback.message


@pytest.mark.parametrize("exercise_id, answer", [
    ("06.1", 403),
    ("06.2", ["rus", "chn"]),
    ("06.2", pd.Series(["CHN", "RUS", "CHN"])),
    ("06.3", 2020),
    ("06.4", 14),
])
def test_right_answers_in_other_forms_are_accepted(exercise_id: str, answer: object) -> None:
    assert wps.check(exercise_id, answer).correct
