"""Exercises of notebook 08-extend-the-analysis."""

from __future__ import annotations

from . import Exercise, compare

EXERCISES = [
    Exercise(
        id="08.1",
        question="A memberships file whose line 3 names the network 'no-such-network': "
                 "which line does wps.DataError report?",
        solution="""
import tempfile
from pathlib import Path

path = Path(tempfile.mkdtemp()) / "memberships.csv"
path.write_text(
    "network,member,joined,left,role,confidence,note,source_id\\n"
    "nato,BEL,,,member,high,,net-be-mfa-wps\\n"
    "no-such-network,BEL,,,member,high,,net-be-mfa-wps\\n", encoding="utf-8")
try:
    wps.read_table("memberships", path)
except wps.DataError as error:
    answer = error.line
""",
        compare=lambda answer, expected: compare.number(answer, expected, "line number"),
    ),
    Exercise(
        id="08.2",
        question="After adding the example rows, how many states are linked to 'wps-chods'?",
        solution="""
# In the notebook, after the three wps.add_rows(...) calls:
#     graph = wps.membership_graph()
#     answer = graph.degree("wps-chods")
# One edge per state, whatever its roles: the example file lists BGD, CAN and GBR
# (CAN and BGD twice, as founder and as chair).
answer = len({"BGD", "CAN", "GBR"})
""",
        compare=lambda answer, expected: compare.number(answer, expected, "number of states"),
    ),
    Exercise(
        id="08.3",
        question="What share of the UN member states in the Focal Points Network have a plan?",
        solution="""
countries = wps.load_countries()
un_members = set(countries.loc[countries["un_member_since"].notna(), "iso3"])
fpn = set(wps.graphs.memberships(networks=["wps-fpn"])["member"]) & un_members
with_plan = fpn & set(wps.load_action_plans()["iso3"])
answer = len(with_plan) / len(fpn)
""",
        compare=lambda answer, expected: compare.share(answer, expected),
    ),
]
