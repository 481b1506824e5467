"""Helpers on the Security Council's record: its size, who sat when, kinds of item, how it voted.

Sources and where they end:

- ``council_resolutions``: every resolution from 1 (January 1946) to 2640
  (29 June 2022), read from the UN Dag Hammarskjöld Library's yearly tables.
  Nothing after :data:`RECORD_END` is in it.
- ``council_members``: the 15 members of every year 2000-2026.
- ``belgium_council_terms``: Belgium's six terms, 1947-48 to 2019-20.

So "resolutions while a state sat on the Council" is known for every state
from 2000 to mid-2022, and for Belgium also before 2000.

Topics are classified by :func:`topic_kind` with a small rule on the wording
of the agenda item; the lists the rule uses (:data:`COUNCIL_BUSINESS`,
:data:`REGIONS`, :data:`PLACE_NAMES`, :data:`THEMATIC_ITEMS`) are kept here,
in one place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Literal

import pandas as pd

from . import loaders

#: Last day covered by ``council_resolutions``.
RECORD_END = pd.Timestamp("2022-06-29")
#: First year the Council had 15 members (the Charter amendment of 1963 took effect in 1965).
ENLARGED_FROM = 1966
#: First year ``council_members`` covers for every state.
MEMBERS_FROM = 2000

TopicKind = Literal["thematic", "country-or-regional", "other"]
TOPIC_KINDS: tuple[str, ...] = ("country-or-regional", "thematic", "other")

#: How a recorded vote came out, in the order figures show them.
OUTCOMES: tuple[str, ...] = ("unanimous", "none against, some not voting", "divided", "no count")

# --- topic rule -------------------------------------------------------------------------------
# A topic is matched, case-insensitively and on whole words, against three lists in this order;
# the first list with a match decides:
#   1. COUNCIL_BUSINESS -> "other": the Council's own business (membership, elections,
#      appointments, tribunals, procedure), even when a country is named ("Admission of new
#      Members - Palau").
#   2. a place -> "country-or-regional": a country or area name from the countries table,
#      one of PLACE_NAMES (older or UN-style names, adjectives, places and missions tied to one
#      place) or one of REGIONS.
#   3. THEMATIC_ITEMS -> "thematic": an issue that cuts across countries.
# A topic that matches none of them is "other" and counts as unclassified.

#: Wording of the Council's own business (rule 1).
COUNCIL_BUSINESS: tuple[str, ...] = (
    # "admision" is how the source spells it once
    "admission of new members", "admision of new members",
    "membership", "international court of justice", "icj", "appointment of", "credentials",
    "international tribunal", "international residual mechanism", "tribute", "tributes",
    "rules of procedure", "working languages", "military staff committee", "trusteeship",
    "travel expenses", "reviewing the charter", "meetings of the security council in",
    "security council meetings in", "representation of china", "term of office of the president",
)

#: Regions and areas larger than one country (rule 2).
REGIONS: tuple[str, ...] = (
    "Africa", "Middle East", "Great Lakes", "Central America", "Latin America",
    "Arab territories", "Danube",
)

#: Names the countries table does not hold as such: older or UN-style names, adjectives,
#: disputed areas and UN missions tied to one place (rule 2).
PLACE_NAMES: tuple[str, ...] = (
    "Congo", "Zaire", "Korea", "DPRK", "Russian Federation", "USSR", "Rhodesia",
    "South West Africa", "Yugoslavia", "Yugoslav", "Timor", "Kashmir", "Trieste", "Corfu",
    "Abyei", "Karabakh", "Aouzou", "Jamahiriya", "Iranian", "Greek", "Spanish", "Indonesian",
    "Guatemalan", "Egyptian", "Portuguese", "UNDOF", "United Nations Protection Force",
)

#: Issues that cut across countries (rule 3).
THEMATIC_ITEMS: tuple[str, ...] = (
    "women and peace and security", "children and armed conflict", "civilians in armed conflict",
    "threats to international peace and security",
    "maintenance of international peace and security",
    "maintenance of peace and security", "maintaining peace and security",
    "prevention of armed conflicts", "terrorist", "terrorism", "hijacking", "hostage-taking",
    "explosives", "peacekeeping", "peacebuilding", "troop-contributing",
    "security of united nations operations", "protection of un personnel", "non-proliferation",
    "non-nuclear", "1540 committee", "armaments", "atomic",
    "small arms", "sanctions", "kimberley process", "hiv/aids",
    "cooperation between the united nations and regional",
    "cooperation between the un and regional",
)


def council_size(year: int) -> int:
    """Return the number of seats on the Council in ``year``: 11 before 1966, 15 from 1966."""
    return 11 if year < ENLARGED_FROM else 15


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2014", "-")
                  .replace("\u2013", "-")).strip().casefold()


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted({_normal(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    places = list(loaders.load_countries()["name"]) + list(PLACE_NAMES) + list(REGIONS)
    return (("other", _pattern(COUNCIL_BUSINESS)),
            ("country-or-regional", _pattern(places)),
            ("thematic", _pattern(THEMATIC_ITEMS)))


def explain_topic(topic: str) -> tuple[TopicKind, str | None]:
    """Return the kind of an agenda item and the words that decided it.

    The words are ``None`` when no list matched: the topic is then ``"other"``
    and counts as unclassified. See the module source for the rule and its lists.

    >>> explain_topic("The situation in Mali")
    ('country-or-regional', 'mali')
    """
    text = _normal(topic)
    for kind, pattern in _patterns():
        found = pattern.search(text)
        if found:
            return kind, found.group(1)  # type: ignore[return-value]
    return "other", None


def topic_kind(topic: str) -> TopicKind:
    """Return ``"thematic"``, ``"country-or-regional"`` or ``"other"`` for an agenda item.

    Rule, in order: the Council's own business (membership, elections,
    appointments, tribunals, procedure) is ``"other"``; a topic naming a
    country, area or region is ``"country-or-regional"``; a topic naming a
    cross-cutting issue (WPS, children, civilians, terrorism, peacekeeping,
    non-proliferation, ...) is ``"thematic"``; anything else is ``"other"``.

    >>> topic_kind("Women and peace and security")
    'thematic'
    >>> topic_kind("The question concerning Haiti")
    'country-or-regional'
    """
    return explain_topic(topic)[0]


def unclassified_topics(resolutions: pd.DataFrame | None = None) -> list[str]:
    """Return the distinct topics that no list of the rule matches, sorted."""
    frame = loaders.load_council_resolutions() if resolutions is None else resolutions
    return sorted(t for t in frame["topic"].unique() if explain_topic(t)[1] is None)


# --- votes ------------------------------------------------------------------------------------

def vote_outcome(votes_for: object, votes_against: object, abstentions: object, year: int) -> str:
    """Return one of :data:`OUTCOMES` for a recorded vote in ``year``.

    ``"unanimous"``: every seat voted in favour. ``"none against, some not
    voting"``: no vote against and no abstention, but fewer votes in favour than
    seats (members absent or not taking part). ``"divided"``: at least one vote
    against or abstention. ``"no count"``: the source prints no count (adopted
    unanimously without figures in early years, without a vote, by consensus).
    """
    if any(pd.isna(v) for v in (votes_for, votes_against, abstentions)):
        return "no count"
    if votes_against or abstentions:
        return "divided"
    return "unanimous" if votes_for == council_size(year) else "none against, some not voting"


def record(resolutions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the Council's resolutions with helper columns added.

    Adds ``year``, ``size`` (seats that year), ``kind`` (:func:`topic_kind`),
    ``outcome`` (:func:`vote_outcome`) and ``wps`` (True for the rows of
    :func:`wps.load_resolutions`, the WPS resolutions). Defaults to
    :func:`wps.load_council_resolutions`.
    """
    frame = loaders.load_council_resolutions() if resolutions is None else resolutions.copy()
    frame["year"] = frame["adopted"].dt.year.astype(int)
    frame["size"] = frame["year"].map(council_size)
    kinds = {t: topic_kind(t) for t in frame["topic"].unique()}
    frame["kind"] = frame["topic"].map(kinds)
    frame["outcome"] = [vote_outcome(f, a, s, y) for f, a, s, y in zip(
        frame["votes_for"], frame["votes_against"], frame["abstentions"], frame["year"])]
    frame["wps"] = frame["number"].isin(loaders.load_resolutions()["number"])
    return frame


