"""Exercises of notebook 02-follow-up-resolutions."""

from __future__ import annotations

from . import Exercise, compare

EXERCISES = [
    Exercise(
        id="02.1",
        question="Which resolution is cited by the most later WPS resolutions? Give its number.",
        solution="""
graph = wps.citation_graph()
answer = max(graph.nodes, key=graph.in_degree)
""",
        compare=lambda answer, expected: compare.number(answer, expected, "resolution number"),
    ),
    Exercise(
        id="02.2",
        question="Which resolutions were adopted while Belgium sat on the Council? Give numbers.",
        solution="""
resolutions = wps.load_resolutions()
members = wps.load_council_members()
years = members.loc[members["iso3"] == "BEL", "year"]
answer = sorted(resolutions.loc[resolutions["adopted"].dt.year.isin(years), "number"])
""",
        compare=lambda answer, expected: compare.members(answer, expected, "resolutions"),
    ),
    Exercise(
        id="02.3",
        question="How many resolutions are coded with the theme 'participation'?",
        solution="""
themes = wps.load_resolution_themes()
answer = int((themes["theme"] == "participation").sum())
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of resolutions"),
    ),
    Exercise(
        id="02.4",
        question="How many earlier WPS resolutions does resolution 2242 cite?",
        solution="""
graph = wps.citation_graph()
answer = graph.out_degree(2242)
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of resolutions"),
    ),
]
