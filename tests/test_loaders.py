"""Loaders: location, types, copies, caching."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import wps
from conftest import REPO


def test_data_dir_is_the_repository_data_folder() -> None:
    assert wps.data_dir() == REPO / "data"


def test_works_from_any_working_directory(tmp_path: Path) -> None:
    code = "import wps; print(len(wps.load_resolutions()), wps.data_dir())"
    env = {k: v for k, v in os.environ.items() if k != "WPS_DATA_DIR"}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.split()[1] == str(REPO / "data")


def test_schema_types_are_applied() -> None:
    res = wps.load_resolutions()
    assert str(res["number"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(res["adopted"])
    assert isinstance(res["confidence"].dtype, pd.CategoricalDtype)
    assert list(res["confidence"].cat.categories) == ["high", "medium", "low"]
    assert str(res["core"].dtype) == "boolean"


def test_each_call_returns_a_fresh_copy() -> None:
    first = wps.load_resolutions()
    first.loc[:, "symbol"] = "changed"
    assert (wps.load_resolutions()["symbol"] != "changed").all()


def test_package_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from wps import datapackage, loaders

    wps.load_sources()
    calls = []
    monkeypatch.setattr(datapackage, "read_package", lambda folder: calls.append(folder))
    wps.load_sources()
    wps.load_resolutions()
    assert calls == []
    assert loaders.tables()


def test_unknown_table_names_the_known_ones() -> None:
    with pytest.raises(wps.DataError, match="resolutions"):
        wps.load_table("no-such-table")


def test_every_table_loads() -> None:
    for name in wps.table_names():
        assert len(wps.load_table(name)) > 0, name


def test_read_table_accepts_a_valid_outside_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text((REPO / "data" / "resolutions.csv").read_text(encoding="utf-8"),
                    encoding="utf-8")
    assert wps.read_table("resolutions", path).equals(wps.load_resolutions())


def test_read_table_rejects_a_bad_outside_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    text = (REPO / "data" / "resolutions.csv").read_text(encoding="utf-8")
    path.write_text(text.replace(",NAM,", ",ZZZ,"), encoding="utf-8")
    with pytest.raises(wps.DataError) as info:
        wps.read_table("resolutions", path)
    assert info.value.path == str(path) and info.value.line == 2


def test_table_schema_describes_every_column() -> None:
    schema = wps.table_schema("resolutions")
    assert list(schema["column"]) == list(wps.load_resolutions().columns)
    assert schema.set_index("column").loc["confidence", "allowed"] == "high, medium, low"
    assert schema["description"].str.len().gt(0).all()


@pytest.mark.parametrize("name", wps.table_names())
def test_every_column_is_documented(name: str) -> None:
    schema = wps.table_schema(name)
    undocumented = schema.loc[schema["description"].str.len() == 0, "column"].tolist()
    assert not undocumented, f"describe {undocumented} of {name} in datapackage.json"


def test_import_stays_light() -> None:
    # Graph and plot libraries load on first use, so `import wps` plus the loaders stay fast.
    code = ("import sys, wps; wps.load_resolutions(); "
            "print(sorted(m for m in ('matplotlib', 'networkx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
    assert wps.graphs.citation_graph is wps.citation_graph
