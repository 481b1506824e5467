"""NetworkX graphs built from the tables: the citation network of resolutions, and membership networks."""

from __future__ import annotations

import numbers
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from . import loaders
from .dates import period_end, period_start

#: Confidence levels from strongest to weakest.
CONFIDENCE = ("high", "medium", "low")
#: Roles from most to least prominent; an edge shows the most prominent active role.
ROLES = ("chair", "co-chair", "founder", "member", "signatory", "observer")
#: Prefix of the node key of an organisation that is also a network (``org:eu``).
ORG_PREFIX = "org:"


def citation_graph(core_only: bool = False) -> nx.DiGraph:
    """Return the resolutions as a directed graph, edges running citing -> cited.

    Nodes are resolution numbers (int) with every column of
    :func:`wps.load_resolutions` as node attributes. An edge means the citing
    resolution recalls or reaffirms the cited one in its preamble.
    With ``core_only`` the related resolution 2538 is left out.
    """
    resolutions = loaders.load_resolutions()
    references = loaders.load_table("resolution_references")
    if core_only:
        core = set(resolutions.loc[resolutions["core"].astype(bool), "number"])
        resolutions = resolutions[resolutions["number"].isin(core)]
        references = references[references["citing"].isin(core) & references["cited"].isin(core)]
    graph = nx.from_pandas_edgelist(references.astype({"citing": int, "cited": int}),
                                    "citing", "cited", edge_attr=["source_id"],
                                    create_using=nx.DiGraph)
    for row in resolutions.astype({"number": int}).to_dict("records"):
        graph.add_node(row["number"], **row)
    return graph


