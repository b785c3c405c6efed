"""The meeting editor: details, attendees, agenda with notes and conclusions, action items.

The meeting under edit lives in a ``MeetingEditState`` (plain Python, services.editing.meeting):
every panel edits it through its operations, and it tells the table models and the form what
changed. This class puts the panels together, mirrors the state's undo steps into the
``QUndoStack`` (Ctrl+Z, the Edit menu, the window's undo group), saves a moment after each edit
(``RecordEditor``: merge with changes saved elsewhere, the conflict question) and marks the
meeting final or reopens it. A meeting marked final is read-only until it is reopened.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import Meeting, Organisation
from desktop.services.concurrency import Prefer
from desktop.services.editing.history import UNDO_LIMIT
from desktop.services.editing.meeting import Change, MeetingEditState
from desktop.services.errors import InvalidInput
from desktop.services.session import Library
from desktop.ui.compat import override
from desktop.ui.editors.meeting.header import HeaderPanel
from desktop.ui.editors.meeting.minutes import MinutesDocuments
from desktop.ui.editors.record import RecordEditor
from desktop.ui.operations import DatabaseOp, show_error
from desktop.ui.undo import StepCommand
from desktop.ui.widgets.lazy import LazyTab

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.ui.editors.meeting.agenda import AgendaPanel
    from desktop.ui.editors.meeting.attendance import AttendancePanel
    from desktop.ui.editors.meeting.rows import RowsPanel
    from desktop.ui.models.meeting import ActionTableModel, AgendaTableModel, AttendeeTableModel
    from desktop.ui.widgets.paste_table import PasteTableView


class MeetingEditor(RecordEditor[Meeting]):
    """Edits one meeting; exports and prints its minutes."""

    exported = Signal(Path)
    printed = Signal(int)
    status_changed = Signal(str)
    """The meeting was marked final or reopened ("final" / "draft")."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        self.state: MeetingEditState = MeetingEditState()
        super().__init__(parent)
        self._library = library
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.state.pushed.append(self._on_state_pushed)

        self.status_label = QLabel()
        self.final_button = QPushButton()
        self.final_button.clicked.connect(self._on_final_button_clicked)
        self.header = HeaderPanel(self.state)
        # The other tabs are built when first shown (or reached by name): their tables,
        # models and delegates are not what the window opens on.
        self._locked = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self.header, self.tr("Details"))
        built = self._panel_built
        self._attendance: LazyTab[AttendancePanel]
        self._attendance = LazyTab(self.tabs, self.tr("Attendees"), self._attendees, after=built)
        self._agenda: LazyTab[AgendaPanel]
        self._agenda = LazyTab(self.tabs, self.tr("Agenda"), self._agenda_items, after=built)
        self._actions: LazyTab[RowsPanel]
        self._actions = LazyTab(self.tabs, self.tr("Action items"), self._action_items, after=built)
        head = QHBoxLayout()
        head.addWidget(self.status_label, 1)
        head.addWidget(self.final_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(self.tabs, 1)

        self.minutes = MinutesDocuments(self, library, self.state.snapshot)
        self.addAction(self.minutes.print_action)  # Ctrl+P anywhere in the editor
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.minutes.panel)
        splitter.setSizes([700, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # The boxes and tables the window and the tests reach by name.
        header = self.header
        self.title_edit, self.kind_edit, self.number_edit = (
            header.title_edit,
            header.kind_edit,
            header.number_edit,
        )
        self.starts_edit, self.ends_edit = header.starts_edit, header.ends_edit
        self.location_edit, self.organiser_box = header.location_edit, header.organiser_box
        self.chairs_edit, self.conclusions_edit = header.chairs_edit, header.conclusions_edit
        self.secretary_name_edit = header.secretary_name_edit
        self.secretary_title_edit = header.secretary_title_edit
        self.preview = self.minutes.preview

        self.state.subscribe(self)
        self.saved.connect(self.state.history.mark_clean)  # typing after a save: a new step
        self.edited.connect(self.refresh_preview)
        self.setEnabled(False)

    # -- the tabs built when first shown ------------------------------------------------------

    def _attendees(self) -> AttendancePanel:
        from desktop.ui.editors.meeting.attendance import AttendancePanel

        return AttendancePanel(self.state, self.paste_attendees)

    def _agenda_items(self) -> AgendaPanel:
        from desktop.ui.editors.meeting.agenda import AgendaPanel

        return AgendaPanel(self.state)

    def _action_items(self) -> RowsPanel:
        from desktop.domain.records import ActionItem
        from desktop.ui.editors.meeting.rows import RowsPanel
        from desktop.ui.models.meeting import COL_ACTION_DUE, ActionTableModel
        from desktop.ui.widgets.date_field import DateDelegate

        panel = RowsPanel(
            ActionTableModel(self, self.state),
            lambda: ActionItem(task=""),
            self.tr("Add task"),
            (3.0, 1.4, 0.9, 0.6),
            (120, 70, 80, 56),
        )
        panel.view.setItemDelegateForColumn(COL_ACTION_DUE, DateDelegate(panel.view))
        return panel

    def _panel_built(self, panel: RowsPanel) -> None:
        # Only invisible characters typed in a cell: refused, the row and column named.
        panel.model.edit_refused.connect(lambda message: show_error(self, InvalidInput(message)))
        panel.set_locked(self._locked)
        panel.model.set_read_only(self._locked)

    def _built_panels(self) -> list[RowsPanel]:
        tabs: list[LazyTab[Any]] = [self._attendance, self._agenda, self._actions]
        return [tab.page() for tab in tabs if tab.built]

    @property
    def attendance(self) -> AttendancePanel:
        """The attendees tab (built when first shown or asked for)."""
        return self._attendance.page()

    @property
    def agenda_panel(self) -> AgendaPanel:
        """The agenda tab (built when first shown or asked for)."""
        return self._agenda.page()

    @property
    def actions_panel(self) -> RowsPanel:
        """The action items tab (built when first shown or asked for)."""
        return self._actions.page()

    @property
    def attendees(self) -> AttendeeTableModel:
        return cast("AttendeeTableModel", self.attendance.model)

    @property
    def attendee_table(self) -> PasteTableView:
        return self.attendance.view

    @property
    def agenda(self) -> AgendaTableModel:
        return self.agenda_panel.agenda

    @property
    def agenda_table(self) -> PasteTableView:
        return self.agenda_panel.view

    @property
    def notes_edit(self) -> QPlainTextEdit:
        return self.agenda_panel.notes_edit

    @property
    def conclusion_edit(self) -> QPlainTextEdit:
        return self.agenda_panel.conclusion_edit

    @property
    def actions_model(self) -> ActionTableModel:
        return cast("ActionTableModel", self.actions_panel.model)

    # -- the record (the state's) -----------------------------------------------------------------

    @property
    def _record(self) -> Meeting | None:
        return self.state.meeting

    @_record.setter
    def _record(self, record: Meeting | None) -> None:
        """A meeting opened, read again or adopted after a merge: the state takes it (its
        undo history starts afresh, as the QUndoStack's does)."""
        if record is not self.state.meeting:
            self.state.load(record)

    def load(self, meeting_id: str | None) -> None:
        """Edit the stored meeting with this id (None: nothing)."""
        self.show_record(self._library.meetings.get_meeting(meeting_id) if meeting_id else None)

    @property
    @override
    def record(self) -> Meeting | None:
        """The meeting as edited, unaffected by later edits (``MeetingEditState.snapshot``:
        its rows are shared, read them only)."""
        return self.state.snapshot()

    @override
    def _show(self, record: Meeting | None) -> None:
        self.setEnabled(record is not None)
        shown = record or Meeting(title="", organiser=Organisation(name=""))
        self.header.show_meeting(shown, self._library.organisations.organisations())
        if self._agenda.built:
            self.agenda_panel.show_texts()
        self._show_status(record.status if record is not None else "draft")

    def _show_status(self, status: str) -> None:
        final = status == "final"
        self.status_label.setText(
            self.tr("Final: read-only until reopened.") if final else self.tr("Draft")
        )
        self.final_button.setText(self.tr("Reopen") if final else self.tr("Mark as final"))
        locked = final or self.read_only  # a window opened read-only edits nothing
        self.state.read_only = self.read_only
        self._locked = locked
        self.header.set_locked(locked)
        for panel in self._built_panels():  # the others are built locked or not, as this says
            panel.set_locked(locked)
            panel.model.set_read_only(locked)

    @override
    def _save(self, record: Meeting, base: Meeting | None, prefer: Prefer) -> Meeting:
        return self._library.meetings.save_meeting(record, base, prefer)

    @override
    def _fetch(self, record_id: str) -> Meeting:
        return self._library.meetings.get_meeting(record_id)

    @override
    def _apply_read_only(self, read_only: bool) -> None:
        self.final_button.setEnabled(not read_only)
        self.header.organiser_box.setEnabled(not read_only)
        self._show_status(self._record.status if self._record is not None else "draft")

    @property
    def is_final(self) -> bool:
        """True when the meeting is marked final (read-only)."""
        return self._record is not None and self._record.status == "final"

    # -- edits ----------------------------------------------------------------------------------

    def paste_attendees(self, text: str) -> int:
        """Add attendees from rows copied in Excel (name, title, organisation); how many."""
        return self.state.paste_attendees(text, self.tr("Paste {0} attendees"))

    def set_final(self, final: bool) -> None:
        """Mark the meeting final (read-only) or reopen it."""
        if self._record is None:
            return
        self.save_now()
        if self.has_unsaved_edits:  # not saved (a conflict left for later): they stay
            return
        stored = self._library.meetings.set_final(self._record.id, final)
        self.undo_stack.clear()  # edits before finalising are not undone into a final record
        self._record = copy.deepcopy(stored)  # the state's history starts afresh too
        self._base = stored
        self._show(self._record)
        self.status_changed.emit(stored.status)

    def _on_final_button_clicked(self) -> None:
        self.set_final(not self.is_final)

    def _on_state_pushed(self, label: str, new_step: bool) -> None:
        if new_step:
            self.undo_stack.push(StepCommand(self.state, label))

    # -- told by the state ---------------------------------------------------------------------

    def about_to_change(self, change: Change) -> None:
        pass

    def changed(self, change: Change) -> None:
        """An edit, an undo or a redo: saved a moment later, the preview follows."""
        if change.kind == "reset" or change.fields == ("status",):
            return
        self._schedule_save()
        self.edited.emit()

    # -- documents --------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Show the minutes as they are now (after a short delay), and what they leave out."""
        self.minutes.update_warnings(self.state.meeting)
        self.minutes.panel.refresh()

    def export_minutes(self, path: Path) -> DatabaseOp:
        """Write the minutes to ``path`` (.pdf or .docx) in the background."""
        return self.minutes.export_minutes(path)

    def print_minutes(self, printer: QPrinter) -> DatabaseOp | None:
        """Print the minutes at 100 % (made in the background; ``printed`` tells the pages)."""
        return self.minutes.print_minutes(printer)
