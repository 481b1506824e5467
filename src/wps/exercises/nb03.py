"""Exercises of notebook 03-sexual-violence-in-conflict."""

from __future__ import annotations

from . import Exercise, compare

EXERCISES = [
    Exercise(
        id="03.1",
        question="How many of 1820, 1888, 1960, 2106 and 2467 were adopted unanimously?",
        solution="""
resolutions = wps.load_resolutions()
thread = resolutions[resolutions["number"].isin([1820, 1888, 1960, 2106, 2467])]
answer = int((thread["votes_for"] == 15).sum())
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of resolutions"),
    ),
    Exercise(
        id="03.2",
        question="Which resolution created the post of Special Representative on Sexual "
                 "Violence in Conflict?",
        solution="""
mechanisms = wps.load_mechanisms()
answer = int(mechanisms.loc[mechanisms["mechanism"] == "srsg-svc", "created_by"].iloc[0])
""",
        compare=lambda answer, expected: compare.number(answer, expected, "resolution number"),
    ),
    Exercise(
        id="03.3",
        question="Which mechanisms did resolution 1960 create or ask for? Give their ids.",
        solution="""
mechanisms = wps.load_mechanisms()
answer = sorted(mechanisms.loc[mechanisms["created_by"] == 1960, "mechanism"])
""",
        compare=lambda answer, expected: compare.members(answer, expected, "mechanism ids",
                                                         example_is="id"),
    ),
    Exercise(
        id="03.4",
        question="How many Special Representatives on Sexual Violence in Conflict have no "
                 "recorded end date?",
        solution="""
holders = wps.load_office_holders()
srsg = holders[holders["mechanism"] == "srsg-svc"]
answer = int(srsg["end"].isna().sum())
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of people"),
    ),
]
