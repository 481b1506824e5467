"""Read ``datapackage.json`` and apply its Table Schemas to the CSV files.

The schema lives only in ``data/datapackage.json`` (Frictionless Data
Package, Table Schema v1). This module reads it and enforces what it says:
field types, ``required``, ``unique``, ``enum``, ``minimum``/``maximum``,
``pattern``, ``primaryKey`` and ``foreignKeys``. Two project extensions use
the ``wps:`` prefix, which other Frictionless tools ignore:

* a string field with ``"wps:partialDate": true`` holds an ISO 8601 date of
  reduced precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and must be a
  real calendar date;
* a schema's ``"wps:anyOfForeignKeys"`` lists keys whose value must exist in
  at least one of several tables (a member is a country or an organisation).

Every fault raises :class:`wps.DataError` naming the file, the line
(1 = header) and the column.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import DataError

_INTEGER = re.compile(r"[+-]?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TRUE = ("true", "True", "TRUE", "1")
_FALSE = ("false", "False", "FALSE", "0")


@dataclass
class Table:
    """A validated table: its frame, and the CSV line of every row."""

    name: str
    path: Path
    frame: pd.DataFrame
    lines: list[int]
    values: dict[str, list[Any]] = field(repr=False)


def read_descriptor(folder: Path) -> dict[str, Any]:
    """Return the parsed ``datapackage.json`` of ``folder``."""
    path = folder / "datapackage.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(str(path), "the file does not exist.",
                        "Restore datapackage.json from the repository.") from None
    except UnicodeDecodeError as exc:
        raise DataError(str(path), f"the file is not UTF-8 ({exc.reason}).",
                        "Save datapackage.json as UTF-8.") from None
    try:
        descriptor = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(str(path), f"not valid JSON: {exc.msg}.",
                        "Fix the JSON syntax (a missing comma or bracket).",
                        line=exc.lineno) from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise DataError(str(path), "it has no 'resources' list.",
                        "Restore datapackage.json from the repository.")
    _check_structure(descriptor, path)
    return descriptor


def _check_structure(descriptor: dict[str, Any], path: Path) -> None:
    """Raise DataError when a resource lacks what the loaders rely on."""
    names = [r.get("name") for r in descriptor["resources"] if isinstance(r, dict)]
    for resource in descriptor["resources"]:
        name = resource.get("name") if isinstance(resource, dict) else None
        schema = resource.get("schema") if isinstance(resource, dict) else None
        if not name or not resource.get("path") or not isinstance(schema, dict) \
                or not isinstance(schema.get("fields"), list):
            raise DataError(str(path), f"the resource '{name or '?'}' needs a name, a path and "
                            "a schema with fields.", "Compare it with another resource in the "
                            "file, or restore datapackage.json from the repository.")
        fields = {f.get("name") for f in schema["fields"]}
        for fields_used, refs in _foreign_keys(schema):
            for ref_name, _ in refs:
                if ref_name and ref_name not in names:
                    raise DataError(str(path), f"the resource '{name}' refers to a table "
                                    f"'{ref_name}' that the package does not have.",
                                    "Correct the foreign key's resource name.")
            if not set(fields_used) <= fields:
                raise DataError(str(path), f"a key of '{name}' uses a column it does not have: "
                                f"{fields_used}.", "Correct the key's fields.")


def resource_descriptor(descriptor: dict[str, Any], name: str, folder: Path) -> dict[str, Any]:
    """Return the resource called ``name``, or raise a DataError listing the known ones."""
    for resource in descriptor["resources"]:
        if resource.get("name") == name:
            return resource
    known = ", ".join(r.get("name", "?") for r in descriptor["resources"])
    raise DataError(str(folder / "datapackage.json"), f"there is no table called '{name}'.",
                    f"Use one of: {known}.")


def read_rows(path: Path) -> tuple[list[str], list[list[str]], list[int]]:
    """Return the header, the rows and each row's first line number of a CSV file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(str(path), "the file does not exist.",
                        "Restore it from the repository, or remove its resource from "
                        "datapackage.json if the table was dropped on purpose.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(str(path), f"the file is not UTF-8 (byte {raw[exc.start]:#x}).",
                        "Open it in a text editor and save it as UTF-8 "
                        "(in a spreadsheet: 'CSV UTF-8').", line=line) from None
    if not text.strip():
        raise DataError(str(path), "the file is empty.",
                        "Restore it from the repository; a table needs at least its header row.")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for row in reader:
            if row:
                rows.append(row)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DataError(str(path), f"the CSV cannot be parsed ({exc}).",
                        "Check the quotes on that line: a cell with a comma must be "
                        "wrapped in double quotes.", line=reader.line_num) from None
    header, body, body_lines = rows[0], rows[1:], lines[1:]
    for row, line in zip(body, body_lines):
        if len(row) != len(header):
            raise DataError(str(path), f"the row has {len(row)} cells but the header has "
                            f"{len(header)}.", "Check for a missing or extra comma, or a cell "
                            "with a comma that is not quoted.", line=line)
    return header, body, body_lines


def _convert(value: str, spec: dict[str, Any]) -> Any:
    """Return ``value`` as the Python value of its field type, or raise ValueError."""
    kind = spec.get("type", "string")
    if kind == "string":
        if spec.get("wps:partialDate"):
            _check_partial_date(value)
        return value
    if kind in ("integer", "year"):
        if not _INTEGER.fullmatch(value):
            raise ValueError("a whole number" if kind == "integer" else "a year such as 2009")
        return int(value)
    if kind == "number":
        try:
            return float(value)
        except ValueError:
            raise ValueError("a number such as 3.5") from None
    if kind == "boolean":
        if value in spec.get("trueValues", _TRUE):
            return True
        if value in spec.get("falseValues", _FALSE):
            return False
        raise ValueError("true or false")
    if kind == "date":
        if not _DATE.fullmatch(value):
            raise ValueError("a date written YYYY-MM-DD")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError("a real calendar date written YYYY-MM-DD") from None
    raise ValueError(f"a value of the unsupported type '{kind}'")


def _check_partial_date(value: str) -> None:
    match = _PARTIAL_DATE.fullmatch(value)
    if not match:
        raise ValueError("a date written YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError("a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD") from None


def _bound(spec: dict[str, Any], key: str) -> Any:
    bound = spec["constraints"][key]
    if spec.get("type") == "date":
        return dt.date.fromisoformat(bound)
    return bound


def _column(path: Path, name: str, spec: dict[str, Any], cells: list[str],
            lines: list[int], missing: tuple[str, ...]) -> list[Any]:
    """Return the converted values of one column, checking its constraints."""
    constraints = spec.get("constraints", {})
    enum = constraints.get("enum")
    pattern = re.compile(constraints["pattern"]) if "pattern" in constraints else None
    low = _bound(spec, "minimum") if "minimum" in constraints else None
    high = _bound(spec, "maximum") if "maximum" in constraints else None
    seen: dict[Any, int] = {}
    values: list[Any] = []
    for cell, line in zip(cells, lines):
        def fail(problem: str, fix: str) -> DataError:
            return DataError(str(path), problem, fix, line=line, column=name)

        if cell in missing:
            if constraints.get("required"):
                raise fail("the cell is blank but this column is required.",
                           f"Fill in {name} ({spec.get('description', 'see datapackage.json')}).")
            values.append(None)
            continue
        try:
            value = _convert(cell, spec)
        except ValueError as exc:
            raise fail(f"'{cell}' is not {exc}.",
                       f"Write {exc} in column '{name}'.") from None
        if pattern is not None and not pattern.fullmatch(cell):
            raise fail(f"'{cell}' does not match the pattern {pattern.pattern}.",
                       f"Write it in the form the column describes: {spec.get('description', '')}")
        if enum is not None and value not in enum:
            raise fail(f"'{cell}' is not one of the allowed values.",
                       "Use one of: " + ", ".join(map(str, enum)) + ".")
        if low is not None and value < low:
            raise fail(f"{cell} is below the minimum {constraints['minimum']}.",
                       "Check the value; the schema does not allow anything smaller.")
        if high is not None and value > high:
            raise fail(f"{cell} is above the maximum {constraints['maximum']}.",
                       "Check the value; the schema does not allow anything larger.")
        if constraints.get("unique"):
            if value in seen:
                raise fail(f"'{cell}' already appears on line {seen[value]}; it must be unique.",
                           "Remove the duplicate row or correct one of the two values.")
            seen[value] = line
        values.append(value)
    return values


def _series(name: str, spec: dict[str, Any], values: list[Any]) -> pd.Series:
    kind = spec.get("type", "string")
    enum = spec.get("constraints", {}).get("enum")
    if kind in ("integer", "year"):
        return pd.Series(pd.array(values, dtype="Int64"), name=name)
    if kind == "number":
        return pd.Series([float("nan") if v is None else v for v in values],
                         name=name, dtype="float64")
    if kind == "boolean":
        return pd.Series(pd.array(values, dtype="boolean"), name=name)
    if kind == "date":
        return pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), name=name)
    if enum is not None:
        return pd.Series(pd.Categorical(values, categories=enum), name=name)
    return pd.Series(values, name=name, dtype=object)


