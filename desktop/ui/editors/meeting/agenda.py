"""The agenda (nội dung): its items, and the notes and conclusion of the item selected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from desktop.domain.records import AgendaItem
from desktop.services.editing.meeting import Change, MeetingEditState
from desktop.ui.editors.meeting.rows import RowsPanel
from desktop.ui.models.meeting import AgendaTableModel

TEXTS = ("notes", "conclusion")


class AgendaPanel(RowsPanel):
    """The agenda table; below it the secretary's notes and the conclusion of the current item,
    typed straight into the meeting (one undo step per run of typing)."""

    def __init__(self, state: MeetingEditState, parent: QWidget | None = None) -> None:
        model = AgendaTableModel(None, state)
        super().__init__(
            model,
            lambda: AgendaItem(title=""),
            QCoreApplication.translate("AgendaPanel", "Add item"),
            (3.0, 1.3),
            (160, 90),
            parent,
        )
        model.setParent(self)
        self.agenda = model
        self._state = state
        self._showing = False
        self._row_before_reset = -1
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes taken during this item"))
        self.conclusion_edit = QPlainTextEdit()
        self.conclusion_edit.setPlaceholderText(self.tr("Conclusion of this item"))
        for edit in (self.notes_edit, self.conclusion_edit):
            edit.setTabChangesFocus(True)  # Tab leaves the box, as in Word's forms
        # The items above, their notes and conclusion below, the borders draggable: on a
        # 768-pixel screen the table shows about six items, not two.
        self.layout_.removeWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        for label, edit in (
            (self.tr("Notes"), self.notes_edit),
            (self.tr("Conclusion"), self.conclusion_edit),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(label))
            box_layout.addWidget(edit, 1)
            self.splitter.addWidget(box)
        for index, stretch in enumerate((4, 3, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.layout_.addWidget(self.splitter, 1)
        self.notes_edit.textChanged.connect(lambda: self._on_text_changed("notes"))
        self.conclusion_edit.textChanged.connect(lambda: self._on_text_changed("conclusion"))
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        state.subscribe(self)
        self.show_texts()

    def set_locked(self, locked: bool) -> None:
        """Refuse (True) or allow typing in the notes and conclusion, and the row buttons."""
        super().set_locked(locked)
        self.notes_edit.setReadOnly(locked)
        self.conclusion_edit.setReadOnly(locked)

    def show_texts(self) -> None:
        """Show the notes and conclusion of the current item (empty and off without one)."""
        row = self.view.currentIndex().row()
        item = self.agenda.record(row) if 0 <= row < self.agenda.rowCount() else None
        self._showing = True
        try:
            for edit, text in (
                (self.notes_edit, item.notes if item else ""),
                (self.conclusion_edit, item.conclusion if item else ""),
            ):
                edit.setEnabled(item is not None)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._showing = False

    def _on_text_changed(self, name: str) -> None:
        row = self.view.currentIndex().row()
        if self._showing or not 0 <= row < self.agenda.rowCount():
            return
        edit = self.notes_edit if name == "notes" else self.conclusion_edit
        self.agenda.set_text(row, name, edit.toPlainText(), self.tr("Edit agenda item"))

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_texts()

    # -- told by the state (an undo, another meeting) -------------------------------------------

    def about_to_change(self, change: Change) -> None:
        if change.part == "agenda" and change.kind == "reset":
            self._row_before_reset = self.view.currentIndex().row()

    def changed(self, change: Change) -> None:
        # The same meeting read again (saved elsewhere): stay on the item being written.
        if (
            change.part == "agenda"
            and change.kind == "reset"
            and (0 <= self._row_before_reset < self.agenda.rowCount())
        ):
            self.view.setCurrentIndex(self.agenda.index(self._row_before_reset, 0))
        if change.part == "agenda" and (change.kind != "rows" or set(change.fields) & set(TEXTS)):
            self.show_texts()
