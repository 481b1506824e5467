"""Every exercise: its model solution passes its own check, and wrong answers get hints."""

from __future__ import annotations

from pathlib import Path

import pytest

import wps
from wps.exercises import exercises, expected_answer

IDS = sorted(exercises())


@pytest.mark.parametrize("exercise_id", IDS)
def test_solution_passes_its_own_check(exercise_id: str) -> None:
    feedback = wps.check(exercise_id, expected_answer(exercise_id))
    assert feedback.correct, feedback.message


@pytest.mark.parametrize("exercise_id", IDS)
def test_no_answer_gets_a_hint(exercise_id: str) -> None:
    feedback = wps.check(exercise_id, ...)
    assert not feedback.correct and "replace" in feedback.message


@pytest.mark.parametrize("exercise_id", IDS)
def test_solution_is_shown_with_its_question(exercise_id: str) -> None:
    text = wps.solution(exercise_id)
    assert text.startswith(f"# Exercise {exercise_id}:") and "answer =" in text


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_exercise_has_wrong_answer_tests(exercise_id: str) -> None:
    tests = "".join(p.read_text(encoding="utf-8")
                    for p in Path(__file__).parent.glob("test_exercises_nb*.py"))
    assert f'"{exercise_id}"' in tests, f"add wrong-answer tests for {exercise_id}"


def test_unknown_exercise_lists_known_ones() -> None:
    with pytest.raises(KeyError, match="00.1"):
        wps.check("99.9", 1)


@pytest.mark.parametrize("path", sorted(Path(wps.data_dir()).parent.glob("notebooks/*.ipynb")))
def test_notebook_exercises_exist(path: Path) -> None:
    import json
    import re

    text = path.read_text(encoding="utf-8")
    used = set(re.findall(r'wps\.check\(\\"(\d\d\.\d+)\\"', text))
    assert used, f"{path.name} has no checked exercise"
    assert used <= set(IDS), used - set(IDS)
    assert json.loads(text)["metadata"]["kernelspec"]["name"] == "python3"
