"""The meeting's details (title, kind, number, time, place, organiser, chairs, secretary,
overall conclusions) as a form bound to the edit state.

Each widget is one ``Binding``: which fields of the meeting it shows, how it shows them and how
typed text goes back to the state. The state's rules decide the rest: moving the start moves the
end (the end's box follows), an end before the start is refused and the box marked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.meetings import MeetingTimeError, participants_from_text, participants_text
from desktop.domain.records import Meeting, Organisation, Participant
from desktop.services.editing.meeting import Change, MeetingEditState
from desktop.ui.widgets.date_field import INVALID_STYLE, DateField, datetime_text, read_datetime
from desktop.ui.widgets.organisation_box import OrganisationBox

__all__ = ["INVALID_STYLE", "Binding", "HeaderPanel", "datetime_text"]


def _moment(text: str) -> dt.datetime | None:
    return read_datetime(text)


@dataclass(frozen=True, slots=True)
class Binding:
    """One widget of the form and the fields of the meeting it shows."""

    fields: tuple[str, ...]
    widget: QLineEdit | QPlainTextEdit
    show: Callable[[Meeting], str]
    edit: Callable[[str], object]
    """Typed text into the state; may raise ValueError (the box is then marked)."""


class HeaderPanel(QWidget):
    """The details form of a meeting."""

    def __init__(self, state: MeetingEditState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._showing = False
        self._typing: Binding | None = None
        self.title_edit = QLineEdit()
        self.kind_edit = QLineEdit()
        self.kind_edit.setPlaceholderText(self.tr("e.g. Year-end review conference"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 12/BB-SNV (left blank on the minutes)"))
        self.starts_edit = DateField(with_time=True)
        self.ends_edit = DateField(with_time=True)
        self.location_edit = QLineEdit()
        self.organiser_box = OrganisationBox()
        self.organiser_box.activated.connect(self._on_organiser_box_activated)
        self.chairs_edit = QLineEdit()
        self.chairs_edit.setPlaceholderText(self.tr("Name (title); Name (title)"))
        self.secretary_name_edit = QLineEdit()
        self.secretary_title_edit = QLineEdit()
        self.conclusions_edit = QPlainTextEdit()
        self.conclusions_edit.setTabChangesFocus(True)  # Tab leaves the box

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_edit)
        form.addRow(self.tr("Minutes number"), self.number_edit)
        times = QHBoxLayout()
        times.addWidget(self.starts_edit)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends_edit)
        time_rows = QVBoxLayout()  # what is wrong, said at the field (hidden: no space)
        time_rows.addLayout(times)
        time_rows.addWidget(self.starts_edit.message_label)
        time_rows.addWidget(self.ends_edit.message_label)
        form.addRow(self.tr("Time"), time_rows)
        form.addRow(self.tr("Place"), self.location_edit)
        form.addRow(self.tr("Organiser"), self.organiser_box)
        form.addRow(self.tr("Chaired by"), self.chairs_edit)
        secretary = QHBoxLayout()
        secretary.addWidget(self.secretary_name_edit)
        secretary.addWidget(self.secretary_title_edit)
        form.addRow(self.tr("Secretary"), secretary)
        form.addRow(self.tr("Overall conclusions"), self.conclusions_edit)

        self.bindings = self._bindings()
        for binding in self.bindings:
            if isinstance(binding.widget, QLineEdit):
                binding.widget.textEdited.connect(lambda _t, b=binding: self._on_edited(b))
            else:
                binding.widget.textChanged.connect(lambda b=binding: self._on_edited(b))
        state.subscribe(self)

    def _bindings(self) -> list[Binding]:
        state, details = self._state, self.tr("Edit details")

        def text(name: str, widget: QLineEdit | QPlainTextEdit, label: str = details) -> Binding:
            return Binding(
                (name,),
                widget,
                lambda m: str(getattr(m, name)),
                lambda t: state.set_field(name, t, label),
            )

        def secretary(m: Meeting, attribute: str) -> str:
            return getattr(m.secretary, attribute) if m.secretary else ""

        def set_secretary(_typed: str) -> object:
            typed = Participant(self.secretary_name_edit.text(), self.secretary_title_edit.text())
            return state.set_field("secretary", typed, details)

        return [
            text("title", self.title_edit),
            text("kind", self.kind_edit),
            text("number", self.number_edit),
            Binding(
                ("starts_at",),
                self.starts_edit,
                lambda m: datetime_text(m.starts_at),
                lambda t: state.set_start(_moment(t), details),
            ),
            Binding(
                ("ends_at",),
                self.ends_edit,
                lambda m: datetime_text(m.ends_at),
                lambda t: state.set_end(_moment(t), details),
            ),
            text("location", self.location_edit),
            Binding(
                ("chairs",),
                self.chairs_edit,
                lambda m: participants_text(m.chairs),
                lambda t: state.set_field("chairs", participants_from_text(t), details),
            ),
            Binding(
                ("secretary",),
                self.secretary_name_edit,
                lambda m: secretary(m, "name"),
                set_secretary,
            ),
            Binding(
                ("secretary",),
                self.secretary_title_edit,
                lambda m: secretary(m, "title"),
                set_secretary,
            ),
            text("conclusions", self.conclusions_edit, self.tr("Edit conclusions")),
        ]

    # -- showing -------------------------------------------------------------------------------

    def show_meeting(self, meeting: Meeting, organisations: list[Organisation]) -> None:
        """Show every field of ``meeting`` (another one opened, or the same read again)."""
        self.organiser_box.show_organisations(organisations, meeting.organiser)
        self._show(self.bindings, meeting)
        for binding in self.bindings:
            if isinstance(binding.widget, DateField):
                binding.widget.set_problem("")
            if isinstance(binding.widget, QLineEdit):
                binding.widget.setCursorPosition(0)

    def _show(self, bindings: list[Binding], meeting: Meeting) -> None:
        self._showing = True
        try:
            for binding in bindings:
                if binding is self._typing:
                    continue  # the text typed stays as typed ("8:30" is not rewritten "08:30")
                widget, text = binding.widget, binding.show(meeting)
                if isinstance(widget, QLineEdit):
                    if widget.text() != text:
                        widget.setText(text)
                    if isinstance(widget, DateField):
                        widget.set_problem("")
                elif widget.toPlainText() != text:
                    widget.setPlainText(text)
        finally:
            self._showing = False

    def set_locked(self, locked: bool) -> None:
        """Refuse (True) or allow typing."""
        for binding in self.bindings:
            binding.widget.setReadOnly(locked)

    # -- typing --------------------------------------------------------------------------------

    def _on_edited(self, binding: Binding) -> None:
        if self._showing or self._state.meeting is None:
            return
        widget = binding.widget
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        self._typing = binding
        try:
            binding.edit(text)
        except MeetingTimeError:
            # The end before the start: marked, not saved (a package would be refused).
            self._mark(widget, self.tr("The meeting cannot end before it starts."))
        except ValueError as exc:  # not a date and time: said at the field, not saved
            self._mark(widget, str(exc))
        else:
            if widget in (self.starts_edit, self.ends_edit):  # both valid again
                for edit in (self.starts_edit, self.ends_edit):
                    edit.set_problem("")
        finally:
            self._typing = None

    @staticmethod
    def _mark(widget: QLineEdit | QPlainTextEdit, message: str) -> None:
        if isinstance(widget, DateField):
            widget.set_problem(message)
        else:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(message)

    def _on_organiser_box_activated(self, _index: int) -> None:
        organisation = self.organiser_box.organisation()
        meeting = self._state.meeting
        if (
            organisation is not None
            and meeting is not None
            and not self._showing
            and organisation.id != meeting.organiser.id
        ):
            self._state.set_field("organiser", organisation, self.tr("Change organiser"))

    # -- told by the state -------------------------------------------------------------------

    def about_to_change(self, change: Change) -> None:
        pass

    def changed(self, change: Change) -> None:
        meeting = self._state.meeting
        if change.part != "meeting" or meeting is None or change.kind != "fields":
            return
        self._show([b for b in self.bindings if set(b.fields) & set(change.fields)], meeting)
        if "organiser" in change.fields:  # an undo: the box shows the organiser again
            found = self.organiser_box.findData(meeting.organiser.id)
            if found >= 0 and found != self.organiser_box.currentIndex():
                self.organiser_box.setCurrentIndex(found)
