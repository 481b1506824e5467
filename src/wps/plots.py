"""Figure helpers shared by the notebooks: one colour-blind-safe palette, titled and labelled axes.

Colours come from the Okabe-Ito palette, which stays distinguishable for the
common forms of colour blindness. Figures never carry information by colour
alone: lines and bars also get labels, markers or hatches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

if TYPE_CHECKING:
    import networkx as nx

#: Okabe-Ito colours, in the order the notebooks use them.
PALETTE: dict[str, str] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
COLOURS: list[str] = list(PALETTE.values())
GREY = "#999999"


def figure(width: float = 8, height: float = 4.5) -> tuple[Figure, Axes]:
    """Return a new figure and axes with the series' style."""
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_prop_cycle(color=COLOURS)
    return fig, ax


def finish(ax: Axes, title: str, xlabel: str, ylabel: str, description: str) -> None:
    """Title and label ``ax``, show the figure, and print its text description.

    The printed description sits right under the figure for readers who cannot
    see it (screen readers read text output, not pictures).
    """
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    plt.show()
    print(f"Figure description: {description}")


# --- Membership graphs -------------------------------------------------------------------------
# Networks are orange squares, states blue circles, organisations green diamonds and the
# highlighted member (Belgium) a vermillion star: shape and colour both tell the kinds apart.

#: Marker and colour of each kind of node in membership drawings.
NODE_STYLES: dict[str, dict[str, str]] = {
    "network": {"marker": "s", "color": PALETTE["orange"], "label": "network (square)"},
    "state": {"marker": "o", "color": PALETTE["blue"], "label": "state (circle)"},
    "organisation": {"marker": "D", "color": PALETTE["green"],
                     "label": "organisation (diamond)"},
    "highlight": {"marker": "*", "color": PALETTE["vermillion"], "label": "{name} (star)"},
}


def node_label(graph: nx.Graph, node: object) -> str:
    """Return a short label: ISO3 for a state, upper-case id for an organisation, id for a network."""
    data = graph.nodes[node]
    if data.get("bipartite") == 0 and data.get("kind") == "organisation":
        return str(data.get("id", node)).upper()
    return str(node)


def _node_kind(graph: nx.Graph, node: object) -> str:
    data = graph.nodes[node]
    if data.get("bipartite") == 1:
        return "network"
    return "state" if data.get("kind") == "state" else "organisation"


def _barycentre_order(graph: nx.Graph, fixed: list, free: list) -> list:
    """Order ``free`` nodes by the mean position of their neighbours among ``fixed``."""
    from fractions import Fraction

    where = {node: i for i, node in enumerate(fixed)}

    def key(node: object) -> tuple[Fraction, str]:
        # exact fractions: a float sum would depend on the order neighbours were added
        places = [where[n] for n in graph[node] if n in where]
        return (Fraction(sum(places), len(places)) if places else Fraction(len(fixed)),
                str(node))

    return sorted(free, key=key)


def bipartite_layout(graph: nx.Graph, sweeps: int = 4) -> dict:
    """Place networks on a top row (y = 1) and members on a bottom row (y = 0).

    Both rows are spread evenly over x in [0, 1]. The order within each row
    comes from a few sweeps of the barycentre heuristic (each node moves to
    the mean position of its neighbours), which keeps members of the same
    networks together and cuts edge crossings. No randomness: the same graph
    always gets the same picture; ties are broken by node key.
    """
    networks = sorted((n for n, side in graph.nodes(data="bipartite") if side == 1), key=str)
    members = sorted((n for n, side in graph.nodes(data="bipartite") if side != 1), key=str)
    for _ in range(sweeps):
        members = _barycentre_order(graph, networks, members)
        networks = _barycentre_order(graph, members, networks)
    members = _barycentre_order(graph, networks, members)
    pos = {}
    for row, y in ((networks, 1.0), (members, 0.0)):
        for i, node in enumerate(row):
            pos[node] = ((i + 0.5) / len(row), y)
    return pos


