"""Exercises of notebook 05-belgium-networks."""

from __future__ import annotations

import numbers
from typing import Any

from . import Exercise, compare


def _networks_in_2023(answer: Any, expected: int) -> str | None:
    hint = compare.number(answer, expected, "number of networks")
    if hint and isinstance(answer, numbers.Number) and answer == 11:
        return ("11 counts every network Belgium ever belonged to. Build the graph for one "
                "year: wps.membership_graph(at=2023).")
    return hint


def _weighted_degree(answer: Any, expected: int) -> str | None:
    hint = compare.number(answer, expected, "weighted degree")
    if hint and isinstance(answer, numbers.Number) and not isinstance(answer, bool):
        if answer < 150:
            return ("That looks like a count of co-members (the plain degree). The weighted "
                    "degree adds up the weights: G.degree('BEL', weight='weight').")
        if answer > expected:
            return ("Too high: did you keep only the high-confidence memberships "
                    "(min_confidence='high')?")
    return hint


def _top_betweenness(answer: Any, expected: str) -> str | None:
    if isinstance(answer, (list, tuple, set)) and len(answer) == 1:
        return "Give the one code as text, like 'BEL', not inside a list."
    given = answer.strip().upper() if isinstance(answer, str) else None
    if given == "ORG:EU":
        return ("Did you pass weight='weight'? Betweenness reads weights as distances, so "
                "strong ties would count as long paths. Leave the weight out.")
    if given == "BEL":
        return ("Belgium leads by weighted degree, not by betweenness. Sort the result of "
                "nx.betweenness_centrality(P) instead.")
    hint = compare.code(answer, expected)
    if hint and given is not None and len(given) == 3:
        return "Not the highest: sort the betweenness values from high to low."
    return hint


EXERCISES = [
    Exercise(
        id="05.1",
        question="In how many networks was Belgium a member in 2023? Use the bipartite graph "
                 "of that year and give a number.",
        solution="""
G = wps.membership_graph(at=2023)
answer = G.degree("BEL")
""",
        compare=_networks_in_2023,
    ),
    Exercise(
        id="05.2",
        question="In 2023, which states shared the most networks with Belgium? Give the ISO3 "
                 "codes of all the states tied at the top, as a list.",
        solution="""
P = wps.co_membership_graph(at=2023)
shared = {n: P["BEL"][n]["weight"] for n in P["BEL"] if P.nodes[n]["kind"] == "state"}
most = max(shared.values())
answer = sorted(n for n, w in shared.items() if w == most)
""",
        compare=lambda answer, expected: compare.members(answer, expected, "ISO3 codes"),
    ),
    Exercise(
        id="05.3",
        question="Keep only high-confidence memberships (min_confidence='high'). What is "
                 "Belgium's weighted degree in the 2023 projection?",
        solution="""
P = wps.co_membership_graph(at=2023, min_confidence="high")
answer = P.degree("BEL", weight="weight")
""",
        compare=_weighted_degree,
    ),
    Exercise(
        id="05.4",
        question="Which member has the highest betweenness centrality in the 2023 projection "
                 "(unweighted)? Give its ISO3 code as text.",
        solution="""
P = wps.co_membership_graph(at=2023)
betweenness = nx.betweenness_centrality(P)
answer = max(sorted(betweenness), key=betweenness.get)
""",
        compare=_top_betweenness,
    ),
]
