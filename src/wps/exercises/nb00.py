"""Exercises of notebook 00-start-here."""

from __future__ import annotations

from . import Exercise, compare

EXERCISES = [
    Exercise(
        id="00.1",
        question="In which year was resolution 1325 adopted? Give the year as a number.",
        solution="""
resolutions = wps.load_resolutions()
row = resolutions[resolutions["number"] == 1325]
answer = int(row["adopted"].dt.year.iloc[0])
""",
        compare=lambda answer, expected: compare.year(answer, expected),
    ),
    Exercise(
        id="00.2",
        question="Which organisation published the source of the row for resolution 1325? "
                 "Give its name as text.",
        solution="""
resolutions = wps.load_resolutions()
sources = wps.load_sources()
source_id = resolutions.loc[resolutions["number"] == 1325, "source_id"].iloc[0]
answer = sources.loc[sources["source_id"] == source_id, "publisher"].iloc[0]
""",
        compare=lambda answer, expected: compare.text(answer, expected, "publisher"),
    ),
]
