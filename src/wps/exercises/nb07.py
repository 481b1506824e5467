"""Exercises of notebook 07-eu-and-nato."""

from __future__ import annotations

import numbers
from typing import Any

from . import Exercise, compare


def _eu_not_nato(answer: Any, expected: list[str]) -> str | None:
    hint = compare.members(answer, expected, "ISO3 codes")
    if hint and not isinstance(answer, (str, dict)):
        try:
            given = {str(x).strip().upper() for x in answer}
        except TypeError:
            return hint
        if {"FIN", "SWE"} & given:
            return ("Finland and Sweden were in NATO by then (2023 and 2024): build the graph "
                    "for the date 2025-01-01, not an earlier year.")
        if {"ALB", "CAN", "NOR", "USA"} & given:
            return ("You listed NATO members outside the EU. The question asks the other way "
                    "round: EU members that are not in NATO.")
    return hint


def _both_sets(answer: Any, expected: int) -> str | None:
    hint = compare.number(answer, expected, "number of states")
    if hint and isinstance(answer, numbers.Number) and not isinstance(answer, bool):
        if answer == expected + 1:
            return ("One too many: a year (at=2020) counts anyone who was a member at any time "
                    "in 2020, the United Kingdom included. Use the date '2020-06-30'.")
    return hint


def _both_dates(answer: Any, expected: int) -> str | None:
    hint = compare.number(answer, expected, "number of Special Representatives")
    if hint and isinstance(answer, numbers.Number) and not isinstance(answer, bool):
        if answer in (2, 3):
            return ("Count only the rows where start AND end are both recorded: "
                    "notna() on each column, combined with &.")
        if answer == 4:
            return "That is every holder. Keep only those with both dates recorded."
    return hint


EXERCISES = [
    Exercise(
        id="07.1",
        question="Which EU member states were not members of NATO on 1 January 2025? Give "
                 "their ISO3 codes as a list.",
        solution="""
G = wps.membership_graph(at="2025-01-01", networks=["eu", "nato"])
answer = sorted(set(G["eu"]) - set(G["nato"]))
""",
        compare=_eu_not_nato,
    ),
    Exercise(
        id="07.2",
        question="How many of NATO's Special Representatives for WPS have both a start and "
                 "an end date recorded in office_holders? Give a number.",
        solution="""
holders = wps.load_office_holders()
nato = holders[holders["mechanism"] == "nato-srwps"]
answer = int((nato["start"].notna() & nato["end"].notna()).sum())
""",
        compare=_both_dates,
    ),
    Exercise(
        id="07.3",
        question="How many states were members of both the EU and NATO on 30 June 2020? "
                 "Give a number.",
        solution="""
G = wps.membership_graph(at="2020-06-30", networks=["eu", "nato"])
answer = len(set(G["eu"]) & set(G["nato"]))
""",
        compare=_both_sets,
    ),
]
