#!/usr/bin/env python3
"""Build Security Council resolution tables from the UN Dag Hammarskjöld Library meeting tables.

Input: a directory holding the Library's yearly HTML tables ``scactYYYY_table_en.html`` and
``scact2020_covid_table_en.html`` (decisions taken by written procedure in 2020).
Output (in ``--out``, by default the repository's ``data/``): ``council_resolutions.csv`` and
``council_errata.csv`` (where the output departs from, or flags, what the source prints). The
Library's tables are added to, or updated in, ``sources.csv`` (ids ``rec-dhl-meetings-YYYY``);
other sources there are kept. With ``--meetings``, also ``council_meetings.csv`` (every table row,
outcome as printed; not part of the data package).

Standard library only.  Usage::

    python3 scripts/build_council_record.py SOURCE_DIR [--out DATA_DIR] [--meetings]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ACCESSED = "2026-11-27"
PUBLISHER = "UN Dag Hammarskjöld Library"
GUIDE_URL = "https://research.un.org/en/docs/sc/quick/meetings/{year}"
# The 2020 written-procedure table has its own address, apart from the yearly guide page.
WRITTEN_2020_URL = "https://www.un.org/depts/dhl/resguide/SC_2020-revised.html"

RESOLUTION_FIELDS = ["number", "adopted", "meeting", "topic", "votes_for", "votes_against",
                     "abstentions", "source_id"]
MEETING_FIELDS = ["meeting", "date", "topic", "outcome", "source_id"]
SOURCE_FIELDS = ["source_id", "title", "publisher", "url", "accessed"]
ERRATA_FIELDS = ["source_id", "meeting", "printed_number", "number", "action", "reason"]

# Resolution numbers misprinted in the source, keyed by (source_id, meeting, printed number).
# Each printed number is also listed, correctly, at another meeting, and the corrected number is
# otherwise missing from the tables; the reason records the outside evidence.
CORRECTIONS: dict[tuple[str, str, int], tuple[int, str]] = {
    ("rec-dhl-meetings-1990", "S/PV.2939", 663): (
        666, "source prints 663 (adopted 1990-08-14 at S/PV.2936); resolution 666 (1990) of "
             "13 September 1990, 13-2-0, per its published text and reference lists"),
    ("rec-dhl-meetings-1991", "S/PV.2990", 701): (
        695, "source prints 701 (adopted 1991-07-31 at S/PV.2997); 695 is the only number missing "
             "and fits the meeting order (694 before, 696 at S/PV.2991 the same day); "
             "not confirmed against an outside source"),
}

# Kept as published but worth a reader's attention: (source_id, meeting, number) -> reason.
FLAGS: dict[tuple[str, str, int], str] = {
    ("rec-dhl-meetings-1994", "S/PV.3367", 913): (
        "kept as published (21 April); resolution 913 (1994) is dated 22 April 1994 in copies of "
        "its text, and S/PV.3367 is listed before S/PV.3368 (resolution 912, 21 April)"),
}

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
BREAK = "\n"  # marks a <br> in cell text; real whitespace is folded to spaces

RES_RE = re.compile(r"S/RES/(\d+)\s*\((\d{4})\)")
VOTE_RE = re.compile(r"(?<![\d/.])(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})(?![\d-])")
# Anything that starts the next item in an outcome cell: a draft, a document symbol, a communiqué.
NEXT_ITEM_RE = re.compile(r"(?i)draft|vetoed|not adopted|S/|communiqu")
DATE_RE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?")
MEETING_RE = re.compile(r"S/PV\.(\d+)(?:\s*\(?\s*(Resumption)\s*(\d+)\s*\)?)?", re.I)
SEGMENT_RE = re.compile(r"\n\s*\n")


@dataclass
class Cell:
    """One table cell: text with ``BREAK`` for each <br>, and its rowspan."""
    text: str = ""
    rowspan: int = 1
    colspan: int = 1
    parts: list[str] = field(default_factory=list)


class _TableParser(HTMLParser):
    """Collect <tr> rows of <td>/<th> cells, tolerating the source's unclosed and stray tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[Cell]] = []
        self._cell: Cell | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._close_cell()
            self.rows.append([])
        elif tag in ("td", "th"):
            self._close_cell()
            if not self.rows:
                self.rows.append([])
            a = dict(attrs)
            self._cell = Cell(rowspan=_int(a.get("rowspan")), colspan=_int(a.get("colspan")))
            self.rows[-1].append(self._cell)
        elif tag == "br" and self._cell is not None:
            self._cell.parts.append(BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        # The source writes </br> for <br>: treat it as a line break too.
        if tag == "br" and self._cell is not None:
            self._cell.parts.append(BREAK)
        elif tag in ("td", "th", "tr", "table"):
            self._close_cell()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.parts.append(re.sub(r"\s+", " ", data))

    def _close_cell(self) -> None:
        if self._cell is not None:
            self._cell.text = "".join(self._cell.parts)
            self._cell = None

    def close(self) -> None:
        super().close()
        self._close_cell()


def _int(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def clean(text: str) -> str:
    """Fold whitespace and line breaks of a cell to single spaces, and repair mojibake.

    One 2022 row prints a right quote as UTF-8 bytes read as Latin-1 ("Peopleâ\x80\x99s");
    such text is decoded again when that round trip succeeds.
    """
    if "\u00e2\u0080" in text:
        try:
            text = text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return re.sub(r"\s+", " ", text).strip()


def _role(header: str) -> str:
    if "meeting" in header:
        return "meeting"
    if header.strip() == "date":
        return "date"
    if "topic" in header:
        return "topic"
    if "outcome" in header and "letter" not in header:  # not "Letter with Vote Outcome"
        return "outcome"
    return ""


def table_rows(html_text: str) -> list[dict[str, str]]:
    """Return the data rows of a meeting table as dicts keyed by column role.

    Roles: ``meeting``, ``date``, ``topic``, ``outcome`` (others are ignored).  Columns are found
    from the header row; rowspans are carried down and rows whose <tr> was lost in the source
    (cells of several rows run together) are split again.
    """
    parser = _TableParser()
    parser.feed(html_text)
    parser.close()
    rows = [r for r in parser.rows if r]
    header_at = next(i for i, r in enumerate(rows)
                     if any("Topic" in c.text for c in r) and any("Outcome" in c.text for c in r))
    roles = [_role(c.text.lower()) for c in rows[header_at]]
    width = len(roles)
    out: list[dict[str, str]] = []
    carried: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to cover)
    for raw in rows[header_at + 1:]:
        if len(raw) == 1 and raw[0].colspan > 1:
            continue  # a note spanning the table
        chunks = [raw]
        if len(raw) > width and len(raw) % width == 0 and not carried:
            chunks = [raw[i:i + width] for i in range(0, len(raw), width)]
        for chunk in chunks:
            cells = list(chunk)
            row: list[Cell] = []
            for col in range(width):
                if col in carried:
                    cell, left = carried[col]
                    row.append(cell)
                    if left > 1:
                        carried[col] = (cell, left - 1)
                    else:
                        del carried[col]
                else:
                    cell = cells.pop(0) if cells else Cell()
                    row.append(cell)
                    if cell.rowspan > 1:
                        carried[col] = (cell, cell.rowspan - 1)
            if not any(clean(c.text) for c in row):
                continue
            rec = {role: c.text for role, c in zip(roles, row) if role}
            # Early tables write a second agenda item of the same meeting as a row with blank
            # meeting and date cells instead of using rowspan.
            if out and not clean(rec.get("meeting", "")) and not clean(rec.get("date", "")):
                rec["meeting"], rec["date"] = out[-1].get("meeting", ""), out[-1].get("date", "")
            out.append(rec)
    return out


def parse_vote(text: str) -> tuple[int, int, int] | None:
    """Return (for, against, abstaining) from the first vote like ``13-0-2`` in text, else None."""
    m = VOTE_RE.search(text)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def parse_date(text: str, year: int) -> str | None:
    """Return ISO date for a cell like ``19 December`` (or ``15 Sep.``) in the given year."""
    m = DATE_RE.search(text)
    if not m:
        return None
    month = next((n for name, n in MONTHS.items() if name.startswith(m[2].lower()[:3])), None)
    if month is None:
        return None
    return f"{int(m[3] or year):04d}-{month:02d}-{int(m[1]):02d}"


def parse_meeting(text: str) -> str:
    """Return the meeting record symbol, e.g. ``S/PV.9079 (Resumption 1)``, or '' if none."""
    m = MEETING_RE.search(text)
    if not m:
        return ""
    return f"S/PV.{m[1]}" + (f" (Resumption {m[3]})" if m[2] else "")


def _segments(text: str) -> list[str]:
    segs = SEGMENT_RE.split(text)
    while len(segs) > 1 and not segs[-1].strip():
        segs.pop()
    return segs


def parse_outcome(outcome: str) -> list[dict]:
    """Find adopted resolutions in an outcome cell.

    Returns one dict per ``S/RES/N (YYYY)`` in cell order with ``number``, ``res_year``, ``vote``
    (tuple or None), ``vote_text`` (what follows the symbol, e.g. 'adopted unanimously') and
    ``segment`` (index of the blank-line separated block holding it, used to match the agenda item).
    Rejected drafts carry no S/RES symbol and so never appear.
    """
    found = []
    for seg_no, seg in enumerate(_segments(outcome)):
        matches = list(RES_RE.finditer(seg))
        items = []
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(seg)
            tail = seg[m.end():end]
            stop = NEXT_ITEM_RE.search(tail)
            tail = clean(tail[:stop.start()] if stop else tail)
            items.append({"number": int(m[1]), "res_year": int(m[2]), "vote": parse_vote(tail),
                          "vote_text": tail, "segment": seg_no})
        # "S/RES/a and S/RES/b 15-0-0": one printed vote covers both symbols.
        for item, nxt in reversed(list(zip(items, items[1:]))):
            joined = item["vote_text"] in ("", "and", "&", "+", ",")
            if item["vote"] is None and joined and nxt["vote"]:
                item["vote"], item["vote_text"] = nxt["vote"], nxt["vote_text"]
        for item in items:
            item["vote_text"] = item["vote_text"].strip(" +&,;").removesuffix(" and").strip()
        found += items
    return found


def topic_for(topic_cell: str, outcome_cell: str, res: dict, n_res: int, index: int) -> str:
    """Agenda item for one resolution of a meeting row.

    With several agenda items, a resolution takes the item in the same blank-line separated block,
    or the item at the same position when the row lists one resolution per item and no drafts;
    otherwise all items are kept, joined by ' / '.
    """
    blocks = _segments(topic_cell)
    topics = [clean(t) for t in blocks if clean(t)] or [""]
    if len(topics) == 1:
        return topics[0]
    if len(blocks) == len(_segments(outcome_cell)) and clean(blocks[res["segment"]]):
        return clean(blocks[res["segment"]])
    if n_res == len(topics) and not re.search(r"(?i)draft|vetoed|not adopted", outcome_cell):
        return topics[index]
    return " / ".join(topics)


def parse_year_table(html_text: str, year: int, source_id: str | None = None) -> list[dict]:
    """Parse one yearly table into resolution rows (dicts with RESOLUTION_FIELDS plus extras).

    Extras for checking: ``res_year`` (year in the symbol), ``vote_text``, ``date_text``.
    """
    source_id = source_id or f"rec-dhl-meetings-{year}"
    rows = []
    for r in table_rows(html_text):
        outcome = r.get("outcome", "")
        found = parse_outcome(outcome)
        for index, res in enumerate(found):
            vote = res["vote"]
            rows.append({
                "number": res["number"],
                "adopted": parse_date(r.get("date", ""), year) or "",
                "meeting": parse_meeting(r.get("meeting", "")),
                "topic": topic_for(r.get("topic", ""), outcome, res, len(found), index),
                "votes_for": vote[0] if vote else "",
                "votes_against": vote[1] if vote else "",
                "abstentions": vote[2] if vote else "",
                "source_id": source_id,
                "res_year": res["res_year"],
                "vote_text": res["vote_text"],
                "date_text": clean(r.get("date", "")),
            })
    return rows


def parse_meetings(html_text: str, year: int, source_id: str) -> list[dict]:
    """All rows of a table as meeting records (MEETING_FIELDS), outcome text kept as published."""
    return [{"meeting": parse_meeting(r.get("meeting", "")),
             "date": parse_date(r.get("date", ""), year) or "",
             "topic": " / ".join(t for t in (clean(s) for s in _segments(r.get("topic", ""))) if t),
             "outcome": clean(r.get("outcome", "")),
             "source_id": source_id}
            for r in table_rows(html_text)]


def source_files(source_dir: Path) -> list[tuple[Path, int, str]]:
    """(path, year, source_id) for each table in the directory, written-procedure table included."""
    found = []
    for path in sorted(source_dir.glob("scact*_table_en.html")):
        m = re.fullmatch(r"scact(\d{4})(_covid)?_table_en\.html", path.name)
        if m:
            year = int(m[1])
            sid = f"rec-dhl-meetings-{year}" + ("-written" if m[2] else "")
            found.append((path, year, sid))
    return found


def source_row(year: int, source_id: str) -> dict:
    """The council_sources.csv row for a table."""
    url = WRITTEN_2020_URL if source_id.endswith("-written") else GUIDE_URL.format(year=year)
    return {"source_id": source_id, "title": f"Security Council - Quick Links - Meetings {year}",
            "publisher": PUBLISHER, "url": url, "accessed": ACCESSED}

def apply_errata(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Apply CORRECTIONS, drop rows repeated verbatim and note FLAGS; return (rows, errata)."""
    kept, errata, seen = [], [], set()
    for row in rows:
        key = (row["source_id"], row["meeting"], row["number"])
        if key in CORRECTIONS:
            number, reason = CORRECTIONS[key]
            errata.append({**dict(zip(ERRATA_FIELDS[:3], key)), "number": number,
                           "action": "renumbered", "reason": reason})
            row = {**row, "number": number}
        if key in FLAGS:
            errata.append({**dict(zip(ERRATA_FIELDS[:3], key)), "number": row["number"],
                           "action": "flagged", "reason": FLAGS[key]})
        if row["adopted"] and row["res_year"] != int(row["adopted"][:4]):
            reason = (f"symbol printed with year {row['res_year']} in a {row['adopted'][:4]} "
                      "table; the link carries the table year")
            errata.append({**dict(zip(ERRATA_FIELDS[:3], key)), "number": row["number"],
                           "action": "flagged", "reason": reason})
        fingerprint = tuple(row[f] for f in RESOLUTION_FIELDS)
        if fingerprint in seen:
            errata.append({**dict(zip(ERRATA_FIELDS[:3], key)), "number": row["number"],
                           "action": "dropped", "reason": "row repeated verbatim in the source"})
            continue
        seen.add(fingerprint)
        kept.append(row)
    return kept, errata


def build(source_dir: Path) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Parse every table; return (resolutions sorted by number, meetings, sources, errata)."""
    resolutions, meetings, sources = [], [], []
    for path, year, sid in source_files(source_dir):
        html_text = path.read_text(encoding="utf-8", errors="replace")
        resolutions += parse_year_table(html_text, year, sid)
        meetings += parse_meetings(html_text, year, sid)
        sources.append(source_row(year, sid))
    resolutions, errata = apply_errata(resolutions)
    resolutions.sort(key=lambda r: r["number"])
    meetings.sort(key=lambda r: (r["date"], [int(n) for n in re.findall(r"\d+", r["meeting"])]))
    return resolutions, meetings, sources, errata


def write_csv(path: Path, rows: list[dict], fields: list[str]) -> None:
    """Write rows (only the named fields) as UTF-8 CSV with LF line endings."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def merge_sources(path: Path, sources: list[dict]) -> None:
    """Write ``sources`` into ``path``, replacing rows with the same ids and keeping all others."""
    rows: list[dict] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    new = {s["source_id"]: s for s in sources}
    kept = [r for r in rows if r["source_id"] not in new]
    write_csv(path, kept + sorted(new.values(), key=lambda s: s["source_id"]), SOURCE_FIELDS)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source_dir", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data")
    ap.add_argument("--meetings", action="store_true", help="also write council_meetings.csv")
    args = ap.parse_args(argv)
    resolutions, meetings, sources, errata = build(args.source_dir)
    numbers = [r["number"] for r in resolutions]
    if len(numbers) != len(set(numbers)):
        dup = sorted({n for n in numbers if numbers.count(n) > 1})
        print(f"error: resolution numbers listed more than once: {dup}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "council_resolutions.csv", resolutions, RESOLUTION_FIELDS)
    if args.meetings:
        write_csv(args.out / "council_meetings.csv", meetings, MEETING_FIELDS)
    write_csv(args.out / "council_errata.csv", errata, ERRATA_FIELDS)
    merge_sources(args.out / "sources.csv", sources)
    no_vote = sum(1 for r in resolutions if r["votes_for"] == "")
    print(f"{len(resolutions)} resolutions ({no_vote} without a numeric vote), "
          f"{len(meetings)} meeting rows, {len(sources)} sources, {len(errata)} errata "
          f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
