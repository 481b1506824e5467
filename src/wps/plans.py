"""Questions about national action plans (NAPs): which plan was in force, and how many states had one.

Adoption dates come at mixed precision (``2009``, ``2009-02`` or
``2009-02-20``). A date known only to the year or month covers a period; the
functions here say which end of it they use:

* a plan counts as adopted *by* a day only when the whole period its
  ``adopted`` value can mean has passed (so ``2009`` counts from 31 December
  2009): counts are never inflated by guessing;
* when ``adopted`` is blank, the plan's ``start_year`` stands in for it, at
  year precision.
"""

from __future__ import annotations

import pandas as pd

from . import loaders
from .dates import period_end, period_start


def adoption_periods() -> pd.DataFrame:
    """Return the action plans with ``adopted_from`` and ``adopted_by`` (first and last day).

    ``adopted_from`` is the first day the adoption can have happened,
    ``adopted_by`` the last; both are NaT when neither ``adopted`` nor
    ``start_year`` is known.
    """
    plans = loaders.load_table("action_plans")
    known = plans["adopted"].where(plans["adopted"].notna(),
                                   plans["start_year"].astype("string"))
    plans["adopted_from"] = pd.to_datetime([period_start(v) for v in known])
    plans["adopted_by"] = pd.to_datetime([period_end(v) for v in known])
    return plans


def first_plans() -> pd.DataFrame:
    """Return each state's first plan, with its adoption period and the state's region."""
    plans = adoption_periods()
    first = plans[plans["plan"] == 1]
    countries = loaders.load_countries()[["iso3", "name", "region"]]
    return first.merge(countries, on="iso3", how="left", validate="one_to_one")


def states_with_plan(at: object) -> list[str]:
    """Return the ISO3 codes of states that had adopted a first plan by ``at`` (a date or year).

    A year means its last day. Only plans whose adoption period has fully
    passed count (see the module docstring).
    """
    return states_with_plan_by(first_plans(), at)


def states_with_plan_by(first: pd.DataFrame, at: object) -> list[str]:
    """Like :func:`states_with_plan`, on a :func:`first_plans` table computed once (for loops)."""
    day = pd.Timestamp(at, 12, 31) if isinstance(at, int) else pd.Timestamp(at)
    return sorted(first.loc[first["adopted_by"] <= day, "iso3"])


def plan_in_force(iso3: str, year: int) -> pd.DataFrame:
    """Return the plan(s) of state ``iso3`` whose period covers ``year``.

    A plan covers the years ``start_year`` to ``end_year``; a plan with no
    ``end_year`` (open-ended or unknown) covers every year from its start
    until the next plan starts. Empty when no plan covers the year.
    """
    plans = loaders.load_table("action_plans")
    own = plans[plans["iso3"] == iso3].sort_values("plan")
    following = own["start_year"].shift(-1)
    end = own["end_year"].fillna(following - 1)
    covers = (own["start_year"] <= year) & (end.isna() | (end >= year))
    return own[covers.fillna(False).astype(bool)].reset_index(drop=True)


def count_comparison() -> pd.DataFrame:
    """Return each published world count beside the count this data set gives for its date.

    Columns: ``date``, ``published``, ``in_data`` (states with a first plan
    adopted by that date), ``difference`` (``in_data - published``), ``source_id``.
    """
    counts = loaders.load_table("plan_counts")
    first = first_plans()
    in_data = [len(states_with_plan_by(first, day)) for day in counts["date"]]
    return pd.DataFrame({
        "date": counts["date"],
        "published": counts["countries"].astype(int),
        "in_data": in_data,
        "difference": [d - int(p) for d, p in zip(in_data, counts["countries"])],
        "source_id": counts["source_id"],
    })
