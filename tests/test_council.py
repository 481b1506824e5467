"""wps.council helpers on small cases, and integrity of the Council's record."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import wps
from wps import council

VOTES = ["votes_for", "votes_against", "abstentions"]

# Resolutions whose printed vote adds up to fewer than the Council's seats that year, computed
# once from council_resolutions (92 rows) and kept here as printed ("for-against-abstaining").
# Reason: the Library's table prints these counts as they are; the members missing from the
# count were absent or did not take part in the vote. The table says so in words for three of
# them (1280: France did not participate; 1287: one member absent; 1483: the Syrian Arab
# Republic did not participate); for the others it prints the figures only.
SHORT_TOTALS: dict[int, str] = {
    3: "9-0-1", 5: "10-0-0", 22: "8-0-2", 79: "9-0-0", 80: "8-0-2", 81: "10-0-0", 82: "9-0-1",
    83: "7-1-2", 84: "7-0-3", 85: "9-0-1", 98: "9-0-1", 138: "8-0-2", 164: "10-0-0", 166: "9-0-1",
    305: "14-0-0", 309: "14-0-0", 319: "14-0-0", 323: "13-0-1", 338: "14-0-0", 339: "14-0-0",
    340: "14-0-0", 341: "14-0-0", 344: "10-0-4", 346: "13-0-0", 347: "13-0-0", 348: "14-0-0",
    350: "13-0-0", 355: "12-0-2", 359: "14-0-0", 360: "11-0-3", 362: "13-0-0", 363: "13-0-0",
    368: "13-0-0", 369: "13-0-0", 370: "14-0-0", 371: "13-0-0", 376: "14-0-0", 378: "13-0-0",
    381: "13-0-0", 383: "14-0-0", 387: "9-0-5", 389: "12-0-2", 390: "13-0-0", 391: "13-0-0",
    396: "13-0-0", 397: "13-0-1", 398: "12-0-0", 401: "13-0-0", 408: "12-0-0", 410: "14-0-0",
    415: "13-0-1", 416: "13-0-0", 420: "12-0-0", 422: "14-0-0", 425: "12-0-2", 426: "12-0-2",
    427: "12-0-2", 429: "14-0-0", 430: "14-0-0", 434: "12-0-2", 435: "12-0-2", 438: "12-0-2",
    441: "14-0-0", 443: "14-0-0", 444: "12-0-2", 449: "14-0-0", 450: "12-0-2", 451: "14-0-0",
    456: "14-0-0", 458: "14-0-0", 459: "12-0-2", 463: "14-0-0", 470: "14-0-0", 472: "14-0-0",
    474: "12-0-2", 481: "14-0-0", 482: "14-0-0", 483: "12-0-2", 485: "14-0-0", 486: "14-0-0",
    488: "12-0-2", 493: "14-0-0", 515: "14-0-0", 660: "14-0-0", 937: "14-0-0", 938: "14-0-0",
    939: "14-0-0", 940: "12-0-2", 1280: "11-0-3", 1287: "14-0-0", 1402: "14-0-0", 1483: "14-0-0",
}

# Resolutions per year, counted once from the Library's yearly tables (the S/RES symbols printed
# in the outcome column). 1990 prints 36 distinct numbers: 663 twice and 666 never, corrected in
# council_errata. 2019 and 2020 also match the UN's year round-ups (press releases SC/14073 and
# SC/14407: 52 and 57 resolutions).
PER_YEAR = {1946: 15, 1959: 1, 1966: 13, 1990: 37, 1993: 93, 2000: 50, 2008: 65, 2019: 52,
            2020: 57, 2021: 57}


@pytest.fixture(scope="module")
def record() -> pd.DataFrame:
    return wps.load_council_resolutions().sort_values("number").reset_index(drop=True)


def printed(row: pd.Series) -> str:
    return f"{row['votes_for']}-{row['votes_against']}-{row['abstentions']}"


def vote_total_faults(frame: pd.DataFrame, known_short: dict[int, str]) -> list[str]:
    """Rows whose vote adds up to more than the seats, or to fewer without being listed."""
    faults = []
    short = set()
    for _, row in frame.dropna(subset=VOTES).iterrows():
        seats = council.council_size(row["adopted"].year)
        total = int(row["votes_for"] + row["votes_against"] + row["abstentions"])
        if total > seats:
            faults.append(f"{row['number']}: {printed(row)} adds up to more than {seats} seats")
        elif total < seats:
            short.add(row["number"])
            if known_short.get(row["number"]) != printed(row):
                faults.append(f"{row['number']}: {printed(row)} is short of {seats} seats and "
                              "not in the documented list")
    faults += [f"{n}: listed as short but no longer is" for n in sorted(set(known_short) - short)]
    return faults


def meeting_order_breaks(frame: pd.DataFrame) -> list[int]:
    """Numbers adopted at an earlier meeting, or on an earlier day, than the number before them."""
    ordered = frame.sort_values("number")
    meeting = ordered["meeting"].str.extract(r"S/PV\.(\d+)")[0].astype("Float64")
    earlier_day = ordered["adopted"] < ordered["adopted"].cummax()
    earlier_meeting = meeting < meeting.ffill().shift().fillna(0)
    return sorted(ordered.loc[earlier_day | earlier_meeting.fillna(False), "number"].astype(int))


# --- helpers on small cases --------------------------------------------------------------------

@pytest.mark.parametrize("year, seats", [(1946, 11), (1965, 11), (1966, 15), (2022, 15)])
def test_council_size(year: int, seats: int) -> None:
    assert council.council_size(year) == seats


@pytest.mark.parametrize("topic, kind", [
    ("Women and peace and security", "thematic"),
    ("Children and armed conflict", "thematic"),
    ("Protection of civilians in armed conflict", "thematic"),
    ("Threats to international peace and security caused by terrorist acts", "thematic"),
    ("United Nations peacekeeping operations", "thematic"),
    ("Maintenance of international peace and security", "thematic"),
    ("The situation in Mali", "country-or-regional"),
    ("The question concerning Haiti", "country-or-regional"),
    ("Reports of the Secretary-General on the Sudan and South Sudan", "country-or-regional"),
    ("Peace and security in Africa", "country-or-regional"),
    ("The situation in the Middle East", "country-or-regional"),
    ("NON-PROLIFERATION \u2014 Democratic People's Republic of Korea", "country-or-regional"),
    ("The situation in C\u00f4te d\u2019Ivoire", "country-or-regional"),
    ("Admission of new Members \u2014 Palau", "other"),
    ("International Tribunal \u2014 Rwanda", "other"),
    ("Draft resolution contained in document S/24570", "other"),
    ("The Nigerian question", "other"),  # whole words only: no 'Niger' or 'Nigeria' in it
])
def test_topic_kind(topic: str, kind: str) -> None:
    assert council.topic_kind(topic) == kind


def test_explain_topic_names_the_deciding_words() -> None:
    assert council.explain_topic("Situation in the Dominican Republic") == (
        "country-or-regional", "dominican republic")
    assert council.explain_topic("Women and peace and security") == (
        "thematic", "women and peace and security")
    assert council.explain_topic("Follow-up to resolution 817 (1993)") == ("other", None)


def test_every_list_entry_decides_at_least_one_topic(record: pd.DataFrame) -> None:
    deciding = {council.explain_topic(t)[1] for t in record["topic"].unique()}
    for name in ("COUNCIL_BUSINESS", "REGIONS", "PLACE_NAMES", "THEMATIC_ITEMS"):
        unused = [w for w in getattr(council, name) if w.casefold() not in deciding]
        assert not unused, f"{name} has entries that decide nothing: {unused}"


def test_unclassified_topics_are_few_and_known(record: pd.DataFrame) -> None:
    unclassified = council.unclassified_topics(record)
    assert len(unclassified) == 7, unclassified
    assert all(re.match(r"(Letter|Draft resolution|Follow-up|Further report|Report)", t)
               for t in unclassified)


@pytest.mark.parametrize("votes, year, outcome", [
    ((15, 0, 0), 2000, "unanimous"),
    ((11, 0, 0), 1950, "unanimous"),
    ((14, 0, 0), 2000, "none against, some not voting"),
    ((13, 0, 2), 2019, "divided"),
    ((13, 2, 0), 1990, "divided"),
    ((pd.NA, pd.NA, pd.NA), 1960, "no count"),
])
def test_vote_outcome(votes: tuple, year: int, outcome: str) -> None:
    assert council.vote_outcome(*votes, year) == outcome


def small_record() -> pd.DataFrame:
    return pd.DataFrame({
        "number": [1, 2, 3, 4, 5],
        "adopted": pd.to_datetime(["1960-01-01", "1960-05-01", "1960-06-01", "2019-01-01",
                                   "2020-01-01"]),
        "topic": ["The situation in Mali", "Women and peace and security",
                  "Admission of new Members", "Children and armed conflict",
                  "The question concerning Haiti"],
        "votes_for": pd.array([11, pd.NA, 9, 13, 15], dtype="Int64"),
        "votes_against": pd.array([0, pd.NA, 0, 0, 0], dtype="Int64"),
        "abstentions": pd.array([0, pd.NA, 2, 2, 0], dtype="Int64"),
    })


def test_unanimity_by_year_leaves_uncounted_rows_out_of_the_share() -> None:
    table = council.unanimity_by_year(small_record()).set_index("year")
    assert table.loc[1960, ["resolutions", "counted", "unanimous"]].tolist() == [3, 2, 1]
    assert table.loc[1960, "share_unanimous"] == 0.5
    assert table.loc[2019, "share_unanimous"] == 0.0
    assert table.loc[2020, "share_unanimous"] == 1.0


def test_record_adds_year_kind_outcome_and_wps() -> None:
    frame = council.record(small_record())
    assert frame["kind"].tolist() == ["country-or-regional", "thematic", "other", "thematic",
                                      "country-or-regional"]
    assert frame["outcome"].tolist() == ["unanimous", "no count", "divided", "divided", "unanimous"]
    assert not frame["wps"].any()


def test_terms_join_consecutive_years() -> None:
    assert council.terms([2020, 2019, 2008, 2007, 1947]).values.tolist() == [
        [1947, 1947], [2007, 2008], [2019, 2020]]
    assert council.terms([]).empty


def test_resolutions_during_keeps_whole_calendar_years() -> None:
    found = council.resolutions_during(pd.DataFrame({"start_year": [2019], "end_year": [2020]}),
                                       small_record())
    assert found["number"].tolist() == [4, 5]
    assert found["term"].tolist() == ["2019-2020", "2019-2020"]


# --- membership on the real tables ---------------------------------------------------------------

def test_belgium_years_come_from_its_six_terms() -> None:
    assert council.years_on_council("BEL") == [1947, 1948, 1955, 1956, 1971, 1972, 1991, 1992,
                                               2007, 2008, 2019, 2020]


def test_wps_resolutions_while_belgium_sat(record: pd.DataFrame) -> None:
    found = council.resolutions_while_member("bel", record)
    wps_numbers = set(wps.load_resolutions()["number"])
    wps_found = sorted(found.loc[found["number"].isin(wps_numbers), "number"])
    assert wps_found == [1820, 2467, 2493, 2538]
    assert found.groupby("term").size().to_dict() == {
        "1947-1948": 51, "1955-1956": 16, "1971-1972": 33, "1991-1992": 116, "2007-2008": 121,
        "2019-2020": 109}


def test_membership_after_the_record_finds_nothing(record: pd.DataFrame) -> None:
    found = council.resolutions_while_member("JPN", record)
    assert sorted(found["term"].unique()) == ["2005-2006", "2009-2010", "2016-2017"]
    assert found["adopted"].max() <= council.RECORD_END
    assert council.resolutions_while_member("SVN", record).empty  # sits from 2024


# --- integrity of the record ----------------------------------------------------------------------

def test_numbers_run_from_1_to_2640_once_each(record: pd.DataFrame) -> None:
    assert record["number"].tolist() == list(range(1, 2641))
    assert record["adopted"].max() == council.RECORD_END


def test_numbers_follow_dates_and_meetings_but_913(record: pd.DataFrame) -> None:
    assert meeting_order_breaks(record) == [913]
    errata = wps.load_table("council_errata")
    flagged = errata[(errata["number"] == 913) & (errata["action"] == "flagged")]
    assert len(flagged) == 1 and "S/PV.3368" in flagged["reason"].iloc[0]


def test_order_check_catches_a_swapped_date(record: pd.DataFrame) -> None:
    broken = record.copy()
    broken.loc[broken["number"] == 1325, "adopted"] = pd.Timestamp("1999-01-01")
    assert 1325 in meeting_order_breaks(broken)


def test_errata_point_at_rows_of_the_record(record: pd.DataFrame) -> None:
    errata = wps.load_table("council_errata")
    assert set(errata["number"]) <= set(record["number"])


def test_vote_counts_are_all_or_nothing(record: pd.DataFrame) -> None:
    blank = record[VOTES].isna()
    assert (blank.all(axis=1) | ~blank.any(axis=1)).all()


def test_vote_totals_fit_the_council(record: pd.DataFrame) -> None:
    assert len(SHORT_TOTALS) == 92
    assert vote_total_faults(record, SHORT_TOTALS) == []


def test_vote_total_check_catches_too_many_and_new_short_rows(record: pd.DataFrame) -> None:
    broken = record.copy()
    broken.loc[broken["number"] == 1, VOTES] = [10, 0, 2]        # 12 votes, 11 seats in 1946
    broken.loc[broken["number"] == 2467, VOTES] = [13, 0, 1]     # short, not documented
    broken.loc[broken["number"] == 1287, VOTES] = [15, 0, 0]     # documented short row, now full
    faults = vote_total_faults(broken, SHORT_TOTALS)
    assert len(faults) == 3
    assert faults[0].startswith("1: 10-0-2 adds up to more than 11")
    assert faults[1].startswith("2467: 13-0-1 is short of 15")
    assert faults[2].startswith("1287: listed as short")


def test_wps_rows_agree_with_the_record(record: pd.DataFrame) -> None:
    rows = wps.load_resolutions().merge(record, on="number", suffixes=("", "_record"),
                                        validate="one_to_one")
    assert len(rows) == 11
    for column in ["adopted", *VOTES]:
        assert (rows[column] == rows[f"{column}_record"]).all(), column
    assert (rows["agenda_item"] == rows["topic"]).all()
    with_meeting = rows["meeting"].notna()
    assert rows.loc[~with_meeting, "number"].tolist() == [2538]  # written procedure, no meeting
    assert rows.loc[~with_meeting, "meeting_record"].isna().all()
    assert (rows.loc[with_meeting, "meeting"] == rows.loc[with_meeting, "meeting_record"]).all()


def test_resolutions_without_a_meeting_are_2020_and_2021_written_procedure(
        record: pd.DataFrame) -> None:
    no_meeting = record[record["meeting"].isna()]
    assert no_meeting["adopted"].dt.year.value_counts().to_dict() == {2020: 34, 2021: 18}
    in_2020 = no_meeting[no_meeting["adopted"].dt.year == 2020]
    assert (in_2020["source_id"] == "rec-dhl-meetings-2020-written").all()


@pytest.mark.parametrize("year, count", sorted(PER_YEAR.items()))
def test_resolutions_per_year_match_the_source_tables(record: pd.DataFrame, year: int,
                                                       count: int) -> None:
    assert (record["adopted"].dt.year == year).sum() == count
