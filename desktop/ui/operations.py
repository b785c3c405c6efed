"""Background operations in the style of Anki's ``CollectionOp``.

    DatabaseOp(parent, library, lambda lib, progress: slow_work(lib))
        .success(on_done)
        .with_progress(tr("Writing certificates…"))
        .run_in_background()

The task runs on a QThreadPool thread with its own database connection (a SQLite connection
belongs to the thread that opened it); ``success`` and ``failure`` run on the GUI thread. A
progress dialog with Cancel is shown while it runs; the task sees the cancel request through
``progress.cancelled`` (or ``progress.report`` raising ``Cancelled``) and its result is dropped.
Errors the user can act on arrive as a Vietnamese message box, never a traceback.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.services.session import Library
from desktop.ui.errors import user_message

log = logging.getLogger(__name__)

sys.setswitchinterval(0.001)
"""Previews and the certificate checks are drawn in worker processes (``services.previews``);
what still runs in Python on this process's threads (an autosave, a preview drawn on a thread
where no worker may start) holds the GIL in slices: the GUI thread gets it back within 1 ms
(Python's default, 5 ms, let a keystroke wait several)."""

_running: set[DatabaseOp] = set()
"""Operations in flight (kept alive until they report back)."""


class Cancelled(Exception):
    """The user pressed Cancel."""


class Progress:
    """Handed to the task: report progress, see whether the user cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once the user pressed Cancel."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the task to stop (called from the GUI thread)."""
        self._cancel.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the GUI how far the task is.

        Raises:
            Cancelled: the user pressed Cancel; the task should stop.
        """
        if self.cancelled:
            raise Cancelled
        self._emit(done, total, text)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, op: DatabaseOp) -> None:
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        op = self.op
        try:
            # Its own connection: SQLite connections stay on the thread that opened them.
            session = Library.open(op.library.path, op.library.preferences)
            try:
                result = op.task(session, op.progress)
            finally:
                session.close()
        except Exception as exc:  # reported on the GUI thread
            if not isinstance(exc, Cancelled):
                log.debug("background operation failed", exc_info=True)
            op.signals.failed.emit(exc)
        else:
            op.signals.succeeded.emit(result)


class DatabaseOp(QObject):
    """One slow task on its own database connection, reporting back on the GUI thread."""

    finished = Signal()
    """Emitted after the success or failure callback has run (or the task was cancelled)."""

    def __init__(
        self,
        parent: QWidget | None,
        library: Library,
        task: Callable[[Library, Progress], Any],
    ) -> None:
        super().__init__(None)
        if library.path is None:
            raise ValueError("a background operation needs a database file, not one in memory")
        self.parent_widget = parent
        self.library = library
        self.task = task
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._label = ""
        self._dialog: QProgressDialog | None = None
        self.outcome: Any = None
        self.error: Exception | None = None

    def success(self, callback: Callable[[Any], None]) -> DatabaseOp:
        """Run ``callback(result)`` on the GUI thread when the task succeeds."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> DatabaseOp:
        """Run ``callback(error)`` instead of the default message box."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> DatabaseOp:
        """Show a progress dialog with this label and a Cancel button while running."""
        self._label = label
        return self

    def run_in_background(self) -> DatabaseOp:
        """Start the task on the thread pool."""
        self.signals.progressed.connect(self._on_signals_progressed)
        self.signals.succeeded.connect(self._on_signals_succeeded)
        self.signals.failed.connect(self._on_signals_failed)
        if self._label:
            dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self.parent_widget)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(self.progress.cancel)
            self._dialog = dialog
        _running.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the task to stop."""
        self.progress.cancel()

    def _on_signals_progressed(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            if text:
                self._dialog.setLabelText(text)

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.progress.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    def _on_signals_succeeded(self, result: Any) -> None:
        self._close()
        if self.progress.cancelled:
            self.error = Cancelled()
        else:
            self.outcome = result
            if self._on_success is not None and self.library.is_open():
                # (a window closed meanwhile has nothing left to show the result in)
                self._on_success(result)
        self.finished.emit()

    def _on_signals_failed(self, error: Exception) -> None:
        self._close()
        self.error = error
        if not isinstance(error, Cancelled):
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                show_error(self.parent_widget, error)
        self.finished.emit()


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong, in their language, without a traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Vinh Danh")
    box.setText(user_message(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()


class _LatestSignals(QObject):
    done = Signal(int, object, object)  # generation, result, error


_LATEST_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="latest")
"""Threads kept for ``LatestOnly`` tasks (handing one a task costs microseconds, where starting
a ``QThreadPool`` runnable stalled the GUI thread for tens of milliseconds under load)."""


def _run_latest(signals: _LatestSignals, generation: int, task: Callable[[], Any]) -> None:
    try:
        result = task()
    except Exception as exc:  # reported on the GUI thread
        log.debug("background read failed", exc_info=True)
        signals.done.emit(generation, None, exc)
    else:
        signals.done.emit(generation, result, None)


class LatestOnly(QObject):
    """Read-only work (a preview, the warnings) done off the GUI thread, newest request wins.

        previews = LatestOnly(self)
        previews.submit(lambda: decisions.award_list_pdf(snapshot), self.show_pdf, self.show_error)

    ``task`` runs on a pool thread and must only read what it captured (a snapshot of the record,
    never the live one nor the GUI's database connection). One task runs at a time: a request
    made meanwhile waits, and a newer one replaces it; a result that a newer request superseded
    is dropped, so the callbacks (on the GUI thread) only ever see the latest state. No dialog,
    no message box: the caller shows errors where it shows results.
    """

    def __init__(
        self, parent: QObject | None = None, discard: Callable[[Any], None] | None = None
    ) -> None:
        """``discard(result)`` frees a result that was dropped (an open document); it runs on
        a pool thread."""
        super().__init__(parent)
        self._discard = discard
        for _ in range(2):  # its threads start now (with the window), not at the first key
            _LATEST_POOL.submit(int)
        self._signals = _LatestSignals()
        self._signals.done.connect(self._on_done)
        self._generation = 0
        self._running = False
        self._waiting: tuple[int, Callable[[], Any]] | None = None
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}

    @property
    def busy(self) -> bool:
        """True while a task runs or waits."""
        return self._running or self._waiting is not None

    def submit(
        self,
        task: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run ``task`` in the background; ``on_result``/``on_error`` unless superseded."""
        self._generation += 1
        self._callbacks = {self._generation: (on_result, on_error)}
        if self._running:
            self._waiting = (self._generation, task)
        else:
            self._start(self._generation, task)

    def drop(self) -> None:
        """Forget every request made so far (their results are dropped)."""
        self._generation += 1
        self._callbacks = {}
        self._waiting = None

    def _start(self, generation: int, task: Callable[[], Any]) -> None:
        self._running = True
        _LATEST_POOL.submit(_run_latest, self._signals, generation, task)

    def _on_done(self, generation: int, result: Any, error: Exception | None) -> None:
        self._running = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(*waiting)
        callbacks = self._callbacks.pop(generation, None)
        if callbacks is None or generation != self._generation:
            if error is None and self._discard is not None:
                _LATEST_POOL.submit(self._discard, result)  # off the GUI thread too
            return  # stale: a newer request is on its way
        on_result, on_error = callbacks
        if error is not None:
            on_error(error)
        else:
            on_result(result)
