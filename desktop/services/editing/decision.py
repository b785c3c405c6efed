"""The decision being edited, without Qt: its header, its recipients, every edit with its undo.

``DecisionEditState`` owns one ``Decision`` and is the only thing that changes it while the
editor shows it. Each operation (set a header field, set a cell, add, paste, remove, sort, move,
change the issuing body) is an ``Edit`` pushed on a ``History`` whose undo is exact and costs
what the edit touched: one cell is one award put back, a paste is rows removed at a place, a
sort is a permutation. Nothing copies the whole record per keystroke.

The recipients are treated as values: an edited row is a new ``Award`` put in its place (the
old object is what undo puts back). So a snapshot for a background preview is a shallow copy
of the list (``snapshot()``), safe to read on another thread while the user keeps typing.

Observers (the Qt table model, the header form, the editor) learn what changed, before and
after, so that the table can do partial updates (rows inserted, removed, moved, changed) and
the form refreshes only the field that changed (an undo of the number shows the number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from desktop.domain.records import (
    Award,
    Decision,
    Organisation,
    RecipientKind,
    RewardMoney,
    Signer,
    SignerRelation,
    new_id,
    sorted_by_name,
)
from desktop.services import decisions
from desktop.services.editing.decision_parts import (
    CELL_FIELDS,
    HEADER_FIELDS,
    LABELS,
    DecisionObserver,
    runs,
    with_cell,
)
from desktop.services.editing.history import Edit, History

__all__ = ["CELL_FIELDS", "HEADER_FIELDS", "DecisionEditState", "DecisionObserver"]


class DecisionEditState:
    """One decision as edited, its undo history, and who is told about changes."""

    def __init__(self, record: Decision | None = None) -> None:
        self.history = History()
        self.read_only = False
        """True: every edit is refused (a window opened read-only)."""
        self._observers: list[DecisionObserver] = []
        self._record: Decision | None = None
        self.on_step: Callable[[bool], None] | None = None
        """Called after each edit with True when it is a new step (False: merged)."""
        if record is not None:
            self.load(record)

    # -- reading ------------------------------------------------------------------------------

    @property
    def record(self) -> Decision | None:
        """The decision as edited (not a copy: change it only through the operations)."""
        return self._record

    @property
    def awards(self) -> list[Award]:
        """The recipients in list order (not a copy)."""
        return self._record.awards if self._record is not None else []

    def row_count(self) -> int:
        return len(self.awards)

    def award(self, row: int) -> Award:
        return self.awards[row]

    def snapshot(self) -> Decision | None:
        """A copy safe to read elsewhere (a background preview) while editing goes on: edits
        replace awards and header values, they never change them in place."""
        if self._record is None:
            return None
        return replace(self._record, awards=list(self._record.awards))

    def field(self, name: str) -> Any:
        """The value of a header field (``HEADER_FIELDS``)."""
        record = self._require()
        if name.startswith("signer_"):
            return getattr(record.signer, name.removeprefix("signer_"))
        return getattr(record, name)

    # -- observers ----------------------------------------------------------------------------

    def observe(self, observer: DecisionObserver) -> None:
        self._observers.append(observer)

    def unobserve(self, observer: DecisionObserver) -> None:
        self._observers.remove(observer)

    def _tell(self, method: str, *args: Any) -> None:
        for observer in self._observers:
            getattr(observer, method)(*args)

    # -- loading ------------------------------------------------------------------------------

    def load(self, record: Decision | None) -> None:
        """Edit ``record`` (kept, not copied); the history starts afresh."""
        self._record = record
        self.history.clear()
        self._tell("reset")

    def mark_saved(self) -> None:
        """What is shown now is stored; the next typing starts a new undo step."""
        self.history.mark_clean()

    # -- undo -----------------------------------------------------------------------------------

    def undo(self) -> str | None:
        label = self.history.undo()
        if label is not None:
            self._tell("changed")
        return label

    def redo(self) -> str | None:
        label = self.history.redo()
        if label is not None:
            self._tell("changed")
        return label

    def _push(self, edit: Edit) -> bool:
        if self.read_only or self._record is None:
            return False
        new_step = self.history.push(edit)
        self._tell("changed")
        if self.on_step is not None:
            self.on_step(new_step)
        return True

    # -- header -------------------------------------------------------------------------------

    def set_field(self, name: str, value: Any) -> bool:
        """Set one header field (``HEADER_FIELDS``); False when nothing changed.

        Typing in one field makes one undo step (merged by field).
        """
        if name not in HEADER_FIELDS:
            raise KeyError(name)
        record = self._record
        if record is None or self.read_only:
            return False
        before = self.field(name)
        if before == value:
            return False
        if name == "date" and not isinstance(value, dt.date):
            raise TypeError("date")

        def put(v: Any) -> Callable[[], None]:
            def apply() -> None:
                current = self._require()
                if name.startswith("signer_"):
                    current.signer = replace(current.signer, **{name.removeprefix("signer_"): v})
                else:
                    setattr(current, name, v)
                self._tell("header_changed", frozenset({name}))

            return apply

        return self._push(Edit(f"Sửa {LABELS[name].lower()}", put(value), put(before), name))

    def set_signer_relation(self, relation: SignerRelation) -> bool:
        return self.set_field("signer_relation", relation)

    def set_reward(self, reward: RewardMoney | None) -> bool:
        return self.set_field("reward", reward)

    def set_issuer(self, organisation: Organisation) -> bool:
        """Issue the decision in the name of ``organisation``. A signer left as the previous
        body's default (or empty) follows the new body's default signer."""
        record = self._record
        if record is None or self.read_only or organisation.id == record.issuer.id:
            return False
        old = (record.issuer, record.signer)
        signer = record.signer
        if signer in (record.issuer.default_signer, Signer()):
            signer = organisation.default_signer
        new = (organisation, signer)

        def put(pair: tuple[Organisation, Signer]) -> Callable[[], None]:
            def apply() -> None:
                current = self._require()
                current.issuer, current.signer = pair
                self._tell("header_changed", frozenset({"issuer", *HEADER_FIELDS}))

            return apply

        return self._push(Edit("Đổi cơ quan ban hành", put(new), put(old), "issuer"))

    # -- cells ----------------------------------------------------------------------------------

    def set_cell(self, row: int, name: str, value: Any) -> bool:
        """Set one recipient field (``CELL_FIELDS``) as typed; False when nothing changed.

        The rules of a row apply: a collective has no title, unit or salutation; another name
        or unit is another person (matched again in the directory); a person's salutation is
        suggested where it is safe ("Thị" → Bà).
        """
        if name not in CELL_FIELDS:
            raise KeyError(name)
        award = self.awards[row]
        new = with_cell(award, name, value)
        if new == award:
            return False
        if name != "salutation":
            new = self._suggested(new)
        return self._replace_row(row, new, f"Sửa {LABELS[name].lower()}", ("cell", row, name))

    def set_recipient(
        self, row: int, kind: RecipientKind, name: str, title: str, unit: str, recipient_id: str
    ) -> bool:
        """Fill a row from the directory (one step)."""
        award = self.awards[row]
        collective = kind == "collective"
        new = replace(
            award,
            kind=kind,
            name=name,
            recipient_id=recipient_id,
            title="" if collective else title,
            unit="" if collective else unit,
        )
        if new == award:
            return False
        return self._replace_row(row, self._suggested(new), "Chọn từ danh bạ", None)

    def _replace_row(self, row: int, new: Award, label: str, merge_key: object) -> bool:
        old = self.awards[row]

        def put(award: Award) -> Callable[[], None]:
            def apply() -> None:
                self.awards[row] = award
                self._tell("rows_changed", row, row)

            return apply

        return self._push(Edit(label, put(new), put(old), merge_key))

    def _suggested(self, award: Award) -> Award:
        record = self._record
        if record is None or award.is_collective or award.salutation is not None:
            return award
        if not award.name:
            return award
        return decisions.with_suggested_salutation(award, record.issuer.style)

    # -- rows -----------------------------------------------------------------------------------

    def insert(self, row: int, awards: Sequence[Award], label: str = "Thêm người nhận") -> bool:
        """Insert ``awards`` before ``row`` (clamped); each gets an id when it has none."""
        if not awards or self._record is None:
            return False
        row = max(0, min(row, len(self.awards)))
        rows = [self._suggested(a if a.id else replace(a, id=new_id())) for a in awards]
        return self._push(
            Edit(label, lambda: self._insert(row, rows), lambda: self._remove(row, len(rows)))
        )

    def add(self, row: int, kind: RecipientKind) -> bool:
        """An empty person or collective row before ``row``."""
        label = "Thêm tập thể" if kind == "collective" else "Thêm cá nhân"
        return self.insert(row, [Award(kind=kind, name="", id=new_id())], label)

    def paste(self, row: int, text: str) -> int:
        """Insert before ``row`` the recipients of text copied from Excel or Word; how many.

        Raises:
            RecipientImportError: a row cannot be read (its message names it); nothing added.
        """
        awards = decisions.awards_from_table_text(text)
        for award in awards:
            award.id = new_id()
        if not awards or self.read_only:
            return 0
        self.insert(row, awards, f"Dán {len(awards)} người nhận")
        return len(awards)

    def remove(self, rows: Sequence[int]) -> bool:
        """Remove these rows (any order; duplicates and rows out of range ignored)."""
        count = len(self.awards)
        wanted = sorted({r for r in rows if 0 <= r < count})
        if not wanted or self._record is None:
            return False
        ranges = runs(wanted)  # (first, count), ascending
        kept: list[list[Award]] = []

        def redo() -> None:
            kept.clear()
            for first, n in reversed(ranges):
                kept.insert(0, self.awards[first : first + n])
                self._remove(first, n)

        def undo() -> None:
            for (first, _n), awards in zip(ranges, kept, strict=True):
                self._insert(first, awards)

        return self._push(Edit(f"Xóa {len(wanted)} người nhận", redo, undo))

    def move(self, source: int, destination: int) -> bool:
        """Move row ``source`` before the row now at ``destination`` (drag and drop)."""
        count = len(self.awards)
        if not 0 <= source < count:
            return False
        destination = max(0, min(destination, count))
        if destination in (source, source + 1):
            return False
        final = destination - 1 if destination > source else destination
        back = source + 1 if source > final else source
        return self._push(
            Edit(
                "Chuyển người nhận",
                lambda: self._move(source, destination),
                lambda: self._move(final, back),
            )
        )

    def move_by(self, row: int, delta: int) -> bool:
        """Move a row up (-1) or down (+1)."""
        target = row + delta
        if not 0 <= target < len(self.awards):
            return False
        return self.move(row, target if delta < 0 else target + 1)

    def sort_by_name(self) -> bool:
        """Collectives first, then people by given name (tên), middle name, family name."""
        awards = self.awards
        where = {id(a): i for i, a in enumerate(awards)}
        return self.permute([where[id(a)] for a in sorted_by_name(awards)], "Sắp xếp theo tên")

    def permute(self, order: Sequence[int], label: str = "Đổi thứ tự") -> bool:
        """Put the rows in a new order: new row ``i`` is the row now at ``order[i]``."""
        if sorted(order) != list(range(len(self.awards))):
            raise ValueError("not a permutation of the rows")
        if list(order) == sorted(order):
            return False
        order = list(order)
        inverse = [0] * len(order)
        for new, old in enumerate(order):
            inverse[old] = new
        return self._push(Edit(label, lambda: self._permute(order), lambda: self._permute(inverse)))

    # -- the primitive changes (each tells the observers) ---------------------------------------

    def _insert(self, row: int, awards: Sequence[Award]) -> None:
        self._tell("about_to_insert_rows", row, len(awards))
        self.awards[row:row] = awards
        self._tell("rows_inserted", row, len(awards))

    def _remove(self, row: int, count: int) -> None:
        self._tell("about_to_remove_rows", row, count)
        del self.awards[row : row + count]
        self._tell("rows_removed", row, count)

    def _move(self, source: int, destination: int) -> None:
        self._tell("about_to_move_row", source, destination)
        award = self.awards.pop(source)
        self.awards.insert(destination - 1 if destination > source else destination, award)
        self._tell("row_moved", source, destination)

    def _permute(self, order: Sequence[int]) -> None:
        self._tell("about_to_reorder")
        awards = self.awards
        awards[:] = [awards[i] for i in order]
        self._tell("reordered", order)

    def _require(self) -> Decision:
        if self._record is None:
            raise LookupError("no decision is being edited")
        return self._record