def _fit_fontsize(ax: Axes, slots: int, largest: float = 9.0) -> float:
    """Font size at which ``slots`` one-line labels side by side across the figure width
    (rotated 90 degrees, so each needs about 1.3 x the size) do not touch."""
    width_pt = ax.figure.get_figwidth() * 72 * 0.9
    return max(3.0, min(largest, width_pt / max(slots, 1) / 1.3))


def _legend(ax: Axes, kinds: list[str], highlight_name: str | None,
            below: bool = False) -> None:
    from matplotlib.lines import Line2D

    handles = []
    for kind in kinds:
        style = NODE_STYLES[kind]
        label = style["label"].format(name=highlight_name or "")
        handles.append(Line2D([], [], linestyle="", marker=style["marker"], color=style["color"],
                              markeredgecolor="black", markersize=12 if kind == "highlight" else 8,
                              label=label))
    if below:
        ax.legend(handles=handles, frameon=False, loc="upper center",
                  bbox_to_anchor=(0.5, 0.0), ncol=len(handles))
    else:
        ax.legend(handles=handles, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def _draw_nodes(ax: Axes, graph: nx.Graph, pos: dict, highlight: str | None,
                size: float) -> list[str]:
    kinds_used = []
    for kind in ("network", "state", "organisation"):
        nodes = [n for n in pos if _node_kind(graph, n) == kind and n != highlight]
        if nodes:
            style = NODE_STYLES[kind]
            ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes],
                       marker=style["marker"], c=style["color"], s=size * (1.6 if kind == "network"
                                                                          else 1.0),
                       edgecolors="black", linewidths=0.5, zorder=3)
            kinds_used.append(kind)
    if highlight is not None and highlight in pos:
        style = NODE_STYLES["highlight"]
        ax.scatter([pos[highlight][0]], [pos[highlight][1]], marker=style["marker"],
                   c=style["color"], s=size * 5, edgecolors="black", linewidths=0.6, zorder=4)
        kinds_used.append("highlight")
    return kinds_used


def _draw_edges(ax: Axes, graph: nx.Graph, pos: dict, highlight: str | None) -> None:
    from matplotlib.collections import LineCollection

    plain = [(pos[u], pos[v]) for u, v in sorted(graph.edges, key=str)
             if highlight not in (u, v)]
    ax.add_collection(LineCollection(plain, colors=GREY, linewidths=0.5, alpha=0.6, zorder=1))
    if highlight is not None and highlight in graph:
        own = [(pos[highlight], pos[n]) for n in sorted(graph[highlight], key=str)]
        ax.add_collection(LineCollection(own, colors="black", linewidths=1.6, zorder=2))


def draw_membership(graph: nx.Graph, ax: Axes | None = None, highlight: str | None = "BEL",
                    fontsize: float | None = None) -> dict:
    """Draw a bipartite membership graph: networks on top, members below.

    Networks are orange squares, states blue circles, organisations green
    diamonds; ``highlight`` (Belgium by default) is a large vermillion star and
    its edges are black and thick. Member labels stand vertically, one per
    slot, at a font size chosen so that they do not overlap; network labels
    alternate between two heights. Returns the node positions
    (:func:`bipartite_layout`), so a notebook can annotate groups.
    """
    if ax is None:
        _, ax = figure(12, 5.5)
    pos = bipartite_layout(graph)
    members = [n for n in pos if pos[n][1] == 0.0]
    networks = [n for n in pos if pos[n][1] == 1.0]
    _draw_edges(ax, graph, pos, highlight)
    highlight = highlight if highlight in graph else None
    size = 50 if len(members) < 60 else 25
    kinds = _draw_nodes(ax, graph, pos, highlight, size)
    member_size = fontsize or _fit_fontsize(ax, len(members))
    for node in members:
        ax.annotate(node_label(graph, node), pos[node], xytext=(0, -6),
                    textcoords="offset points", rotation=90, ha="center", va="top",
                    fontsize=member_size, fontweight="bold" if node == highlight else "normal")
    network_size = min(10.0, _fit_fontsize(ax, len(networks), largest=10.0) * 2)
    for i, node in enumerate(networks):
        ax.annotate(node_label(graph, node), pos[node], xytext=(0, 8 + 12 * (i % 2)),
                    textcoords="offset points", ha="center", va="bottom",
                    fontsize=network_size, fontweight="bold")
    ax.set_xlim(0, 1)
    # keep the two rows of network labels (about 40 points) inside the axes, under the title
    height_pt = ax.figure.get_figheight() * 72 * 0.75
    ax.set_ylim(-0.03, 1.0 + 40 / height_pt * 1.03 / (1 - 40 / height_pt))
    ax.set_axis_off()
    name = graph.nodes[highlight].get("name") if highlight is not None else None
    _legend(ax, kinds, name)
    return pos


