"""Benchmark: time from process start to the main window shown, against a bare QMainWindow.

Each sample starts a fresh Python process and measures, from the parent, the time until the
child reports its window shown (after the first paint has been processed). The application
opens the demo database; the baseline is an empty PySide6 QMainWindow, measured alternately in
the same run so both see the same machine state. Reports medians and the ratio (goal ≤ 2.2×,
≤ 1 s here).

    python bench/startup.py [--repeat 7] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""

APP = """
import sys
from pathlib import Path
from desktop.ui.app import start
app, window, db = start(Path(sys.argv[1]), remember=False)
app.processEvents()
print("shown", flush=True)
db.close()
"""


def _time(code: str, *args: str, env: dict[str, str]) -> float:
    # An installed program has its bytecode compiled; so do both children here (the first,
    # warming run writes it when PYTHONDONTWRITEBYTECODE is set around us).
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    begin = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - begin
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"child did not start: {line!r}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    from desktop.services import library

    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.db"
        db, _ = library.create_demo(db_path)
        db.close()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": args.platform,
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        _time(BARE, env=env)  # warm the file cache for both
        _time(APP, str(db_path), env=env)
        bare, ours = [], []
        for _ in range(args.repeat):
            bare.append(_time(BARE, env=env))
            ours.append(_time(APP, str(db_path), env=env))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare QMainWindow   median {b * 1000:7.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"Vinh Danh (demo)   median {o * 1000:7.0f} ms  (min {min(ours) * 1000:.0f})")
    print(f"ratio              {o / b:7.2f}×   (goal ≤ 2.2×, ≤ 1000 ms)")


if __name__ == "__main__":
    main()
