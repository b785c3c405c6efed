"""The template designer's model, without widgets: a template being edited, and template files.

``TemplateDesign`` holds a template as its JSON data and changes it the way the designer window
does — move or resize a field's box in millimetres, set a property, add a field from the
placeholder vocabulary, remove one — each change one undo step. ``validate`` runs the same
checks as loading a file. ``sample`` lays out a recipient's certificate through the printing
code (``CertificateRenderer.layout``), so the designer shows what will print.

Template files: ``save_design`` writes a user template as a new version (the one it replaces
is kept under ``.versions``; issued certificates keep the version and texts they were printed
with in the issue log), ``duplicate_template``, ``rename_template``, ``export_template`` /
``import_template`` (a zip holding ``template.json`` and at most its background image, read
with size limits, strict JSON and the schema; nothing in it can name a path outside it) and
``reset_template`` (back to the built-in one).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader

from desktop import paths
from desktop.documents.certificates.fields import PLACEHOLDERS, parse_pattern
from desktop.documents.certificates.pdf import CertificateRenderer, FieldLayout
from desktop.documents.certificates.template import (
    PAPER_SIZES_MM,
    Mode,
    Template,
    TemplateError,
    available_templates,
    builtin_templates_dir,
    parse_template,
)
from desktop.documents.fonts import (
    FACE_LABELS,
    FACES,
    font_file_problem,
    system_font_folders,
    usable_fonts,
)
from desktop.domain.json_text import JsonTextError, loads_strict
from desktop.domain.records import Award, Decision
from desktop.domain.text import fold
from desktop.services.decisions import normalized_decision
from desktop.services.files import write_atomically

__all__ = [
    "FACES",
    "FACE_LABELS",
    "PLACEHOLDERS",
    "DesignError",
    "FieldLayout",
    "TemplateDesign",
    "TemplateError",
    "duplicate_template",
    "export_template",
    "import_template",
    "installed_fonts",
    "is_user_template",
    "longest_name_award",
    "open_design",
    "rename_template",
    "reset_template",
    "save_design",
]

EXPORT_SUFFIX = ".vdmau"
"""An exported template: a zip with ``template.json`` and at most one background image."""
MAX_EXPORT_BYTES = 30 * 2**20
MAX_TEMPLATE_BYTES = 2 * 2**20
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_IMAGES = 20
"""Image fields a template may have (the schema's limit)."""
UNDO_LIMIT = 200
MIN_BOX_MM = 2.0
VERSIONS_FOLDER = ".versions"


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
        return copy.deepcopy(self._find(name))

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
            width_px, height_px = ImageReader(str(source)).getSize()
        except Exception:  # reportlab/Pillow raise many kinds for a damaged file
            raise DesignError(f"Không đọc được ảnh {source.name}") from None
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

    def sample(self, decision: Decision, award: Award, mode: Mode = "full") -> list[FieldLayout]:
        """Every field of ``award``'s certificate laid out as it will print, with what does not
        fit (``FieldLayout.problem``).

        Raises:
            TemplateError: the template is not valid as it stands.
        """
        renderer = CertificateRenderer(self.validate(), mode=mode)
        clean = normalized_decision(decision)
        index = decision.awards.index(award) if award in decision.awards else 0
        return renderer.layout(clean, clean.awards[index])


FONT_CACHE_FILE = "font-cache.json"
FONT_CACHE_FORMAT = 1


def installed_fonts(
    cache_file: Path | None = None,
    *,
    rescan: bool = False,
    folders: list[Path] | None = None,
) -> list[tuple[str, Path]]:
    """(label, file) of the installed TrueType fonts a template may use (every Vietnamese
    letter, not OTF/CFF), for the designer's font box.

    Scanning opens every font file (seconds on a PC with many fonts), so the result is kept in
    ``font-cache.json`` in the user's data folder and read from there on later calls; fonts
    removed since are dropped from the answer. ``rescan`` scans again (a font installed later).
    """
    cache = cache_file or paths.user_data_dir() / FONT_CACHE_FILE
    if not rescan:
        try:
            data = loads_strict(cache.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("format") == FONT_CACHE_FORMAT:
                listed = [(str(f["label"]), Path(f["path"])) for f in data["fonts"]]
                return [(label, path) for label, path in listed if path.is_file()]
        except (OSError, UnicodeDecodeError, JsonTextError, KeyError, TypeError):
            pass  # no cache yet, or a damaged one: scan again
    found = usable_fonts(folders if folders is not None else system_font_folders())
    text = json.dumps(
        {
            "format": FONT_CACHE_FORMAT,
            "fonts": [{"label": label, "path": str(path)} for label, path in found],
        },
        ensure_ascii=False,
        indent=1,
    )
    # A read-only data folder: the list still works, it is scanned again next time.
    with contextlib.suppress(OSError, ValueError):
        write_atomically(cache, text.encode("utf-8"))
    return found


def _tenth(value: float, *, floor: bool = False) -> float:
    scaled = value * 10
    whole = int(scaled + 1e-6) if floor else round(scaled)
    return whole / 10


def longest_name_award(decision: Decision) -> Award | None:
    """The award whose name is longest (the default sample: the hardest to fit)."""
    if not decision.awards:
        return None
    return max(decision.awards, key=lambda a: len(" ".join(a.name.split())))


# --- template files ----------------------------------------------------------------------------


def _user_folder(user_folder: Path | None) -> Path:
    folder = user_folder or paths.user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = loads_strict(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"Không đọc được mẫu {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, JsonTextError) as exc:
        raise TemplateError(f"{path.name}: {exc}") from None
    parse_template(data, source=path)
    return data


def is_user_template(template_id: str, user_folder: Path | None = None) -> bool:
    """True when the user's folder holds this template (their own, or a changed built-in)."""
    return (_user_folder(user_folder) / f"{template_id}.json").is_file()


def has_builtin(template_id: str) -> bool:
    return (builtin_templates_dir() / f"{template_id}.json").is_file()


def open_design(template_id: str, user_folder: Path | None = None) -> TemplateDesign:
    """Open a built-in or user template for editing.

    Raises:
        TemplateError: no such template, or its file is not valid.
    """
    known = available_templates(_user_folder(user_folder))
    if template_id not in known:
        raise TemplateError(f"Không có mẫu “{template_id}”")
    path = known[template_id]
    data = _read_json(path)
    design = TemplateDesign(
        data, template_id=template_id, builtin=path.parent == builtin_templates_dir()
    )
    if "background" in data:
        design.background = path.parent / data["background"]["image"]
    for image in data.get("images", ()):
        design.image_files[image["image"]] = path.parent / image["image"]
    return design


def _next_version(version: str) -> str:
    match = re.fullmatch(r"(.*?)(\d+)", version)
    if match:
        return f"{match.group(1)}{int(match.group(2)) + 1}"
    return f"{version}.1"


def _slug(title: str) -> str:
    text = fold(title).replace("đ", "d")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:48]
    return slug or "mau"


def _free_id(base: str, user_folder: Path) -> str:
    known = available_templates(user_folder)
    candidate, number = base, 2
    while candidate in known:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _archive(path: Path, user_folder: Path) -> None:
    """Keep the user's file that is about to be replaced or removed, under .versions."""
    if not path.is_file():
        return
    folder = user_folder / VERSIONS_FOLDER
    folder.mkdir(exist_ok=True)
    try:
        version = str(json.loads(path.read_text(encoding="utf-8")).get("version", "0"))
    except (OSError, ValueError, AttributeError):
        version = "0"
    stem = f"{path.stem}@{re.sub(r'[^0-9A-Za-z.]+', '_', version)}"
    target, number = folder / f"{stem}.json", 2
    while target.exists():
        target, number = folder / f"{stem}-{number}.json", number + 1
    path.replace(target)


def _write_template(
    data: dict[str, Any],
    user_folder: Path,
    background: tuple[str, bytes] | None,
    images: dict[str, bytes] | None = None,
) -> dict[str, Any]:
    """Validate and write ``data`` (its background image, and the images of its image fields:
    file name in ``data`` → bytes) as a user template; returns the data as written.

    Images are stored beside the template as ``<id>-<field name>.<png|jpg>``."""
    data = copy.deepcopy(data)
    template_id = data["id"]
    images = images or {}
    stored: dict[str, bytes] = {}
    for item in data.get("images", ()):
        content = images.get(item["image"])
        if content is None:
            raise DesignError(f"Trường ảnh “{item['name']}”: không có tệp ảnh {item['image']}")
        item["image"] = f"{template_id}-{item['name']}{Path(item['image']).suffix.lower()}"
        stored[item["image"]] = content
    if background is not None:
        suffix = Path(background[0]).suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            raise DesignError(f"Ảnh nền phải là PNG hoặc JPEG, không phải {background[0]}")
        data["background"] = {"image": f"{template_id}-nen{suffix}"}
    checked = dict(data)
    checked.pop("background", None)
    parse_template(checked)
    target = user_folder / f"{template_id}.json"
    if background is not None:
        write_atomically(user_folder / data["background"]["image"], background[1])
    for name, content in stored.items():
        write_atomically(user_folder / name, content)
    _archive(target, user_folder)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, text.encode("utf-8"))
    return data


def save_design(
    design: TemplateDesign,
    *,
    background: tuple[str, bytes] | None = None,
    user_folder: Path | None = None,
) -> str:
    """Save the design as a user template, as a new version; returns its id.

    A built-in template saved this way becomes the user's version of it (same id; ``reset``
    brings the built-in back). ``background`` is (file name, image bytes) of the phôi scan,
    already scaled to the paper. Without one, the background the template had is kept.

    Raises:
        TemplateError: the template is not valid (nothing written).
        OutputError: the file cannot be written.
    """
    folder = _user_folder(user_folder)
    data = design.data
    data["id"] = design.template_id
    data["version"] = _next_version(design.version)
    if background is None and design.background is None:
        data.pop("background", None)  # the scan was removed
    elif (
        background is None and design.background is not None and design.background.parent != folder
    ):
        background = (design.background.name, design.background.read_bytes())
    data = _write_template(data, folder, background, _image_bytes(design))
    design.modified = False
    design._data = data
    design.image_files = {i["image"]: folder / i["image"] for i in data.get("images", ())}
    if background is not None:
        design.background = folder / data["background"]["image"]
    return design.template_id


def duplicate_template(template_id: str, title: str, user_folder: Path | None = None) -> str:
    """Copy a template under a new title (a new id made from it); returns the new id."""
    folder = _user_folder(user_folder)
    design = open_design(template_id, folder)
    data = design.data
    title = " ".join(title.split())
    if not title:
        raise DesignError("Tên mẫu không được để trống")
    data["id"] = _free_id(_slug(title), folder)
    data["title"] = title
    data["version"] = "1"
    data.pop("background", None)
    background = None
    if design.background is not None:
        background = (design.background.name, design.background.read_bytes())
    _write_template(data, folder, background, _image_bytes(design))
    return str(data["id"])


def _image_bytes(design: TemplateDesign) -> dict[str, bytes]:
    """The content of every image the design's image fields name."""
    out = {}
    for item in design.data.get("images", ()):
        path = design.image_files.get(item["image"])
        if path is None:
            raise DesignError(f"Trường ảnh “{item['name']}”: không có tệp ảnh {item['image']}")
        try:
            out[item["image"]] = path.read_bytes()
        except OSError as exc:
            raise DesignError(
                f"Trường ảnh “{item['name']}”: không đọc được {path.name}: {exc.strerror or exc}"
            ) from None
    return out


def rename_template(template_id: str, title: str, user_folder: Path | None = None) -> None:
    """Give a user template another title (its id, and so issued certificates, stay).

    Raises:
        DesignError: a built-in template (duplicate it first) or an empty title.
    """
    folder = _user_folder(user_folder)
    if not is_user_template(template_id, folder):
        raise DesignError("Mẫu có sẵn không đổi tên được; hãy nhân bản rồi đổi tên bản sao")
    design = open_design(template_id, folder)
    design.set_title(title)
    save_design(design, user_folder=folder)


def reset_template(template_id: str, user_folder: Path | None = None) -> None:
    """Remove the user's version of a built-in template (kept under .versions).

    Raises:
        DesignError: there is no built-in template of that id, or no user version of it.
    """
    folder = _user_folder(user_folder)
    if not has_builtin(template_id):
        raise DesignError(f"Mẫu “{template_id}” không phải mẫu có sẵn, không có bản gốc")
    if not is_user_template(template_id, folder):
        raise DesignError(f"Mẫu “{template_id}” chưa được sửa")
    _archive(folder / f"{template_id}.json", folder)


def export_template(template_id: str, target: Path, user_folder: Path | None = None) -> Path:
    """Write the template (and its background image) to one file to share with another office."""
    design = open_design(template_id, _user_folder(user_folder))
    data = design.data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if design.background is not None:
            name = f"nen{design.background.suffix.lower()}"
            data["background"] = {"image": name}
            archive.writestr(name, design.background.read_bytes())
        contents = _image_bytes(design)
        for item in data.get("images", ()):
            content = contents[item["image"]]
            item["image"] = f"{item['name']}{Path(item['image']).suffix.lower()}"
            archive.writestr(item["image"], content)
        archive.writestr("template.json", json.dumps(data, ensure_ascii=False, indent=2))
    return write_atomically(target, buffer.getvalue(), [EXPORT_SUFFIX])


def import_template(source: Path, user_folder: Path | None = None) -> str:
    """Add a template exported by ``export_template`` as a user template; returns its id.

    The file is checked like a meeting package: its size, its members (``template.json`` and at
    most one image, no folders, nothing else), strict JSON, the schema. An id already in use gets
    a number added (nothing is replaced). All or nothing.

    Raises:
        DesignError: the file is not an exported template, with what is wrong.
        TemplateError: the template inside does not validate.
    """
    folder = _user_folder(user_folder)
    label = source.name
    try:
        size = source.stat().st_size
        if size > MAX_EXPORT_BYTES:
            raise DesignError(f"{label}: tệp quá lớn ({size // 2**20} MB) cho một mẫu")
        archive = zipfile.ZipFile(source)
    except OSError as exc:
        raise DesignError(f"Không đọc được {label}: {exc.strerror or exc}") from None
    except zipfile.BadZipFile:
        raise DesignError(f"{label}: không phải tệp mẫu giấy khen của Vinh Danh") from None
    with archive:
        members = {info.filename: info for info in archive.infolist()}
        if "template.json" not in members:
            raise DesignError(f"{label}: không có template.json, không phải tệp mẫu giấy khen")
        for name, info in members.items():
            plain = "/" not in name and "\\" not in name and ":" not in name
            allowed = name == "template.json" or Path(name).suffix.lower() in IMAGE_SUFFIXES
            if not plain or not allowed or name.startswith(".") or len(members) > 2 + MAX_IMAGES:
                raise DesignError(f"{label}: tệp mẫu chứa “{name}” không được phép")
            if info.file_size > MAX_EXPORT_BYTES or info.file_size > 200 * max(
                1, info.compress_size
            ):
                raise DesignError(f"{label}: “{name}” quá lớn")
        raw = archive.read("template.json")
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise DesignError(f"{label}: template.json quá lớn")
        try:
            data = loads_strict(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise DesignError(f"{label}: template.json không phải văn bản UTF-8") from None
        except JsonTextError as exc:
            raise DesignError(f"{label}: template.json: {exc}") from None
        checked = dict(data) if isinstance(data, dict) else data
        background = None
        if isinstance(checked, dict) and "background" in checked:
            image = checked.pop("background")
            image_name = image.get("image") if isinstance(image, dict) else None
            if (
                not isinstance(image_name, str)
                or image_name not in members
                or image_name == "template.json"
            ):
                raise DesignError(f"{label}: ảnh nền {image_name!r} không có trong tệp mẫu")
            background = (image_name, archive.read(image_name))
        images: dict[str, bytes] = {}
        if isinstance(checked, dict) and isinstance(checked.get("images"), list):
            for item in checked["images"]:
                image_name = item.get("image") if isinstance(item, dict) else None
                if (
                    not isinstance(image_name, str)
                    or image_name not in members
                    or image_name == "template.json"
                ):
                    raise DesignError(f"{label}: ảnh {image_name!r} không có trong tệp mẫu")
                images[image_name] = archive.read(image_name)
        if isinstance(checked, dict) and "images" in checked:
            # The images are members of the zip, not files beside it: check the rest against
            # the file's name, then the image fields without their files.
            parse_template({k: v for k, v in checked.items() if k != "images"}, source=Path(label))
            parse_template(checked)
        else:
            parse_template(checked, source=Path(label))
    data = copy.deepcopy(checked)
    data["id"] = _free_id(data["id"], folder)
    _write_template(data, folder, background, images)
    return str(data["id"])