def unanimity_by_year(resolutions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per year: how many resolutions, how many with a count, how many unanimous.

    Columns: ``year``, ``resolutions``, ``counted`` (a vote count is printed),
    ``unanimous`` (every seat in favour), ``share_unanimous`` (unanimous /
    counted; NaN when nothing was counted). Resolutions without a count are
    left out of the share, not counted as unanimous.
    """
    frame = record(resolutions)
    grouped = frame.groupby("year")
    table = pd.DataFrame({
        "resolutions": grouped.size(),
        "counted": grouped["outcome"].agg(lambda s: int((s != "no count").sum())),
        "unanimous": grouped["outcome"].agg(lambda s: int((s == "unanimous").sum())),
    }).reset_index()
    table["share_unanimous"] = table["unanimous"] / table["counted"].where(table["counted"] > 0)
    return table


# --- membership -------------------------------------------------------------------------------

def years_on_council(iso3: str) -> list[int]:
    """Return the years ``iso3`` sat on the Council, as far as the tables know.

    From ``council_members`` (every state, 2000-2026) and, for Belgium, from
    ``belgium_council_terms`` (1947-2020). Years before 2000 are unknown for
    every other state.
    """
    members = loaders.load_council_members()
    years = set(members.loc[members["iso3"] == iso3.upper(), "year"].astype(int))
    if iso3.upper() == "BEL":
        for term in loaders.load_belgium_council_terms().itertuples():
            years.update(range(int(term.start_year), int(term.end_year) + 1))
    return sorted(years)


def terms(years: Iterable[int]) -> pd.DataFrame:
    """Return runs of consecutive years as a table of terms (``start_year``, ``end_year``).

    >>> terms([2007, 2008, 2019, 2020]).values.tolist()
    [[2007, 2008], [2019, 2020]]
    """
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][1] + 1:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return pd.DataFrame(runs, columns=["start_year", "end_year"], dtype=int)


def resolutions_during(term_table: pd.DataFrame,
                       resolutions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the resolutions adopted in any term of ``term_table``.

    ``term_table`` has ``start_year`` and ``end_year`` (whole calendar years,
    both included), like ``belgium_council_terms`` or :func:`terms`. The result
    gets a ``term`` column such as ``"2019-2020"``. Resolutions are those of
    :func:`wps.load_council_resolutions` unless given; they end on
    :data:`RECORD_END`, so a term after mid-2022 finds nothing.
    """
    frame = loaders.load_council_resolutions() if resolutions is None else resolutions.copy()
    year = frame["adopted"].dt.year
    frame["term"] = pd.Series(pd.NA, index=frame.index, dtype="string")
    for term in term_table.itertuples():
        inside = year.between(int(term.start_year), int(term.end_year))
        frame.loc[inside, "term"] = f"{int(term.start_year)}-{int(term.end_year)}"
    return frame[frame["term"].notna()].reset_index(drop=True)


def resolutions_while_member(iso3: str, resolutions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the resolutions adopted while ``iso3`` sat on the Council.

    Membership comes from :func:`years_on_council` (every state from 2000;
    Belgium also before), resolutions from the record, which ends on
    :data:`RECORD_END`.
    """
    return resolutions_during(terms(years_on_council(iso3)), resolutions)
