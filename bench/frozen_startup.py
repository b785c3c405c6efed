"""Benchmark: start-up of the frozen program (PyInstaller folder) beside the source run.

Each sample is a whole process, timed from the parent, alternating frozen and source so both
see the same machine state:

- ``--version``: the interpreter (or the frozen bootloader unpacking nothing, reading its
  archive) and the argument parser, no Qt;
- ``--smoke-test`` on the demo database: Qt, the translation, the main window built offscreen,
  checked, closed.

Reports medians and the frozen/source ratios. Needs dist/VinhDanh (installer/build.py).

    python bench/frozen_startup.py [--repeat 7] [--folder dist/VinhDanh]
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

ROOT = Path(__file__).resolve().parent.parent


def _time(command: list[str], env: dict[str, str]) -> float:
    begin = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=120)
    return time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / "VinhDanh")
    args = parser.parse_args()
    frozen = args.folder / ("vinhdanh.exe" if sys.platform == "win32" else "vinhdanh")
    if not frozen.is_file():
        raise SystemExit(f"no {frozen}: run installer/build.py first")
    source = [sys.executable, "-m", "desktop.cli"]
    from desktop.services import library

    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.db"
        db, _ = library.create_demo(db_path)
        db.close()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(Path(folder) / "data"),
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        for what, extra in (("--version", ["--version"]), ("--smoke-test", ["--smoke-test"])):
            commands = {
                "frozen": [str(frozen), "--db", str(db_path), *extra],
                "source": [*source, "--db", str(db_path), *extra],
            }
            for command in commands.values():
                _time(command, env)  # warm the file cache
            times: dict[str, list[float]] = {"frozen": [], "source": []}
            for _ in range(args.repeat):
                for name, command in commands.items():
                    times[name].append(_time(command, env))
            f, s = statistics.median(times["frozen"]), statistics.median(times["source"])
            for name, median in (("frozen", f), ("source", s)):
                fastest = min(times[name]) * 1000
                print(f"{what:13} {name} median {median * 1000:6.0f} ms (min {fastest:.0f})")
            print(f"{'':13} frozen/source {f / s:6.2f}×")


if __name__ == "__main__":
    main()
