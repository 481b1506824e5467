"""National action plans: integrity of the data and the helpers in wps.plans."""

from __future__ import annotations

import pandas as pd
import pytest

import wps
from wps import plans
from wps.dates import period_end, period_start

#: Largest gap allowed between a published world count and this data set's count for the
#: same date. Published counts differ among themselves by up to 10 within weeks (37 and 43
#: in spring 2014), because sources count differently; see docs/data.md.
TOLERANCE = 10


@pytest.fixture(scope="module")
def action_plans() -> pd.DataFrame:
    return wps.load_action_plans()


def test_at_least_100_states(action_plans: pd.DataFrame) -> None:
    assert action_plans["iso3"].nunique() >= 100


def test_plans_are_numbered_without_gaps(action_plans: pd.DataFrame) -> None:
    for iso3, group in action_plans.groupby("iso3"):
        assert sorted(group["plan"]) == list(range(1, len(group) + 1)), iso3


def test_plans_start_in_order(action_plans: pd.DataFrame) -> None:
    for iso3, group in action_plans.sort_values("plan").groupby("iso3"):
        starts = group["start_year"].dropna().astype(int).tolist()
        assert starts == sorted(starts), iso3
        adopted = [period_start(v) for v in group["adopted"] if isinstance(v, str)]
        assert adopted == sorted(adopted), iso3


def test_end_not_before_start(action_plans: pd.DataFrame) -> None:
    both = action_plans.dropna(subset=["start_year", "end_year"])
    assert (both["end_year"] >= both["start_year"]).all()


def test_adoption_not_long_after_start(action_plans: pd.DataFrame) -> None:
    # A plan may be adopted before its period or during its first years, never years later.
    for row in action_plans.dropna(subset=["start_year", "adopted"]).itertuples():
        assert period_start(row.adopted).year <= row.start_year + 2, (row.iso3, row.plan)


def test_no_plan_before_the_2004_request(action_plans: pd.DataFrame) -> None:
    years = [period_start(v).year for v in action_plans["adopted"] if isinstance(v, str)]
    assert min(years) == 2005
    first = plans.first_plans().sort_values("adopted_by")
    assert first.iloc[0]["iso3"] == "DNK", "Denmark adopted the first plan, in 2005"


def test_belgium_has_four_plans(action_plans: pd.DataFrame) -> None:
    belgium = action_plans[action_plans["iso3"] == "BEL"].sort_values("plan")
    periods = list(zip(belgium["start_year"], belgium["end_year"]))
    assert periods == [(2009, 2012), (2013, 2016), (2017, 2021), (2022, 2026)]
    assert belgium["adopted"].tolist() == ["2009-02-20", "2013-07-19", "2017-07-20", "2022-02-25"]
    assert belgium["lead_ministry"].notna().sum() >= 3


def test_counts_within_tolerance_of_published_figures() -> None:
    comparison = plans.count_comparison()
    far = comparison[comparison["difference"].abs() > TOLERANCE]
    assert far.empty, far.to_string()


def test_published_counts_grow_over_time() -> None:
    counts = wps.load_plan_counts().sort_values("date")
    assert counts["countries"].iloc[-1] > counts["countries"].iloc[0]
    assert counts["countries"].max() <= 193


def test_states_with_plan_counts_only_finished_periods() -> None:
    first = plans.first_plans().set_index("iso3")
    assert first.loc["DNK", "adopted"] == "2005"
    assert first.loc["DNK", "adopted_by"] == pd.Timestamp("2005-12-31")
    assert "DNK" in plans.states_with_plan(2005)
    assert "DNK" not in plans.states_with_plan("2005-06-30")
    assert plans.states_with_plan("2004-12-31") == []
    assert len(plans.states_with_plan(2023)) >= 95


def test_plan_in_force() -> None:
    assert plans.plan_in_force("BEL", 2019)["plan"].tolist() == [3]
    assert plans.plan_in_force("BEL", 2024)["plan"].tolist() == [4]
    assert plans.plan_in_force("BEL", 2005).empty


def test_plan_in_force_open_ended_runs_to_next_plan(data_copy) -> None:
    path = data_copy / "action_plans.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0]
    rows = [line for line in lines[1:] if not line.startswith("BEL,")]
    rows += ["BEL,1,,2009,,2009,,high,,nap-be-news-2009",
             "BEL,2,,2013,2016,2013,,high,,nap-be-news-2009"]
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    assert plans.plan_in_force("BEL", 2012)["plan"].tolist() == [1]
    assert plans.plan_in_force("BEL", 2014)["plan"].tolist() == [2]


def test_partial_dates() -> None:
    assert period_start("2009") == pd.Timestamp("2009-01-01")
    assert period_end("2009") == pd.Timestamp("2009-12-31")
    assert period_end("2009-02") == pd.Timestamp("2009-02-28")
    assert period_end("2009-02-20") == pd.Timestamp("2009-02-20")
    assert period_start(None) is None and period_end("") is None


def test_regional_plans_include_eu_and_nato() -> None:
    regional = wps.load_regional_action_plans()
    assert {"eu", "nato", "au", "ecowas"} <= set(regional["organisation"])
    both = regional.dropna(subset=["start_year", "end_year"])
    assert (both["end_year"] >= both["start_year"]).all()
