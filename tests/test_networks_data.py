"""Integrity of the networks data: checks that fail on a real mistake in the tables."""

from __future__ import annotations

import pandas as pd
import pytest

import wps
from wps.dates import period_end, period_start
from wps import graphs

CHAIRS = ("chair", "co-chair")


@pytest.fixture(scope="module")
def memberships() -> pd.DataFrame:
    return wps.load_memberships()


@pytest.fixture(scope="module")
def networks() -> pd.DataFrame:
    return wps.load_networks().set_index("network")


def test_every_member_resolves(memberships: pd.DataFrame) -> None:
    known = set(wps.load_countries()["iso3"]) | set(wps.load_organisations()["organisation"])
    assert set(memberships["member"]) <= known, set(memberships["member"]) - known


def test_chairs_are_members_of_the_same_network(memberships: pd.DataFrame) -> None:
    chairs = memberships[memberships["role"].isin(CHAIRS)]
    others = memberships[~memberships["role"].isin(CHAIRS)]
    members = set(zip(others["network"], others["member"]))
    missing = [(r.network, r.member) for r in chairs.itertuples()
               if (r.network, r.member) not in members]
    assert not missing


def test_nobody_joins_before_the_network_was_founded(memberships: pd.DataFrame,
                                                      networks: pd.DataFrame) -> None:
    early = []
    for row in memberships.dropna(subset=["joined"]).itertuples():
        founded = networks.loc[row.network, "founded"]
        # reduced precision: '2009' is not before '2009-05-01'
        if founded and period_end(row.joined) < period_start(founded):
            early.append((row.network, row.member, row.joined, founded))
    assert not early


def test_left_is_not_before_joined(memberships: pd.DataFrame) -> None:
    both = memberships.dropna(subset=["joined", "left"])
    wrong = [(r.network, r.member, r.joined, r.left) for r in both.itertuples()
             if period_end(r.left) < period_start(r.joined)]
    assert not wrong


def test_members_known_counts_the_listed_members(memberships: pd.DataFrame,
                                                 networks: pd.DataFrame) -> None:
    listed = memberships.groupby("network")["member"].nunique()
    for network, row in networks.iterrows():
        if network == "unsc":
            continue
        assert row["members_known"] == listed.get(network, 0), network


def test_council_members_known_counts_the_council_members(networks: pd.DataFrame,
                                                          memberships: pd.DataFrame) -> None:
    assert "unsc" not in set(memberships["network"])
    council = wps.load_council_members()
    assert networks.loc["unsc", "members_known"] == council["iso3"].nunique()


def test_eu_has_27_members_and_the_uk_until_brexit(memberships: pd.DataFrame,
                                                   networks: pd.DataFrame) -> None:
    eu = memberships[memberships["network"] == "eu"]
    current = eu[eu["left"].isna()]
    assert len(current) == current["member"].nunique() == 27
    gbr = eu[eu["member"] == "GBR"]
    assert gbr[["joined", "left"]].values.tolist() == [["1973-01-01", "2020-01-31"]]
    assert "GBR" not in set(graphs.memberships(at="2020-02-01", networks=["eu"])["member"])
    assert networks.loc["eu", "members_total"] == 27


def test_nato_has_32_members_and_12_founders(memberships: pd.DataFrame,
                                             networks: pd.DataFrame) -> None:
    nato = memberships[memberships["network"] == "nato"]
    assert nato["member"].nunique() == len(nato) == 32
    assert nato["left"].isna().all()
    founders = nato[nato["role"] == "founder"]
    assert sorted(founders["member"]) == ["BEL", "CAN", "DNK", "FRA", "GBR", "ISL", "ITA",
                                          "LUX", "NLD", "NOR", "PRT", "USA"]
    assert set(founders["joined"]) == {"1949-04-04"}
    assert networks.loc["nato", "founded"] == "1949-04-04"
    assert (nato.loc[nato["role"] != "founder", "joined"] > "1949-04-04").all()
