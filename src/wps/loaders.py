"""``load_*()`` functions: one per table, each returning a fresh, validated DataFrame.

The first call reads and validates the whole data package once per process
(and per data folder); later calls copy the cached frame, so a caller may
change what it gets without affecting anyone else.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import datapackage
from .datapackage import Table
from .errors import DataError
from .paths import data_dir

_cache: dict[Path, dict[str, Table]] = {}


def tables() -> dict[str, Table]:
    """Return every validated table of the current data folder (cached)."""
    folder = data_dir()
    if folder not in _cache:
        _cache[folder] = datapackage.read_package(folder)
    return _cache[folder]


def clear_cache() -> None:
    """Forget the tables read so far, so the next load reads the files again.

    Useful after editing a CSV while a notebook kernel is running.
    """
    _cache.clear()


def load_table(name: str) -> pd.DataFrame:
    """Return a copy of the table called ``name`` (as named in datapackage.json)."""
    loaded = tables()
    if name not in loaded:
        folder = data_dir()
        raise DataError(str(folder / "datapackage.json"), f"there is no table called '{name}'.",
                        "Use one of: " + ", ".join(loaded) + ".")
    return loaded[name].frame.copy()


def table_names() -> list[str]:
    """Return the names of all tables in the data package, in package order."""
    return list(tables())


def table_schema(name: str) -> pd.DataFrame:
    """Return the columns of table ``name`` as described in datapackage.json.

    One row per column: ``column``, ``type``, ``required``, ``allowed``
    (the values an enum allows) and ``description``.
    """
    folder = data_dir()
    descriptor = datapackage.read_descriptor(folder)
    resource = datapackage.resource_descriptor(descriptor, name, folder)
    rows = []
    for spec in resource["schema"]["fields"]:
        constraints = spec.get("constraints", {})
        kind = "date (YYYY, YYYY-MM or YYYY-MM-DD)" if spec.get("wps:partialDate") else spec["type"]
        rows.append({"column": spec["name"], "type": kind,
                     "required": bool(constraints.get("required")),
                     "allowed": ", ".join(map(str, constraints.get("enum", []))),
                     "description": spec.get("description", "")})
    return pd.DataFrame(rows)


def read_table(name: str, path: str | Path) -> pd.DataFrame:
    """Validate an outside CSV file against the shipped schema of table ``name``.

    The file must have the table's columns and obey its types and
    constraints; its references (countries, sources, ...) must resolve in
    the shipped data or within the file itself. Nothing in ``data/`` changes.
    Raises :class:`wps.DataError` naming the file, line and column of the
    first fault.
    """
    return _outside_table(name, path)[1].frame.copy()


def _outside_table(name: str, path: str | Path) -> tuple[dict, Table]:
    """Return the resource descriptor of ``name`` and the validated outside file."""
    folder = data_dir()
    descriptor = datapackage.read_descriptor(folder)
    resource = datapackage.resource_descriptor(descriptor, name, folder)
    table = datapackage.read_table(resource, Path(path))
    datapackage.check_foreign_keys(table, resource, {**tables(), name: table})
    return resource, table


def add_rows(name: str, path: str | Path) -> pd.DataFrame:
    """Add the rows of an outside CSV file to table ``name`` for this Python session.

    The file is validated like :func:`read_table`; its keys must not repeat
    rows already loaded. Afterwards every loader and graph function sees the
    shipped rows plus these, while the files in ``data/`` stay unchanged.
    :func:`clear_cache` forgets the added rows. Returns the added rows.
    """
    loaded = tables()
    resource, extra = _outside_table(name, path)
    current = loaded[name]
    key = resource["schema"].get("primaryKey") or []
    key = [key] if isinstance(key, str) else key
    if key:
        existing = set(zip(*(current.values[k] for k in key)))
        for i, line in enumerate(extra.lines):
            row_key = tuple(extra.values[k][i] for k in key)
            if row_key in existing:
                shown = ", ".join(f"{k}={v}" for k, v in zip(key, row_key))
                raise DataError(str(path), f"the key ({shown}) is already in the {name} table.",
                                "Give the row a new key; to correct a shipped row, edit "
                                f"data/{name}.csv instead (see CONTRIBUTING.md).",
                                line=line, column=key[0])
    frame = pd.concat([current.frame, extra.frame], ignore_index=True)
    for column in frame.columns:
        if isinstance(current.frame[column].dtype, pd.CategoricalDtype):
            frame[column] = frame[column].astype(current.frame[column].dtype)
    values = {k: current.values[k] + extra.values[k] for k in current.values}
    loaded[name] = Table(name, current.path, frame, current.lines + extra.lines, values)
    return extra.frame.copy()


def load_sources() -> pd.DataFrame:
    """Return the sources: one row per document or page that backs a data row.

    Columns: ``source_id``, ``title``, ``publisher``, ``url``, ``accessed``.
    Every other table has a ``source_id`` column that points here.
    """
    return load_table("sources")


def load_countries() -> pd.DataFrame:
    """Return the countries: ``iso3`` (ISO 3166-1 alpha-3), ``name``, ``region`` (UN M49)."""
    return load_table("countries")


def load_resolutions() -> pd.DataFrame:
    """Return the Security Council resolutions of the WPS agenda, one row each.

    Key columns: ``number``, ``symbol``, ``adopted`` (datetime), the vote
    counts ``votes_for``/``votes_against``/``abstentions``, and ``source_id``.
    """
    return load_table("resolutions")


def load_votes() -> pd.DataFrame:
    """Return how each Council member voted on each WPS resolution.

    Columns: ``resolution``, ``iso3``, ``vote`` (``yes``/``no``/``abstain``), ``source_id``.
    """
    return load_table("votes")


def load_council_members() -> pd.DataFrame:
    """Return the members of the Security Council for every year 2000-2026.

    Columns: ``year``, ``iso3``, ``seat`` (``permanent``/``elected``), ``source_id``, ``note``.
    """
    return load_table("council_members")


def load_resolution_references() -> pd.DataFrame:
    """Return which earlier WPS resolution each resolution recalls in its preamble (``citing``, ``cited``)."""
    return load_table("resolution_references")


def load_resolution_themes() -> pd.DataFrame:
    """Return the themes coded for each resolution (``resolution``, ``theme``).

    The coding rules are in ``docs/themes.md``.
    """
    return load_table("resolution_themes")


def load_mechanisms() -> pd.DataFrame:
    """Return the posts, teams, reports and arrangements the resolutions created or asked for."""
    return load_table("mechanisms")


def load_office_holders() -> pd.DataFrame:
    """Return who held each post in ``mechanisms`` (name, nationality, start, end, in_office)."""
    return load_table("office_holders")


def load_presidential_statements() -> pd.DataFrame:
    """Return the Council's presidential statements that asked states for national action plans."""
    return load_table("presidential_statements")


