"""One way to type a date (dd/mm/yyyy) or a date and time, in every form of the window.

A ``QDateEdit`` turns 31/02 into 28/02 without a word; a plain line edit marked pink says
nothing. ``DateField`` keeps the text as typed and says at the field what is wrong with it
("Ngày 31/02/2024 không có thật: tháng 2 năm 2024 có 29 ngày."): its ``message_label`` goes under
the field in the form, the same words are its tooltip. The owner stores a value only when
``value()`` reads one; what cannot be read is never stored, never replaced by another day.
``DateDelegate`` gives a table's date cells the same field and the same words.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop.domain.dates import parse_date, parse_datetime, short_date
from desktop.ui.compat import override

INVALID_STYLE = "QLineEdit { background: #fde2e1; }"
"""A field whose text cannot be stored (the colour of every refused field)."""
MESSAGE_STYLE = "color: #a00000;"


def date_text(day: dt.date | None) -> str:
    """ "03/01/2024" (empty for none)."""
    return short_date(day) if day else ""


def datetime_text(moment: dt.datetime | None) -> str:
    """ "03/01/2024 08:00" (empty for none)."""
    return f"{short_date(moment.date())} {moment:%H:%M}" if moment else ""


def read_date(text: str) -> dt.date | None:
    """The date typed (None when empty). Raises ValueError with the Vietnamese reason."""
    return parse_date(text) if text.strip() else None


def read_datetime(text: str) -> dt.datetime | None:
    """The date and time typed (None when empty). Raises ValueError with the reason."""
    return parse_datetime(text) if text.strip() else None


class DateField(QLineEdit):
    """A line edit for a date (``with_time``: a date and a time) that says what is wrong."""

    def __init__(
        self, with_time: bool = False, parent: QWidget | None = None, *, calendar: bool = True
    ) -> None:
        """``calendar``: a button that opens a month to click a day in (dates only)."""
        super().__init__(parent)
        self.with_time = with_time
        self.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm") if with_time else self.tr("dd/mm/yyyy"))
        self.message_label = QLabel()
        """The problem in words, for the form to put under the field (hidden when none)."""
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(MESSAGE_STYLE)
        self.message_label.setVisible(False)
        self.calendar: QCalendarWidget | None = None
        """The month shown by the calendar button (a date without a time), while open."""
        if calendar and not with_time:
            action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
            action.setToolTip(self.tr("Choose on a calendar"))
            action.triggered.connect(self.show_calendar)

    def show_calendar(self) -> QCalendarWidget:
        """A month under the field (the typed date's, else today's); a click types that day."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        try:
            typed = read_date(self.text())
        except ValueError:
            typed = None
        if typed is not None:
            calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day))
        calendar.clicked.connect(self._on_calendar_clicked)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        self.calendar = calendar
        return calendar

    def _on_calendar_clicked(self, day: QDate) -> None:
        text = short_date(dt.date(day.year(), day.month(), day.day()))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        if not self.isReadOnly() and text != self.text():
            self.setText(text)
            self.textEdited.emit(text)  # as if typed: the owner stores it

    def value(self) -> dt.date | dt.datetime | None:
        """What is typed, read (None: empty). Raises ValueError with the Vietnamese reason."""
        return read_datetime(self.text()) if self.with_time else read_date(self.text())

    def problem(self) -> str:
        """What is wrong with the text typed ("" when it reads)."""
        try:
            self.value()
        except ValueError as exc:
            return str(exc)
        return ""

    def set_problem(self, message: str) -> None:
        """Mark the field and say ``message`` under it ("" clears both)."""
        self.setStyleSheet(INVALID_STYLE if message else "")
        self.setToolTip(message)
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    def check(self) -> bool:
        """Show the problem of the text typed, if any; True when it reads."""
        message = self.problem()
        self.set_problem(message)
        return not message

    def show_value(self, value: dt.date | dt.datetime | None) -> None:
        """Show a stored value (no edit follows) and clear any mark."""
        if isinstance(value, dt.datetime) or (value is None and self.with_time):
            text = datetime_text(value if isinstance(value, dt.datetime) else None)
        else:
            text = date_text(value)
        if self.text() != text:
            self.setText(text)
        self.set_problem("")


class _DateValidator(QValidator):
    """Enter does not leave a cell whose date cannot be read (the text stays as typed)."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self._field = field

    @override
    def validate(self, text: str, pos: int) -> Any:
        return (
            QValidator.State.Acceptable
            if not text.strip() or _reads(text, self._field.with_time)
            else QValidator.State.Intermediate
        )


def _calendar_icon() -> QIcon:
    """A small calendar page (drawn: Qt has no standard one)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#c0392b"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


def _reads(text: str, with_time: bool) -> bool:
    try:
        read_datetime(text) if with_time else read_date(text)
    except ValueError:
        return False
    return True


class DateDelegate(QStyledItemDelegate):
    """A table's date column: typed in a ``DateField``; Enter on a date that cannot be read
    keeps the cell open with the text as typed and says why beside it."""

    @override
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        field = DateField(parent=parent, calendar=False)  # a popup would close the cell
        field.setFrame(False)
        field.setValidator(_DateValidator(field))
        field.textEdited.connect(lambda _text: self._tell(field))
        return field

    @staticmethod
    def _tell(field: DateField) -> None:
        message = field.problem() if field.text().strip() else ""
        field.set_problem(message)
        if message:
            QToolTip.showText(field.mapToGlobal(QPoint(0, field.height())), message, field)
        else:
            QToolTip.hideText()

    @override
    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Leaving the cell with a date that cannot be read: Qt would close the editor and drop
        # the text without a word. It is handed to the model instead, which refuses it and
        # says why (``edit_refused``, naming the row); the cell keeps its date.
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(editor, DateField)
            and not editor.hasAcceptableInput()
        ):
            self.commitData.emit(editor)
        return super().eventFilter(editor, event)

    @override
    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
