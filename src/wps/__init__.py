"""Sourced data and helpers for the Women, Peace and Security (WPS) teaching notebooks.

Load a table with one call, for example ``wps.load_resolutions()``; each loader
returns a fresh pandas DataFrame, validated against ``data/datapackage.json``.
Check an exercise answer with ``wps.check("00.1", answer)`` and see the model
answer with ``wps.solution("00.1")``.
"""

from __future__ import annotations

import importlib
from typing import Any

from .environment import environment_report
from .errors import DataError
from .exercises import check, solution
from .loaders import (
    add_rows,
    clear_cache,
    load_action_plans,
    load_plan_counts,
    load_regional_action_plans,
    load_belgium_council_terms,
    load_council_members,
    load_council_resolutions,
    load_mechanisms,
    load_memberships,
    load_networks,
    load_office_holders,
    load_organisations,
    load_presidential_statements,
    load_resolution_references,
    load_resolution_themes,
    load_votes,
    load_countries,
    load_resolutions,
    load_sources,
    load_table,
    read_table,
    table_names,
    table_schema,
    with_sources,
)
from .paths import data_dir

__version__ = "0.1.0"

# Submodules and graph functions load on first use: networkx and matplotlib
# would otherwise double the time of `import wps` for a script that only loads tables.
_SUBMODULES = ("council", "dates", "graphs", "plans", "plots")
_FROM_GRAPHS = ("citation_graph", "co_membership_graph", "ego_network", "membership_graph")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    if name in _FROM_GRAPHS:
        return getattr(importlib.import_module(f"{__name__}.graphs"), name)
    raise AttributeError(f"module 'wps' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_SUBMODULES, *_FROM_GRAPHS])

__all__ = [
    "DataError",
    "add_rows",
    "__version__",
    "check",
    "citation_graph",
    "co_membership_graph",
    "ego_network",
    "membership_graph",
    "clear_cache",
    "data_dir",
    "environment_report",
    "load_action_plans",
    "load_countries",
    "load_plan_counts",
    "load_regional_action_plans",
    "load_belgium_council_terms",
    "load_council_members",
    "load_council_resolutions",
    "load_mechanisms",
    "load_memberships",
    "load_networks",
    "load_office_holders",
    "load_organisations",
    "load_presidential_statements",
    "load_resolution_references",
    "load_resolution_themes",
    "load_votes",
    "load_resolutions",
    "load_sources",
    "load_table",
    "read_table",
    "solution",
    "table_names",
    "table_schema",
    "with_sources",
]
