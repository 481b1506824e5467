"""Where the data lives."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import DataError

#: Environment variable that points the loaders at another copy of ``data/``.
DATA_DIR_ENV = "WPS_DATA_DIR"


def data_dir() -> Path:
    """Return the folder that holds ``datapackage.json`` and the CSV files.

    The folder is ``$WPS_DATA_DIR`` when that variable is set, otherwise the
    ``data/`` folder of the repository this package was installed from
    (``pip install -e .``). It never depends on the working directory, so
    notebooks, tests and scripts started anywhere read the same files.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override).expanduser().resolve()
        if not (folder / "datapackage.json").is_file():
            raise DataError(
                str(folder / "datapackage.json"),
                f"{DATA_DIR_ENV} points to {folder}, which has no datapackage.json.",
                f"Point {DATA_DIR_ENV} to a copy of the repository's data/ folder, "
                f"or unset it to use the shipped data.",
            )
        return folder
    folder = Path(__file__).resolve().parents[2] / "data"
    if not (folder / "datapackage.json").is_file():
        raise DataError(
            str(folder / "datapackage.json"),
            "the package cannot find its data folder next to its source.",
            "Install the package from a clone of the repository with "
            "'pip install -e .' (or 'make lab'), or set "
            f"{DATA_DIR_ENV} to a folder that holds datapackage.json.",
        )
    return folder
