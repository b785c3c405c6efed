"""The preview pane: PDF pages shown as images, with zoom and page navigation.

The pane does not know what it shows: an editor hands it a function that returns PDF bytes
(``request``), and the pane calls it shortly after the last edit (edits in quick succession
are coalesced) and shows the pages. Rendering is pypdfium2, not QtPdf.

``request_in_background`` keeps the GUI thread free: the function handed over is called on the
GUI thread only to capture what to draw (a snapshot, cheap) and returns the slow part, which
runs on a pool thread (``operations.LatestOnly``); a result that a newer request superseded is
dropped, never shown. A job that is a module-level function with its records
(``functools.partial``) is drawn in the preview process (``services.previews.run``): reportlab
there never holds the window's GIL. A :class:`Staged` job shows the page in view (and the page
of the row being edited) first, then the whole document replaces it; meanwhile the page label
says the other pages are still being drawn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.compat import override
from desktop.ui.errors import user_message
from desktop.ui.operations import LatestOnly
from desktop.ui.widgets.pdf_pages import POINTS_PER_INCH, PdfPages
from desktop.ui.widgets.preview_jobs import Drawing, Drawn, PdfJob, Staged, close_drawn

__all__ = ["PdfJob", "PdfRequest", "PreviewPane", "Staged"]

log = logging.getLogger(__name__)

SCREEN_DPI = 96.0
ZOOM_LEVELS = (0, 50, 75, 100, 125, 150, 200)
"""0 = fit the page to the pane's width."""
DELAY_MS = 150
"""Edits in quick succession (typing) refresh the preview once, this long after the last."""
IDLE_MS = 400
"""The first edit after this long without one refreshes the preview at once."""
FIRST_MS = 100
"""The first preview waits this long, so that the window appears before the PDF is drawn."""

PdfSource = Callable[[], bytes]
PdfRequest = Callable[[], PdfJob | None]
"""Called on the GUI thread when the preview is due: captures a snapshot (cheap) and returns
the job, or None when there is nothing to preview."""


