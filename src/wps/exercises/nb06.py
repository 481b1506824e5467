"""Exercises of notebook 06-belgium-on-the-security-council."""

from __future__ import annotations

from . import Exercise, compare

EXERCISES = [
    Exercise(
        id="06.1",
        question="How many resolutions did the Council adopt while Japan sat on it, as far as "
                 "the tables can tell (membership from 2000, resolutions to June 2022)?",
        solution="""
japan = wps.council.resolutions_while_member("JPN")
answer = len(japan)
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of resolutions"),
    ),
    Exercise(
        id="06.2",
        question="Which Council members abstained on resolution 2467? Give ISO3 codes.",
        solution="""
votes = wps.load_votes()
answer = sorted(votes.loc[(votes["resolution"] == 2467) & (votes["vote"] == "abstain"), "iso3"])
""",
        compare=lambda answer, expected: compare.members(answer, expected, "members"),
    ),
    Exercise(
        id="06.3",
        question="In which year from 2000 to 2021 was the share of unanimous resolutions lowest? "
                 "(2022 is left out: the record covers only half of it.)",
        solution="""
unanimity = wps.council.unanimity_by_year()
years = unanimity[unanimity["year"].between(2000, 2021)]
answer = int(years.loc[years["share_unanimous"].idxmin(), "year"])
""",
        compare=lambda answer, expected: compare.year(answer, expected),
    ),
    Exercise(
        id="06.4",
        question="How many resolutions adopted after Belgium's term (from January 2021 to the "
                 "end of the record) were on thematic items?",
        solution="""
record = wps.council.record()
after = record[record["year"] >= 2021]
answer = int((after["kind"] == "thematic").sum())
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of resolutions"),
    ),
]
