"""Exercises of every notebook: the question, the model solution and the checker, in one place.

Each exercise lives once, in ``wps/exercises/nbNN.py``. Its model solution is
code; running that code gives the expected answer, so the solution shown to a
student and the answer the checker accepts cannot drift apart.

In a notebook::

    answer = ...                # the student's work
    wps.check("00.1", answer)   # Correct, or a specific hint
    wps.solution("00.1")        # the model solution, shown on request
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Exercise:
    """One exercise.

    ``solution`` is Python code that sets a variable ``answer``; ``compare``
    takes (student answer, expected answer) and returns None or a hint.
    """

    id: str
    question: str
    solution: str
    compare: Callable[[Any, Any], str | None]


@dataclass(frozen=True)
class Feedback:
    """What :func:`check` says: ``correct`` and a message for the student."""

    exercise: str
    correct: bool
    message: str

    def __bool__(self) -> bool:
        return self.correct

    def __repr__(self) -> str:
        mark = "Correct" if self.correct else "Not yet"
        return f"[{self.exercise}] {mark}: {self.message}"


def _registry() -> dict[str, Exercise]:
    found: dict[str, Exercise] = {}
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("nb"):
            for exercise in importlib.import_module(f"{__name__}.{module.name}").EXERCISES:
                found[exercise.id] = exercise
    return found


@functools.cache
def exercises() -> dict[str, Exercise]:
    """Return every exercise of the series, keyed by id (``"01.2"``)."""
    return _registry()


def _get(exercise_id: str) -> Exercise:
    known = exercises()
    if exercise_id not in known:
        raise KeyError(f"There is no exercise '{exercise_id}'. Known exercises: "
                       + ", ".join(sorted(known)))
    return known[exercise_id]


@functools.cache
def _expected(exercise_id: str) -> Any:
    import networkx as nx
    import pandas as pd

    import wps

    namespace: dict[str, Any] = {"wps": wps, "pd": pd, "nx": nx}
    exec(_get(exercise_id).solution, namespace)  # noqa: S102 (our own solution code)
    return namespace["answer"]


def expected_answer(exercise_id: str) -> Any:
    """Return the answer the model solution of ``exercise_id`` computes."""
    return _expected(exercise_id)


def check(exercise_id: str, answer: Any) -> Feedback:
    """Check a student's answer to ``exercise_id`` and say what to do next."""
    exercise = _get(exercise_id)
    if answer is None or answer is ...:
        return Feedback(exercise_id, False, "No answer yet: replace the ... or None with "
                        "your answer, then run the cell again.")
    hint = exercise.compare(answer, _expected(exercise_id))
    if hint is None:
        return Feedback(exercise_id, True, "well done.")
    return Feedback(exercise_id, False, hint)


class _Code(str):
    """Text shown as-is in a notebook (no quotes, real line breaks)."""

    def __repr__(self) -> str:
        return str(self)


def solution(exercise_id: str) -> str:
    """Return the model solution of ``exercise_id`` as code to read or copy."""
    exercise = _get(exercise_id)
    return _Code(f"# Exercise {exercise.id}: {exercise.question}\n{exercise.solution.strip()}")
