"""The clerk's day on the real window, photographed: first start on an empty database, the
setup, a new decision, a nomination .xlsx dropped on its recipients table, the import preview,
the certificates previewed, printed to a PDF printer, and the issue log.

Not a benchmark and not a test (``tests/ui/test_clerks_day.py`` asserts the same walk): it runs
the program as a user starts it (``desktop.ui.app.start`` and ``after_start``: the Vietnamese
translation, the settings, the window's first size) on a real X screen and saves the whole
screen at each step, so that the dialogs are seen over the window as the clerk sees them.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/walkthrough.py OUT_DIR

The data folder and the settings live in a temporary folder. ``--docs`` also writes the four
pictures the user guide shows into docs/images/ (clerks-day-1-setup.png …), made smaller
(palette PNG) to stay under 200 KB each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Generator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.ui.clerks_day: the office and the list the test uses

Step = Generator["int | Callable[[], bool]", None, None]
"""A walk: yields milliseconds to wait, or a condition to wait for."""

DOCS_PICTURES = {
    "02-setup-filled": "clerks-day-1-setup.png",
    "05-import-preview": "clerks-day-2-import.png",
    "06-decision-filled": "clerks-day-3-decision.png",
    "10-issue-log": "clerks-day-4-printed.png",
}
LIMIT_BYTES = 200_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the screenshots")
    parser.add_argument("--docs", action="store_true", help="also write docs/images/clerks-day-*")
    parser.add_argument(
        "--no-window-manager",
        action="store_true",
        help="do not start openbox (dialogs then have no title bar, as on a bare X server)",
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("walkthrough: no X display; run it under xvfb-run", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="vinhdanh-walk-"))
    os.environ["VINHDANH_DATA_DIR"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    (home / "data").mkdir()
    manager = None
    if not args.no_window_manager and shutil.which("openbox"):
        # Title bars and dialogs placed over their window, as Windows does.
        manager = subprocess.Popen(
            ["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import app

    db_path = home / "data" / "vinhdanh.db"
    started = app.start(db_path)
    assert not isinstance(started, int), started
    qt_app, window, session = started
    app.after_start(window, db_path)
    shots: list[Path] = []
    failures: list[str] = []
    walk = _walk(window, home, args.out, shots)

    def advance() -> None:
        try:
            wait = next(walk)
        except StopIteration:
            QApplication.quit()
            return
        except Exception as exc:  # a step that went wrong: say which, keep the pictures
            import traceback

            traceback.print_exc()
            failures.append(str(exc))
            QApplication.quit()
            return
        if callable(wait):
            _poll(wait, advance)
        else:
            QTimer.singleShot(wait, advance)

    QTimer.singleShot(800, advance)
    qt_app.exec()
    window.close()
    session.close()
    if window.database_lock is not None:
        window.database_lock.unlock()
    if manager is not None:
        manager.terminate()
        manager.wait(10)
    for shot in shots:
        print(shot)
    if args.docs:
        for shot in shots:
            name = DOCS_PICTURES.get(shot.stem)
            if name:
                target = ROOT / "docs" / "images" / name
                _small_png(shot, target)
                print(f"{target} ({target.stat().st_size // 1000} KB)")
    return 1 if failures else 0


def _poll(condition: Callable[[], bool], then: Callable[[], None], left_ms: int = 60_000) -> None:
    from PySide6.QtCore import QTimer

    if condition() or left_ms <= 0:
        if left_ms <= 0:
            print("walkthrough: a step waited 60 s for its condition", file=sys.stderr)
        QTimer.singleShot(400, then)  # let the last paint land before the picture
        return
    QTimer.singleShot(100, lambda: _poll(condition, then, left_ms - 100))


def _shoot(out: Path, name: str, shots: list[Path]) -> None:
    """The whole screen (the window and any dialog over it), as the clerk sees it."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    path = out / f"{name}.png"
    screen.grabWindow(0).save(str(path))
    shots.append(path)


def _small_png(source: Path, target: Path) -> None:
    """A palette PNG (screenshots have few colours; the certificate preview's shading keeps
    enough with 256)."""
    from PIL import Image

    image = Image.open(source).convert("RGB")
    for colours in (256, 128, 64):
        image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            target, optimize=True
        )
        if target.stat().st_size <= LIMIT_BYTES:
            return


