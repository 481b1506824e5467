"""Integrity of the resolutions data: checks that fail on a real mistake in the tables."""

from __future__ import annotations

import json
import re

import pandas as pd
import pycountry
import pytest

import wps

PERMANENT = {"CHN", "FRA", "GBR", "RUS", "USA"}
WPS_CORE = [1325, 1820, 1888, 1889, 1960, 2106, 2122, 2242, 2467, 2493]


@pytest.fixture(scope="module")
def resolutions() -> pd.DataFrame:
    return wps.load_resolutions()


@pytest.fixture(scope="module")
def members() -> pd.DataFrame:
    return wps.load_council_members()


def test_the_agenda_resolutions(resolutions: pd.DataFrame) -> None:
    core = resolutions[resolutions["core"].astype(bool)]
    assert sorted(core["number"]) == WPS_CORE
    assert resolutions.loc[~resolutions["core"].astype(bool), "number"].tolist() == [2538]


def test_1325_adopted_31_october_2000(resolutions: pd.DataFrame) -> None:
    row = resolutions.set_index("number").loc[1325]
    assert row["adopted"] == pd.Timestamp("2000-10-31")
    assert row["meeting"] == "S/PV.4213"


def test_year_matches_symbol(resolutions: pd.DataFrame) -> None:
    for row in resolutions.itertuples():
        number, year = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", row.symbol).groups()
        assert int(number) == row.number
        assert int(year) == row.adopted.year, row.symbol


def test_numbers_increase_with_dates(resolutions: pd.DataFrame) -> None:
    ordered = resolutions.sort_values("number")
    assert ordered["adopted"].is_monotonic_increasing


def test_fifteen_members_every_year_with_the_five_permanent(members: pd.DataFrame) -> None:
    assert sorted(members["year"].unique()) == list(range(2000, 2027))
    for year, group in members.groupby("year"):
        assert len(group) == 15, year
        permanent = set(group.loc[group["seat"] == "permanent", "iso3"])
        assert permanent == PERMANENT, year


def test_elected_members_serve_two_year_terms(members: pd.DataFrame) -> None:
    # 2014: Jordan took the seat Saudi Arabia declined; Italy (2017) and the
    # Netherlands (2018) split one term. Every other elected member sits two
    # consecutive years, except at the edges of the table.
    exceptions = {("ITA", 2017), ("NLD", 2018)}
    elected = members[members["seat"] == "elected"]
    for iso3, group in elected.groupby("iso3"):
        years = sorted(group["year"])
        runs = [[years[0]]]
        for year in years[1:]:
            if year == runs[-1][-1] + 1 and len(runs[-1]) < 2:
                runs[-1].append(year)
            else:
                runs.append([year])
        for run in runs:
            if len(run) == 1 and run[0] not in (2000, 2026) and (iso3, run[0]) not in exceptions:
                pytest.fail(f"{iso3} sits only in {run[0]}")
    assert "SAU" not in set(members["iso3"])
    assert {"JOR"} <= set(members.loc[members["year"] == 2014, "iso3"])


def test_belgium_sat_in_2019_and_2020(members: pd.DataFrame) -> None:
    years = sorted(members.loc[members["iso3"] == "BEL", "year"])
    assert years == [2007, 2008, 2019, 2020]
    terms = wps.load_belgium_council_terms()
    assert list(zip(terms["start_year"], terms["end_year"])) == [
        (1947, 1948), (1955, 1956), (1971, 1972), (1991, 1992), (2007, 2008), (2019, 2020)]


def test_votes_agree_with_counts(resolutions: pd.DataFrame, members: pd.DataFrame) -> None:
    votes = wps.load_votes()
    for row in resolutions.itertuples():
        cast = votes[votes["resolution"] == row.number]
        counts = cast["vote"].value_counts()
        assert len(cast) == 15, row.number
        assert counts.get("yes", 0) == row.votes_for, row.number
        assert counts.get("no", 0) == row.votes_against, row.number
        assert counts.get("abstain", 0) == row.abstentions, row.number
        sitting = set(members.loc[members["year"] == row.adopted.year, "iso3"])
        assert set(cast["iso3"]) == sitting, row.number


