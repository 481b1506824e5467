"""One test per kind of bad input: each gives one DataError naming file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

import wps
from conftest import replace_in


def load_error(**expected: object) -> wps.DataError:
    with pytest.raises(wps.DataError) as info:
        wps.load_resolutions()
    error = info.value
    for attribute, value in expected.items():
        assert getattr(error, attribute) == value, (attribute, str(error))
    assert "How to fix" in str(error)
    return error


def test_error_is_a_value_error() -> None:
    assert issubclass(wps.DataError, ValueError)


def test_missing_file(data_copy: Path) -> None:
    (data_copy / "resolutions.csv").unlink()
    error = load_error(line=None)
    assert error.path.endswith("resolutions.csv")
    assert "does not exist" in str(error)


def test_empty_file(data_copy: Path) -> None:
    (data_copy / "resolutions.csv").write_text("", encoding="utf-8")
    error = load_error()
    assert "empty" in str(error)


def test_not_utf8(data_copy: Path) -> None:
    path = data_copy / "sources.csv"
    raw = path.read_bytes()
    path.write_bytes(raw.replace("ö".encode(), "ö".encode("latin-1"), 1))  # one bad byte
    error = load_error()
    assert error.path.endswith("sources.csv")
    text = raw.decode("utf-8")
    assert error.line == next(i for i, l in enumerate(text.splitlines(), 1) if "ö" in l)
    assert "UTF-8" in str(error)


def test_missing_column(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", ",abstentions,", ",abstention,")
    error = load_error(line=1, column="abstentions")
    assert "missing" in str(error)


def test_text_in_integer_column(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", "\n1325,", "\nfifteen,")
    error = load_error(line=2, column="number")
    assert "'fifteen'" in str(error) and "whole number" in str(error)


def test_impossible_date(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", "2000-10-31", "2000-02-30")
    error = load_error(line=2, column="adopted")
    assert "real calendar date" in str(error)


def test_badly_written_date(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", "2000-10-31", "31/10/2000")
    load_error(line=2, column="adopted")


def test_value_outside_enum(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", ",high,", ",certain,")
    error = load_error(line=2, column="confidence")
    assert "high, medium, low" in str(error)


def test_value_outside_range(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", ",15,0,0,", ",16,0,0,")
    error = load_error(line=2, column="votes_for")
    assert "maximum" in str(error)


def test_pattern(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", "S/RES/1325 (2000)", "Res 1325")
    load_error(line=2, column="symbol")


def test_blank_required_cell(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", "2000-10-31", "")
    error = load_error(line=2, column="adopted")
    assert "required" in str(error)


def test_duplicate_primary_key(data_copy: Path) -> None:
    path = data_copy / "resolutions.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append(lines[1].replace("S/RES/1325 (2000)", "S/RES/9999 (2000)"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = load_error(line=len(lines), column="number")
    assert "line 2" in str(error)


def test_dangling_reference(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", ",res-dhl-meetings-2000\n", ",no-such-source\n")
    error = load_error(line=2, column="source_id")
    assert "'no-such-source' does not exist in sources.source_id" in str(error)


def test_unknown_country_code(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", ",NAM,", ",XXX,")
    error = load_error(line=2, column="presidency")
    assert "countries.iso3" in str(error)


def test_wrong_number_of_cells(data_copy: Path) -> None:
    replace_in(data_copy / "resolutions.csv", ",high,", ",high,extra,")
    load_error(line=2)


def test_unquoted_multiline_quote_error(data_copy: Path) -> None:
    # An opening quote that never closes swallows the rest of the file.
    replace_in(data_copy / "resolutions.csv", ',"', ',"unclosed"x')
    load_error()


def test_extra_column(data_copy: Path) -> None:
    path = data_copy / "resolutions.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line + ",x" for line in lines) + "\n", encoding="utf-8")
    replace_in(path, ",source_id,x\n", ",source_id,extra\n")
    load_error(line=1, column="extra")


def test_broken_datapackage(data_copy: Path) -> None:
    replace_in(data_copy / "datapackage.json", '"resources": [', '"resources": [,')
    with pytest.raises(wps.DataError) as info:
        wps.load_sources()
    assert info.value.path.endswith("datapackage.json") and info.value.line is not None


def test_data_dir_override_without_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WPS_DATA_DIR", str(tmp_path))
    with pytest.raises(wps.DataError, match="WPS_DATA_DIR"):
        wps.data_dir()


def test_partial_date_rules() -> None:
    from wps.datapackage import _convert

    spec = {"type": "string", "wps:partialDate": True}
    assert _convert("2009", spec) == "2009"
    assert _convert("2009-03", spec) == "2009-03"
    assert _convert("2009-03-08", spec) == "2009-03-08"
    for bad in ("2009-13", "2009-02-30", "09", "2009-3", "March 2009"):
        with pytest.raises(ValueError):
            _convert(bad, spec)


def test_foreign_key_to_unknown_table(data_copy: Path) -> None:
    replace_in(data_copy / "datapackage.json", '"resource": "countries"', '"resource": "nations"')
    with pytest.raises(wps.DataError, match="'nations' that the package does not have"):
        wps.load_sources()


def test_resource_without_schema(data_copy: Path) -> None:
    replace_in(data_copy / "datapackage.json", '"schema": {', '"schemata": {')
    with pytest.raises(wps.DataError, match="needs a name, a path and a schema"):
        wps.load_sources()
