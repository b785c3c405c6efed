"""The meeting editor: details, attendees, agenda with notes and conclusions, action items.

Edits are undo steps and are saved a moment after they are made; the minutes (biên bản) are
previewed beside the form. A meeting marked final is read-only until it is reopened.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import parse_datetime, short_date
from desktop.domain.records import (
    ActionItem,
    AgendaItem,
    Attendee,
    Meeting,
    Organisation,
    Participant,
)
from desktop.services import decisions, meetings
from desktop.services.concurrency import Prefer
from desktop.services.session import Library
from desktop.ui.compat import override
from desktop.ui.editors.decision import PasteTableView, setup_record_table
from desktop.ui.editors.record import RecordEditor
from desktop.ui.models.meeting import (
    COL_ATTENDEE_ROLE,
    ActionTableModel,
    AgendaTableModel,
    AttendeeTableModel,
    role_labels,
)
from desktop.ui.models.records import RecordTableModel
from desktop.ui.operations import DatabaseOp, Progress, show_error
from desktop.ui.printing import print_pdf
from desktop.ui.widgets.choice_delegate import ChoiceDelegate
from desktop.ui.widgets.organisation_box import OrganisationBox
from desktop.ui.widgets.preview_pane import PreviewPane

INVALID_STYLE = "QLineEdit { background: #fde2e1; }"


def datetime_text(moment: dt.datetime | None) -> str:
    """ "03/01/2024 08:00" (empty for none)."""
    return f"{short_date(moment.date())} {moment:%H:%M}" if moment else ""


class MeetingEditor(RecordEditor[Meeting]):
    """Edits one meeting; exports and prints its minutes."""

    exported = Signal(Path)
    printed = Signal(int)
    status_changed = Signal(str)
    """The meeting was marked final or reopened ("final" / "draft")."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._db = library.db  # being moved to the session's facades (issue 12)
        self._db_path = library.path
        self._loading = False

        # -- status --
        self.status_label = QLabel()
        self.final_button = QPushButton()
        self.final_button.clicked.connect(self._on_final_button_clicked)

        # -- details --
        self.title_edit = QLineEdit()
        self.kind_edit = QLineEdit()
        self.kind_edit.setPlaceholderText(self.tr("e.g. Year-end review conference"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 12/BB-SNV (left blank on the minutes)"))
        self.starts_edit = QLineEdit()
        self.ends_edit = QLineEdit()
        for edit in (self.starts_edit, self.ends_edit):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        self.location_edit = QLineEdit()
        self.organiser_box = OrganisationBox()
        self.organiser_box.activated.connect(self._on_organiser_box_activated)
        self.chairs_edit = QLineEdit()
        self.chairs_edit.setPlaceholderText(self.tr("Name (title); Name (title)"))
        self.secretary_name_edit = QLineEdit()
        self.secretary_title_edit = QLineEdit()
        self.conclusions_edit = QPlainTextEdit()

        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_edit)
        form.addRow(self.tr("Minutes number"), self.number_edit)
        times = QHBoxLayout()
        times.addWidget(self.starts_edit)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends_edit)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Place"), self.location_edit)
        form.addRow(self.tr("Organiser"), self.organiser_box)
        form.addRow(self.tr("Chaired by"), self.chairs_edit)
        secretary = QHBoxLayout()
        secretary.addWidget(self.secretary_name_edit)
        secretary.addWidget(self.secretary_title_edit)
        form.addRow(self.tr("Secretary"), secretary)
        form.addRow(self.tr("Overall conclusions"), self.conclusions_edit)

        # -- tables --
        self.attendees = AttendeeTableModel(self)
        self.attendee_table = PasteTableView()
        self.attendee_table.setModel(self.attendees)
        setup_record_table(self.attendee_table)
        for column, width in enumerate((170, 120, 150, 90, 70)):
            self.attendee_table.setColumnWidth(column, width)
        self.attendee_table.setItemDelegateForColumn(
            COL_ATTENDEE_ROLE,
            ChoiceDelegate({str(k): v for k, v in role_labels().items()}, self.attendee_table),
        )
        attendee_tab = self._table_tab(
            self.attendee_table,
            self.attendees,
            lambda: Attendee(name=""),
            self.tr("Add attendee"),
            paste=True,
        )

        self.agenda = AgendaTableModel(self)
        self.agenda_table = PasteTableView()
        self.agenda_table.setModel(self.agenda)
        setup_record_table(self.agenda_table)
        self.agenda_table.setColumnWidth(0, 320)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes taken during this item"))
        self.conclusion_edit = QPlainTextEdit()
        self.conclusion_edit.setPlaceholderText(self.tr("Conclusion of this item"))
        agenda_tab = self._table_tab(
            self.agenda_table, self.agenda, lambda: AgendaItem(title=""), self.tr("Add item")
        )
        agenda_layout = agenda_tab.layout()
        assert isinstance(agenda_layout, QVBoxLayout)
        agenda_layout.addWidget(QLabel(self.tr("Notes")))
        agenda_layout.addWidget(self.notes_edit)
        agenda_layout.addWidget(QLabel(self.tr("Conclusion")))
        agenda_layout.addWidget(self.conclusion_edit)

        self.actions_model = ActionTableModel(self)
        self.action_table = PasteTableView()
        self.action_table.setModel(self.actions_model)
        setup_record_table(self.action_table)
        self.action_table.setColumnWidth(0, 300)
        action_tab = self._table_tab(
            self.action_table, self.actions_model, lambda: ActionItem(task=""), self.tr("Add task")
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(attendee_tab, self.tr("Attendees"))
        self.tabs.addTab(agenda_tab, self.tr("Agenda"))
        self.tabs.addTab(action_tab, self.tr("Action items"))

        head = QHBoxLayout()
        head.addWidget(self.status_label, 1)
        head.addWidget(self.final_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(self.tabs, 1)

        # -- minutes --
        self.preview = PreviewPane()
        docs = QToolBar()
        docs.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_pdf_action = docs.addAction(self.tr("Export minutes (PDF)…"))
        self.export_docx_action = docs.addAction(self.tr("Export minutes (Word)…"))
        self.print_action = docs.addAction(self.tr("Print…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.print_action)  # Ctrl+P anywhere in the editor, not only the bar
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>" + self.tr("Minutes") + "</b>"))
        right_layout.addWidget(docs)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # -- wiring --
        for edit in self._line_edits():
            edit.textEdited.connect(self._on_field_text_edited)
        for text in (self.conclusions_edit, self.notes_edit, self.conclusion_edit):
            text.textChanged.connect(self._on_text_changed)
        for model in (self.attendees, self.agenda, self.actions_model):
            model.records_edited.connect(self._on_model_records_edited)
            # Only invisible characters typed in a cell: refused, the row and column named.
            model.edit_refused.connect(lambda message: show_error(self, ValueError(message)))
        self.agenda_table.selectionModel().currentRowChanged.connect(
            self._on_agenda_table_current_row_changed
        )
        self.export_pdf_action.triggered.connect(lambda: self._on_export_triggered(".pdf"))
        self.export_docx_action.triggered.connect(lambda: self._on_export_triggered(".docx"))
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.edited.connect(self.refresh_preview)
        self.setEnabled(False)

    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.title_edit,
            self.kind_edit,
            self.number_edit,
            self.starts_edit,
            self.ends_edit,
            self.location_edit,
            self.chairs_edit,
            self.secretary_name_edit,
            self.secretary_title_edit,
        ]

    def _table_tab(
        self,
        view: PasteTableView,
        model: RecordTableModel[Any],
        blank: Any,
        add_text: str,
        *,
        paste: bool = False,
    ) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def add() -> None:
            current = view.currentIndex()
            row = current.row() + 1 if current.isValid() else model.rowCount()
            model.insert_records(row, [blank()], add_text)
            view.setCurrentIndex(model.index(row, 0))
            view.edit(model.index(row, 0))

        def remove() -> None:
            rows = [i.row() for i in view.selectionModel().selectedRows()]
            if not rows and view.currentIndex().isValid():
                rows = [view.currentIndex().row()]
            if rows:
                model.remove_rows(rows, self.tr("Remove rows"))

        def move(delta: int) -> None:
            current = view.currentIndex()
            target = current.row() + delta
            if current.isValid() and 0 <= target < model.rowCount():
                model.move_row(
                    current.row(), target if delta < 0 else target + 1, self.tr("Move row")
                )
                view.setCurrentIndex(model.index(target, current.column()))

        tools.addAction(add_text).triggered.connect(add)
        tools.addAction(self.tr("Remove")).triggered.connect(remove)
        tools.addAction(self.tr("Up")).triggered.connect(lambda: move(-1))
        tools.addAction(self.tr("Down")).triggered.connect(lambda: move(1))
        view.delete_requested.connect(remove)
        if paste:
            tools.addAction(self.tr("Paste from Excel")).triggered.connect(
                lambda: self.paste_attendees(QGuiApplication.clipboard().text())
            )
            view.paste_requested.connect(self.paste_attendees)
        layout.addWidget(tools)
        layout.addWidget(view, 1)
        return tab

    # -- loading and saving --------------------------------------------------------------------

    def load(self, meeting_id: str | None) -> None:
        """Edit the stored meeting with this id (None: nothing)."""
        self.show_record(meetings.get_meeting(self._db, meeting_id) if meeting_id else None)

    @override
    def _show(self, record: Meeting | None) -> None:
        self._loading = True
        try:
            self.setEnabled(record is not None)
            shown = record or meetings.Meeting(title="", organiser=meetings.Organisation(name=""))
            self.title_edit.setText(shown.title)
            self.kind_edit.setText(shown.kind)
            self.number_edit.setText(shown.number)
            self.starts_edit.setText(datetime_text(shown.starts_at))
            self.ends_edit.setText(datetime_text(shown.ends_at))
            self.location_edit.setText(shown.location)
            self.organiser_box.show_organisations(
                decisions.organisations(self._db), shown.organiser
            )
            self.chairs_edit.setText(meetings.participants_text(shown.chairs))
            self.secretary_name_edit.setText(shown.secretary.name if shown.secretary else "")
            self.secretary_title_edit.setText(shown.secretary.title if shown.secretary else "")
            if self.conclusions_edit.toPlainText() != shown.conclusions:
                self.conclusions_edit.setPlainText(shown.conclusions)
            self.attendees.set_records(shown.attendees)
            row = self.agenda_table.currentIndex().row()
            self.agenda.set_records(shown.agenda)
            if 0 <= row < self.agenda.rowCount():
                self.agenda_table.setCurrentIndex(self.agenda.index(row, 0))
            self._show_agenda_texts()
            self.actions_model.set_records(shown.actions)
            self._show_status(shown.status)
            for edit in self._line_edits():
                edit.setCursorPosition(0)
        finally:
            self._loading = False

    def _show_status(self, status: str) -> None:
        final = status == "final"
        self.status_label.setText(
            self.tr("Final: read-only until reopened.") if final else self.tr("Draft")
        )
        self.final_button.setText(self.tr("Reopen") if final else self.tr("Mark as final"))
        locked = final or self.read_only  # a window opened read-only edits nothing
        for edit in self._line_edits():
            edit.setReadOnly(locked)
        for text in (self.conclusions_edit, self.notes_edit, self.conclusion_edit):
            text.setReadOnly(locked)
        for model in (self.attendees, self.agenda, self.actions_model):
            model.set_read_only(locked)

    def _show_agenda_texts(self) -> None:
        row = self.agenda_table.currentIndex().row()
        item = self.agenda.record(row) if 0 <= row < self.agenda.rowCount() else None
        was = self._loading
        self._loading = True
        for edit, text in (
            (self.notes_edit, item.notes if item else ""),
            (self.conclusion_edit, item.conclusion if item else ""),
        ):
            edit.setEnabled(item is not None)
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._loading = was

    @override
    def _save(self, record: Meeting, base: Meeting | None, prefer: Prefer) -> Meeting:
        return meetings.save_meeting(self._db, record, base, prefer)

    @override
    def _fetch(self, record_id: str) -> Meeting:
        return meetings.get_meeting(self._db, record_id)

    @override
    def _apply_read_only(self, read_only: bool) -> None:
        self.final_button.setEnabled(not read_only)
        self.organiser_box.setEnabled(not read_only)
        self._show_status(self._record.status if self._record is not None else "draft")

    @property
    def is_final(self) -> bool:
        """True when the meeting is marked final (read-only)."""
        return self._record is not None and self._record.status == "final"

    # -- edits ----------------------------------------------------------------------------------

    def paste_attendees(self, text: str) -> int:
        """Add attendees from rows copied in Excel (name, title, organisation)."""
        people = meetings.attendees_from_table_text(text)
        if people and not self.is_final:
            self.attendees.insert_records(
                self.attendees.rowCount(),
                people,
                self.tr("Paste {0} attendees").format(len(people)),
            )
        return len(people) if not self.is_final else 0

    def set_final(self, final: bool) -> None:
        """Mark the meeting final (read-only) or reopen it."""
        if self._record is None:
            return
        self.save_now()
        if self.has_unsaved_edits:  # not saved (a conflict left for later): they stay
            return
        stored = meetings.set_final(self._db, self._record.id, final)
        self._record = copy.deepcopy(stored)
        self._base = copy.deepcopy(stored)
        self.undo_stack.clear()  # edits before finalising are not undone into a final record
        self._show_status(stored.status)
        self.status_changed.emit(stored.status)

    def _current(self) -> Meeting | None:
        return copy.deepcopy(self._record) if self._record is not None else None

    def set_organiser(self, organisation: Organisation) -> None:
        """Hold the meeting in the name of ``organisation`` (its minutes take its style)."""
        meeting = self._current()
        if meeting is None or organisation.id == meeting.organiser.id:
            return
        meeting.organiser = organisation
        self.commit(meeting, self.tr("Change organiser"), "organiser")

    def _on_organiser_box_activated(self, _index: int) -> None:
        organisation = self.organiser_box.organisation()
        if organisation is not None and not self._loading:
            self.set_organiser(organisation)

    def _on_field_text_edited(self, _text: str) -> None:
        sender = self.sender()
        meeting = self._current()
        if self._loading or meeting is None or not isinstance(sender, QLineEdit):
            return
        text = sender.text()
        if sender in (self.starts_edit, self.ends_edit):
            try:
                moment = parse_datetime(text) if text.strip() else None
            except ValueError:
                sender.setStyleSheet(INVALID_STYLE)
                return
            if sender is self.starts_edit:
                if moment and meeting.starts_at and meeting.ends_at and meeting.ends_at < moment:
                    # Moved past its end: the end moves too, keeping the meeting's length.
                    meeting.ends_at = moment + (meeting.ends_at - meeting.starts_at)
                    self.ends_edit.setText(datetime_text(meeting.ends_at))
                meeting.starts_at = moment
            elif moment and meeting.starts_at and moment < meeting.starts_at:
                # The end before the start: marked, not saved (a package would be refused).
                sender.setStyleSheet(INVALID_STYLE)
                sender.setToolTip(self.tr("The meeting cannot end before it starts."))
                return
            else:
                meeting.ends_at = moment
            for edit in (self.starts_edit, self.ends_edit):
                edit.setStyleSheet("")
                edit.setToolTip("")
        elif sender is self.title_edit:
            meeting.title = text
        elif sender is self.kind_edit:
            meeting.kind = text
        elif sender is self.number_edit:
            meeting.number = text
        elif sender is self.location_edit:
            meeting.location = text
        elif sender is self.chairs_edit:
            meeting.chairs = meetings.participants_from_text(text)
        else:
            name = self.secretary_name_edit.text()
            meeting.secretary = Participant(name, self.secretary_title_edit.text())
        self.commit(meeting, self.tr("Edit details"), f"field:{sender.objectName() or id(sender)}")

    def _on_text_changed(self) -> None:
        sender = self.sender()
        meeting = self._current()
        if self._loading or meeting is None or not isinstance(sender, QPlainTextEdit):
            return
        text = sender.toPlainText()
        if sender is self.conclusions_edit:
            meeting.conclusions = text
            self.commit(meeting, self.tr("Edit conclusions"), "conclusions")
            return
        row = self.agenda_table.currentIndex().row()
        if 0 <= row < self.agenda.rowCount():
            attribute = "notes" if sender is self.notes_edit else "conclusion"
            self._loading = True
            self.agenda.set_text(row, attribute, text)
            self._loading = False
            meeting.agenda = self.agenda.records()
            self.commit(meeting, self.tr("Edit agenda item"), f"{attribute}:{row}")

    def _on_model_records_edited(self, description: str) -> None:
        meeting = self._current()
        if self._loading or meeting is None:
            return
        meeting.attendees = self.attendees.records()
        meeting.agenda = self.agenda.records()
        meeting.actions = self.actions_model.records()
        self.commit(meeting, description)

    def _on_agenda_table_current_row_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        self._show_agenda_texts()

    def _on_final_button_clicked(self) -> None:
        self.set_final(not self.is_final)

    # -- documents --------------------------------------------------------------------------

    def preview_source(self) -> Any:
        """A function giving the minutes as PDF bytes (None when no meeting is open)."""
        record = self.record
        return (lambda: meetings.minutes_pdf(record)) if record is not None else None

    def refresh_preview(self) -> None:
        """Show the minutes as they are now (after a short delay)."""
        self.preview.request(self.preview_source())

    def export_minutes(self, path: Path) -> DatabaseOp:
        """Write the minutes to ``path`` (.pdf or .docx) in the background."""
        self.save_now()
        assert self._record is not None
        meeting_id = self._record.id

        def task(lib: Library, progress: Progress) -> Path:
            progress.report(0, 1)
            return lib.meetings.write_minutes(meeting_id, path)

        return (
            DatabaseOp(self, self._library, task)
            .success(self.exported.emit)
            .with_progress(self.tr("Writing {0}…").format(path.name))
            .run_in_background()
        )

    def print_minutes(self, printer: QPrinter) -> int:
        """Print the minutes at 100 %."""
        source = self.preview_source()
        pages = print_pdf(source(), printer) if source else 0
        self.printed.emit(pages)
        return pages

    def _on_export_triggered(self, suffix: str) -> None:
        from desktop.services import certificates

        if self._record is None:
            return
        stem = certificates.safe_file_name(self.tr("Minutes") + " " + self._record.title)[:-4]
        kind = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word (*.docx)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export minutes"), stem + suffix, kind
        )
        if chosen:
            self.export_minutes(Path(chosen))

    def _on_print_action_triggered(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_minutes(printer)
