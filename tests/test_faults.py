"""kill -9 at random moments during load, import, a certificate batch, backup and restore.

Each trial copies a database holding the sample conference, starts the operation in a child
process, waits until the child is about to start it, kills it after a random (seeded) delay
within the operation's duration, and then checks what a user would: the database is sound
(read-only check), the records are all there or none, earlier files are as they were, and no
temporary file is left once the next start has cleaned the folder. The whole set stays under
about 30 s on two cores (``TRIALS`` per operation); run alone with ``pytest -m faults``.

docs/reliability.md records the figures of the last run.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.services import library
from desktop.services.files import TEMP_PREFIX, clean_leftovers
from desktop.storage.database import open_database
from tests.conftest import SAMPLE_PACKAGE as sample_path

pytestmark = [pytest.mark.faults, pytest.mark.skipif(os.name != "posix", reason="kill -9")]

SEED = 20261202
TRIALS = 3
ROOT = Path(__file__).resolve().parent.parent
NUMBER = "15-QĐ/BTGTU"
IMPORTED = 40

CHILD = r"""
import sys, time
from pathlib import Path
op, db, arg, extra = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
from desktop.services import backup, certificates, library, recipients
if op in ("load", "import", "certificates"):
    handle = library.open_library(db)
print("ready", flush=True)
time.sleep(0.05)
started = time.monotonic()
if op == "load":
    library.load_package(handle, arg)
elif op == "import":
    recipients.import_recipients(handle, arg, extra)
elif op == "certificates":
    folder = Path(arg)
    certificates.issue_certificates(handle, extra, folder / "out.pdf", split_dir=folder / "each")
elif op == "backup":
    backup.backup_database(db, Path(arg))
elif op == "restore":
    backup.restore_database(Path(arg), db)
