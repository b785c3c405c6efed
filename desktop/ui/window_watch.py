"""One writer per database; what another window or the command line saved is shown.

The main window polls ``PRAGMA data_version`` (no file is read when nothing changed) and the
single-window requests (a second start asking this window to come forward, a package
double-clicked meanwhile).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.services.session import Library
from desktop.ui import single_window, window_pages
from desktop.ui.storage_alert import StorageAlert

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

WATCH_MS = 1000
"""How often the window looks for changes saved by the CLI or another window."""


class ChangeWatch(QObject):
    """Every ``WATCH_MS``: bring the window forward when asked, show changes made elsewhere."""

    def __init__(self, window: MainWindow, library: Library) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._version = library.changed_elsewhere()
        self.alert = StorageAlert(
            window,
            library.path,
            (window.meeting_editor,),  # the decision editor when its page is built
            writes=not window.read_only,
        )
        """A database that cannot be written (read-only, full, busy, gone) told in a dialog."""
        self.alert.check_file()  # a read-only file is said at start, not at the first edit
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        if library.path is not None:  # one left from an earlier start: old news
            single_window.take_raise_request(library.path)
        self.timer.start()

    def check(self) -> bool:
        """Show what another window or the CLI saved since the last look; True if anything.

        Unsaved edits in the open editor are merged, never dropped.
        """
        try:
            version = self._library.changed_elsewhere()
        except Exception:  # a busy or vanished file: look again at the next tick
            log.warning("cannot poll the database", exc_info=True)
            return False
        if version == self._version:
            return False
        self._version = version
        window = self._window
        for editor in window.editors():  # the Decisions page is read when first built
            editor.refresh_from_disk()
        for page in window.record_pages():
            page.reload()
        window_pages.reload_shown_lists(window)
        # Not the settings form: it holds typing until "Save", which then says if the body
        # was changed elsewhere meanwhile (StaleRecordError).
        return True

    def _on_timer_timeout(self) -> None:
        window = self._window
        path = self._library.path
        request = None if window.read_only or path is None else single_window.take_request(path)
        if request is not None:
            window.bring_forward()
            if request.package is not None:
                # A package double-clicked while this window was open: offered here.
                from desktop.ui import startup

                startup.offer_package(window, request.package)
        self.alert.check_file()
        self.check()
