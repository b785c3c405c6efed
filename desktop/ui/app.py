"""The composition root: builds the application, the database, the window, and runs it.

``vinhdanh`` calls ``run(None)`` (the user's database), ``vinhdanh demo`` calls it with a fresh
demo database, ``vinhdanh --smoke-test`` with ``smoke_test=True``: the window is built
offscreen, shown, checked, and the process exits 0 when all is well.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import Any

from desktop import __version__, paths

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
AFTER_SHOWN_MS = 30
"""Work the first screen does not need starts this long after the window is shown."""
BEFORE_QT = (
    "desktop.services.session",  # sqlite-utils, the storage, the domain's records
    "desktop.services.errors",
    "desktop.services.meetings",  # the first screen: the meeting list and editor
    "desktop.services.organisations",
    "desktop.services.editing.meeting",
    "desktop.services.auto_backup",  # the backup schedule
    "concurrent.futures",  # the background operations
)
"""What the first screen needs that is not Qt, imported before Qt: once PySide6 is loaded,
its import hook (``__feature__``) reads the source of every module that imports something,
~20 ms for these modules and theirs (``bench/startup.py``)."""


def run(db_path: Path | None, *, smoke_test: bool = False, open_package: Path | None = None) -> int:
    """Start the GUI on ``db_path`` (None: the default database); returns the exit status.

    ``open_package``: a meeting package double-clicked in Explorer, offered for loading.
    """
    if smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not _has_screen():
        # Qt would abort the process with a core dump; say what is wrong instead.
        print(
            "vinhdanh: không có màn hình để mở cửa sổ (chưa đặt DISPLAY); hãy dùng các lệnh "
            "(vinhdanh --help) hoặc chạy trong phiên đồ họa.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if not smoke_test:
        from desktop.ui import startup

        startup.log_to_file()
    started = start(db_path, remember=not smoke_test, open_package=open_package)
    if isinstance(started, int):
        return started
    app, window, session = started
    try:
        if smoke_test:
            return _smoke_check(app, window)
        after_start(window, db_path, open_package)
        return int(app.exec())
    finally:
        session.close()
        if window.database_lock is not None:
            window.database_lock.unlock()  # the next window may write


def after_start(window: Any, db_path: Path | None, open_package: Path | None = None) -> None:
    """Once the window is up: warn about a network database, ask for the office on a new
    database, check the file in the background, offer a double-clicked package."""
    from desktop.ui import startup

    startup.warn_about_network(window, Path(db_path) if db_path else paths.default_database_path())
    startup.offer_first_start(window)
    check_health(window)
    if not window.read_only:
        window.backup_schedule.start()  # today's copy if none yet, then hourly checks
    if open_package is not None:
        startup.offer_package(window, Path(open_package))


def check_health(window: Any) -> Any:
    """SQLite's quick check, on a pool thread once the window is up (a second on 400,000
    people); damage found is a dialog offering the newest sound backup (``health_check``)."""
    from desktop.ui import health_check

    return health_check.check_in_background(window)


def _has_screen() -> bool:
    """False on a Linux machine without X11 or Wayland (an SSH session, a CI runner)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def start(
    db_path: Path | None, *, remember: bool = True, open_package: Path | None = None
) -> tuple[Any, Any, Any] | int:
    """Build the application and show the main window; an exit status if that failed.

    ``open_package``: a package double-clicked while another window has the database open is
    handed to that window (which asks before adding it); this start then ends, EXIT_OK.

    Returns (QApplication, MainWindow, Library) so that a caller (``run``, the start-up
    benchmark) decides what happens next.

    No cyclic garbage collection runs until the window is shown: start-up builds modules,
    classes and widgets that live as long as the program (about 80 collections, 14 ms, found
    nothing worth it). Not ``gc.freeze``: objects frozen are left out of the collection at
    exit too, and PySide then crashed the exit (a segmentation fault in 3 runs of 7).
    """
    collecting = gc.isenabled()
    gc.disable()
    started: tuple[Any, Any, Any] | int = EXIT_FAILED
    try:
        started = _start(db_path, remember=remember, open_package=open_package)
        return started
    finally:
        if collecting and isinstance(started, tuple):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, gc.enable)
        elif collecting:
            gc.enable()


