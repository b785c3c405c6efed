"""Build the one-folder application with PyInstaller and check it starts.

    .venv/bin/pip install -e ".[build]"
    .venv/bin/python installer/build.py

Steps: compile the Vietnamese translation (.qm; a frozen build has no pyside6-lrelease), run
PyInstaller on installer/vinhdanh.spec into build/ and dist/VinhDanh/, then check the result
with installer/verify.py: the frozen ``vinhdanh --version``, ``--smoke-test`` (offscreen),
``load`` of the demo package it carries, ``certificates`` and ``award-list -o …xlsx`` of decision
15-QĐ/BTGTU, and the folder's size against its budget (pyproject.toml). Exit status 1 when any
check fails. On Windows the folder is what installer/vinhdanh.iss packs into the setup program.

    --no-check    build only
    --check-only  check the dist/VinhDanh already built
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

import verify  # installer/verify.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# PyInstaller takes about 75 s on 2 cores; a hung build fails instead of blocking CI.
BUILD_TIMEOUT = 480


def compile_translations() -> None:
    """Every .ts in resources/translations to a .qm beside it."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6-Essentials)")
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def build() -> Path:
    """Run PyInstaller; returns the folder of the build."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build"),
            str(ROOT / "installer" / "vinhdanh.spec"),
        ],
        check=True,
        timeout=BUILD_TIMEOUT,
    )
    return ROOT / "dist" / "VinhDanh"


def check(folder: Path) -> None:
    """The frozen program answers --version and passes the headless checks within budget."""
    exe = folder / ("vinhdanh.exe" if sys.platform == "win32" else "vinhdanh")
    print(
        subprocess.run(
            [str(exe), "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    verify.frozen(folder)


def main() -> None:
    verify.utf8_output()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-check", action="store_true", help="build only")
    parser.add_argument("--check-only", action="store_true", help="check dist/VinhDanh")
    args = parser.parse_args()
    folder = ROOT / "dist" / "VinhDanh"
    if not args.check_only:
        begin = time.perf_counter()
        compile_translations()
        folder = build()
        print(f"built {folder} in {time.perf_counter() - begin:.0f} s")
    if not args.no_check:
        check(folder)


if __name__ == "__main__":
    main()
