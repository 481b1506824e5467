"""`make lab` serves on 127.0.0.1 only and asks for its token (one server for the module)."""

from __future__ import annotations

import fcntl
import ipaddress
import socket
import struct
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from lab_server import Lab, make_lab

NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="module")
def lab() -> Lab:
    with make_lab() as running:
        yield running


def status(url: str, **headers: str) -> int:
    try:
        with NO_PROXY.open(urllib.request.Request(url, headers=headers), timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def listening_addresses(port: int) -> set[str]:
    """Addresses with a listening TCP socket on ``port``, from /proc/net/tcp and tcp6 (Linux)."""
    found = set()
    for name, size in (("tcp", 4), ("tcp6", 16)):
        table = Path("/proc/net") / name
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hexport = local.split(":")
            if state == "0A" and int(hexport, 16) == port:  # 0A: LISTEN
                raw = bytes.fromhex(address)
                words = b"".join(raw[i:i + 4][::-1] for i in range(0, size, 4))  # kernel byte order
                found.add(str(ipaddress.ip_address(words)))
    return found


def other_local_addresses() -> list[str]:
    """This machine's own addresses that are not loopback or link-local (IPv4 and IPv6)."""
    addresses = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for _, name in socket.if_nameindex():
            try:
                request = struct.pack("256s", name.encode()[:15])
                reply = fcntl.ioctl(sock, 0x8915, request)  # SIOCGIFADDR
            except OSError:
                continue
            addresses.append(socket.inet_ntoa(reply[20:24]))
    inet6 = Path("/proc/net/if_inet6")
    if inet6.exists():
        addresses += [str(ipaddress.ip_address(bytes.fromhex(line.split()[0])))
                      for line in inet6.read_text().splitlines()]
    return [a for a in addresses if not (ipaddress.ip_address(a).is_loopback
                                         or ipaddress.ip_address(a).is_link_local)]


def test_api_needs_the_token(lab: Lab) -> None:
    assert status(f"{lab.base}/api/contents") == 403
    assert status(f"{lab.base}/api/contents?token=wrong") == 403
    assert status(f"{lab.base}/api/contents?token={lab.token}") == 200
    assert status(f"{lab.base}/api/contents", Authorization=f"token {lab.token}") == 200


def test_listens_on_loopback_only(lab: Lab) -> None:
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read listening sockets from (not Linux)")
    assert listening_addresses(lab.port) == {"127.0.0.1"}


def test_other_local_addresses_are_refused(lab: Lab) -> None:
    addresses = other_local_addresses()
    if not addresses:
        pytest.skip("this machine has no non-loopback address to try")
    for address in addresses:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((address, lab.port), timeout=3).close()
