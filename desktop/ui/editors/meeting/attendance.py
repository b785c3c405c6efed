"""The attendance list (thành phần tham dự): who, their role, present or absent and why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.meetings import ABSENCE_REASONS
from desktop.domain.records import Attendee
from desktop.services.editing.meeting import MeetingEditState
from desktop.ui.compat import override
from desktop.ui.editors.meeting.rows import RowsPanel
from desktop.ui.models.meeting import (
    COL_ATTENDEE_REASON,
    COL_ATTENDEE_ROLE,
    AttendeeTableModel,
    role_labels,
)
from desktop.ui.widgets.choice_delegate import ChoiceDelegate

Index = QModelIndex | QPersistentModelIndex
COLUMN_WEIGHTS = (1.7, 1.2, 1.5, 0.9, 0.6, 1.1)
"""Shares of the width: name, title, organisation, role, present, reason for absence."""
COLUMN_MINIMUMS = (110, 60, 70, 70, 56, 60)


class ReasonDelegate(QStyledItemDelegate):
    """The reason for absence: the usual ones offered in a list, any other typed."""

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems(["", *ABSENCE_REASONS])
        return box

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class AttendancePanel(RowsPanel):
    """The attendance table with paste from Excel and a sort by role and name."""

    PASTES = True

    def __init__(
        self,
        state: MeetingEditState,
        paste: Callable[[str], int],
        parent: QWidget | None = None,
    ) -> None:
        self._state = state
        self._paste = paste
        model: AttendeeTableModel = AttendeeTableModel(None, state)
        super().__init__(
            model,
            lambda: Attendee(name=""),
            QCoreApplication.translate("AttendancePanel", "Add attendee"),
            COLUMN_WEIGHTS,
            COLUMN_MINIMUMS,
            parent,
        )
        model.setParent(self)
        labels: dict[str, str] = {str(k): v for k, v in role_labels().items()}
        self.view.setItemDelegateForColumn(COL_ATTENDEE_ROLE, ChoiceDelegate(labels, self.view))
        self.view.setItemDelegateForColumn(COL_ATTENDEE_REASON, ReasonDelegate(self.view))
        self.tools.addAction(self.tr("Paste from Excel")).triggered.connect(
            lambda: self._paste(QGuiApplication.clipboard().text())
        )
        self.sort_action = self.tools.addAction(self.tr("Sort by role and name"))
        self.sort_action.triggered.connect(self.sort)
        self.view.paste_requested.connect(self._paste)

    def sort(self) -> bool:
        """Sort the list as the minutes list it: by role, then by given name."""
        return self._state.sort_attendees(self.tr("Sort attendees"))
