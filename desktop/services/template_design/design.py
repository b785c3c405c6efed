"""A template being edited, without widgets: its JSON data, one undo step per change.

``TemplateDesign`` changes a template the way the designer window does — move or resize a
field's box in millimetres, set a property, add a field from the placeholder vocabulary, remove
one. ``validate`` runs the same checks as loading a file; ``sample`` lays out a recipient's
certificate through the printing code (``CertificateRenderer.layout``), so the designer shows
what will print.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.documents.certificates.fields import PLACEHOLDERS, parse_pattern
from desktop.documents.certificates.images import ImageFileError, image_size
from desktop.documents.certificates.pdf import CertificateRenderer, FieldLayout
from desktop.documents.certificates.template import (
    PAPER_SIZES_MM,
    Mode,
    Template,
    parse_template,
)
from desktop.documents.fonts import FACES, font_file_problem
from desktop.domain.records import Award, Decision
from desktop.services.decisions import normalized_decision

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_IMAGES = 20
"""Image fields a template may have (the schema's limit)."""
UNDO_LIMIT = 200
MIN_BOX_MM = 2.0


class DesignError(ValueError):
    """A change or a file the designer refuses; the message is for the user (Vietnamese)."""


def paper_mm(paper: dict[str, Any]) -> tuple[float, float]:
    """Width and height of a template's paper in mm, as ``parse_template`` computes them."""
    if "size" in paper:
        width, height = PAPER_SIZES_MM[paper["size"]]
    else:
        width, height = float(paper["width_mm"]), float(paper["height_mm"])
    if paper.get("orientation", "landscape") == "landscape":
        return max(width, height), min(width, height)
    return min(width, height), max(width, height)


_SETTABLE: dict[str, Callable[[Any], bool]] = {
    "text": lambda v: isinstance(v, str),
    "font": lambda v: v in FACES,
    "font_file": lambda v: isinstance(v, str) and v.lower().endswith(".ttf"),
    "size": lambda v: isinstance(v, int | float) and 4 <= v <= 200,
    "min_size": lambda v: isinstance(v, int | float) and 4 <= v <= 200,
    "max_lines": lambda v: isinstance(v, int) and 1 <= v <= 20,
    "line_spacing": lambda v: isinstance(v, int | float) and 0.8 <= v <= 3,
    "word_spacing": lambda v: isinstance(v, int | float) and 0 <= v <= 2,
    "bold": lambda v: isinstance(v, bool),
    "italic": lambda v: isinstance(v, bool),
    "colour": lambda v: isinstance(v, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", v) is not None,
    "align": lambda v: v in ("left", "center", "right"),
    "valign": lambda v: v in ("top", "middle", "bottom"),
    "upper": lambda v: isinstance(v, bool),
    "underline": lambda v: isinstance(v, bool),
    "omit_if_empty": lambda v: isinstance(v, bool),
    "kerning": lambda v: isinstance(v, bool),
    "modes": lambda v: isinstance(v, list) and bool(v) and set(v) <= {"full", "preprinted"},
    "kinds": lambda v: isinstance(v, list) and bool(v) and set(v) <= {"person", "collective"},
}


class TemplateDesign:
    """A template being edited: its JSON data, one undo step per change."""

    def __init__(self, data: dict[str, Any], *, template_id: str, builtin: bool) -> None:
        self._data = copy.deepcopy(data)
        self.template_id = template_id
        self.builtin = builtin
        """True when it was opened from the built-in templates (saving makes a user copy)."""
        self.background: Path | None = None
        """The phôi scan shown under the fields (the window may replace it)."""
        self.background_printed = bool(data.get("background", {}).get("print", True))
        """False: the scan only helps place the fields and is not printed on plain paper."""
        self.image_files: dict[str, Path] = {}
        """Where each image named in ``data["images"]`` is now (the template's folder, or the
        file the user just chose); saving copies it beside the template."""
        self._undo: list[dict[str, Any]] = []
        self._redo: list[dict[str, Any]] = []
        self.modified = False

    # --- reading ------------------------------------------------------------------------------

    @property
    def data(self) -> dict[str, Any]:
        """A copy of the template's JSON data as it is now."""
        return copy.deepcopy(self._data)

    @property
    def title(self) -> str:
        return str(self._data["title"])

    @property
    def version(self) -> str:
        return str(self._data["version"])

    @property
    def paper_mm(self) -> tuple[float, float]:
        return paper_mm(self._data["paper"])

    def field_names(self) -> list[str]:
        return [f["name"] for f in self._data["fields"]]

    def field(self, name: str) -> dict[str, Any]:
        """A copy of the field called ``name``.

        Raises:
            DesignError: no such field.
        """
        # A field's values are strings, numbers, booleans and lists of strings: copying the lists
        # is a full copy, far cheaper than deepcopy (the window reads every field per change).
        return {k: list(v) if isinstance(v, list) else v for k, v in self._find(name).items()}

    def image_names(self) -> list[str]:
        """Names of the image fields (emblem, logo, signature scan)."""
        return [i["name"] for i in self._data.get("images", ())]

    def _find(self, name: str) -> dict[str, Any]:
        for item in [*self._data["fields"], *self._data.get("images", ())]:
            if item["name"] == name:
                return item
        raise DesignError(f"Mẫu “{self.title}” không có trường “{name}”")

    # --- changes (each one undo step) -------------------------------------------------------

    def _change(self) -> None:
        self._undo.append(copy.deepcopy(self._data))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self.modified = True

    def set_box(
        self, name: str, x_mm: float, y_mm: float, width_mm: float, height_mm: float
    ) -> None:
        """Place a field's box (mm from the top-left of the paper), kept on the paper, to 0.1 mm."""
        paper_w, paper_h = self.paper_mm
        width = min(max(MIN_BOX_MM, width_mm), paper_w)
        height = min(max(MIN_BOX_MM, height_mm), paper_h)
        x = min(max(0.0, x_mm), paper_w - width)
        y = min(max(0.0, y_mm), paper_h - height)
        box = {
            "x_mm": _tenth(x),
            "y_mm": _tenth(y),
            "width_mm": _tenth(width),
            "height_mm": _tenth(height),
        }
        item = self._find(name)
        # Rounding down can leave a box 0.05 mm past the edge; floor the size when it would.
        if box["x_mm"] + box["width_mm"] > paper_w:
            box["width_mm"] = _tenth(paper_w - box["x_mm"], floor=True)
        if box["y_mm"] + box["height_mm"] > paper_h:
            box["height_mm"] = _tenth(paper_h - box["y_mm"], floor=True)
        if all(item[k] == v for k, v in box.items()):
            return
        self._change()
        item.update(box)

    def move(self, name: str, dx_mm: float, dy_mm: float) -> None:
        """Move a field's box by (dx, dy) mm (the arrow keys), kept on the paper."""
        item = self._find(name)
        self.set_box(
            name, item["x_mm"] + dx_mm, item["y_mm"] + dy_mm, item["width_mm"], item["height_mm"]
        )

    def set_property(self, name: str, key: str, value: Any) -> None:
        """Set one property of a field (font, size, colour, …).

        Raises:
            DesignError: an unknown property or a value it cannot take (the message says which).
        """
        check = _SETTABLE.get(key)
        if name in self.image_names() and key != "modes":
            check = None  # an image field has its box and where it prints, nothing else
        if check is None or not check(value):
            raise DesignError(f"Trường “{name}”: giá trị {value!r} không hợp lệ cho “{key}”")
        if key == "text":
            try:
                parse_pattern(value)
            except ValueError as exc:
                raise DesignError(f"Trường “{name}”: {exc}") from None
        if key == "font_file" and (problem := font_file_problem(Path(value))):
            raise DesignError(f"Trường “{name}”: {problem}")
        item = self._find(name)
        # A bundled face and an installed file exclude each other: choosing one drops the other.
        if item.get(key) == value and not (key == "font" and "font_file" in item):
            return
        self._change()
        item[key] = value
        if key == "font":
            item.pop("font_file", None)
        size = float(item.get("size", 14))
        if key == "size" and float(item.get("min_size", size)) > size:
            item["min_size"] = value
        if key == "min_size" and value > size:
            item["size"] = value

    def add_field(self, placeholder: str, *, at: tuple[float, float] | None = None) -> str:
        """Add a field printing ``{placeholder}`` (from the fixed vocabulary); returns its name.

        Raises:
            DesignError: not a placeholder of the vocabulary.
        """
        if placeholder not in PLACEHOLDERS:
            raise DesignError(f"Không có trường dữ liệu “{placeholder}”")
        taken = set(self.field_names())
        name, number = placeholder, 2
        while name in taken:
            name, number = f"{placeholder}_{number}", number + 1
        paper_w, paper_h = self.paper_mm
        width, height = min(120.0, paper_w), min(12.0, paper_h)
        x, y = at if at else ((paper_w - width) / 2, (paper_h - height) / 2)
        self._change()
        self._data["fields"].append(
            {
                "name": name,
                "text": "{" + placeholder + "}",
                "x_mm": _tenth(min(max(0.0, x), paper_w - width)),
                "y_mm": _tenth(min(max(0.0, y), paper_h - height)),
                "width_mm": width,
                "height_mm": height,
                "font": "serif",
                "size": 14,
                "min_size": 10,
            }
        )
        return name

    def add_image(self, source: Path, *, at: tuple[float, float] | None = None) -> str:
        """Add an image field showing the PNG or JPEG file ``source`` (30 mm wide, its own
        proportions); returns its name. The file is copied beside the template on saving.

        Raises:
            DesignError: not a PNG/JPEG file, or one that cannot be read.
        """
        if source.suffix.lower() not in IMAGE_SUFFIXES:
            raise DesignError(f"Ảnh phải là tệp PNG hoặc JPEG, không phải {source.name}")
        try:
            width_px, height_px = image_size(source)
        except ImageFileError as exc:
            raise DesignError(str(exc)) from None
        taken = set(self.field_names()) | set(self.image_names())
        name, number = "anh", 2
        while name in taken:
            name, number = f"anh_{number}", number + 1
        width = 30.0
        height = max(MIN_BOX_MM, _tenth(width * height_px / max(1, width_px)))
        self._change()
        image = f"{name}{source.suffix.lower()}"
        self._data.setdefault("images", []).append(
            {
                "name": name,
                "image": image,
                "x_mm": 0,
                "y_mm": 0,
                "width_mm": width,
                "height_mm": height,
            }
        )
        self.image_files[image] = source
        x, y = at or (10.0, 10.0)
        self.set_box(name, x, y, width, height)
        self._undo.pop()  # placing it is part of adding it: one undo step
        return name

    def remove_field(self, name: str) -> None:
        """Remove a field (or an image field).

        Raises:
            DesignError: no such field, or it is the last one (a template needs one).
        """
        item = self._find(name)
        if item in self._data.get("images", ()):
            self._change()
            self._data["images"].remove(item)
            if not self._data["images"]:
                del self._data["images"]
            return
        if len(self._data["fields"]) == 1:
            raise DesignError("Mẫu phải có ít nhất một trường")
        self._change()
        self._data["fields"].remove(item)

    def set_background_printed(self, printed: bool) -> None:
        """Print the scan of the blank under the text on plain paper, or not (saved with the
        template; not an undo step: the scan itself is not one either)."""
        if printed != self.background_printed:
            self.background_printed = printed
            self.modified = True

    def saved_as(self, data: dict[str, Any]) -> None:
        """The design as just written (its new version, file names): not modified any more."""
        self._data = copy.deepcopy(data)
        self.modified = False

    def set_title(self, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise DesignError("Tên mẫu không được để trống")
        if title != self._data["title"]:
            self._change()
            self._data["title"] = title

    # --- undo ---------------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        if self._undo:
            self._redo.append(self._data)
            self._data = self._undo.pop()
            self.modified = True

    def redo(self) -> None:
        if self._redo:
            self._undo.append(self._data)
            self._data = self._redo.pop()
            self.modified = True

    # --- checks and the live sample --------------------------------------------------------

    def validate(self) -> Template:
        """The template as loading its file would give it (background left out).

        Raises:
            TemplateError: what the schema or the checks refuse, naming the field.
        """
        data = self.data
        data.pop("background", None)
        return parse_template(data)

    def sample(
        self,
        decision: Decision,
        award: Award,
        mode: Mode = "full",
        *,
        template: Template | None = None,
    ) -> list[FieldLayout]:
        """Every field of ``award``'s certificate laid out as it will print, with what does not
        fit (``FieldLayout.problem``). ``template``: this design's ``validate()``, when the
        caller has it already.

        Raises:
            TemplateError: the template is not valid as it stands.
        """
        renderer = CertificateRenderer(template or self.validate(), mode=mode)
        clean = normalized_decision(decision)
        index = decision.awards.index(award) if award in decision.awards else 0
        return renderer.layout(clean, clean.awards[index])


def _tenth(value: float, *, floor: bool = False) -> float:
    scaled = value * 10
    whole = int(scaled + 1e-6) if floor else round(scaled)
    return whole / 10


def longest_name_award(decision: Decision) -> Award | None:
    """The award whose name is longest (the default sample: the hardest to fit)."""
    if not decision.awards:
        return None
    return max(decision.awards, key=lambda a: len(" ".join(a.name.split())))
