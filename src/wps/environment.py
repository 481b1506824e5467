"""A check that a student can run first: are the libraries and the data where they should be?"""

from __future__ import annotations

import platform
from importlib import metadata

from .errors import DataError

REQUIRED = ("pandas", "networkx", "matplotlib", "jupyterlab")


def environment_report() -> str:
    """Return a short report on Python, the core libraries and the data folder.

    Each missing piece comes with what to do about it, so the report can be
    read aloud in class when a laptop misbehaves.
    """
    lines = [f"Python {platform.python_version()}"]
    problems = []
    for name in REQUIRED:
        try:
            lines.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            problems.append(f"{name} is not installed: run 'make lab' again from the "
                            "repository folder, or use the Binder link.")
    try:
        from .loaders import table_names
        from .paths import data_dir

        lines.append(f"data folder: {data_dir()} ({len(table_names())} tables, all valid)")
    except DataError as error:
        problems.append(f"the data could not be read: {error}")
    if problems:
        return "\n".join(lines + ["PROBLEMS:"] + [f"- {p}" for p in problems])
    return "\n".join(lines + ["Everything is in place."])