def radial_layout(graph: nx.Graph, centre: object) -> dict:
    """Place ``centre`` in the middle, its networks on an inner ring and the other members
    on an outer ring, each member at the angle nearest the networks it belongs to.

    Deterministic: the networks go round the inner ring starting with the
    largest, each followed by the one that shares most members with it (so
    overlapping networks sit side by side); members follow by the circular mean
    angle of their networks. Ties are broken by key.
    """
    import math

    left = sorted(graph[centre], key=lambda n: (-graph.degree(n), str(n)))
    networks = left[:1]
    left = left[1:]
    while left:
        last = set(graph[networks[-1]])
        nearest = min(left, key=lambda n: (-len(last & set(graph[n])), -graph.degree(n), str(n)))
        networks.append(nearest)
        left.remove(nearest)
    inner = {n: 2 * math.pi * i / len(networks) for i, n in enumerate(networks)}
    others = [n for n in graph if n != centre and n not in inner]

    def angle(node: object) -> tuple[float, str]:
        places = sorted(inner[n] for n in graph[node] if n in inner)
        x = sum(math.cos(a) for a in places)
        y = sum(math.sin(a) for a in places)
        return (math.atan2(y, x) % (2 * math.pi) if places else 0.0, str(node))

    others = sorted(others, key=angle)
    start = angle(others[0])[0] if others else 0.0
    pos = {centre: (0.0, 0.0)}
    for node, a in inner.items():
        pos[node] = (math.cos(a), math.sin(a))
    for i, node in enumerate(others):
        a = start + 2 * math.pi * i / len(others)
        pos[node] = (2.2 * math.cos(a), 2.2 * math.sin(a))
    return pos


def draw_ego(graph: nx.Graph, centre: str = "BEL", ax: Axes | None = None,
             fontsize: float | None = None) -> dict:
    """Draw an ego network (see :func:`wps.graphs.ego_network`) as rings around ``centre``.

    The centre is a vermillion star, its networks orange squares on the inner
    ring (labelled in bold), the other members circles (states) and diamonds
    (organisations) on the outer ring, labelled along the radius so that
    labels never cross. Returns the node positions (:func:`radial_layout`).
    """
    import math

    if ax is None:
        _, ax = figure(9, 9)
    pos = radial_layout(graph, centre)
    _draw_edges(ax, graph, pos, centre)
    kinds = _draw_nodes(ax, graph, pos, centre, 30)
    outer = [n for n in pos if n != centre and n not in graph[centre]]
    # the outer ring is 2.2 units of a plot about 2 x 3 units wide
    size = fontsize or max(3.0, min(9.0, ax.figure.get_figwidth() * 72 * 0.9 * 2.2 * 2 * math.pi
                                    / 6.6 / max(len(outer), 1) / 1.3))
    for node in outer:
        x, y = pos[node]
        degrees = math.degrees(math.atan2(y, x))
        flip = 90 < degrees % 360 < 270
        ax.annotate(node_label(graph, node), (x, y), xytext=(1.08 * x, 1.08 * y),
                    rotation=degrees + 180 if flip else degrees, rotation_mode="anchor",
                    ha="right" if flip else "left", va="center", fontsize=size)
    for node in graph[centre]:
        x, y = pos[node]
        ax.annotate(node_label(graph, node), (x, y), xytext=(0, 9), textcoords="offset points",
                    ha="center", va="bottom", fontsize=10, fontweight="bold",
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white",
                          "edgecolor": "none", "alpha": 0.85}, zorder=5)
    ax.annotate(node_label(graph, centre), pos[centre], xytext=(0, -14),
                textcoords="offset points", ha="center", va="top", fontsize=11,
                fontweight="bold", zorder=5)
    ax.set_xlim(-2.9, 2.9)
    ax.set_ylim(-2.9, 2.9)
    ax.set_aspect("equal")
    ax.set_axis_off()
    _legend(ax, kinds, graph.nodes[centre].get("name"), below=True)
    return pos


