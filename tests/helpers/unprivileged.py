"""Run Python in a child that, like an ordinary user, cannot write read-only files and folders.

Root ignores permission bits only because it holds CAP_DAC_OVERRIDE. The launcher gives up every
capability (the bounding set too, or exec would grant them back to uid 0) and then runs the command: the
kernel applies the file's bits to it as to any owner. Staying uid 0 rather than becoming "nobody" keeps
the interpreter readable, wherever it is installed (here under /root, mode 0700).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

WITHOUT_PRIVILEGES = r"""
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
PR_CAPBSET_DROP, LINUX_CAPABILITY_VERSION_3 = 24, 0x20080522
with open("/proc/sys/kernel/cap_last_cap") as f:
    last = int(f.read())
for cap in range(last + 1):
    if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
        sys.exit(f"cannot drop capability {cap}: {os.strerror(ctypes.get_errno())}")
class Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
class Sets(ctypes.Structure):  # all three empty
    _fields_ = [(name, ctypes.c_uint32) for name in ("effective", "permitted", "inheritable")]
if libc.capset(ctypes.byref(Header(LINUX_CAPABILITY_VERSION_3, 0)), (Sets * 2)()) != 0:
    sys.exit(f"cannot drop capabilities: {os.strerror(ctypes.get_errno())}")
os.execv(sys.argv[1], sys.argv[1:])
"""
REPO = Path(__file__).parent.parent.parent
CAP_DAC_OVERRIDE = 1


def overrides_permissions() -> bool:
    """Whether this process writes read-only files anyway: it holds CAP_DAC_OVERRIDE (root, normally)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return getattr(os, "geteuid", lambda: -1)() == 0
    found = re.search(r"^CapEff:\s*([0-9a-f]+)$", status, re.MULTILINE)
    return bool(found and int(found.group(1), 16) & 1 << CAP_DAC_OVERRIDE)


def run_unprivileged(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` as a user who cannot write read-only files (root gives up its capabilities first).

    The child inherits the environment (so the test's private user folders), with this checkout importable.
    """
    command = [sys.executable, *args]
    if overrides_permissions():
        if not sys.platform.startswith("linux"):
            pytest.skip("this test gives up root's privileges only on Linux")
        command = [sys.executable, "-c", WITHOUT_PRIVILEGES, *command]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    if result.returncode == 1 and result.stderr.startswith("cannot drop capabilit"):
        pytest.skip(f"cannot run a child without root's privileges here: {result.stderr.strip()}")
    return result
