"""Exercises of notebook 04-national-action-plans."""

from __future__ import annotations

from . import Exercise, compare

EXERCISES = [
    Exercise(
        id="04.1",
        question="In which year did Belgium adopt its first national action plan?",
        solution="""
first = wps.plans.first_plans().set_index("iso3")
answer = first.loc["BEL", "adopted_by"].year
""",
        compare=lambda answer, expected: compare.year(answer, expected),
    ),
    Exercise(
        id="04.2",
        question="How many states had adopted a first plan by 31 December 2010?",
        solution="""
answer = len(wps.plans.states_with_plan("2010-12-31"))
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of states"),
    ),
    Exercise(
        id="04.3",
        question="Which of Belgium's plans was in force in 2015?",
        solution="""
answer = int(wps.plans.plan_in_force("BEL", 2015)["plan"].iloc[0])
""",
        compare=lambda answer, expected: compare.number(answer, expected, "plan number"),
    ),
    Exercise(
        id="04.4",
        question="Which current EU members have no plan in the data? Give ISO3 codes.",
        solution="""
eu = wps.graphs.memberships(at="2025-01-01", networks=["eu"])["member"]
with_plan = set(wps.load_action_plans()["iso3"])
answer = sorted(set(eu) - with_plan)
""",
        compare=lambda answer, expected: compare.members(answer, expected, "countries"),
    ),
]
