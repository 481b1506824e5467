"""environment.yml (conda, Binder) and pyproject.toml (pip) must ask for the same packages."""

from __future__ import annotations

import re
import tomllib

import yaml

from conftest import REPO


def _split(requirement: str) -> tuple[str, str]:
    match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*(.*)", requirement)
    assert match, requirement
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def pip_requirements() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    return dict(_split(r) for r in wanted)


def conda_requirements() -> dict[str, str]:
    env = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    entries = [d for d in env["dependencies"] if isinstance(d, str)]
    return dict(_split(d) for d in entries)


def test_same_packages_and_bounds() -> None:
    conda = conda_requirements()
    python, pip = conda.pop("python"), conda.pop("pip", None)
    assert pip is not None, "environment.yml needs pip, which postBuild uses"
    assert python.startswith("=") and python.count(".") == 1, "pin Python, e.g. python=3.12"
    assert conda == pip_requirements()


def test_pinned_python_is_allowed_by_pyproject() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    low = tuple(int(x) for x in project["requires-python"].removeprefix(">=").split("."))
    pinned = tuple(int(x) for x in conda_requirements()["python"].lstrip("=").split("."))
    assert pinned >= low


def test_binder_files() -> None:
    post_build = (REPO / "postBuild").read_text(encoding="utf-8")
    assert post_build.startswith("#!/usr/bin/env bash")
    assert "set -euo pipefail" in post_build
    assert "pip install --no-deps -e ." in post_build
    assert not (REPO / "binder").exists(), "Binder must use the root environment.yml"


def test_lab_binds_to_loopback_with_token() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    lab = makefile.split("\nlab:", 1)[1].split("\n\n", 1)[0]
    assert "--ServerApp.ip=127.0.0.1" in lab
    assert "token=''" not in lab and 'token=""' not in lab and "--no-token" not in lab
