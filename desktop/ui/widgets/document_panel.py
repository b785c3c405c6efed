"""The documents of a record beside its editor: choose one, preview it, export it, print it.

Shared by the decision and the meeting editors. The panel knows nothing about records: the
editor hands it a list of ``Document`` (a key, a label, and how to make its preview) and adds
its export and print buttons as callables. Previews never render on the GUI thread::

    panel = DocumentPanel(
        [
            Document("minutes", self.tr("Minutes"), self._minutes_preview),
        ]
    )
    panel.add_action(self.tr("Export minutes (PDF)…"), lambda: self._export(".pdf"))
    panel.add_print_action(self._on_print)  # "Print…", Ctrl+P inside the editor
    self.addAction(panel.print_action)  # Ctrl+P anywhere in the editor
    self.edited.connect(panel.refresh)  # after each edit, undo, redo

    def _minutes_preview(self) -> PdfJob | None:
        record = self.state.snapshot()  # GUI thread: capture what to draw (cheap)
        if record is None:
            return None  # "Nothing to preview yet."
        return lambda: meetings.minutes_pdf(record)  # pool thread: the slow part

``Document.preview`` is called on the GUI thread when a refresh is due (quick successive
``refresh()`` calls are coalesced: typing refreshes once, shortly after the last key); the job
it returns runs on a pool thread (``operations.LatestOnly``) and must read only what it
captured. A result superseded by a newer refresh is dropped. ``preview.refreshed`` (the page
count; 0 for a message) tells when the pane shows the newest state (``preview.complete``:
every page drawn).

A job that is ``functools.partial(module_function, record, …)`` is made in the preview process
(``services.previews``), so that reportlab does not hold the window's GIL while the user types;
a long document returns ``Staged(first, whole)``: the page in view (and the edited row's page)
within a fraction of a second, the whole document after it::

    return Staged(
        partial(previews.award_list_first, record, row=row),
        partial(decisions.award_list_pdf, record),
    )

Warnings about the document (text that does not fit, a missing signer) are the editor's to
work out; it shows them with ``set_notes``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.preview_pane import PdfJob, PreviewPane, Staged

__all__ = ["Document", "DocumentPanel", "PdfJob", "Staged"]

BUTTONS_PER_ROW = 3


@dataclass(frozen=True, slots=True)
class Document:
    """One document the panel can show."""

    key: str
    """What the editor calls it ("certificate", "list", "decision", "minutes")."""
    label: str
    """Shown in the chooser (change it later with ``DocumentPanel.set_label``)."""
    preview: Callable[[], PdfJob | None]
    """GUI thread: capture what to draw and return the job making the PDF (None: nothing)."""


class DocumentPanel(QWidget):
    """A chooser of documents, their export and print buttons, notes, and the preview."""

    document_changed = Signal(str)
    """Another document was chosen (its key)."""

    def __init__(
        self,
        documents: Sequence[Document],
        options: Sequence[QWidget] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``options``: widgets shown beside the chooser (a "Pre-printed blanks" box)."""
        super().__init__(parent)
        if not documents:
            raise ValueError("a document panel needs at least one document")
        self._documents = {d.key: d for d in documents}
        self.document_box = QComboBox()
        for document in documents:
            self.document_box.addItem(document.label, document.key)
        self.document_box.setVisible(len(documents) > 1)
        self.print_action: QAction | None = None
        self._buttons = QGridLayout()
        self._button_count = 0
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #a15c00;")
        self.notes_label.setVisible(False)
        self.preview = PreviewPane()

        choose = QHBoxLayout()
        choose.addWidget(self.document_box, 1)
        for option in options:
            choose.addWidget(option)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addLayout(self._buttons)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.preview, 1)

        self.document_box.currentIndexChanged.connect(self._on_document_box_index_changed)

    # -- documents ------------------------------------------------------------------------------

    def current_document(self) -> str:
        """The key of the document chosen."""
        return str(self.document_box.currentData())

    def set_current_document(self, key: str) -> None:
        """Choose the document ``key`` (the preview follows)."""
        index = self.document_box.findData(key)
        if index < 0:
            raise KeyError(key)
        self.document_box.setCurrentIndex(index)

    def set_label(self, key: str, label: str) -> None:
        """Rename a document in the chooser ("Giấy chứng nhận of the selected recipient")."""
        self.document_box.setItemText(self.document_box.findData(key), label)

    # -- buttons ----------------------------------------------------------------------------------

    def add_action(
        self, text: str, triggered: Callable[[], object], *, wide: bool = False
    ) -> QAction:
        """A button under the chooser; ``wide`` spans two columns. The action is returned
        (rename it with ``setText``, disable it with ``setEnabled``)."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: triggered())
        button = QToolButton()
        button.setDefaultAction(action)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        position = self._button_count
        span = 2 if wide else 1
        if position % BUTTONS_PER_ROW + span > BUTTONS_PER_ROW:
            position += BUTTONS_PER_ROW - position % BUTTONS_PER_ROW  # a wide one starts a row
        self._buttons.addWidget(
            button, position // BUTTONS_PER_ROW, position % BUTTONS_PER_ROW, 1, span
        )
        self._button_count = position + span
        return action

    def add_print_action(self, triggered: Callable[[], object]) -> QAction:
        """The "Print…" button, with the standard shortcut (Ctrl+P) inside the panel's window
        part; add it to the editor too (``editor.addAction(panel.print_action)``)."""
        action = self.add_action(self.tr("Print…"), triggered, wide=True)
        action.setShortcut(QKeySequence.StandardKey.Print)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action = action
        return action

    # -- preview and notes ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the chosen document as it is now (soon; quick calls coalesce)."""
        self.preview.request_in_background(self._documents[self.current_document()].preview)

    def refresh_now(self) -> None:
        """Start the refresh at once (the job still runs in the background)."""
        self.refresh()
        self.preview.refresh_now()

    def set_notes(self, lines: Sequence[str]) -> None:
        """Show these warnings above the preview (none: hidden)."""
        self.notes_label.setText("\n".join(lines))
        self.notes_label.setVisible(bool(lines))

    def _on_document_box_index_changed(self, _index: int) -> None:
        self.refresh()
        self.document_changed.emit(self.current_document())
