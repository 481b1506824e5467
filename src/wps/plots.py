"""Figure helpers shared by the notebooks: one colour-blind-safe palette, titled and labelled axes.

Colours come from the Okabe-Ito palette, which stays distinguishable for the
common forms of colour blindness. Figures never carry information by colour
alone: lines and bars also get labels, markers or hatches.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

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
