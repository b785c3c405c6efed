"""Store of printers and their X/Y offsets (độ lệch máy in), in millimetres, per paper size.

A printer is known by the name the user gives it (usually the name Windows shows). Offsets
move everything printed on a certificate: positive X to the right, positive Y down. They are
kept per printer and per paper size, because one printer feeds its A3 tray (or manual feed)
differently from its A4 tray. A paper size is its name ("A4", "A3", "A5") or, for a template
of another size, "<width>x<height>" in mm with the smaller side first ("200x280").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from desktop.domain.errors import InvalidInput
from desktop.domain.text import normalize
from desktop.storage.errors import NotFoundError
from desktop.storage.rows import now

MAX_OFFSET_MM = 20.0
"""A printer is off by a few millimetres; more than 2 cm is a ruler read from the wrong edge,
the wrong mark or a sheet printed "fit to page", not a printer's error."""
DEFAULT_PAPER = "A4"


@dataclass(frozen=True, slots=True)
class PrinterOffsets:
    """A printer's name, the paper size, and how far to move what is printed on it."""

    name: str
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    paper: str = DEFAULT_PAPER


def check_offset(value: float, axis: str) -> None:
    """Refuse an offset that cannot be a printer's (a Vietnamese message naming the axis).

    Raises:
        ValueError: not a number, or beyond ±MAX_OFFSET_MM.
    """
    if not abs(value) <= MAX_OFFSET_MM:  # also refuses NaN
        raise InvalidInput(
            f"Độ lệch {axis} = {value:g} mm quá lớn (tối đa ±{MAX_OFFSET_MM:g} mm): "
            "hãy đo lại từ mép giấy đến tâm dấu A trên trang căn chỉnh in ở cỡ thực (100 %)"
        )


def paper_key(paper: str) -> str:
    """The stored form of a paper size: "a3" → "A3", "297 X 210" → "210x297"."""
    text = normalize(paper).upper().replace(" ", "").replace("×", "X")
    if "X" in text:
        try:
            sides = sorted(float(side.replace(",", ".")) for side in text.split("X"))
        except ValueError:
            return text
        return "x".join(f"{side:g}" for side in sides)
    return text


class PrinterStore:
    """Reads and writes printer offsets."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.table = db.table("printers")

    def get(self, name: str, paper: str = DEFAULT_PAPER) -> PrinterOffsets:
        """The offsets stored for ``name`` on ``paper``.

        Raises:
            NotFoundError: the printer, or this paper size on it, has not been calibrated.
        """
        key, size = normalize(name), paper_key(paper)
        rows = list(self.table.rows_where("name = ? and paper = ?", [key, size]))
        if not rows:
            sizes = [p.paper for p in self.all() if p.name == key]
            if sizes:
                raise NotFoundError(
                    f"Máy in “{key}” chưa được căn chỉnh cho khổ {size} (đã có: "
                    f"{', '.join(sizes)}); hãy in trang căn chỉnh khổ {size} và nhập độ lệch"
                )
            known = ", ".join(sorted({p.name for p in self.all()})) or "chưa có máy in nào"
            raise NotFoundError(
                f"Chưa có độ lệch cho máy in “{key}” (đã có: {known}); "
                "hãy in trang căn chỉnh và nhập độ lệch trước"
            )
        return _offsets(rows[0])

    def set(
        self, name: str, offset_x_mm: float, offset_y_mm: float, paper: str = DEFAULT_PAPER
    ) -> PrinterOffsets:
        """Store (or replace) the offsets of ``name`` on ``paper``.

        Raises:
            ValueError: an empty name or paper size, or an offset beyond ±MAX_OFFSET_MM.
        """
        key, size = normalize(name), paper_key(paper)
        if not key:
            raise InvalidInput("Tên máy in không được để trống")
        if not size:
            raise InvalidInput(f"Chưa chọn khổ giấy cho máy in “{key}”")
        check_offset(offset_x_mm, "X")
        check_offset(offset_y_mm, "Y")
        self.table.upsert(
            {
                "name": key,
                "paper": size,
                "offset_x_mm": float(offset_x_mm),
                "offset_y_mm": float(offset_y_mm),
                "updated_at": now(),
            },
            pk=("name", "paper"),
        )
        return PrinterOffsets(key, float(offset_x_mm), float(offset_y_mm), size)

    def all(self) -> list[PrinterOffsets]:
        """Every printer and paper size, by name then size."""
        return [_offsets(r) for r in self.table.rows_where(order_by="name, paper")]

    def delete(self, name: str, paper: str | None = None) -> None:
        """Forget a printer, or one paper size of it (nothing happens if it is unknown)."""
        if paper is None:
            self.table.delete_where("name = ?", [normalize(name)])
        else:
            self.table.delete_where("name = ? and paper = ?", [normalize(name), paper_key(paper)])


def _offsets(row: dict[str, object]) -> PrinterOffsets:
    return PrinterOffsets(
        str(row["name"]),
        float(row["offset_x_mm"]),  # type: ignore[arg-type]
        float(row["offset_y_mm"]),  # type: ignore[arg-type]
        str(row["paper"]),
    )
