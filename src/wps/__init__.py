"""Sourced data and helpers for the Women, Peace and Security (WPS) teaching notebooks.

Load a table with one call, for example ``wps.load_resolutions()``; each loader
returns a fresh pandas DataFrame, validated against ``data/datapackage.json``.
Check an exercise answer with ``wps.check("00.1", answer)`` and see the model
answer with ``wps.solution("00.1")``.
"""

from __future__ import annotations

from . import council, graphs, plans, plots
from .environment import environment_report
from .errors import DataError
from .graphs import citation_graph, co_membership_graph, ego_network, membership_graph
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
