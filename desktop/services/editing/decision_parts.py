"""The parts of the decision edit state that are not the state: its field names, what an
observer is told, and the rules of one row (``with_cell``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Final

from desktop.domain.records import SALUTATIONS, Award, RecipientKind

__all__ = ["CELL_FIELDS", "HEADER_FIELDS", "LABELS", "DecisionObserver", "runs", "with_cell"]

HEADER_FIELDS: Final = (
    "number",
    "date",
    "award_form",
    "reason",
    "reward",
    "signer_name",
    "signer_title",
    "signer_relation",
    "signer_delegator_title",
)
"""Header fields ``set_field`` knows; ``signer_*`` are the parts of the signer."""

CELL_FIELDS: Final = ("kind", "name", "title", "unit", "reason", "salutation")
"""Recipient fields ``set_cell`` knows (the table's columns)."""

LABELS: Final = {
    "number": "Số quyết định",
    "date": "Ngày ký",
    "award_form": "Hình thức khen thưởng",
    "reason": "Lý do chung",
    "reward": "Tiền thưởng",
    "signer_name": "Người ký",
    "signer_title": "Người ký",
    "signer_relation": "Người ký",
    "signer_delegator_title": "Người ký",
    "kind": "Loại",
    "name": "Tên",
    "title": "Chức vụ",
    "unit": "Đơn vị",
    "salutation": "Danh xưng",
}


class DecisionObserver:
    """What a view of the state is told; every method does nothing unless overridden.

    ``about_to_*`` come before the list changes (Qt's ``begin…``), the others after. ``changed``
    follows every edit, undo and redo (autosave, preview).
    """

    def reset(self) -> None:
        """Another decision (or none) is shown: read everything again."""

    def about_to_insert_rows(self, first: int, count: int) -> None: ...
    def rows_inserted(self, first: int, count: int) -> None: ...
    def about_to_remove_rows(self, first: int, count: int) -> None: ...
    def rows_removed(self, first: int, count: int) -> None: ...
    def about_to_move_row(self, source: int, destination: int) -> None:
        """Row ``source`` goes before the row now at ``destination`` (Qt's convention)."""

    def row_moved(self, source: int, destination: int) -> None: ...
    def about_to_reorder(self) -> None: ...
    def reordered(self, order: Sequence[int]) -> None:
        """The rows were permuted: new row ``i`` is the old row ``order[i]``."""

    def rows_changed(self, first: int, last: int) -> None: ...
    def header_changed(self, names: frozenset[str]) -> None:
        """These header fields (``HEADER_FIELDS``, or "issuer") have a new value."""

    def changed(self) -> None: ...


def with_cell(award: Award, name: str, value: Any) -> Award:
    """``award`` with one field set as the table sets it (the row's rules applied)."""
    if name == "kind":
        kind: RecipientKind = "collective" if value == "collective" else "person"
        if kind == award.kind:
            return award
        if kind == "collective":  # a tập thể has no chức vụ, đơn vị or danh xưng
            return replace(award, kind=kind, recipient_id="", title="", unit="", salutation=None)
        return replace(award, kind=kind, recipient_id="")
    if name == "salutation":
        if award.is_collective:
            return award
        text = str(value)
        return replace(award, salutation=next((s for s in SALUTATIONS if s == text), None))
    if getattr(award, name) == value:
        return award
    if name in ("name", "unit"):  # another person now: matched again in the directory
        return replace(award, **{name: value, "recipient_id": ""})
    return replace(award, **{name: value})


def runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, count) runs: [2, 3, 4, 9] → [(2, 3), (9, 1)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs
