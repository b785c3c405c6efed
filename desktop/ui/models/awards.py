"""The recipients of a decision (danh sách khen thưởng) as a table model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.records import SALUTATIONS, Award, RecipientKind
from desktop.ui.compat import override
from desktop.ui.models.records import Column, RecordTableModel

COL_KIND, COL_NAME, COL_TITLE, COL_UNIT, COL_REASON, COL_SALUTATION = range(6)
AwardRole = Qt.ItemDataRole.UserRole + 1
"""The ``Award`` of a row (same as ``RecordRole``)."""
RecipientIdRole = Qt.ItemDataRole.UserRole + 2
"""Id of the person or collective in the directory ("" when not matched yet)."""


def kind_label(kind: RecipientKind) -> str:
    """ "Collective" / "Person" in the user's language."""
    return (
        QCoreApplication.translate("AwardTableModel", "Collective")
        if kind == "collective"
        else QCoreApplication.translate("AwardTableModel", "Person")
    )


def _set_kind(award: Award, value: Any) -> None:
    text = str(value).casefold()
    collective = {
        "collective",
        "tập thể",
        "tap the",
        QCoreApplication.translate("AwardTableModel", "Collective").casefold(),
    }
    kind: RecipientKind = "collective" if text in collective else "person"
    if kind != award.kind:
        award.kind = kind
        award.recipient_id = ""  # a person's directory entry is not a collective's
        if kind == "collective":
            award.title, award.unit = "", ""  # a tập thể has no chức vụ or đơn vị


NOT_CHOSEN = "?"
"""Edit value of a salutation nobody has chosen yet (``Award.salutation is None``)."""


def salutation_choices() -> dict[str, str]:
    """Stored salutation → its label, for the column's drop-down list."""
    none = QCoreApplication.translate("AwardTableModel", "(none)")
    return {"Ông": "Ông", "Bà": "Bà", "Đồng chí": "Đồng chí", "": none}


def _salutation_value(award: Award) -> str:
    if award.is_collective:
        return ""
    return NOT_CHOSEN if award.salutation is None else award.salutation


def _show_salutation(award: Award) -> str:
    if award.is_collective:
        return ""
    if award.salutation is None:
        return QCoreApplication.translate("AwardTableModel", "? choose")
    return salutation_choices()[award.salutation]


def _set_salutation(award: Award, value: Any) -> None:
    if award.is_collective:
        return
    text = str(value)
    award.salutation = next((s for s in SALUTATIONS if s == text), None)


def _set(attribute: str) -> Any:
    def write(award: Award, value: Any) -> None:
        setattr(award, attribute, value)
        if attribute in ("name", "unit"):
            award.recipient_id = ""  # another person now: match again in the directory

    return write


class AwardTableModel(RecordTableModel[Award]):
    """Rows are the awards of one decision, in list order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("AwardTableModel", "Kind"),
                    lambda a: a.kind,
                    _set_kind,
                    show=lambda a: kind_label(a.kind),
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Name"),
                    lambda a: a.name,
                    _set("name"),
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Title"),
                    lambda a: a.title,
                    _set("title"),
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Unit"),
                    lambda a: a.unit,
                    _set("unit"),
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Own reason"),
                    lambda a: a.reason,
                    _set("reason"),
                ),
                Column(
                    QCoreApplication.translate("AwardTableModel", "Salutation"),
                    lambda a: (
                        ""
                        if a.is_collective
                        else NOT_CHOSEN
                        if a.salutation is None
                        else a.salutation
                    ),
                    _set_salutation,
                    show=_show_salutation,
                ),
            ],
            parent,
        )

    earlier: dict[str, list[tuple[int, str]]]
    """(year, award form) of each directory recipient's other awards (set by the editor)."""

    def earlier_text(self, row: int) -> str:
        """ "Already awarded: 2022 Giấy khen, 2023 Giấy khen" for a row, or "" (first time)."""
        awards = getattr(self, "earlier", {}).get(self.record(row).recipient_id)
        if not awards:
            return ""
        return QCoreApplication.translate("AwardTableModel", "Already awarded: {0}").format(
            ", ".join(f"{year} {form}" for year, form in awards)
        )

    @override
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == RecipientIdRole and index.isValid():
            return self.record(index.row()).recipient_id
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == COL_NAME:
            return self.earlier_text(index.row()) or None
        return super().data(index, role)

    def set_recipient(
        self, row: int, kind: RecipientKind, name: str, title: str, unit: str, recipient_id: str
    ) -> None:
        """Fill a row from the directory (one edit)."""
        award = self.record(row)
        award.kind, award.name, award.recipient_id = kind, name, recipient_id
        award.title, award.unit = ("", "") if kind == "collective" else (title, unit)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.records_edited.emit(
            QCoreApplication.translate("AwardTableModel", "Choose from directory")
        )

    def suggest_salutations(self, suggest: Callable[[Award], str | None]) -> None:
        """Fill the salutation nobody chose where ``suggest`` is sure (part of the edit that
        made the name known: no edit of its own is reported)."""
        for row, award in enumerate(self._records):
            if award.is_collective or award.salutation is not None or not award.name:
                continue
            suggested = suggest(award)
            if suggested is not None:
                award.salutation = next(s for s in SALUTATIONS if s == suggested)
                index = self.index(row, COL_SALUTATION)
                self.dataChanged.emit(index, index)
