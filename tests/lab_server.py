"""Start JupyterLab exactly as ``make lab`` does, for the server and browser tests."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from conftest import REPO

URL = re.compile(r"(http://127\.0\.0\.1:(\d+))/lab\?token=([0-9a-f]+)")


@dataclass
class Lab:
    """A running ``make lab``: its base URL, port, token and everything it printed so far."""

    base: str
    port: int
    token: str
    output: list[str] = field(repr=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


@contextmanager
def make_lab(*args: str, timeout: float = 60) -> Iterator[Lab]:
    """Run ``make lab LAB_ARGS="--no-browser --port=<free> ARGS"``; stop it and its kernels after."""
    root = ["--allow-root"] if os.geteuid() == 0 else []  # containers and CI often run as root
    lab_args = " ".join(["--no-browser", f"--port={free_port()}", *root, *args])
    process = subprocess.Popen(["make", "--no-print-directory", "lab"], cwd=REPO,
                               env={**os.environ, "LAB_ARGS": lab_args}, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    output: list[str] = []
    found = threading.Event()

    def read() -> None:  # keeps draining the pipe so that the server never blocks on it
        for line in process.stdout:
            output.append(line)
            if URL.search(line):
                found.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + timeout
        while not found.wait(0.1):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("make lab did not print its URL:\n" + "".join(output)[-3000:])
        match = next(URL.search(line) for line in output if URL.search(line))
        while not accepts(int(match.group(2))):  # the URL is printed just before the port opens
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("make lab never opened its port:\n" + "".join(output)[-3000:])
            time.sleep(0.1)
        yield Lab(match.group(1), int(match.group(2)), match.group(3), output)
    finally:
        stop(process)
        reader.join(timeout=5)
        process.stdout.close()


def stop(process: subprocess.Popen) -> None:
    """End the process group that ``make lab`` leads; Jupyter shuts its kernels down on SIGTERM."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