print("done", round(time.monotonic() - started, 3), flush=True)
"""


@dataclass
class Tally:
    """Faults injected and their outcome, for docs/reliability.md."""

    injected: int = 0
    killed_mid_way: int = 0


TALLY = Tally()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the sample conference, and the package of a second meeting."""
    folder = tmp_path_factory.mktemp("fault-base")
    path = folder / "base.db"
    db = open_database(path)
    library.load_package(db, sample_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    other = sample_path.read_text(encoding="utf-8")
    other = other.replace("Hội nghị tổng kết", "Hội nghị sơ kết").replace("-QĐ/BTGTU", "-QĐ/KHAC")
    (folder / "other.json").write_text(other, encoding="utf-8")
    rows = ["STT,Họ và tên,Chức vụ,Đơn vị"] + [
        f"{n},Người Nhập Số {n},Chuyên viên,Văn phòng" for n in range(1, IMPORTED + 1)
    ]
    (folder / "list.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def fresh(base: Path, trial: Path) -> Path:
    trial.mkdir()
    db = trial / "v.db"
    shutil.copyfile(base / "base.db", db)
    return db


def kill_during(op: str, db: Path, arg: str, extra: str, delay: float) -> bool:
    """Run ``op`` in a child and kill -9 it ``delay`` s after it starts; True if it was killed
    before it finished."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, op, str(db), arg, extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read() if child.stderr else ""
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    TALLY.injected += 1
    killed = "done" not in out
    TALLY.killed_mid_way += killed
    assert child.returncode in (0, -signal.SIGKILL), err
    return killed


def sound(db: Path) -> library.CheckReport:
    report = library.check_database_file(db)
    assert report.problems == [], report.problems
    return report


def counts(db: Path) -> dict[str, int]:
    import sqlite3

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {
            "meetings": connection.execute("SELECT count(*) FROM meetings").fetchone()[0],
            "awards": connection.execute("SELECT count(*) FROM awards").fetchone()[0],
            "issues": connection.execute("SELECT count(*) FROM certificate_issues").fetchone()[0],
        }
    finally:
        connection.close()


def no_leftovers(folder: Path) -> None:
    clean_leftovers(folder)
    left = [p.name for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX)]
    assert left == []


def delays(op: str, longest: float) -> list[float]:
    """Seeded delays up to ``longest`` s: the 0.05 s pause before the operation and its
    duration on the development machine (load 0.11 s, import 0.02 s, a 26-page batch with
    --split 1.3 s, backup 0.01 s, restore 0.10 s)."""
    rng = random.Random(f"{SEED}-{op}")
    return [rng.uniform(0, longest) for _ in range(TRIALS)]


@pytest.mark.parametrize("delay", delays("load", 0.18))
def test_kill_during_load(base: Path, tmp_path: Path, delay: float) -> None:
    db = fresh(base, tmp_path / "t")
    kill_during("load", db, str(base / "other.json"), "", delay)
    sound(db)
    found = counts(db)
    assert (found["meetings"], found["awards"]) in ((1, 35), (2, 70)), found
    no_leftovers(db.parent)


@pytest.mark.parametrize("delay", delays("import", 0.09))
def test_kill_during_import(base: Path, tmp_path: Path, delay: float) -> None:
    db = fresh(base, tmp_path / "t")
    kill_during("import", db, str(base / "list.csv"), NUMBER, delay)
    sound(db)
    assert counts(db)["awards"] in (35, 35 + IMPORTED)


@pytest.mark.parametrize("delay", delays("certificates", 1.45))
def test_kill_during_a_certificate_batch(base: Path, tmp_path: Path, delay: float) -> None:
    db = fresh(base, tmp_path / "t")
    out = db.parent / "out.pdf"
    out.write_bytes(b"%PDF the earlier batch")
    each = db.parent / "each"
    each.mkdir()
    earlier = {f"{n:02d} - Người Cũ.pdf": f"earlier {n}".encode() for n in range(1, 4)}
    for name, data in earlier.items():
        (each / name).write_bytes(data)
    kill_during("certificates", db, str(db.parent), NUMBER, delay)
    sound(db)
    no_leftovers(db.parent)
    no_leftovers(each)
    issues = counts(db)["issues"]
    assert issues in (0, 26)
    for name, data in earlier.items():
        assert (each / name).read_bytes() == data
    assert out.read_bytes() == b"%PDF the earlier batch" or out.read_bytes().startswith(b"%PDF-")
    new = [p for p in each.iterdir() if p.name not in earlier]
    if issues == 26:
        assert len(new) == 26 and out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("delay", delays("backup", 0.07))
def test_kill_during_backup(base: Path, tmp_path: Path, delay: float) -> None:
    db = fresh(base, tmp_path / "t")
    target = db.parent / "backups" / "sao-luu.db"
    target.parent.mkdir()
    kill_during("backup", db, str(target), "", delay)
    sound(db)
    assert counts(db)["awards"] == 35
    no_leftovers(target.parent)
    if target.exists():
        sound(target)
        assert counts(target)["awards"] == 35


@pytest.mark.parametrize("delay", delays("restore", 0.16))
def test_kill_during_restore(base: Path, tmp_path: Path, delay: float) -> None:
    db = fresh(base, tmp_path / "t")
    current = open_database(db)
    library.load_package(current, base / "other.json")  # 70 awards now; the backup has 35
    current.close()
    kill_during("restore", db, str(base / "base.db"), "", delay)
    no_leftovers(db.parent)
    sound(db)
    assert counts(db)["awards"] in (35, 70)
    if counts(db)["awards"] == 35:
        safeties = list(db.parent.glob("v.db.before-restore-*.bak"))
        assert safeties and counts(safeties[0])["awards"] == 70


@pytest.fixture(scope="module", autouse=True)
def report_figures() -> object:
    """With VINHDANH_FAULT_REPORT=<file>, write the figures of this run (docs/reliability.md)."""
    yield
    target = os.environ.get("VINHDANH_FAULT_REPORT")
    if target:
        Path(target).write_text(
            f"faults injected: {TALLY.injected}\n"
            f"killed before the operation finished: {TALLY.killed_mid_way}\n"
            "data lost: 0 unless a test above failed (each trial asserts it)\n",
            encoding="utf-8",
        )
