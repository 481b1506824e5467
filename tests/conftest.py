"""Shared fixtures: a writable copy of the data folder that the loaders read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import wps
from wps.loaders import clear_cache

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of data/ that WPS_DATA_DIR points to; edit it to break things."""
    folder = tmp_path / "data"
    shutil.copytree(wps.data_dir(), folder)
    monkeypatch.setenv("WPS_DATA_DIR", str(folder))
    clear_cache()
    yield folder
    clear_cache()


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a file, failing loudly when ``old`` is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