def read_table(resource: dict[str, Any], path: Path) -> Table:
    """Validate one CSV file against its resource's Table Schema.

    Checks everything that needs only this file: header, types, field
    constraints and the primary key. Foreign keys need the other tables:
    see :func:`check_foreign_keys`.
    """
    schema = resource["schema"]
    fields = schema["fields"]
    missing = tuple(schema.get("missingValues", [""]))
    header, rows, lines = read_rows(path)
    expected = [f["name"] for f in fields]
    for name in expected:
        if name not in header:
            raise DataError(str(path), f"the column '{name}' is missing.",
                            f"Add a column '{name}' to the header ({', '.join(expected)}).",
                            line=1, column=name)
    for name in header:
        if name not in expected:
            raise DataError(str(path), f"the column '{name}' is not in the table's schema.",
                            f"Remove it, or describe it in the '{resource['name']}' resource "
                            "of datapackage.json.", line=1, column=name)
    if len(set(header)) != len(header):
        twice = next(n for n in header if header.count(n) > 1)
        raise DataError(str(path), f"the column '{twice}' appears twice.",
                        "Remove one of the two columns.", line=1, column=twice)
    position = {name: i for i, name in enumerate(header)}
    values: dict[str, list[Any]] = {}
    for spec in fields:
        name = spec["name"]
        cells = [row[position[name]] for row in rows]
        values[name] = _column(path, name, spec, cells, lines, missing)
    key = schema.get("primaryKey")
    if key:
        key = [key] if isinstance(key, str) else key
        seen: dict[tuple[Any, ...], int] = {}
        for i, line in enumerate(lines):
            row_key = tuple(values[k][i] for k in key)
            if row_key in seen:
                shown = ", ".join(f"{k}={v}" for k, v in zip(key, row_key))
                raise DataError(str(path), f"the key ({shown}) already appears on line "
                                f"{seen[row_key]}.", "Each row needs its own key: remove the "
                                "duplicate or correct the key.", line=line, column=key[0])
            seen[row_key] = line
    frame = pd.DataFrame({spec["name"]: _series(spec["name"], spec, values[spec["name"]])
                          for spec in fields})
    return Table(resource["name"], path, frame, lines, values)


