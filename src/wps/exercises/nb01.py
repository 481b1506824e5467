"""Exercises of notebook 01-resolution-1325."""

from __future__ import annotations

from . import Exercise, compare

EXERCISES = [
    Exercise(
        id="01.1",
        question="How many elected members sat on the Council on the day 1325 was adopted?",
        solution="""
members = wps.load_council_members()
in_2000 = members[members["year"] == 2000]
answer = int((in_2000["seat"] == "elected").sum())
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of members"),
    ),
    Exercise(
        id="01.2",
        question="Which members of the Council in 2000 came from Africa? Give ISO3 codes.",
        solution="""
members = wps.load_council_members()
countries = wps.load_countries()
in_2000 = members[members["year"] == 2000].merge(countries, on="iso3")
answer = sorted(in_2000.loc[in_2000["region"] == "Africa", "iso3"])
""",
        compare=lambda answer, expected: compare.members(answer, expected, "countries"),
    ),
    Exercise(
        id="01.3",
        question="Which member presided over the Council when 1325 was adopted? Give its ISO3 code.",
        solution="""
resolutions = wps.load_resolutions()
answer = resolutions.loc[resolutions["number"] == 1325, "presidency"].iloc[0]
""",
        compare=lambda answer, expected: compare.code(answer, expected),
    ),
    Exercise(
        id="01.4",
        question="How many days passed between resolution 1325 and resolution 1820?",
        solution="""
adopted = wps.load_resolutions().set_index("number")["adopted"]
answer = (adopted[1820] - adopted[1325]).days
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of days"),
    ),
]
