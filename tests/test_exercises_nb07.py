"""Wrong answers to the exercises of notebook 07 get the right hints."""

from __future__ import annotations

import pandas as pd
import pytest

import wps


@pytest.mark.parametrize("answer, hint", [
    (["mlt", "IRL", "CYP", "AUT"], None),
    (["AUT", "CYP", "IRL", "MLT", "FIN", "SWE"], "Finland and Sweden"),
    (["ALB", "CAN", "GBR", "ISL", "MKD", "MNE", "NOR", "TUR", "USA"], "the other way round"),
    (["AUT", "CYP", "IRL"], "1 missing"),
    (["Austria", "Cyprus", "Ireland", "Malta"], "three-letter ISO codes"),
    ("AUT, CYP, IRL, MLT", "as a list"),
    (pd.DataFrame({"iso3": ["AUT"]}), "whole table"),
])
def test_07_1(answer: object, hint: str | None) -> None:
    feedback = wps.check("07.1", answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message


@pytest.mark.parametrize("answer, hint", [
    (1, None),
    (2, "start AND end"),
    (4, "every holder"),
    ("1", "text"),
    (0, "off by one"),
])
def test_07_2(answer: object, hint: str | None) -> None:
    feedback = wps.check("07.2", answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message


@pytest.mark.parametrize("answer, hint", [
    (21, None),
    (22, "at any time in 2020"),
    (27, "too high"),
    ([21], "not a number"),
])
def test_07_3(answer: object, hint: str | None) -> None:
    feedback = wps.check("07.3", answer)
    assert feedback.correct is (hint is None)
    if hint:
        assert hint in feedback.message