def _foreign_keys(schema: dict[str, Any]) -> list[tuple[list[str], list[tuple[str, list[str]]]]]:
    """Return (fields, [(resource, fields), ...]) for every plain and any-of key."""
    keys = []
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        fields = [fk["fields"]] if isinstance(fk["fields"], str) else fk["fields"]
        ref_fields = [ref["fields"]] if isinstance(ref["fields"], str) else ref["fields"]
        keys.append((fields, [(ref["resource"], ref_fields)]))
    for fk in schema.get("wps:anyOfForeignKeys", []):
        refs = [(r["resource"], r["fields"]) for r in fk["references"]]
        keys.append((fk["fields"], refs))
    return keys


def check_foreign_keys(table: Table, resource: dict[str, Any], tables: dict[str, Table]) -> None:
    """Raise DataError when a row of ``table`` points to a row that does not exist."""
    for fields, refs in _foreign_keys(resource["schema"]):
        targets = []
        for ref_name, ref_fields in refs:
            target = tables[ref_name or table.name]
            targets.append(set(zip(*(target.values[f] for f in ref_fields))))
        where = " or ".join(f"{r or table.name}.{'+'.join(f)}" for r, f in refs)
        for i, line in enumerate(table.lines):
            row_key = tuple(table.values[f][i] for f in fields)
            if any(v is None for v in row_key):
                continue
            if not any(row_key in t for t in targets):
                shown = ", ".join(map(str, row_key))
                first = refs[0][0] or table.name
                raise DataError(str(table.path), f"'{shown}' does not exist in {where}.",
                                f"Correct the value, or add the missing row to {first}.csv "
                                "first (with its source).", line=line, column=fields[0])


def read_package(folder: Path) -> dict[str, Table]:
    """Read and validate every table of the data package in ``folder``."""
    descriptor = read_descriptor(folder)
    tables = {r["name"]: read_table(r, folder / r["path"]) for r in descriptor["resources"]}
    for resource in descriptor["resources"]:
        check_foreign_keys(tables[resource["name"]], resource, tables)
    return tables
