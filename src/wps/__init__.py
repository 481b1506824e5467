"""Sourced data and helpers for the Women, Peace and Security (WPS) teaching notebooks.

Load a table with one call, for example ``wps.load_resolutions()``; each loader
returns a fresh pandas DataFrame, validated against ``data/datapackage.json``.
Check an exercise answer with ``wps.check("00.1", answer)`` and see the model
answer with ``wps.solution("00.1")``.
"""

from __future__ import annotations

from .environment import environment_report
from .errors import DataError
from .exercises import check, solution
from .loaders import (
    clear_cache,
    load_countries,
    load_resolutions,
    load_sources,
    load_table,
    read_table,
    table_names,
    with_sources,
)
from .paths import data_dir

__version__ = "0.1.0"

__all__ = [
    "DataError",
    "__version__",
    "check",
    "clear_cache",
    "data_dir",
    "environment_report",
    "load_countries",
    "load_resolutions",
    "load_sources",
    "load_table",
    "read_table",
    "solution",
    "table_names",
    "with_sources",
]
