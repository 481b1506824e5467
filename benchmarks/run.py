"""Measure what Binder users feel: notebook run time, kernel memory, import and load time.

    python benchmarks/run.py               # notebooks, floor, import + loaders
    python benchmarks/run.py --make-test   # also time a full `make test`

Each notebook is executed in a fresh kernel and compared with a *floor*
notebook that starts a kernel, does the series' imports and draws one figure,
measured in the same run. Peak kernel memory is the kernel process's high-water
mark (VmHWM, Linux). Results go to benchmarks/latest.md and into README.md
between the bench markers. Budgets: every notebook within 2x the floor, no
kernel above 300 MB, ``import wps`` plus every loader under 0.5 s beyond
``import pandas``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
FLOOR_SOURCE = """\
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import wps
fig, ax = plt.subplots()
ax.plot([0, 1], [0, 1])
plt.show()
"""
LOAD_ALL = "import wps\nfor name in wps.table_names(): wps.load_table(name)\n"
BUDGET_RATIO, BUDGET_MB, BUDGET_LOAD = 2.0, 300, 0.5


def _peak_mb(client: NotebookClient) -> float:
    pid = client.km.provisioner.process.pid
    status = Path(f"/proc/{pid}/status").read_text()
    kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    return kb / 1024


def run_notebook(notebook: nbformat.NotebookNode, folder: Path) -> tuple[float, float]:
    """Execute ``notebook``; return (seconds after kernel start, peak kernel MB)."""
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(folder)}})
    with client.setup_kernel():
        start = time.perf_counter()
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        seconds = time.perf_counter() - start
        peak = _peak_mb(client)
    return seconds, peak


def python_seconds(code: str, repeat: int = 5) -> float:
    """Median wall time of ``python -c code`` in a fresh process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--make-test", action="store_true", help="also time `make test`")
    args = parser.parse_args()

    floor_nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])
    floor_s, floor_mb = run_notebook(floor_nb, NOTEBOOKS)
    rows = [("floor (imports + one figure)", floor_s, floor_mb, "")]
    failures = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        seconds, peak = run_notebook(nbformat.read(path, as_version=4), NOTEBOOKS)
        ok = seconds <= BUDGET_RATIO * floor_s and peak <= BUDGET_MB
        rows.append((path.stem, seconds, peak, "ok" if ok else "OVER BUDGET"))
        if not ok:
            failures.append(path.stem)

    pandas_s = python_seconds("import pandas")
    load_s = python_seconds(LOAD_ALL)
    extra = load_s - pandas_s
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}.",
        "",
        "| notebook | seconds (after kernel start) | peak kernel MB | budget |",
        "|---|---:|---:|---|",
        *[f"| {name} | {s:.2f} | {mb:.0f} | {verdict} |" for name, s, mb, verdict in rows],
        "",
        f"`import pandas`: {pandas_s:.2f} s; `import wps` + every loader: {load_s:.2f} s "
        f"({extra:+.2f} s beyond pandas; budget {BUDGET_LOAD} s: "
        f"{'ok' if extra <= BUDGET_LOAD else 'OVER BUDGET'}).",
    ]
    if args.make_test:
        start = time.perf_counter()
        subprocess.run(["make", "test"], check=True, cwd=REPO, capture_output=True)
        lines.append(f"`make test` (already set up): {time.perf_counter() - start:.0f} s.")
    table = "\n".join(lines)
    (REPO / "benchmarks" / "latest.md").write_text(table + "\n", encoding="utf-8")
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    start_mark, end_mark = "<!-- bench:start -->", "<!-- bench:end -->"
    if start_mark in text and end_mark in text:
        head, rest = text.split(start_mark, 1)
        readme.write_text(head + start_mark + "\n" + table + "\n" + end_mark
                          + rest.split(end_mark, 1)[1], encoding="utf-8")
    print(table)
    if failures or extra > BUDGET_LOAD:
        sys.exit(1)


if __name__ == "__main__":
    main()
