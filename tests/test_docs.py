"""The documents a newcomer reads must match what the repository holds."""

from __future__ import annotations

import re

from conftest import REPO

NOTEBOOKS = sorted(p.stem for p in (REPO / "notebooks").glob("*.ipynb"))


def test_teaching_guide_covers_every_notebook() -> None:
    guide = (REPO / "docs" / "teaching-guide.md").read_text(encoding="utf-8")
    entries = re.findall(r"^### (\d\d) · ", guide, flags=re.M)
    assert entries == [name[:2] for name in NOTEBOOKS], \
        "each notebook needs an entry in docs/teaching-guide.md, in order"


def test_readme_lists_every_notebook() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"\[(\d\d-[a-z0-9-]+)\]\(notebooks/\1\.ipynb\)", readme)
    assert listed == NOTEBOOKS


def test_notebooks_state_goals_data_and_time() -> None:
    import json

    for name in NOTEBOOKS:
        cells = json.loads((REPO / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
        opening = "".join(cells[0]["source"])
        assert opening.startswith(f"# {name[:2]} · "), name
        for part in ("**Learning goals.**", "**Data used.**", "**Time.**"):
            assert part in opening, (name, part)
        text = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        assert "## Exercises" in text and "## Summary" in text, name
        assert not any("read_csv" in "".join(c["source"]) for c in cells), name
