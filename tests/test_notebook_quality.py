"""Quality gates for every notebook in notebooks/: offline, repeatable, no warnings.

Each notebook is executed twice, both times with warnings shown (``-W default``):

* a *normal* pass in this process;
* an *offline* pass in one background process that runs every notebook inside a network
  namespace holding only the loopback interface (``unshare -n``, or ``unshare -rn`` without
  root), with an audit hook in the kernel that blocks and records any other connection or
  name lookup. Where namespaces are not available, the audit hook alone guards the pass and
  ``test_offline_isolation`` is skipped with the reason. ``WPS_TEST_NETNS=0`` forces that mode.

The two passes run at the same time, and ``test_repeatable`` compares their text outputs.
"""

from __future__ import annotations

import ast
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import REPO
from notebook_runner import execute_all

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
NAMES = [path.name for path in NOTEBOOKS]
RUNNER = Path(__file__).with_name("notebook_runner.py")
CANARY = "canary.ipynb"
CANARY_SOURCE = """\
import socket
print(sorted(name for _, name in socket.if_nameindex()))
for call in (lambda: socket.socket().connect(("198.51.100.7", 80)),
             lambda: socket.getaddrinfo("example.org", 443)):
    try:
        call()
        print("reached the network")
    except OSError as error:
        print(type(error).__name__)
"""
NETWORK_CLIENTS = {"urllib.request", "http.client", "requests", "httpx", "socket", "aiohttp",
                   "urllib3", "ftplib", "smtplib", "poplib", "imaplib", "xmlrpc.client",
                   "websocket", "websockets", "pycurl"}
KERNEL_FILE = re.compile(r"ipykernel_\d+")  # warnings name the kernel's per-process file
WARNING = re.compile(r"\b\w+Warning\b|:\d+: Warning:")
IMAGE = "image/"


def namespace_prefix() -> tuple[list[str] | None, str]:
    """The command prefix that runs a program in a loopback-only network namespace, and why."""
    if os.environ.get("WPS_TEST_NETNS") == "0":
        return None, "WPS_TEST_NETNS=0"
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return None, "no 'unshare' command (Linux util-linux)"
    for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix, " ".join(prefix)
    return None, "'unshare -n' and 'unshare -rn' were refused (no root, user namespaces disabled)"


class OfflinePass:
    """The background process that executes every notebook offline."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.prefix, self.mode = namespace_prefix()
        canary = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CANARY_SOURCE)])
        (folder / "input").mkdir()
        nbformat.write(canary, folder / "input" / CANARY)
        command = [sys.executable, str(RUNNER), *(["--netns"] if self.prefix else []), str(folder),
                   *map(str, NOTEBOOKS), str(folder / "input" / CANARY)]
        self.log = (folder / "log.txt").open("w", encoding="utf-8")
        self.process = subprocess.Popen([*(self.prefix or []), *command], cwd=REPO,
                                        stdout=self.log, stderr=subprocess.STDOUT)

    def wait(self) -> dict:
        """Wait for the pass to end; return what the runner saw of the network."""
        if self.process.returncode is None:
            try:
                self.process.wait(timeout=600)
            finally:
                self.stop()
        if self.process.returncode != 0:
            log = (self.folder / "log.txt").read_text(encoding="utf-8")[-3000:]
            pytest.fail(f"the offline pass ({self.mode}) failed:\n{log}")
        return json.loads((self.folder / "offline.json").read_text(encoding="utf-8"))

    def notebook(self, name: str) -> nbformat.NotebookNode:
        self.wait()
        return nbformat.read(self.folder / name, as_version=4)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> OfflinePass:
    run = OfflinePass(tmp_path_factory.mktemp("offline"))
    yield run
    run.stop()


@pytest.fixture(scope="module")
def normal(offline: OfflinePass) -> dict[str, nbformat.NotebookNode]:
    """Every notebook executed once in this process, while the offline pass runs alongside."""
    return execute_all(NOTEBOOKS)


def code_cells(notebook: nbformat.NotebookNode) -> list[tuple[int, nbformat.NotebookNode]]:
    return [(index, cell) for index, cell in enumerate(notebook.cells) if cell.cell_type == "code"]


def describe(index: int, cell: nbformat.NotebookNode) -> str:
    first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
    return f"cell {index} ({first[:60]!r})"


def text_outputs(cell: nbformat.NotebookNode) -> list[tuple]:
    """What must repeat: streams (joined), text/plain, errors; images only by their type."""
    items: list[tuple] = []
    for output in cell.outputs:
        kind = output.output_type
        if kind == "stream":
            text = KERNEL_FILE.sub("ipykernel_N", output.text)
            if items and items[-1][:2] == ("stream", output.name):
                items[-1] = ("stream", output.name, items[-1][2] + text)
            else:
                items.append(("stream", output.name, text))
        elif kind in ("execute_result", "display_data"):
            data = output.get("data", {})
            images = sorted(key for key in data if key.startswith(IMAGE))
            items.append((kind, tuple(images)) if images else (kind, data.get("text/plain")))
        elif kind == "error":
            items.append(("error", output.ename, output.evalue))
    return items


def problems(notebook: nbformat.NotebookNode) -> list[str]:
    """Errors, anything written to stderr, and warning text in any output."""
    found = []
    for index, cell in code_cells(notebook):
        where = describe(index, cell)
        for item in text_outputs(cell):
            if item[0] == "error":
                found.append(f"{where} raised {item[1]}: {item[2]}")
            elif item[0] == "stream" and item[1] == "stderr":
                found.append(f"{where} wrote to stderr: {item[2].strip()[:500]}")
            elif isinstance(item[-1], str) and WARNING.search(item[-1]):
                found.append(f"{where} shows a warning: {item[-1].strip()[:500]}")
    return found


@pytest.mark.parametrize("name", NAMES)
def test_no_errors_or_warnings(name: str, normal: dict) -> None:
    found = problems(normal[name])
    assert not found, (f"{name}, run with warnings shown (-W default): fix each warning at its "
                       "cause rather than silencing it.\n" + "\n".join(found))


@pytest.mark.parametrize("name", NAMES)
def test_repeatable(name: str, normal: dict, offline: OfflinePass) -> None:
    first, second = normal[name], offline.notebook(name)
    for (index, cell), (_, again) in zip(code_cells(first), code_cells(second), strict=True):
        a, b = text_outputs(cell), text_outputs(again)
        if a != b:
            diff = "\n".join(difflib.unified_diff(
                [repr(x) for x in a], [repr(x) for x in b], "first run", "second run (offline)",
                lineterm=""))
            pytest.fail(f"{name}: {describe(index, cell)} printed something else on a second "
                        "run (unseeded randomness, set or dict order, a clock, a memory address "
                        f"in a repr such as '<Axes at 0x...>', or the network?):\n{diff}")


@pytest.mark.parametrize("name", NAMES)
def test_offline(name: str, offline: OfflinePass) -> None:
    notebook = offline.notebook(name)
    blocked = notebook.metadata["quality"]["blocked"]
    assert not blocked, f"{name} tried to use the network ({offline.mode}): {blocked}"
    found = [p for p in problems(notebook) if "Warning" not in p]
    assert not found, f"{name} failed offline ({offline.mode}):\n" + "\n".join(found)


def test_offline_guard_blocks_the_network(offline: OfflinePass) -> None:
    """The canary notebook's connection and name lookup are blocked and recorded."""
    canary = offline.notebook(CANARY)
    assert canary.metadata["quality"]["blocked"] == [
        "socket.connect '198.51.100.7'", "socket.getaddrinfo 'example.org'"]
    assert "reached the network" not in canary.cells[0].outputs[0].text


