"""Wrong answers to the exercises of notebook 00 get the right hints."""

from __future__ import annotations

import pandas as pd
import pytest

import wps


@pytest.mark.parametrize("answer, hint", [
    (2001, "Off by one year"),
    ("2000", "text"),
    (pd.Timestamp("2000-10-31"), "full date"),
    (200, "does not look like a year"),
    (wps.load_resolutions(), "len("),
])
def test_00_1(answer: object, hint: str) -> None:
    feedback = wps.check("00.1", answer)
    assert not feedback and hint in feedback.message


@pytest.mark.parametrize("answer, hint", [
    ("UN Dag Hammarskjöld Library ", None),
    ("un dag hammarskjöld library", None),
    ("Hammarskjöld", "Part of it"),
    ("Security Council Report", "not the publisher"),
    (pd.Series(["UN Dag Hammarskjöld Library"]), ".iloc[0]"),
    (3, "as text"),
])
def test_00_2(answer: object, hint: str | None) -> None:
    feedback = wps.check("00.2", answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message
