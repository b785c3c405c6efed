"""Start-up, language, background operations, preview and printing, and a PySide6 regression."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop import paths
from desktop.services import decisions
from desktop.services.errors import InvalidInput
from desktop.services.session import Library
from desktop.ui import translations
from desktop.ui.operations import Cancelled, DatabaseOp, Progress
from desktop.ui.printing import print_pdf
from desktop.ui.widgets.preview_pane import PreviewPane


def test_smoke_test_in_a_subprocess(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(tmp_path / "x.db"), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test: ok (Hội nghị)" in done.stdout  # Vietnamese is the default language
    assert not (tmp_path / "config" / "VinhDanh").exists()  # the smoke test remembers nothing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
def test_no_screen_is_one_clear_line_not_a_crash(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(tmp_path / "x.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("vinhdanh: không có màn hình để mở cửa sổ")
    assert "Traceback" not in done.stderr


def test_vietnamese_translation_is_complete_and_loads(qapp: QApplication) -> None:
    ts = translations.source_file("vi").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert "<translation></translation>" not in ts
    qm = translations.compiled_file("vi")
    assert qm is not None and qm.exists()
    # Compiled into the tests' folder (conftest), never into resources/.
    assert qm.parent == Path(os.environ[translations.QM_DIR_VARIABLE])
    installed = translations.install(qapp, "vi")
    try:
        assert QCoreApplication.translate("MainWindow", "Recycle bin") == "Thùng rác"
        assert QCoreApplication.translate("MainWindow", "People && collectives") == (
            "Danh bạ người, tập thể"
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Recycle bin") == "Recycle bin"


def test_every_translated_string_is_in_the_ts_file(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    # Every module of the GUI, sub-packages (widgets, models, editors, pages) included.
    sources = sorted(
        str(p) for p in (paths.resources_dir().parent / "desktop" / "ui").rglob("*.py")
    )
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    import xml.etree.ElementTree as ET

    def messages(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context")
            for m in ctx.iter("message")
        }

    missing = messages(fresh) - messages(translations.source_file("vi"))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:5]}"


def test_painter_calls_keep_none_referenced() -> None:
    """PySide6 6.12.0 drops a reference to None on every void QPainter call (docs/pitfalls)."""
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    pen = QPen(QColor("black"))
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.save()
        painter.setPen(pen)
        painter.drawRect(QRectF(1, 1, 10, 10))
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10, f"None lost {before - after} references: PySide6 bug"


def test_preview_pane_pages_and_zoom(qtbot: QtBot, sample_db: Database) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()
    decision = decisions.get_decision(sample_db, decisions.decisions(sample_db)[1].id)
    with qtbot.waitSignal(pane.refreshed, timeout=5000) as blocker:
        pane.request(lambda: decisions.award_list_pdf(decision))
    pages = blocker.args[0]
    assert pages == pane.page_count >= 2
    pane.go_to_page(1)
    assert pane.current_page == 1
    pane.set_zoom(100)
    assert pane._image.pixmap().width() > 700  # A4 at 100 %: wider than the pane
    with qtbot.waitSignal(pane.refreshed, timeout=5000) as blocker:
        pane.request(lambda: (_ for _ in ()).throw(InvalidInput("Chữ không vừa khung")))
    assert blocker.args == [0]
    assert pane._image.text() == "Chữ không vừa khung"


def test_print_pdf_at_actual_size(qapp: QApplication, sample_db: Database, tmp_path: Path) -> None:
    decision = decisions.get_decision(sample_db, decisions.decisions(sample_db)[1].id)
    data = decisions.award_list_pdf(decision)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    printer.setResolution(96)
    seen: list[tuple[int, int]] = []
    printed = print_pdf(data, printer, progress=lambda done, total: not seen.append((done, total)))
    source = PdfReader(io.BytesIO(data))
    assert printed == len(source.pages) == seen[-1][1]
    out = PdfReader(tmp_path / "in.pdf")
    assert len(out.pages) == printed
    assert abs(float(out.pages[0].mediabox.width) - float(source.pages[0].mediabox.width)) < 1


def test_background_operation_reports_and_cancels(
    qtbot: QtBot, demo_db: Database, demo_path: Path
) -> None:
    seen_threads: list[int] = []

    def count(lib: Library, progress: Progress) -> int:
        seen_threads.append(threading.get_ident())
        progress.report(0, 2, "đếm")
        return sum(len(lib.decisions.get_decision(d.id).awards) for d in lib.decisions.decisions())

    results: list[int] = []
    op = DatabaseOp(None, Library(demo_db, demo_path), count).success(results.append)
    with qtbot.waitSignal(op.finished, timeout=10000):
        op.run_in_background()
    assert results == [35]
    assert seen_threads[0] != threading.get_ident()  # ran off the GUI thread

    started = threading.Event()
    release = threading.Event()

    def slow(lib: Library, progress: Progress) -> int:
        started.set()
        release.wait(5)
        progress.report(1, 2)  # raises Cancelled: the user pressed Cancel meanwhile
        return 1

    op = (
        DatabaseOp(None, Library(demo_db, demo_path), slow)
        .success(results.append)
        .with_progress("…")
    )
    op.run_in_background()
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=10000):
        op.cancel()
        release.set()
    assert isinstance(op.error, Cancelled) and results == [35]


def test_work_that_outlives_its_window_shows_nothing(qtbot: QtBot, demo_path: Path) -> None:
    """A package import finishing after its window closed once reloaded the pages from the
    closed database (sqlite3.ProgrammingError in the event loop)."""
    from desktop.services import library as library_service

    db = library_service.open_library(demo_path)
    started, release = threading.Event(), threading.Event()

    def task(lib: Library, progress: Progress) -> int:
        started.set()
        release.wait(5)
        return len(lib.decisions.decisions())

    results: list[int] = []
    op = DatabaseOp(None, Library(db, demo_path), task).success(results.append)
    op.run_in_background()
    assert started.wait(5)
    db.close()  # the window closed meanwhile
    with qtbot.waitSignal(op.finished, timeout=10000):
        release.set()
    assert results == [] and op.outcome == 2