def test_offline_isolation(offline: OfflinePass) -> None:
    """The offline pass, kernels included, ran in a namespace whose only interface is loopback."""
    info = offline.wait()
    if not info["netns"]:
        pytest.skip(f"no network namespace ({offline.mode}): the offline test used the in-kernel "
                    "socket guard only")
    kernel_interfaces = offline.notebook(CANARY).cells[0].outputs[0].text.splitlines()[0]
    assert info["interfaces"] == ["lo"] and kernel_interfaces == "['lo']", (info, kernel_interfaces)
    print(f"offline pass ran under '{offline.mode}' (loopback only)")


def imported_modules(tree: ast.AST) -> set[str]:
    """Every module an AST imports, ``from a import b`` counted as both ``a`` and ``a.b``."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", None))
              in ("import_module", "__import__")):
            names.add(node.args[0].value)
    return names


def test_package_imports_no_network_client() -> None:
    found = []
    for path in sorted((REPO / "src").rglob("*.py")):
        for name in imported_modules(ast.parse(path.read_text(encoding="utf-8"))):
            if any(name == client or name.startswith(client + ".") for client in NETWORK_CLIENTS):
                found.append(f"{path.relative_to(REPO)} imports {name}")
    assert not found, "the package must work offline:\n" + "\n".join(found)


@pytest.mark.parametrize("name", NAMES)
def test_every_figure_has_a_text_description(name: str, normal: dict) -> None:
    """A screen reader reads text, not pictures: each figure comes with a printed description."""
    missing = []
    for index, cell in code_cells(normal[name]):
        images = sum(1 for o in cell.get("outputs", []) if any(k.startswith(IMAGE)
                                                               for k in o.get("data", {})))
        texts = "".join(o.get("text", "") for o in cell.get("outputs", [])
                        if o.get("output_type") == "stream")
        if images and texts.count("Figure description:") < images:
            missing.append(describe(index, cell))
    assert not missing, f"{name}: figures without a text description: {missing}"


HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b")
NAMED_COLOUR = re.compile(r"""colou?r\s*=\s*["'](?:red|green|blue|orange|purple|yellow|pink|"""
                          r"""brown|cyan|magenta|tab:\w+|C\d)["']""")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_colours_come_from_the_palette(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    for index, cell in code_cells(notebook):
        assert not HEX_COLOUR.search(cell.source), f"{path.name} cell {index}: use wps.plots colours"
        assert not NAMED_COLOUR.search(cell.source), f"{path.name} cell {index}: use wps.plots colours"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_headings_are_in_order(path: Path) -> None:
    """One title, and no heading level skipped (a screen reader's outline stays whole)."""
    notebook = nbformat.read(path, as_version=4)
    levels = [len(match.group(1)) for cell in notebook.cells if cell.cell_type == "markdown"
              for match in re.finditer(r"^(#{1,6}) ", cell.source, flags=re.M)]
    assert levels[0] == 1 and levels.count(1) == 1, path.name
    for before, after in zip(levels, levels[1:]):
        assert after <= before + 1, f"{path.name}: heading level jumps from {before} to {after}"


def test_the_series_has_figures(normal: dict) -> None:
    # Guards the description test above against passing because no image was found.
    images = sum(1 for notebook in normal.values() for _, cell in code_cells(notebook)
                 for o in cell.get("outputs", []) if any(k.startswith(IMAGE)
                                                         for k in o.get("data", {})))
    assert images >= 20
