"""Build the one-folder application with PyInstaller and check it starts.

    .venv/bin/pip install -e ".[build]"
    .venv/bin/python installer/build.py

Steps: compile the Vietnamese translation (.qm; a frozen build has no pyside6-lrelease), run
PyInstaller on installer/vinhdanh.spec into build/ and dist/VinhDanh/, then run the frozen
``vinhdanh --version`` and ``vinhdanh --smoke-test`` (offscreen) and report the folder's size.
On Windows the folder is what installer/vinhdanh.iss packs into the setup program.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


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
    )
    return ROOT / "dist" / "VinhDanh"


def check(folder: Path) -> None:
    """The frozen program answers --version and passes its smoke test."""
    exe = folder / ("vinhdanh.exe" if sys.platform == "win32" else "vinhdanh")
    print(
        subprocess.run(
            [str(exe), "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": home,
            "XDG_CONFIG_HOME": home,
            "LOCALAPPDATA": home,
        }
        done = subprocess.run(
            [str(exe), "--db", str(Path(home) / "x.db"), "--smoke-test"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        print(done.stdout.strip() or done.stderr.strip())
        if done.returncode != 0:
            raise SystemExit(f"smoke test failed: {done.stderr}")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"{folder}: {size / 2**20:.0f} MB")


if __name__ == "__main__":
    compile_translations()
    check(build())
