"""Store of printers and their X/Y offsets (độ lệch máy in), in millimetres.

A printer is known by the name the user gives it (usually the name Windows shows). Offsets
move everything printed on a certificate: positive X to the right, positive Y down.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from desktop.domain.text import normalize
from desktop.storage.errors import NotFoundError
from desktop.storage.rows import now

MAX_OFFSET_MM = 50.0
"""Larger offsets are a typing mistake, not a printer's error."""


@dataclass(frozen=True, slots=True)
class PrinterOffsets:
    """A printer's name and how far to move what is printed on it."""

    name: str
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0


class PrinterStore:
    """Reads and writes printer offsets."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.table = db.table("printers")

    def get(self, name: str) -> PrinterOffsets:
        """The offsets stored for ``name``.

        Raises:
            NotFoundError: no printer of that name has been set up.
        """
        key = normalize(name)
        rows = list(self.table.rows_where("name = ?", [key]))
        if not rows:
            known = ", ".join(p.name for p in self.all()) or "chưa có máy in nào"
            raise NotFoundError(
                f"Chưa có độ lệch cho máy in “{key}” (đã có: {known}); "
                "hãy in trang căn chỉnh và nhập độ lệch trước"
            )
        row = rows[0]
        return PrinterOffsets(row["name"], row["offset_x_mm"], row["offset_y_mm"])

    def set(self, name: str, offset_x_mm: float, offset_y_mm: float) -> PrinterOffsets:
        """Store (or replace) the offsets of ``name``.

        Raises:
            ValueError: an empty name, or an offset beyond ±50 mm.
        """
        key = normalize(name)
        if not key:
            raise ValueError("Tên máy in không được để trống")
        for value in (offset_x_mm, offset_y_mm):
            if not abs(value) <= MAX_OFFSET_MM:
                raise ValueError(f"Độ lệch {value:g} mm quá lớn (tối đa ±{MAX_OFFSET_MM:g} mm)")
        self.table.upsert(
            {
                "name": key,
                "offset_x_mm": float(offset_x_mm),
                "offset_y_mm": float(offset_y_mm),
                "updated_at": now(),
            },
            pk="name",
        )
        return PrinterOffsets(key, float(offset_x_mm), float(offset_y_mm))

    def all(self) -> list[PrinterOffsets]:
        """Every printer, by name."""
        return [
            PrinterOffsets(r["name"], r["offset_x_mm"], r["offset_y_mm"])
            for r in self.table.rows_where(order_by="name")
        ]

    def delete(self, name: str) -> None:
        """Forget a printer (nothing happens if it is unknown)."""
        self.table.delete_where("name = ?", [normalize(name)])
