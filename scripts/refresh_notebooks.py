"""Execute the notebooks and store only the outputs that nbval checks.

    python scripts/refresh_notebooks.py              # every notebook
    python scripts/refresh_notebooks.py notebooks/01-resolution-1325.ipynb

Cells whose source contains ``# NBVAL_CHECK_OUTPUT`` keep their outputs (nbval
compares them on every test run); every other cell is stripped. Run this after
changing a notebook or the data it shows, and commit the result.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
MARK = "# NBVAL_CHECK_OUTPUT"


def refresh(path: Path) -> None:
    """Run ``path`` top to bottom and keep outputs only on checked cells."""
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        if MARK in cell.source:
            for output in cell.outputs:
                if output.get("output_type") == "error":
                    raise SystemExit(f"{path.name}: a checked cell raised an error")
                output.pop("execution_count", None)
        else:
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
    notebook.metadata.pop("widgets", None)
    nbformat.validate(notebook)
    nbformat.write(notebook, path)
    print(f"refreshed {path.name}")


def main(paths: list[str]) -> None:
    for path in [Path(p) for p in paths] or sorted(NOTEBOOKS.glob("*.ipynb")):
        refresh(path.resolve())


if __name__ == "__main__":
    main(sys.argv[1:])