class PreviewPane(QWidget):
    """Shows the pages of one PDF; ``request`` replaces it after a short delay."""

    refreshed = Signal(int)
    """The preview now shows a new document (its page count; 0 for a message)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._complete = True
        self._page = 0
        self._zoom = 0
        self._source: PdfSource | None = None
        self._prepare: PdfRequest | None = None
        self._pending = False
        self._jobs = LatestOnly(self, discard=close_drawn)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._since_request = QElapsedTimer()

        self._previous = QToolButton()
        self._previous.setText("◀")
        self._previous.setToolTip(self.tr("Previous page (Page Up)"))
        self._previous.clicked.connect(self._on_previous_clicked)
        self._next = QToolButton()
        self._next.setText("▶")
        self._next.setToolTip(self.tr("Next page (Page Down)"))
        self._next.clicked.connect(self._on_next_clicked)
        # Page Up/Down turn pages only while the preview (or a child) has the focus: a
        # button's shortcut is window-wide, and took the keys from the tables and text boxes.
        for key, turn in ((Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda turn=turn: self.go_to_page(self._page + turn))
        self._page_label = QLabel()
        self._zoom_box = QComboBox()
        for level in ZOOM_LEVELS:
            self._zoom_box.addItem(self.tr("Fit width") if level == 0 else f"{level} %", level)
        self._zoom_box.setToolTip(self.tr("Zoom"))
        self._zoom_box.currentIndexChanged.connect(self._on_zoom_box_current_index_changed)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._previous)
        bar.addWidget(self._page_label)
        bar.addWidget(self._next)
        bar.addStretch(1)
        bar.addWidget(self._zoom_box)

        self._image = QLabel()
        self._image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._image.setWordWrap(True)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._image)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll.setStyleSheet("QScrollArea { background: #8a8f98; }")
        self._image.setStyleSheet("QLabel { color: white; padding: 12px; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._scroll, 1)
        self.show_message(self.tr("Nothing to preview yet."))

    # -- API ------------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        """Pages of the document shown (0 when a message is shown)."""
        return len(self._pages) if self._pages is not None else 0

    @property
    def pdf(self) -> bytes | None:
        """The PDF shown (None when a message is shown)."""
        return self._pages.data if self._pages is not None else None

    @property
    def complete(self) -> bool:
        """False while only the pages in view are drawn (the rest follows)."""
        return self._complete

    @property
    def current_page(self) -> int:
        """Index of the page shown."""
        return self._page

    def request(self, source: PdfSource | None) -> None:
        """Show the PDF ``source()`` returns, soon (coalescing quick successive requests)."""
        self._source, self._prepare = source, None
        self._pending = True
        if self.isVisible():
            self._schedule()

    def request_in_background(self, prepare: PdfRequest | None) -> None:
        """Show the PDF made by the job ``prepare()`` returns, soon: ``prepare`` runs on the GUI
        thread when the (coalesced) refresh is due, the job on a pool thread."""
        self._source, self._prepare = None, prepare
        self._pending = True
        if self.isVisible():
            self._schedule()

    @property
    def busy(self) -> bool:
        """True while a refresh is due or being drawn in the background."""
        return self._pending or self._timer.isActive() or self._jobs.busy

    def _schedule(self) -> None:
        if not self._since_request.isValid():
            delay = FIRST_MS
        elif self._since_request.elapsed() > IDLE_MS:
            delay = 0
        else:
            delay = DELAY_MS
        self._since_request.start()
        if not self._timer.isActive():
            self._timer.start(delay)

    def refresh_now(self) -> None:
        """Render the pending request immediately."""
        self._timer.stop()
        self._on_timer_timeout()

    def show_pdf(self, data: bytes, page: int = 0) -> None:
        """Show these PDF bytes, at ``page`` when it exists."""
        if self._pages is not None:
            self._pages.close()
        self._pages = PdfPages(data)
        self._complete = True
        self._page = max(0, min(page, len(self._pages) - 1))
        self._render()
        self.refreshed.emit(len(self._pages))

    def show_message(self, text: str) -> None:
        """Show a message instead of pages (nothing selected, or an error)."""
        if self._pages is not None:
            self._pages.close()
            self._pages = None
        self._page = 0
        self._image.setPixmap(QPixmap())
        self._image.setText(text)
        self._update_controls()

    def go_to_page(self, index: int) -> None:
        """Show page ``index`` (clamped)."""
        if self._pages is None:
            return
        self._page = max(0, min(index, len(self._pages) - 1))
        self._render()

    def set_zoom(self, percent: int) -> None:
        """Zoom to ``percent`` of actual size; 0 fits the page width."""
        index = self._zoom_box.findData(percent)
        if index >= 0:
            self._zoom_box.setCurrentIndex(index)

    # -- rendering -------------------------------------------------------------------------------

    def _dpi(self) -> float:
        assert self._pages is not None
        if self._zoom:
            return SCREEN_DPI * self._zoom / 100
        width_pt, _ = self._pages.size_points(self._page)
        available = max(100, self._scroll.viewport().width() - 24)
        return available / (width_pt / POINTS_PER_INCH)

    def _render(self) -> None:
        if self._pages is None:
            return
        ratio = self.devicePixelRatioF()
        image = self._pages.image(self._page, self._dpi() * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self._image.setText("")
        self._image.setPixmap(pixmap)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count
        self._previous.setEnabled(self._page > 0)
        self._next.setEnabled(self._page < count - 1)
        if not count:
            self._page_label.setText("")
        elif self._complete:
            self._page_label.setText(self.tr("Page {0} of {1}").format(self._page + 1, count))
        else:
            self._page_label.setText(
                self.tr("Page {0} of {1} (drawing the other pages…)").format(self._page + 1, count)
            )

    # -- slots ----------------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self._pending = False
        if self._prepare is not None:
            self._refresh_in_background(self._prepare)
            return
        self._jobs.drop()  # a synchronous request supersedes those in flight
        source = self._source
        if source is None:
            self.show_message(self.tr("Nothing to preview yet."))
            self.refreshed.emit(0)
            return
        try:
            data = source()
        except Exception as exc:  # shown in the pane: the user fixes the data and it refreshes
            self.show_message(user_message(exc))
            self.refreshed.emit(0)
            return
        self.show_pdf(data, self._page)

    def _refresh_in_background(self, prepare: PdfRequest) -> None:
        try:
            job = prepare()
        except Exception as exc:
            self._show_failure(exc)
            return
        if job is None:
            self._jobs.drop()
            self.show_message(self.tr("Nothing to preview yet."))
            self.refreshed.emit(0)
            return
        self._submit(job)

    def _submit(self, job: PdfJob) -> None:
        """Draw ``job`` on a pool thread, the page shown rasterised there too at the size it
        will be shown; a ``Staged`` job's whole document follows its first step."""
        page, zoom, ratio = self._page, self._zoom, self.devicePixelRatioF()
        available = max(100, self._scroll.viewport().width() - 24)
        draw = Drawing(job, page, SCREEN_DPI * zoom / 100 if zoom else 0, available, ratio)

        def shown(drawn: Drawn) -> None:
            self._on_drawn(drawn)
            if not drawn.complete and isinstance(job, Staged):
                self._submit(job.whole)

        self._jobs.submit(draw, shown, self._show_failure)

    def _on_drawn(self, drawn: Drawn) -> None:
        if self._pages is not None:
            self._pages.close()
        # The user turned a page while it was drawn: show theirs (the row being edited is
        # the one exception: its page is shown).
        moved = drawn.focus is None and self._page != drawn.asked
        self._pages, self._complete = drawn.pages, drawn.complete
        if moved and self._page < len(drawn.pages):
            self._render()
        else:
            self._page = drawn.index
            pixmap = QPixmap.fromImage(drawn.image)
            pixmap.setDevicePixelRatio(drawn.ratio)
            self._image.setText("")
            self._image.setPixmap(pixmap)
            self._update_controls()
        self.refreshed.emit(len(drawn.pages))

    def _show_failure(self, exc: Exception) -> None:
        self._complete = True
        # Shown in the pane: the user fixes the data and it refreshes.
        self.show_message(user_message(exc))
        self.refreshed.emit(0)

    def _on_previous_clicked(self) -> None:
        self.go_to_page(self._page - 1)

    def _on_next_clicked(self) -> None:
        self.go_to_page(self._page + 1)

    def _on_zoom_box_current_index_changed(self, index: int) -> None:
        self._zoom = int(self._zoom_box.itemData(index))
        self._render()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._schedule()  # a preview asked for while hidden (another page) is drawn now

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pages is not None and self._zoom == 0:
            self._render()

    @override
    def event(self, event: QEvent) -> bool:
        # Moved to a screen of another scale (laptop at 150 %, projector at 100 %): redraw
        # at the new device pixel ratio so the page stays sharp.
        if event.type() == QEvent.Type.DevicePixelRatioChange and self._pages is not None:
            self._render()
        return super().event(event)