def draw_projection(projection: nx.Graph, nodes: list, ax: Axes | None = None,
                    highlight: str | None = "BEL") -> dict:
    """Draw the co-membership projection among ``nodes`` on a circle.

    Line width grows with the edge weight (the number of shared networks) and
    each of ``highlight``'s lines carries its weight as a number, so the
    figure does not rely on colour. Nodes keep the order given (sort them
    first for a stable picture). Returns the node positions.
    """
    import math

    if ax is None:
        _, ax = figure(7, 7)
    sub = projection.subgraph(nodes)
    pos = {n: (math.cos(math.pi / 2 - 2 * math.pi * i / len(nodes)),
               math.sin(math.pi / 2 - 2 * math.pi * i / len(nodes))) for i, n in enumerate(nodes)}
    top = max((w for _, _, w in sub.edges(data="weight", default=1)), default=1)
    for u, v, w in sorted(sub.edges(data="weight", default=1), key=lambda e: (e[2], str(e))):
        own = highlight in (u, v)
        ax.plot([pos[u][0], pos[v][0]], [pos[u][1], pos[v][1]],
                color="black" if own else GREY, alpha=0.9 if own else 0.5,
                linewidth=0.4 + 4 * w / top, zorder=2 if own else 1, solid_capstyle="round")
        if own:
            other = v if u == highlight else u
            mx, my = (pos[highlight][0] + 2 * pos[other][0]) / 3, \
                     (pos[highlight][1] + 2 * pos[other][1]) / 3
            ax.text(mx, my, str(w), ha="center", va="center", fontsize=8, zorder=4,
                    bbox={"boxstyle": "circle,pad=0.2", "facecolor": "white",
                          "edgecolor": "black", "linewidth": 0.5})
    _draw_nodes(ax, sub, pos, highlight if highlight in sub else None, 60)
    for n, (x, y) in pos.items():
        ax.annotate(node_label(sub, n), (x, y), xytext=(1.13 * x, 1.13 * y), ha="center",
                    va="center", fontsize=9, fontweight="bold" if n == highlight else "normal")
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.set_axis_off()
    return pos


def draw_heatmap(projection: nx.Graph, nodes: list, ax: Axes | None = None,
                 what: str = "shared networks") -> None:
    """Draw the weights of the projection among ``nodes`` as a matrix with numbers in the cells.

    Darker blue means more shared networks, and every cell also prints its
    number, so the figure reads without colour. The diagonal (a member with
    itself) is left blank.
    """
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    if ax is None:
        _, ax = figure(7, 6)
    size = len(nodes)
    matrix = np.full((size, size), np.nan)
    for i, u in enumerate(nodes):
        for j, v in enumerate(nodes):
            if i != j:
                matrix[i, j] = projection[u][v]["weight"] if projection.has_edge(u, v) else 0
    cmap = LinearSegmentedColormap.from_list("wps-blues", ["#FFFFFF", PALETTE["blue"]])
    top = np.nanmax(matrix) if size > 1 else 1
    image = ax.imshow(matrix, cmap=cmap, vmin=0, vmax=top)
    for i in range(size):
        for j in range(size):
            if i != j:
                value = int(matrix[i, j])
                ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                        color="white" if value > 0.6 * top else "black")
    labels = [node_label(projection, n) for n in nodes]
    ax.set_xticks(range(size), labels, rotation=90, fontsize=8)
    ax.set_yticks(range(size), labels, fontsize=8)
    ax.spines[["top", "right", "bottom", "left"]].set_visible(False)
    ax.figure.colorbar(image, ax=ax, shrink=0.7, label=what)
