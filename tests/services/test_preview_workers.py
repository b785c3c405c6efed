"""The preview worker processes end with the window's process, however it ends.

Seen in the frozen program: killed (as the Task Manager's "End task" does), it left its worker
and multiprocessing's resource tracker running for good, holding the program's files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PARENT = """
import os, sys, time
from desktop.services import previews
previews.warm()
assert previews.wait_ready(120), "the worker did not start"
print(previews.run(os.getpid), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    """Running (a zombie nobody reaps counts as gone)."""
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in {"Z", "X"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_window_leaves_no_worker_behind() -> None:
    env = {k: v for k, v in os.environ.items() if k != "VINHDANH_PREVIEW_THREAD"}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        assert worker != parent.pid and _alive(worker)
        parent.send_signal(signal.SIGKILL)  # no atexit, no shutdown of the pool
        parent.wait(10)
        deadline = time.monotonic() + 20
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker)
    finally:
        parent.kill()
        parent.wait(10)
