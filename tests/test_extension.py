"""Researchers' own data: validating outside files and adding their rows for a session."""

from __future__ import annotations

from pathlib import Path

import pytest

import wps

HEADER = "network,member,joined,left,role,confidence,note,source_id\n"
NETWORK_HEADER = ("network,name,kind,founded,wps_specific,members_known,members_total,"
                  "coverage,source_id\n")


@pytest.fixture(autouse=True)
def fresh_cache():
    wps.clear_cache()
    yield
    wps.clear_cache()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_added_rows_reach_loaders_and_graphs(tmp_path: Path) -> None:
    shipped = len(wps.load_memberships())
    networks = write(tmp_path / "networks.csv", NETWORK_HEADER +
                     "my-net,My network,informal-network,2020,true,2,,Two members known.,"
                     "net-be-mfa-wps\n")
    members = write(tmp_path / "members.csv", HEADER +
                    "my-net,BEL,2020,,member,medium,,net-be-mfa-wps\n"
                    "my-net,eu,2021-05,,member,low,,net-be-mfa-wps\n")
    wps.add_rows("networks", networks)
    added = wps.add_rows("memberships", members)
    assert len(added) == 2
    assert len(wps.load_memberships()) == shipped + 2
    graph = wps.membership_graph()
    assert graph.has_edge("BEL", "my-net") and graph.nodes["my-net"]["name"] == "My network"
    assert not wps.membership_graph(at=2019).has_node("my-net")
    assert str(wps.load_memberships()["confidence"].dtype) == "category"


def test_shipped_files_do_not_change(tmp_path: Path) -> None:
    before = (wps.data_dir() / "memberships.csv").read_bytes()
    wps.add_rows("memberships", write(tmp_path / "m.csv", HEADER +
                                      "nato,FIN,2023-04-04,,chair,low,test,net-be-mfa-wps\n"))
    assert (wps.data_dir() / "memberships.csv").read_bytes() == before


def test_clear_cache_forgets_added_rows(tmp_path: Path) -> None:
    shipped = len(wps.load_memberships())
    wps.add_rows("memberships", write(tmp_path / "m.csv", HEADER +
                                      "nato,FIN,2023-04-04,,chair,low,test,net-be-mfa-wps\n"))
    wps.clear_cache()
    assert len(wps.load_memberships()) == shipped


@pytest.mark.parametrize("row, column, words", [
    ("no-such-net,BEL,2020,,member,high,,net-be-mfa-wps", "network", "networks.network"),
    ("nato,XYZ,2020,,member,high,,net-be-mfa-wps", "member", "countries.iso3 or"),
    ("nato,BEL,2020-13,,member,high,,net-be-mfa-wps", "joined", "real calendar date"),
    ("nato,BEL,2020,,boss,high,,net-be-mfa-wps", "role", "allowed values"),
    ("nato,BEL,2020,,member,sure,,net-be-mfa-wps", "confidence", "allowed values"),
    ("nato,BEL,2020,,member,high,,", "source_id", "required"),
    ("nato,BEL,2020,,member,high,,my-own-source", "source_id", "sources.source_id"),
    ("nato,BEL,1949-04-04,,founder,high,,net-be-mfa-wps", "network", "already in"),
])
def test_bad_rows_name_file_line_and_column(tmp_path: Path, row: str, column: str,
                                            words: str) -> None:
    path = write(tmp_path / "mine.csv", HEADER + "nato,ISL,2020,,member,high,,net-be-mfa-wps\n"
                 + row + "\n")
    with pytest.raises(wps.DataError) as info:
        wps.add_rows("memberships", path)
    assert info.value.path == str(path)
    assert info.value.line == 3
    assert info.value.column == column
    assert words in str(info.value)


def test_missing_column_in_outside_file(tmp_path: Path) -> None:
    path = write(tmp_path / "mine.csv", HEADER.replace(",note", "") +
                 "nato,ISL,2020,,member,high,net-be-mfa-wps\n")
    with pytest.raises(wps.DataError, match="'note' is missing"):
        wps.read_table("memberships", path)
