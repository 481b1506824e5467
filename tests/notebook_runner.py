"""Execute notebooks for tests/test_notebook_quality.py, normally or offline.

    python tests/notebook_runner.py [--netns] OUT_DIR NOTEBOOK...

runs every NOTEBOOK offline and writes OUT_DIR/<name>.ipynb plus OUT_DIR/offline.json.
Offline means: a first cell installs an audit hook in the kernel that blocks (raises) and
records every socket connection and name lookup that is not for the loopback interface.
With ``--netns`` the script expects to run under ``unshare -n`` (or ``unshare -rn``): it
brings the loopback interface up, so that this client and the kernel talk over 127.0.0.1
while nothing else can be reached, even by code the audit hook does not see.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
import socket
import struct
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

WARNINGS_CELL = "import warnings\nwarnings.simplefilter('default')"

GUARD_CELL = r'''
import ipaddress as _wps_ip, socket as _wps_socket, sys as _wps_sys
_wps_blocked = []

def _wps_is_loopback(host):
    if host is None:
        return True
    host = (host.decode() if isinstance(host, bytes) else str(host)).split("%")[0]
    if host in ("", "localhost", "ip6-localhost"):
        return True
    try:
        return _wps_ip.ip_address(host).is_loopback
    except ValueError:
        return False

def _wps_guard(event, args):
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        if args[0].family not in (_wps_socket.AF_INET, _wps_socket.AF_INET6) or not args[1]:
            return
        host = args[1][0]
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        host = args[0]
    elif event == "socket.getnameinfo":
        host = args[0][0]
    else:
        return
    if not _wps_is_loopback(host):
        _wps_blocked.append(f"{event} {host!r}")
        raise ConnectionRefusedError(f"network call blocked by the offline test: {event} {host!r}")

_wps_sys.addaudithook(_wps_guard)
'''

REPORT_CELL = "import json as _wps_json\nprint(_wps_json.dumps(_wps_blocked))"


async def execute(path: Path, offline: bool = False) -> nbformat.NotebookNode:
    """Run ``path`` in a fresh kernel, warnings shown (``-W default``) and errors kept as outputs.

    The returned notebook holds only the notebook's own cells; with ``offline`` its
    ``metadata["quality"]["blocked"]`` lists the network calls the guard blocked.
    """
    notebook = nbformat.read(path, as_version=4)
    own = notebook.cells
    setup = [nbformat.v4.new_code_cell(WARNINGS_CELL)]
    setup += [nbformat.v4.new_code_cell(GUARD_CELL)] if offline else []
    report = [nbformat.v4.new_code_cell(REPORT_CELL)] if offline else []
    notebook.cells = setup + own + report
    await NotebookClient(notebook, timeout=120, kernel_name="python3", allow_errors=True,
                         shutdown_kernel="immediate",  # the outputs are in; saves ~0.5 s
                         record_timing=False,
                         resources={"metadata": {"path": str(path.parent)}}).async_execute()
    if any(cell.outputs for cell in setup):
        raise RuntimeError(f"{path.name}: a set-up cell printed {[c.outputs for c in setup]!r}")
    notebook.cells = own
    notebook.metadata["quality"] = {}
    if offline:
        printed = [o.text for o in report[0].outputs if o.output_type == "stream"]
        if not printed:
            raise RuntimeError(f"{path.name}: the guard report is missing: {report[0].outputs!r}")
        notebook.metadata["quality"]["blocked"] = json.loads(printed[0])
    return notebook


def execute_all(paths: list[Path], offline: bool = False, concurrency: int = 0,
                ) -> dict[str, nbformat.NotebookNode]:
    """Run every notebook as ``execute`` does, ``concurrency`` kernels at a time, by file name.

    The default (0) uses half the cores, leaving the rest to the other pass running alongside.
    """
    concurrency = concurrency or max(1, (os.cpu_count() or 2) // 2)

    async def run() -> list[nbformat.NotebookNode]:
        slots = asyncio.Semaphore(concurrency)

        async def one(path: Path) -> nbformat.NotebookNode:
            async with slots:
                return await execute(path, offline)

        return await asyncio.gather(*map(one, paths))

    return {path.name: notebook for path, notebook in zip(paths, asyncio.run(run()))}


def loopback_up() -> None:
    """Set the ``lo`` interface up (it starts down in a new network namespace)."""
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH22x", b"lo", 0)
        flags = struct.unpack("16sH22x", fcntl.ioctl(sock, siocgifflags, request))[1]
        fcntl.ioctl(sock, siocsifflags, struct.pack("16sH22x", b"lo", flags | iff_up))


def main(argv: list[str]) -> None:
    netns = argv[:1] == ["--netns"]
    out, *paths = argv[1:] if netns else argv
    out = Path(out)
    if netns:
        loopback_up()
    info = {"netns": netns, "interfaces": [name for _, name in socket.if_nameindex()]}
    (out / "offline.json").write_text(json.dumps(info), encoding="utf-8")
    for name, notebook in execute_all([Path(p) for p in paths], offline=True).items():
        nbformat.write(notebook, out / name)


if __name__ == "__main__":
    main(sys.argv[1:])
