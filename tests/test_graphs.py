"""Membership graphs on a tiny hand-made data package, where every answer can be worked out by hand."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pytest

import wps
from wps import graphs

SOURCE = "net-be-mfa-wps"

NETWORKS = f"""network,name,kind,founded,wps_specific,members_known,members_total,coverage,source_id
alpha,Alpha network,informal-network,2010-06,true,3,3,test,{SOURCE}
beta,Beta alliance,alliance,2000,false,3,,test,{SOURCE}
gamma,Gamma group,un-group,,true,2,,test,{SOURCE}
eu,European Union,union,1958-01-01,false,2,2,test,{SOURCE}
unsc,United Nations Security Council,un-organ,1946-01-17,false,3,15,test,{SOURCE}
"""

# NLD in alpha: joined unknown, so it counts from alpha's founding (June 2010).
# BEL and DEU in gamma: joined and founding both unknown, so they count at any date.
# eu is both a network and (in beta) a member.
MEMBERSHIPS = f"""network,member,joined,left,role,confidence,note,source_id
alpha,BEL,2010-06-15,,founder,high,,{SOURCE}
alpha,BEL,2013,2013,chair,high,,{SOURCE}
alpha,NLD,,,member,medium,,{SOURCE}
alpha,FRA,2012,2014-03,member,low,,{SOURCE}
beta,BEL,2000,,founder,high,,{SOURCE}
beta,NLD,2005-03-01,,member,high,,{SOURCE}
beta,eu,2001,,member,high,,{SOURCE}
gamma,BEL,,,member,high,,{SOURCE}
gamma,DEU,,,member,low,,{SOURCE}
eu,BEL,1958-01-01,,founder,high,,{SOURCE}
eu,GBR,1973-01-01,2020-01-31,member,high,,{SOURCE}
"""

# DEU sits twice (2019-2020, then 2023): two separate runs.
COUNCIL = f"""year,iso3,seat,source_id,note
2019,BEL,elected,{SOURCE},
2020,BEL,elected,{SOURCE},
2019,DEU,elected,{SOURCE},
2020,DEU,elected,{SOURCE},
2023,DEU,elected,{SOURCE},
2019,FRA,permanent,{SOURCE},
2020,FRA,permanent,{SOURCE},
2023,FRA,permanent,{SOURCE},
"""


@pytest.fixture
def tiny(data_copy: Path) -> Path:
    (data_copy / "networks.csv").write_text(NETWORKS, encoding="utf-8")
    (data_copy / "memberships.csv").write_text(MEMBERSHIPS, encoding="utf-8")
    (data_copy / "council_members.csv").write_text(COUNCIL, encoding="utf-8")
    wps.clear_cache()
    return data_copy


def members_of(network: str, at: object = None, **filters: object) -> set[str]:
    graph = wps.membership_graph(at=at, **filters)
    return set(graph[network]) if network in graph else set()


def test_bipartite_attribute(tiny: Path) -> None:
    graph = wps.membership_graph()
    assert nx.is_bipartite(graph)
    assert graphs.network_nodes(graph) == ["alpha", "beta", "eu", "gamma", "unsc"]
    assert graphs.member_nodes(graph) == ["BEL", "DEU", "FRA", "GBR", "NLD", "org:eu"]
    assert all(side in (0, 1) for _, side in graph.nodes(data="bipartite"))


def test_kind_name_and_id(tiny: Path) -> None:
    graph = wps.membership_graph()
    assert graph.nodes["BEL"] == {"bipartite": 0, "kind": "state", "name": "Belgium", "id": "BEL"}
    assert graph.nodes["alpha"]["kind"] == "informal-network"
    assert graph.nodes["alpha"]["name"] == "Alpha network"
    assert graph.nodes["unsc"]["kind"] == "un-organ"


def test_organisation_that_is_also_a_network_is_its_own_node(tiny: Path) -> None:
    graph = wps.membership_graph()
    assert graph.nodes["eu"]["bipartite"] == 1 and graph.nodes["eu"]["kind"] == "union"
    assert graph.nodes["org:eu"] == {"bipartite": 0, "kind": "organisation",
                                     "name": "European Union", "id": "eu"}
    assert set(graph["eu"]) == {"BEL", "GBR"}
    assert set(graph["org:eu"]) == {"beta"}
    assert graphs.member_key("eu") == "org:eu" and graphs.member_key("BEL") == "BEL"


def test_edge_attributes_merge_roles(tiny: Path) -> None:
    graph = wps.membership_graph()
    edge = graph.edges["BEL", "alpha"]
    assert edge["role"] == "chair" and edge["roles"] == ("chair", "founder")
    assert edge["joined"] == "2010-06-15" and edge["left"] is None
    assert graph.edges["FRA", "alpha"]["left"] == "2014-03"
    assert graph.edges["NLD", "alpha"]["joined"] is None


def test_at_a_year(tiny: Path) -> None:
    assert members_of("alpha", 2009) == set()
    assert members_of("alpha", 2011) == {"BEL", "NLD"}
    assert members_of("alpha", 2014) == {"BEL", "NLD", "FRA"}
    assert members_of("alpha", 2015) == {"BEL", "NLD"}
    assert members_of("alpha", np.int64(2011)) == members_of("alpha", 2011)
    assert members_of("alpha", "2011") == members_of("alpha", 2011)


def test_at_a_date_with_reduced_precision_dates(tiny: Path) -> None:
    # the founding '2010-06' counts from 1 June; BEL's joined is a full date
    assert members_of("alpha", "2010-05-31") == set()
    assert members_of("alpha", "2010-06-01") == {"NLD"}
    assert members_of("alpha", "2010-06") == {"BEL", "NLD"}
    # a left of '2014-03' lasts to the end of March
    assert "FRA" in members_of("alpha", "2014-03-31")
    assert "FRA" not in members_of("alpha", "2014-04-01")
    # a left given as a day: a member on that day, not the day after
    assert "GBR" in members_of("eu", "2020-01-31")
    assert "GBR" not in members_of("eu", "2020-02-01")
    assert "GBR" in members_of("eu", 2020)


def test_unknown_joined_falls_back_to_founding(tiny: Path) -> None:
    rows = graphs.memberships(at="2010-05-31", networks=["alpha"])
    assert rows.empty
    # no joined and no founding: counted at any date
    assert members_of("gamma", 1900) == {"BEL", "DEU"}


def test_roles_follow_the_date(tiny: Path) -> None:
    assert wps.membership_graph(at=2013).edges["BEL", "alpha"]["role"] == "chair"
    assert wps.membership_graph(at=2015).edges["BEL", "alpha"]["role"] == "founder"


def test_council_runs(tiny: Path) -> None:
    rows = graphs.council_memberships()
    deu = rows[rows["member"] == "DEU"].sort_values("joined")
    assert deu[["joined", "left"]].values.tolist() == [["2019", "2020"], ["2023", "2023"]]
    assert members_of("unsc", 2020) == {"BEL", "DEU", "FRA"}
    assert members_of("unsc", 2021) == set()
    assert members_of("unsc", 2023) == {"DEU", "FRA"}


def test_networks_filter(tiny: Path) -> None:
    assert set(graphs.memberships(networks="eu")["member"]) == {"BEL", "GBR"}
    graph = wps.membership_graph(networks=["alpha", "beta"])
    assert graphs.network_nodes(graph) == ["alpha", "beta"]


def test_projection_weights(tiny: Path) -> None:
    projection = wps.co_membership_graph()
    assert set(projection) == {"BEL", "DEU", "FRA", "GBR", "NLD", "org:eu"}
    weights = {n: projection["BEL"][n]["weight"] for n in projection["BEL"]}
    assert weights == {"NLD": 2, "FRA": 2, "DEU": 2, "GBR": 1, "org:eu": 1}
    assert projection["NLD"]["org:eu"]["weight"] == 1
    assert not projection.has_edge("GBR", "NLD")
    in_2023 = wps.co_membership_graph(at=2023)
    assert in_2023["BEL"]["DEU"]["weight"] == 1  # gamma only: the council seats do not overlap
    assert "GBR" not in in_2023
    same = wps.co_membership_graph(graph=wps.membership_graph(at=2023))
    assert nx.utils.edges_equal(same.edges(data=True), in_2023.edges(data=True))


def test_ego_network(tiny: Path) -> None:
    ego = wps.ego_network("BEL", at=2011)
    assert set(ego) == {"BEL", "alpha", "beta", "gamma", "eu", "NLD", "org:eu", "DEU", "GBR"}
    assert nx.is_bipartite(ego)
    assert set(wps.ego_network("eu")) == {"org:eu", "beta", "BEL", "NLD"}
    with pytest.raises(KeyError, match="USA"):
        wps.ego_network("USA")
    with pytest.raises(KeyError, match="FRA"):
        wps.ego_network("FRA", at=2016)


def test_min_confidence(tiny: Path) -> None:
    assert members_of("alpha", min_confidence="high") == {"BEL"}
    assert members_of("alpha", min_confidence="medium") == {"BEL", "NLD"}
    assert members_of("alpha", min_confidence="low") == {"BEL", "NLD", "FRA"}
    assert wps.co_membership_graph(min_confidence="high")["BEL"]["NLD"]["weight"] == 1
    assert "unsc" in wps.membership_graph(min_confidence="high")
    with pytest.raises(ValueError, match="min_confidence"):
        graphs.memberships(min_confidence="certain")