def _dialog(kind: type) -> object | None:
    from PySide6.QtWidgets import QApplication

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return shown[0] if shown else None


def _drop(view: object, path: Path) -> None:
    """What Explorer sends when a file is dragged over the table and let go."""
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    assert isinstance(view, QAbstractItemView)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPoint(60, 60)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    drop = QDropEvent(where.toPointF(), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), drop)


def _walk(window: object, home: Path, out: Path, shots: list[Path]) -> Step:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.editors.decision.printing import DOCUMENT_CERTIFICATE
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models.awards import COL_NAME
    from desktop.ui.pages.first_start import FirstStartDialog
    from desktop.ui.widgets.import_preview import ImportPreviewDialog
    from desktop.ui.window_pages import PAGE_ISSUES
    from tests.ui.clerks_day import type_office, write_nomination_list

    assert isinstance(window, MainWindow)

    def shoot(name: str) -> None:
        _shoot(out, name, shots)

    # 1. First start: the window and the setup over it.
    yield lambda: _dialog(FirstStartDialog) is not None
    shoot("01-first-start")
    frame, inner = window.frameGeometry(), window.geometry()
    screen = window.screen().availableGeometry()
    print(
        f"window: frame {frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}), "
        f"inside {inner.width()}×{inner.height()}; screen's free area "
        f"{screen.width()}×{screen.height()}"
        + (" — TALLER THAN THE SCREEN" if frame.bottom() > screen.bottom() else "")
    )
    setup = _dialog(FirstStartDialog)
    assert isinstance(setup, FirstStartDialog)
    type_office(setup)
    yield 300
    shoot("02-setup-filled")
    setup.save_button.click()
    yield lambda: _dialog(FirstStartDialog) is None

    # 2. A new decision, empty.
    window.new_decision_action.trigger()
    editor = window.decision_editor
    yield lambda: editor.record is not None
    yield 800
    shoot("03-decision-new")

    # 3. The nomination list dropped on the recipients table: the import preview.
    path, _, _ = write_nomination_list(home / "Danh sách đề nghị khen thưởng.xlsx")
    _drop(editor.table, path)
    yield lambda: _dialog(ImportPreviewDialog) is not None
    preview = _dialog(ImportPreviewDialog)
    assert isinstance(preview, ImportPreviewDialog)
    shoot("05-import-preview")
    preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    # 4. The decision filled; the certificate of a selected recipient previewed.
    editor.documents.panel.set_current_document(DOCUMENT_CERTIFICATE)
    editor.table.setCurrentIndex(editor.model.index(8, COL_NAME))
    yield lambda: editor.preview.page_count == 1 and not editor.preview.busy
    yield 1500  # the background checks' notes
    shoot("06-decision-filled")

    # 5. The print dialog the Print… button opens (Qt's own: its words in Vietnamese?), then
    # the certificates printed to a PDF printer, the path the button takes after that dialog.
    from PySide6.QtPrintSupport import QPrintDialog

    shown_printer = QPrinter()  # kept: the dialog holds a pointer to it
    chooser = QPrintDialog(shown_printer, editor)
    chooser.show()  # not exec(): the walk goes on
    yield 1200
    shoot("07-print-dialog")
    chooser.reject()
    yield 300
    printed = out / "in ra máy in PDF.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    pages: list[int] = []
    editor.printed.connect(pages.append)
    started_at = time.perf_counter()
    editor.print_document(printer)
    yield 1500
    shoot("08-printing")
    yield lambda: bool(pages)
    shoot("09-printed")
    seconds = time.perf_counter() - started_at
    print(
        f"printed {pages[0]} page(s) at {printer.resolution()} dpi in {seconds:.1f} s "
        f"(with the pictures' pauses), {printed.stat().st_size / 1e6:.1f} MB: {printed}"
    )

    # 6. Sổ cấp giấy khen: the certificates just printed.
    window.show_page(PAGE_ISSUES)
    yield 800
    shoot("10-issue-log")


if __name__ == "__main__":
    sys.exit(main())
