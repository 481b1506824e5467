"""Tests for scripts/build_council_record.py on hand-written fixtures in tests/fixtures/unsc/."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[1] / "scripts" / "build_council_record.py"
FIXTURES = Path(__file__).parent / "fixtures" / "unsc"


def _load():
    spec = importlib.util.spec_from_file_location("build_council_record", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


bcr = _load()


def parse(name: str, year: int, source_id: str | None = None) -> dict[int, dict]:
    rows = bcr.parse_year_table((FIXTURES / name).read_text(encoding="utf-8"), year, source_id)
    return {r["number"]: r for r in rows}


def votes(row: dict) -> tuple:
    return row["votes_for"], row["votes_against"], row["abstentions"]


# --- parse_vote -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("13-0-2", (13, 0, 2)),
    (" \n 9-0-2 ", (9, 0, 2)),
    ("14-0-0 (1 absent)", (14, 0, 0)),
    ("11 - 0 - 4", (11, 0, 4)),
    ("adopted unanimously", None),
    ("without vote", None),
    ("S/2000/1171", None),
    ("S/RES/1325 (2000)", None),
    ("--", None),
])
def test_parse_vote(text, expected):
    assert bcr.parse_vote(text) == expected


def test_parse_date_and_meeting():
    assert bcr.parse_date("19 December ", 2000) == "2000-12-19"
    assert bcr.parse_date("31 Jan.", 2000) == "2000-01-31"
    assert bcr.parse_date("09 September", 1949) == "1949-09-09"
    assert bcr.parse_date("--", 2000) is None
    assert bcr.parse_meeting("S/PV.4251+Corr.1") == "S/PV.4251"
    assert bcr.parse_meeting("S/PV.57 (closed)") == "S/PV.57"
    assert bcr.parse_meeting("S/PV.9079\n(Resumption 1)") == "S/PV.9079 (Resumption 1)"
    assert bcr.parse_meeting("--") == ""


# --- 5-column table: 13-0-2, rejected draft, no vote --------------------------------------------

def test_vote_13_0_2_and_meeting_with_correction_suffix():
    r = parse("scact2000_table_en.html", 2000)[1333]
    assert votes(r) == (13, 0, 2)
    assert r["adopted"] == "2000-12-19"
    assert r["meeting"] == "S/PV.4251"
    assert r["topic"] == "Afghanistan"
    assert r["source_id"] == "rec-dhl-meetings-2000"


def test_rejected_draft_is_not_a_resolution():
    rows = parse("scact2000_table_en.html", 2000)
    assert sorted(rows) == [1287, 1325, 1326, 1333]
    assert all(r["meeting"] != "S/PV.4248" for r in rows.values())


def test_adopted_without_vote_leaves_votes_empty():
    r = parse("scact2000_table_en.html", 2000)[1326]
    assert votes(r) == ("", "", "")
    assert r["vote_text"] == "without vote"
    # &mdash; is decoded and the PRST after the vote is not taken as topic or vote
    assert r["topic"] == "Admission of new Members \u2014 Federal Republic of Yugoslavia"


def test_same_day_resolutions_keep_their_own_meeting():
    rows = parse("scact2000_table_en.html", 2000)
    assert (rows[1325]["meeting"], rows[1325]["adopted"]) == ("S/PV.4213", "2000-10-31")
    assert (rows[1326]["meeting"], rows[1326]["adopted"]) == ("S/PV.4215", "2000-10-31")
    assert votes(rows[1325]) == (15, 0, 0)
    assert votes(rows[1287]) == (14, 0, 0) and rows[1287]["adopted"] == "2000-01-31"


# --- early 4-column tables --------------------------------------------------------------------

def test_unanimous_is_not_turned_into_numbers():
    r = parse("scact1946_table_en.html", 1946)[13]
    assert votes(r) == ("", "", "")
    assert r["vote_text"] == "adopted unanimously"
    assert (r["adopted"], r["meeting"]) == ("1946-12-12", "S/PV.83")


def test_topic_blocks_line_up_with_outcome_blocks():
    rows = parse("scact1946_table_en.html", 1946)
    # outcome starts with an empty block, so resolution 12 belongs to the second agenda item
    assert rows[12]["topic"] == "Greek complaint concerning the situation in northern Greece"
    assert votes(rows[12]) == (11, 0, 0)
    # one outcome block for two agenda items: both are kept
    assert rows[14]["topic"] == ("Australian proposal to extend the term of office of the President"
                                 " / Greek complaint concerning the situation in northern Greece")
    assert votes(rows[14]) == (9, 0, 2)


def test_veto_row_gives_no_resolution():
    rows = parse("scact1946_table_en.html", 1946)
    assert sorted(rows) == [1, 12, 13, 14]


def test_rowspan_meeting_and_blank_continuation_row():
    rows = parse("scact1947_table_en.html", 1947)
    assert sorted(rows) == [25, 30]
    r25 = rows[25]
    assert (r25["meeting"], r25["adopted"]) == ("S/PV.137", "1947-05-22")
    assert r25["topic"] == "Admission of new Members (Italy)"
    assert votes(r25) == (10, 0, 1)
    r30 = rows[30]
    assert (r30["meeting"], r30["adopted"]) == ("S/PV.194", "1947-08-25")
    assert r30["topic"] == "The Indonesian question"
    assert votes(r30) == (7, 0, 4)


# --- two resolutions at one meeting, lost <tr>, repeated row -----------------------------------

def test_two_resolutions_one_meeting_keep_their_own_votes():
    rows = parse("scact2005_table_en.html", 2005)
    assert votes(rows[1645]) == (15, 0, 0)
    assert votes(rows[1646]) == (13, 0, 2)
    assert rows[1645]["meeting"] == rows[1646]["meeting"] == "S/PV.5335"
    assert rows[1646]["adopted"] == "2005-12-20"


def test_row_with_missing_tr_is_split():
    r = parse("scact2005_table_en.html", 2005)[1644]
    assert (r["meeting"], r["adopted"], r["topic"]) == ("S/PV.5329", "2005-12-15",
                                                        "Middle East situation")


def test_row_repeated_verbatim_is_dropped_and_recorded():
    html = (FIXTURES / "scact2005_table_en.html").read_text(encoding="utf-8")
    rows = bcr.parse_year_table(html, 2005)
    assert [r["number"] for r in rows].count(1643) == 2
    kept, errata = bcr.apply_errata(rows)
    assert [r["number"] for r in kept].count(1643) == 1
    assert errata == [{"source_id": "rec-dhl-meetings-2005", "meeting": "S/PV.5327",
                       "printed_number": 1643, "number": 1643, "action": "dropped",
                       "reason": "row repeated verbatim in the source"}]


def test_correction_renumbers_and_is_recorded(monkeypatch):
    monkeypatch.setattr(bcr, "CORRECTIONS",
                        {("rec-dhl-meetings-2005", "S/PV.5329", 1644): (1699, "test")})
    html = (FIXTURES / "scact2005_table_en.html").read_text(encoding="utf-8")
    kept, errata = bcr.apply_errata(bcr.parse_year_table(html, 2005))
    assert 1699 in {r["number"] for r in kept} and 1644 not in {r["number"] for r in kept}
    expected = {"printed_number": 1644, "number": 1699, "action": "renumbered"}
    assert expected.items() <= errata[0].items()


def test_one_printed_vote_shared_by_two_symbols():
    found = bcr.parse_outcome("S/RES/2082 (2012) and \nS/RES/2083 (2012) 15-0-0")
    assert [(f["number"], f["vote"]) for f in found] == [(2082, (15, 0, 0)), (2083, (15, 0, 0))]
    found = bcr.parse_outcome("S/RES/431 (1978) S/RES/432 (1978) \n ")
    assert [f["vote"] for f in found] == [None, None]


def test_vote_of_following_draft_is_not_given_to_resolution():
    found = bcr.parse_outcome("S/RES/48 (1948)\n \nDraft resolution S/100 not adopted\n4-0-7")
    assert found[0]["vote"] is None


# --- 2020 written-procedure table -----------------------------------------------------------------

def test_written_procedure_rows():
    rows = parse("scact2020_covid_table_en.html", 2020, "rec-dhl-meetings-2020-written")
    assert sorted(rows) == [2533, 2534, 2538]  # the vetoed draft is left out
    r = rows[2538]
    assert (r["meeting"], r["adopted"]) == ("", "2020-08-28")
    assert r["topic"] == "United Nations peacekeeping operations"
    assert r["source_id"] == "rec-dhl-meetings-2020-written"
    assert votes(rows[2533]) == (12, 0, 3)
    assert rows[2534]["meeting"] == "S/PV.8747"


# --- whole run --------------------------------------------------------------------------------

def test_source_files_and_sources():
    found = {sid: year for _, year, sid in bcr.source_files(FIXTURES)}
    assert found["rec-dhl-meetings-2020-written"] == 2020
    assert found["rec-dhl-meetings-1946"] == 1946
    written = bcr.source_row(2020, "rec-dhl-meetings-2020-written")
    assert written["url"] == bcr.WRITTEN_2020_URL
    plain = bcr.source_row(1946, "rec-dhl-meetings-1946")
    assert plain == {"source_id": "rec-dhl-meetings-1946",
                     "title": "Security Council - Quick Links - Meetings 1946",
                     "publisher": "UN Dag Hammarskjöld Library",
                     "url": "https://research.un.org/en/docs/sc/quick/meetings/1946",
                     "accessed": "2026-11-27"}


def test_main_writes_csvs(tmp_path):
    (tmp_path / "sources.csv").write_text(
        "source_id,title,publisher,url,accessed\nother,T,P,https://example.org,2026-11-27\n",
        encoding="utf-8")
    assert bcr.main([str(FIXTURES), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "council_errata.csv").exists()
    assert not (tmp_path / "council_meetings.csv").exists()
    raw = (tmp_path / "council_resolutions.csv").read_bytes()
    assert b"\r\n" not in raw
    with open(tmp_path / "council_resolutions.csv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["number", "adopted", "meeting", "topic", "votes_for",
                                     "votes_against", "abstentions", "source_id"]
        rows = list(reader)
    numbers = [int(r["number"]) for r in rows]
    assert numbers == sorted(set(numbers))
    assert numbers == [1, 12, 13, 14, 25, 30, 1287, 1325, 1326, 1333, 1643, 1644, 1645, 1646,
                       2533, 2534, 2538]
    by_number = {int(r["number"]): r for r in rows}
    assert by_number[1333]["votes_for"] == "13" and by_number[1333]["abstentions"] == "2"
    assert by_number[13]["votes_for"] == ""
    with open(tmp_path / "sources.csv", encoding="utf-8", newline="") as f:
        sources = {r["source_id"] for r in csv.DictReader(f)}
    assert {r["source_id"] for r in rows} <= sources
    assert "other" in sources, "sources that are not the Library's tables are kept"


def test_clean_repairs_mojibake_and_spaces():
    assert bcr.clean("Democratic People\u00e2\u0080\u0099s\n  Republic") == \
        "Democratic People\u2019s Republic"
    assert bcr.clean("Caf\u00e9  ok") == "Caf\u00e9 ok"
