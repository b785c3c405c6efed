"""Prove a built program carries everything: the wheel in a fresh venv, or the frozen folder.

    python installer/verify.py wheel            # build the wheel, install it in a fresh venv, check
    python installer/verify.py frozen [FOLDER]  # check dist/VinhDanh (made by installer/build.py)

Both run the same headless checks as a new user would, from a temporary folder (so the source
checkout is not on ``sys.path``) with a fresh data folder:

1. ``vinhdanh --smoke-test``: the main window opens offscreen (Qt, the translation, the demo);
2. ``vinhdanh load`` of the demo meeting package the program itself ships (resources/demo, the
   sample conference): the JSON Schema is found;
3. ``vinhdanh certificates 15-QĐ/BTGTU -o giay-khen.pdf``: fonts and templates, 26 pages;
4. ``vinhdanh award-list 15-QĐ/BTGTU -o danh-sach.xlsx``: the styles, a recipient's name inside;
5. on Linux, ``certificates`` with a user's template whose background is a PNG: Pillow.

The frozen check also measures the folder against its budget (``[tool.vinhdanh.bundle]`` in
pyproject.toml, the one place it is kept) and fails when the folder is larger.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import tomllib
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
DEMO = ("demo", "hoi-nghi-tong-ket-2023.json")
DECISION = "15-QĐ/BTGTU"  # in the demo package: 11 collectives and 15 people
RECIPIENTS = 26
LAST_RECIPIENT = "Nông Văn Sự"
TIMEOUT = 300  # seconds for one command; a hung program fails the check instead of CI


def budget_mb() -> float:
    """The frozen folder's size budget in MB (pyproject.toml, [tool.vinhdanh.bundle])."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return float(tomllib.load(file)["tool"]["vinhdanh"]["bundle"]["budget_mb"])


def folder_size(folder: Path) -> int:
    """Bytes of the regular files in ``folder``; symbolic links (PyInstaller's, on Linux) once."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path, count: int = 15) -> list[tuple[int, str]]:
    """The ``count`` largest files and first-level folders of the bundle, largest first."""
    inside = folder / "_internal" if (folder / "_internal").is_dir() else folder
    parts = [
        (folder_size(p) if p.is_dir() else p.lstat().st_size, p.name) for p in inside.iterdir()
    ]
    return sorted(parts, reverse=True)[:count]


def _run(program: Sequence[str], *args: str, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [*program, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=cwd,
        env=env,
        timeout=TIMEOUT,
    )
    shown = " ".join(["vinhdanh", *args])
    if done.returncode != 0:
        raise SystemExit(f"FAILED: {shown} (exit {done.returncode})\n{done.stdout}\n{done.stderr}")
    print(f"ok: {shown}: {(done.stdout.strip().splitlines() or [''])[0]}")
    return done.stdout


def headless(program: Sequence[str], demo: Path) -> None:
    """The four checks of the module's docstring, run in a fresh temporary folder."""
    if not demo.is_file():
        raise SystemExit(f"FAILED: the demo package is not in the build: {demo}")
    with tempfile.TemporaryDirectory(prefix="vinhdanh-check-") as name:
        work = Path(name)
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            PYTHONIOENCODING="utf-8",
            XDG_DATA_HOME=str(work / "data"),
            XDG_CONFIG_HOME=str(work / "config"),
            XDG_CACHE_HOME=str(work / "cache"),
            LOCALAPPDATA=str(work / "data"),
            APPDATA=str(work / "config"),
        )
        db = str(work / "vinhdanh.db")
        at = {"cwd": work, "env": env}
        _run(program, "--db", db, "--smoke-test", **at)
        _run(program, "--db", db, "load", str(demo), **at)
        _run(program, "--db", db, "certificates", DECISION, "-o", "giay-khen.pdf", **at)
        pdf = (work / "giay-khen.pdf").read_bytes()
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
        if not pdf.startswith(b"%PDF-") or pages != RECIPIENTS:
            raise SystemExit(f"FAILED: giay-khen.pdf has {pages} pages, {RECIPIENTS} expected")
        _run(program, "--db", db, "award-list", DECISION, "-o", "danh-sach.xlsx", **at)
        with zipfile.ZipFile(work / "danh-sach.xlsx") as book:
            text = " ".join(
                "".join(ElementTree.fromstring(book.read(n)).itertext())
                for n in book.namelist()
                if n.startswith("xl/") and n.endswith(".xml")
            )
        if LAST_RECIPIENT not in text:
            raise SystemExit(f"FAILED: danh-sach.xlsx does not name {LAST_RECIPIENT}")
        print(f"ok: {pages} certificates, the award list names {LAST_RECIPIENT}")
        if sys.platform.startswith("linux"):
            _background_check(program, demo, db, work, env)
        else:  # the data folder is the profile's (Windows asks the shell, not the environment)
            print("skipped: a template with a PNG background (Linux only)")