def load_belgium_council_terms() -> pd.DataFrame:
    """Return Belgium's terms as an elected member of the Security Council (``start_year``, ``end_year``)."""
    return load_table("belgium_council_terms")


def load_council_resolutions() -> pd.DataFrame:
    """Return every resolution the Security Council adopted from 1946 to the end of June 2022.

    Derived from the UN Dag Hammarskjöld Library's meeting tables by
    ``scripts/build_council_record.py``. Columns: ``number``, ``adopted``,
    ``meeting``, ``topic``, ``votes_for``, ``votes_against``, ``abstentions``
    (blank where the table gives no count, e.g. adopted without a vote),
    ``source_id``. Corrections to misprints in the source are listed in
    ``council_errata``.
    """
    return load_table("council_resolutions")


def load_organisations() -> pd.DataFrame:
    """Return the international organisations that can be members of networks (ids such as ``eu``)."""
    return load_table("organisations")


def load_networks() -> pd.DataFrame:
    """Return the networks (``network`` id, name, kind, founded, coverage of the member list)."""
    return load_table("networks")


def load_memberships() -> pd.DataFrame:
    """Return who belongs to which network, with role and dates as precise as known.

    ``member`` is an ISO3 code or an organisation id. ``joined`` and ``left``
    are ISO dates of reduced precision (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``). Security Council seats are not here: see
    :func:`wps.graphs.memberships`, which adds them from ``council_members``.
    """
    return load_table("memberships")


def load_action_plans() -> pd.DataFrame:
    """Return the national action plans (NAPs) on resolution 1325, one row per plan.

    ``plan`` numbers each state's plans 1, 2, 3...; ``adopted`` is an ISO
    date of reduced precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``);
    ``end_year`` is blank when the plan is open-ended or its end is unknown
    (see ``note``). :mod:`wps.plans` answers questions such as which plan was
    in force in a year.
    """
    return load_table("action_plans")


def load_plan_counts() -> pd.DataFrame:
    """Return world counts of states with a national action plan, as sources published them."""
    return load_table("plan_counts")


def load_regional_action_plans() -> pd.DataFrame:
    """Return regional and organisational WPS plans, policies and strategies (EU, NATO, AU...)."""
    return load_table("regional_action_plans")


def with_sources(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with each row's source title, publisher and URL added.

    ``frame`` needs a ``source_id`` column, as every table of the package has.
    """
    sources = load_sources()[["source_id", "title", "publisher", "url"]]
    sources = sources.rename(columns={"title": "source_title", "publisher": "source_publisher",
                                      "url": "source_url"})
    return frame.merge(sources, on="source_id", how="left", validate="many_to_one")
