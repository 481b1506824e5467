"""Membership drawings: a deterministic layout, and labels that do not overlap."""

from __future__ import annotations

import itertools

import matplotlib
import networkx as nx
import numpy as np
import pytest

import wps
from wps import plots

matplotlib.use("Agg")


def corners(text: matplotlib.text.Text, renderer: object) -> np.ndarray:
    """The four corners of a label on screen, rotated as drawn."""
    box = text.get_window_extent(renderer)
    if text.get_rotation_mode() != "anchor" or text.get_rotation() % 90 == 0:
        return np.array([[box.x0, box.y0], [box.x1, box.y0], [box.x1, box.y1], [box.x0, box.y1]])
    # 'anchor' mode aligns the unrotated text, then turns it about its anchor point
    angle = np.radians(text.get_rotation())
    text.set_rotation(0)
    flat = text.get_window_extent(renderer)
    text.set_rotation(np.degrees(angle))
    anchor = np.array(text.get_transform().transform(text.get_position()))
    rotate = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    flat_corners = np.array([[flat.x0, flat.y0], [flat.x1, flat.y0], [flat.x1, flat.y1],
                             [flat.x0, flat.y1]])
    return (flat_corners - anchor) @ rotate.T + anchor


def separated(a: np.ndarray, b: np.ndarray) -> bool:
    """Two convex quadrilaterals do not overlap (separating axis test, 0.5 px tolerance)."""
    for shape in (a, b):
        for i in range(4):
            edge = shape[(i + 1) % 4] - shape[i]
            axis = np.array([-edge[1], edge[0]])
            pa, pb = a @ axis, b @ axis
            norm = np.linalg.norm(axis) or 1.0
            if pa.max() <= pb.min() + 0.5 * norm or pb.max() <= pa.min() + 0.5 * norm:
                return True
    return False


def overlapping_labels(ax: matplotlib.axes.Axes) -> list[tuple[str, str]]:
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    shapes = [(t.get_text(), corners(t, renderer)) for t in ax.texts if t.get_text()]
    return [(a, b) for (a, shape_a), (b, shape_b) in itertools.combinations(shapes, 2)
            if not separated(shape_a, shape_b)]


def test_overlap_check_sees_rotated_labels() -> None:
    fig, ax = plots.figure(4, 4)
    ax.set(xlim=(0, 10), ylim=(0, 10))
    style = {"rotation": 45, "rotation_mode": "anchor", "ha": "left", "va": "center",
             "fontsize": 10}
    ax.text(2, 2, "LONGLABEL", **style)
    ax.text(2.6, 1.4, "PARALLEL", **style)   # beside the first, along the same slope
    assert overlapping_labels(ax) == []
    ax.text(2.2, 2.2, "ON TOP", **style)
    assert ("LONGLABEL", "ON TOP") in overlapping_labels(ax)
    matplotlib.pyplot.close(fig)


@pytest.fixture(scope="module")
def graph_2023() -> nx.Graph:
    return wps.membership_graph(at=2023)


def test_layout_is_deterministic(graph_2023: nx.Graph) -> None:
    shuffled = nx.Graph()
    shuffled.add_nodes_from(sorted(graph_2023.nodes(data=True), reverse=True))
    shuffled.add_edges_from(sorted(graph_2023.edges, reverse=True))
    assert plots.bipartite_layout(graph_2023) == plots.bipartite_layout(shuffled)
    assert (plots.radial_layout(graph_2023, "BEL")
            == plots.radial_layout(shuffled, "BEL"))


def test_bipartite_drawing_labels_do_not_overlap(graph_2023: nx.Graph) -> None:
    fig, ax = plots.figure(14, 6)
    pos = plots.draw_membership(graph_2023, ax)
    assert {y for _, y in pos.values()} == {0.0, 1.0}
    assert overlapping_labels(ax) == []
    matplotlib.pyplot.close(fig)


def test_networks_and_states_differ_in_shape_and_colour(graph_2023: nx.Graph) -> None:
    fig, ax = plots.figure(14, 6)
    plots.draw_membership(graph_2023, ax)
    legend = {t.get_text(): h for t, h in zip(ax.get_legend().get_texts(),
                                               ax.get_legend().legend_handles)}
    network, state = legend["network (square)"], legend["state (circle)"]
    assert network.get_marker() != state.get_marker()
    assert network.get_color() != state.get_color()
    matplotlib.pyplot.close(fig)


def test_ego_drawing_labels_do_not_overlap() -> None:
    fig, ax = plots.figure(9, 9)
    plots.draw_ego(wps.ego_network("BEL", at=2023), "BEL", ax)
    assert overlapping_labels(ax) == []
    matplotlib.pyplot.close(fig)


def test_heatmap_prints_every_weight() -> None:
    projection = wps.co_membership_graph(at=2023)
    nodes = ["BEL", "FRA", "NLD", "USA"]
    fig, ax = plots.figure(5, 4)
    plots.draw_heatmap(projection, nodes, ax)
    numbers = [t.get_text() for t in ax.texts]
    assert len(numbers) == 12
    assert str(projection["BEL"]["USA"]["weight"]) in numbers
    matplotlib.pyplot.close(fig)