def _png(width: int, height: int) -> bytes:
    """A small RGB PNG, written without any imaging library."""
    rows = b"".join(b"\x00" + bytes((250, 240, 200)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))


def _background_check(
    program: Sequence[str], demo: Path, db: str, work: Path, env: dict[str, str]
) -> None:
    """A user's template with a PNG background (a scanned blank): Pillow is in the build."""
    builtin = demo.parent.parent / "templates" / "certificates" / "giay-khen-dang.json"
    template = json.loads(builtin.read_text(encoding="utf-8"))
    template.update(id="kiem-tra-nen", title="Kiểm tra ảnh nền", background={"image": "nen.png"})
    folder = Path(env["XDG_DATA_HOME"]) / "VinhDanh" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nen.png").write_bytes(_png(297, 210))
    (folder / "kiem-tra-nen.json").write_text(json.dumps(template, ensure_ascii=False), "utf-8")
    args = ("certificates", DECISION, "--template", "kiem-tra-nen", "-o", "nen.pdf")
    _run(program, "--db", db, *args, cwd=work, env=env)
    if b"/Subtype /Image" not in (work / "nen.pdf").read_bytes():
        raise SystemExit("FAILED: nen.pdf does not carry the template's background image")
    print("ok: a template's PNG background is drawn (Pillow)")


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / name


def wheel() -> None:
    """Build the wheel, install it into a fresh venv outside the checkout, run the checks."""
    with tempfile.TemporaryDirectory(prefix="vinhdanh-wheel-") as name:
        work = Path(name)
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", name],
            check=True,
        )
        (built,) = work.glob("vinhdanh-*.whl")
        print(f"ok: built {built.name} ({built.stat().st_size / 2**20:.1f} MB)")
        venv = work / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = _bin(venv, "python.exe" if sys.platform == "win32" else "python")
        pip = [str(python), "-m", "pip", "install", "-q", str(built)]
        subprocess.run(pip, check=True, cwd=work)
        where = subprocess.run(
            [str(python), "-c", f"from desktop import paths; print(paths.resource(*{DEMO!r}))"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            cwd=work,
        ).stdout.strip()
        demo = Path(where)
        if not demo.resolve().is_relative_to(venv.resolve()):
            raise SystemExit(f"FAILED: the installed program reads resources from {demo}")
        program = _bin(venv, "vinhdanh.exe" if sys.platform == "win32" else "vinhdanh")
        headless([str(program)], demo)


def frozen(folder: Path) -> None:
    """Check the PyInstaller folder: the headless checks, then its size against the budget."""
    program = folder / ("vinhdanh.exe" if sys.platform == "win32" else "vinhdanh")
    if not program.is_file():
        raise SystemExit(f"FAILED: no {program} (run installer/build.py first)")
    inside = folder / "_internal" if (folder / "_internal").is_dir() else folder
    headless([str(program)], inside / "resources" / Path(*DEMO))
    check_budget(folder)


def check_budget(folder: Path) -> None:
    """Print the folder's size and largest parts; fail when it is past the budget."""
    size, limit = folder_size(folder) / 2**20, budget_mb()
    print(f"{folder}: {size:.1f} MB (budget {limit:.0f} MB); largest parts:")
    for part_size, part in largest_parts(folder):
        print(f"  {part_size / 2**20:7.1f} MB  {part}")
    if size > limit:
        raise SystemExit(f"FAILED: the bundle is {size:.1f} MB, past its budget of {limit:.0f} MB")


def utf8_output() -> None:
    """This script's own output in UTF-8 (it prints Vietnamese; Windows pipes are cp1252)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> None:
    utf8_output()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("wheel", help="build, install in a fresh venv, check")
    check = sub.add_parser("frozen", help="check the PyInstaller folder")
    check.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "VinhDanh")
    args = parser.parse_args(argv)
    if args.what == "wheel":
        wheel()
    else:
        frozen(args.folder)


if __name__ == "__main__":
    main()