def _window(at: object) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The days ``at`` covers: a whole year for an int (or ``"YYYY"``), a month for
    ``"YYYY-MM"``, one day for a full date."""
    if isinstance(at, numbers.Integral) and not isinstance(at, bool):
        # numbers.Integral, not int: a year taken from a pandas column is a numpy integer
        return pd.Timestamp(int(at), 1, 1), pd.Timestamp(int(at), 12, 31)
    if isinstance(at, str) and len(at.strip()) in (4, 7):
        return period_start(at.strip()), period_end(at.strip())
    day = pd.Timestamp(at).normalize()
    return day, day


def council_memberships() -> pd.DataFrame:
    """Return Security Council seats as memberships of the network ``unsc``.

    Derived from ``council_members`` (one row per member and year): each run
    of consecutive years becomes one membership with ``joined`` and ``left``
    given as years, and ``role`` ``permanent`` or ``elected``.
    """
    members = loaders.load_table("council_members").sort_values(["iso3", "year"])
    members["year"] = members["year"].astype(int)
    run = (members.groupby("iso3")["year"].diff() != 1).cumsum()
    terms = members.groupby(run).agg(member=("iso3", "first"), first=("year", "min"),
                                     last=("year", "max"), seat=("seat", "first"),
                                     source_id=("source_id", "first"))
    return pd.DataFrame({
        "network": "unsc",
        "member": terms["member"],
        "joined": terms["first"].astype(str),
        "left": terms["last"].astype(str),
        "role": "member",
        "seat": terms["seat"].astype(str),
        "confidence": "high",
        "note": None,
        "source_id": terms["source_id"],
    }).reset_index(drop=True)


def memberships(at: object = None, networks: Iterable[str] | None = None,
                min_confidence: str | None = None) -> pd.DataFrame:
    """Return all memberships, the Security Council included, optionally filtered.

    ``at`` (a year as int, or a date) keeps memberships that may have been
    active then: a reduced-precision ``joined`` counts from the first day it
    can mean, ``left`` to the last. A blank ``joined`` is unknown: the row
    counts from the network's founding (or always, if that is unknown too).
    A blank ``left`` means still a member or not known, and is kept.
    ``networks`` keeps only those network ids; ``min_confidence`` drops rows
    below that level (``"high"``, ``"medium"`` or ``"low"``).
    """
    frame = loaders.load_table("memberships")
    frame["confidence"] = frame["confidence"].astype(str)
    if networks is not None:
        # one id given as text would otherwise be read letter by letter
        networks = [networks] if isinstance(networks, str) else list(networks)
        frame = frame[frame["network"].isin(networks)]
    if networks is None or "unsc" in networks:
        frame = pd.concat([frame, council_memberships()], ignore_index=True)
    if min_confidence is not None:
        if min_confidence not in CONFIDENCE:
            raise ValueError(f"min_confidence must be one of {CONFIDENCE}, not {min_confidence!r}")
        allowed = CONFIDENCE[: CONFIDENCE.index(min_confidence) + 1]
        frame = frame[frame["confidence"].isin(allowed)]
    if at is not None:
        start, end = _window(at)
        founded = loaders.load_table("networks").set_index("network")["founded"]
        joined = [period_start(j) or period_start(founded.get(n))
                  for j, n in zip(frame["joined"], frame["network"])]
        left = [period_end(v) for v in frame["left"]]
        active = [(j is None or j <= end) and (lft is None or lft >= start)
                  for j, lft in zip(joined, left)]
        frame = frame[active]
    return frame.reset_index(drop=True)


def membership_graph(at: object = None, networks: Iterable[str] | None = None,
                     min_confidence: str | None = None) -> nx.Graph:
    """Return the bipartite graph of members (states, organisations) and networks.

    Member nodes are keyed by ISO3 code or organisation id, with
    ``bipartite=0``; network nodes by network id, with ``bipartite=1``. An
    organisation that is also a network (the EU, NATO, the OSCE, the Council
    of Europe) is keyed ``org:<id>`` as a member (see :func:`member_key`), so
    that the EU as a member of the Focal Points Network is not the same node
    as the EU as a network of 27 states. Every node has ``kind``, ``name`` and
    ``id`` (its id in the tables). An edge carries ``role`` (the most
    prominent role held), ``roles`` (all of them), ``joined`` and ``left``.
    Filters as in :func:`memberships`.
    """
    rows = memberships(at, networks, min_confidence)
    countries = loaders.load_countries().set_index("iso3")["name"]
    organisations = loaders.load_table("organisations").set_index("organisation")
    network_table = loaders.load_table("networks").set_index("network")
    keys = {m: _member_key(m, network_table.index) for m in rows["member"].unique()}
    graph = nx.Graph()
    for network in rows["network"].unique():
        info = network_table.loc[network]
        graph.add_node(network, bipartite=1, kind=str(info["kind"]), name=info["name"],
                       id=network)
    for member, key in keys.items():
        if member in countries.index:
            graph.add_node(key, bipartite=0, kind="state", name=countries[member], id=member)
        else:
            graph.add_node(key, bipartite=0, kind="organisation",
                           name=organisations.loc[member, "name"], id=member)
    # Plain dictionaries: a pandas groupby per edge made this the slowest step of notebook 05.
    grouped: dict[tuple[str, str], list[tuple[str, object, object]]] = {}
    for network, member, role, joined, left in zip(rows["network"], rows["member"],
                                                   rows["role"].astype(str), rows["joined"],
                                                   rows["left"]):
        grouped.setdefault((network, member), []).append((role, joined, left))
    for (network, member), group in sorted(grouped.items()):
        roles = sorted({role for role, _, _ in group}, key=_role_rank)
        joined = [j for _, j, _ in group if isinstance(j, str) and j]
        left = [x for _, _, x in group if isinstance(x, str) and x]
        graph.add_edge(keys[member], network, role=roles[0], roles=tuple(roles),
                       joined=min(joined) if len(joined) == len(group) else None,
                       left=max(left) if len(left) == len(group) else None)
    return graph


def _member_key(member: str, networks: Iterable[str]) -> str:
    return ORG_PREFIX + member if member in set(networks) else member


def member_key(member: str) -> str:
    """Return the node key of ``member`` (ISO3 code or organisation id) in a membership graph.

    The id itself, except for an organisation that is also a network:
    ``member_key("eu") == "org:eu"``, while ``"eu"`` is the EU as a network.
    """
    if member.startswith(ORG_PREFIX):
        return member
    return _member_key(member, loaders.load_table("networks")["network"])


def _role_rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


def member_nodes(graph: nx.Graph) -> list[str]:
    """Return the member side (``bipartite == 0``) of a membership graph, sorted."""
    return sorted(n for n, side in graph.nodes(data="bipartite") if side == 0)


def network_nodes(graph: nx.Graph) -> list[str]:
    """Return the network side (``bipartite == 1``) of a membership graph, sorted."""
    return sorted(n for n, side in graph.nodes(data="bipartite") if side == 1)


def co_membership_graph(at: object = None, networks: Iterable[str] | None = None,
                        min_confidence: str | None = None,
                        graph: nx.Graph | None = None) -> nx.Graph:
    """Return the projection onto members: an edge weight counts the networks two members share.

    Built with :func:`networkx.algorithms.bipartite.weighted_projected_graph`
    from :func:`membership_graph` (or from ``graph`` when given).
    """
    if graph is None:
        graph = membership_graph(at, networks, min_confidence)
    return nx.bipartite.weighted_projected_graph(graph, member_nodes(graph))


def ego_network(member: str = "BEL", at: object = None,
                networks: Iterable[str] | None = None,
                min_confidence: str | None = None) -> nx.Graph:
    """Return ``member``, its networks and their other members, as a bipartite subgraph.

    ``member`` is an ISO3 code or organisation id (``"eu"`` means the EU as a
    member, node ``org:eu``; see :func:`member_key`).
    """
    graph = membership_graph(at, networks, min_confidence)
    member = member_key(member)
    if member not in graph:
        raise KeyError(f"{member!r} has no membership in the selected data.")
    nodes = {member} | set(graph[member])
    for network in graph[member]:
        nodes |= set(graph[network])
    return graph.subgraph(nodes).copy()