def test_2467_china_and_russia_abstained() -> None:
    votes = wps.load_votes()
    abstained = votes[(votes["resolution"] == 2467) & (votes["vote"] == "abstain")]
    assert sorted(abstained["iso3"]) == ["CHN", "RUS"]


def test_presidency_sat_on_the_council(resolutions: pd.DataFrame, members: pd.DataFrame) -> None:
    for row in resolutions.itertuples():
        sitting = set(members.loc[members["year"] == row.adopted.year, "iso3"])
        assert row.presidency in sitting, row.number
        if isinstance(row.penholder, str):
            assert row.penholder in sitting, row.number


def test_references_point_back_in_time(resolutions: pd.DataFrame) -> None:
    refs = wps.load_resolution_references()
    adopted = resolutions.set_index("number")["adopted"]
    for row in refs.itertuples():
        assert adopted[row.cited] < adopted[row.citing], (row.citing, row.cited)


def test_every_resolution_has_themes() -> None:
    themes = wps.load_resolution_themes()
    assert set(themes["resolution"]) == set(wps.load_resolutions()["number"])
    assert set(themes.loc[themes["resolution"].isin([1820, 1888, 1960, 2106, 2467]), "theme"]) \
        >= {"sexual-violence"}


def test_themes_are_documented() -> None:
    doc = (wps.data_dir().parent / "docs" / "themes.md").read_text(encoding="utf-8")
    for theme in wps.load_resolution_themes()["theme"].cat.categories:
        assert f"**{theme}**" in doc, f"docs/themes.md has no coding rule for {theme}"


def test_office_holders_dates() -> None:
    holders = wps.load_office_holders()
    both = holders.dropna(subset=["start", "end"])
    assert (both["start"] <= both["end"]).all()
    assert (holders.loc[holders["in_office"].astype(bool), "end"].isna()).all()
    for mechanism, group in holders.groupby("mechanism"):
        assert group["in_office"].astype(bool).sum() <= 1, mechanism


def test_mechanisms_created_by_earlier_or_same_resolution() -> None:
    mechanisms = wps.load_mechanisms()
    assert set(mechanisms.loc[mechanisms["mechanism"] == "srsg-svc", "created_by"]) == {1888}


def test_presidential_statements_before_first_nap_counts() -> None:
    prst = wps.load_presidential_statements().set_index("symbol")
    assert prst.loc["S/PRST/2004/40", "adopted"].year == 2004
    assert prst.loc["S/PRST/2005/52", "adopted"].year == 2005


def test_country_codes_are_iso_3166() -> None:
    codes = set(wps.load_countries()["iso3"])
    iso = {country.alpha_3 for country in pycountry.countries}
    assert codes - iso == {"XKX"}, "only Kosovo's user-assigned code is outside ISO 3166-1"
    assert len(codes & iso) == len(iso)


def test_every_table_names_its_source() -> None:
    descriptor = json.loads((wps.data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    sources = set(wps.load_sources()["source_id"])
    for resource in descriptor["resources"]:
        if resource["name"] in ("sources",):
            continue
        frame = wps.load_table(resource["name"])
        assert "source_id" in frame, resource["name"]
        assert frame["source_id"].notna().all(), resource["name"]
        assert set(frame["source_id"]) <= sources, resource["name"]


def test_every_country_column_resolves() -> None:
    codes = set(wps.load_countries()["iso3"])
    for name, columns in {"resolutions": ["presidency", "penholder"], "votes": ["iso3"],
                          "council_members": ["iso3"], "office_holders": ["nationality"],
                          "presidential_statements": ["presidency"]}.items():
        frame = wps.load_table(name)
        for column in columns:
            assert set(frame[column].dropna()) <= codes, (name, column)


def test_sources_are_used() -> None:
    used: set[str] = set()
    for name in wps.table_names():
        if name != "sources":
            used |= set(wps.load_table(name)["source_id"])
    unused = set(wps.load_sources()["source_id"]) - used
    # Sources named only in notes are allowed; every such id must appear in some note.
    notes = " ".join(" ".join(wps.load_table(n)[c].dropna().astype(str))
                     for n in wps.table_names() for c in ("note", "coverage", "description")
                     if c in wps.load_table(n))
    assert {s for s in unused if s not in notes} == set()
