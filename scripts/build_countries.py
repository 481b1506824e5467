"""Build data/countries.csv from the country table that ships with country_converter.

Run once when the list of countries must change (it is not needed at run time):

    pip install country_converter
    python scripts/build_countries.py data/countries.csv

Codes are ISO 3166-1 alpha-3; `region` and `subregion` are the UN M49 region and
sub-region; `un_member_since` is the year of UN membership. Kosovo is added under the
user-assigned code XKX (not part of ISO 3166-1), because several data sets name it.
"""

from __future__ import annotations

import csv
import sys
from importlib import resources

SOURCE_ID = "m49-iso3166"
M49_REGION = {"Africa": "Africa", "America": "Americas", "Asia": "Asia",
              "Europe": "Europe", "Oceania": "Oceania"}


def country_rows() -> list[dict[str, str]]:
    """Return one row per ISO 3166-1 country or area, plus Kosovo (XKX)."""
    table = resources.files("country_converter") / "country_data.tsv"
    with table.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out = []
    for row in rows:
        if not row["ISO3"] or row["obsolete"]:
            continue
        out.append({
            "iso3": row["ISO3"],
            "name": row["name_short"],
            "region": M49_REGION.get(row["continent"], ""),
            "subregion": row["UNregion"] if row["continent"] in M49_REGION else "",
            "un_member_since": row["UNmember"].split(".")[0],
            "source_id": SOURCE_ID,
        })
    return sorted(out, key=lambda r: r["iso3"])


def main(path: str) -> None:
    rows = country_rows()
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/countries.csv")