def _start(
    db_path: Path | None, *, remember: bool, open_package: Path | None
) -> tuple[Any, Any, Any] | int:
    import importlib

    for name in BEFORE_QT:
        importlib.import_module(name)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop.services import errors, library
    from desktop.services.session import Library, Preferences
    from desktop.ui import missing_database, single_window, translations
    from desktop.ui import settings as app_settings
    from desktop.ui.errors import user_message
    from desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    if existing is None:
        # 125 % and 150 % screens keep their scale (not rounded to 1 or 2): sharp text and
        # previews drawn at the device pixel ratio. Only possible before the application.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(app_settings.ORGANISATION)
    app.setApplicationName(app_settings.APPLICATION)
    app.setApplicationDisplayName("Vinh Danh")
    app.setApplicationVersion(__version__)
    settings = app_settings.open_settings()
    translations.install(app, app_settings.value(settings, "language"))
    windows_serif = bool(app_settings.value(settings, "fonts/windows_times"))
    preferences = Preferences(windows_serif=windows_serif)

    errors.install_log_file()
    _catch_bugs()
    path = Path(db_path) if db_path else paths.default_database_path()
    lock = single_window.lock_database(path)
    if (
        lock is None
        and open_package is not None
        and single_window.request_raise(path, open_package)
    ):
        log.info("package %s handed to the open window", open_package)
        return EXIT_OK
    if lock is None:
        choice = single_window.ask_second_window(path)
        if choice == single_window.SHOW_OPEN_WINDOW:
            single_window.request_raise(path)
        if choice != single_window.OPEN_READ_ONLY:
            return EXIT_OK  # no second window
    if not path.exists() and missing_database.opened_before(settings, path):
        # Gone since last time (a USB drive, a moved folder): never an empty one unasked.
        answer = missing_database.ask_about_missing(path, offscreen=_offscreen())
        if answer == missing_database.QUIT:
            return EXIT_FAILED
        if isinstance(answer, Path):
            from desktop.services import backup

            try:
                backup.restore_database(answer, path)
            except Exception as exc:
                _tell(user_message(exc))
                return EXIT_FAILED
    session: Library | None = None
    try:
        session = Library.open(path, preferences)
    except Exception as exc:
        log.error("cannot open %s", path, exc_info=True)
        if not library.is_damage(exc):
            _tell(user_message(exc))
            return EXIT_FAILED
        # Too damaged to open: say what is wrong and offer the newest sound backup. (Damage
        # an open file hides is found by the quick check after the window is shown.)
        chosen = ask_about_damage(path, user_message(exc), library.good_backups(path))
        if chosen is None:
            return EXIT_FAILED
        from desktop.services import backup

        try:
            backup.restore_database(chosen, path)
            session = Library.open(path, preferences)
        except Exception as exc:
            _tell(user_message(exc))
            return EXIT_FAILED
    assert session is not None
    try:
        window = MainWindow(session, settings, remember=remember, read_only=lock is None)
    except Exception as exc:
        session.close()
        _tell(user_message(exc))
        return EXIT_FAILED
    if remember:  # not the smoke test
        missing_database.remember_opened(settings, path)
    window.database_lock = lock  # held while the window lives
    window.show()
    # What only drawing a document needs (reportlab, the fonts, the certificate renderer) is
    # loaded once the window is painted, before the first preview (PreviewPane.FIRST_MS).
    QTimer.singleShot(AFTER_SHOWN_MS, session.apply_preferences)
    QTimer.singleShot(AFTER_SHOWN_MS, _warm_up)
    return app, window, session


def _warm_up() -> None:
    """Import the document services in the background: the first print, export or Decisions
    page does not wait for them (an import holds the interpreter only in short turns)."""
    import importlib
    import threading

    def run() -> None:
        for name in (
            "desktop.services.certificates",
            "desktop.services.documents",
            "desktop.ui.editors.decision",  # the Decisions page, built when first shown
        ):
            importlib.import_module(name)

    threading.Thread(target=run, name="warm-up", daemon=True).start()


def _offscreen() -> bool:
    return os.environ.get("QT_QPA_PLATFORM") == "offscreen"


def _tell(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    if _offscreen():
        print(f"vinhdanh: {message}", file=sys.stderr)
    else:
        QMessageBox.critical(None, "Vinh Danh", message)


def ask_about_damage(path: Path, problem: str, backups: list[Path]) -> Path | None:
    """Tell the user the database is damaged; the backup to restore, or None to go on."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.health_check import damage_text

    text = damage_text(path, problem, backups)
    if _offscreen():
        print(f"vinhdanh: {text}", file=sys.stderr)
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, "Vinh Danh", text)
    restore = box.addButton(
        QCoreApplication.translate("Startup", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Startup", "Open anyway"), QMessageBox.ButtonRole.RejectRole
    )
    if not backups:
        restore.setVisible(False)
    box.exec()
    return backups[0] if backups and box.clickedButton() is restore else None


def _catch_bugs() -> None:
    """An exception nobody caught (in a slot) is logged with its traceback and shown."""
    from desktop.ui.errors import user_message

    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: object) -> None:
        if not isinstance(error, Exception):
            previous(kind, error, tb)  # type: ignore[arg-type]
            return
        _tell(user_message(error))

    sys.excepthook = hook


def _smoke_check(app: object, window: object) -> int:
    """Check that the window came up whole; the exit status tells the installer."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    assert isinstance(app, QApplication) and isinstance(window, MainWindow)
    app.processEvents()
    problems = []
    if not window.isVisible():
        problems.append("main window not visible")
    pages = window.pages.count()
    if window.navigation.count() != pages or pages < 7:
        problems.append(f"{window.navigation.count()} navigation entries for {pages} pages")
    for row in range(window.navigation.count()):
        window.show_page(row)
        app.processEvents()
        if window.pages.currentIndex() != row:
            problems.append(f"page {row} did not open")
    window.search_box.search("a")
    window.close()
    app.processEvents()
    for problem in problems:
        print(f"smoke test: {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke test: ok ({window.navigation.item(0).text()})")
    return EXIT_FAILED if problems else EXIT_OK
