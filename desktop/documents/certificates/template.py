"""Certificate templates as data: JSON files checked against a JSON Schema, then parsed.

A template names its paper, the vector art drawn in full-render mode, and its fields: each a
box in millimetres (from the top-left corner of the paper) with a text pattern over the fixed
vocabulary of ``certificate_fields``. Fields may be limited to one kind of recipient (person
or collective layouts) and to one mode (``full`` on plain paper, ``preprinted`` on a phôi).

Built-in templates live in ``resources/templates/certificates``; the user's own in the data
folder (the service passes that folder in: this module reads, it never writes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from desktop import paths
from desktop.documents.certificates.fields import Pattern, PatternError, parse_pattern
from desktop.documents.certificates.schema import (
    DEFAULT_ACCENT,
    DEFAULT_PRIMARY,
    MODES,
    PAPER_SIZES_MM,
    STYLE_LABELS,
    Align,
    ArtStyle,
    Mode,
    OrnamentKind,
    VAlign,
    schema_message,
    schema_place,
    template_schema,
)
from desktop.documents.fonts import font_file_problem
from desktop.domain.awards import form_key
from desktop.domain.json_text import JsonTextError, loads_strict
from desktop.domain.records import RecipientKind

__all__ = [
    "MODES",
    "PAPER_SIZES_MM",
    "Mode",
    "Template",
    "TemplateError",
    "available_templates",
    "builtin_templates_dir",
    "find_template",
    "load_template",
    "parse_template",
    "template_schema",
]


class TemplateError(ValueError):
    """A template file that cannot be used; the message is for the user (Vietnamese)."""


@dataclass(frozen=True, slots=True)
class Field:
    """One positioned text box of a template."""

    name: str
    pattern: Pattern
    x_mm: float
    y_mm: float
    """Top edge of the box, measured down from the top of the paper."""
    width_mm: float
    height_mm: float
    font: str = "serif"
    font_file: str = ""
    """An installed TrueType file (full path) used instead of ``font``; empty: use ``font``.
    The loader empties it, with a warning, when the file is not on this PC."""
    size: float = 14.0
    min_size: float = 14.0
    max_lines: int = 1
    line_spacing: float = 1.15
    word_spacing: float = 0.0
    """Extra space between words, in em."""
    bold: bool = False
    italic: bool = False
    colour: str = "#000000"
    align: Align = "center"
    valign: VAlign = "middle"
    upper: bool = False
    underline: bool = False
    """A thin rule under each line, as long as the line (the Tiêu ngữ of the state header)."""
    omit_if_empty: bool = False
    """Leave the field out when any placeholder in it is empty (e.g. no register number)."""
    kerning: bool = False
    """Apply the font's pair kerning (display titles such as GIẤY KHEN)."""
    modes: tuple[Mode, ...] = MODES
    kinds: tuple[RecipientKind, ...] = ("person", "collective")


@dataclass(frozen=True, slots=True)
class Ornament:
    """A small vector ornament placed by the template (full-render mode only).

    ``divider``: a rule tapering to both ends with a diamond at its centre, e.g. under the
    title; centred on ``y_mm`` across ``width_mm`` from ``x_mm``.
    """

    kind: OrnamentKind
    x_mm: float
    y_mm: float
    width_mm: float


@dataclass(frozen=True, slots=True)
class ImageField:
    """An image the template places (an emblem, a logo, a signature scan): a PNG or JPEG file
    in the template's own folder, drawn scaled into its box keeping its proportions."""

    name: str
    path: Path | None
    """The file; None for a template not read from a file (the designer's unsaved check)."""
    x_mm: float
    y_mm: float
    """Top edge of the box, measured down from the top of the paper."""
    width_mm: float
    height_mm: float
    modes: tuple[Mode, ...] = ("full",)


@dataclass(frozen=True, slots=True)
class Art:
    """The vector art drawn by the app in full-render mode."""

    style: ArtStyle = "none"
    primary: str = DEFAULT_PRIMARY
    accent: str = DEFAULT_ACCENT
    ornaments: tuple[Ornament, ...] = ()


@dataclass(frozen=True, slots=True)
class Template:
    """A parsed, validated certificate template."""

    id: str
    title: str
    version: str
    width_mm: float
    height_mm: float
    fields: tuple[Field, ...]
    art: Art = field(default_factory=Art)
    background: Path | None = None
    """Image (a scan of the phôi) drawn under everything in full-render mode only."""
    background_printed: bool = True
    """False: the background only helps place the fields on screen and is never printed."""
    description: str = ""
    source: Path | None = None
    forms: tuple[str, ...] = ()
    """Award forms this template is for ("Giấy khen", "Giấy chứng nhận", "Bằng khen"); empty:
    any (a user's template that does not say)."""
    styles: tuple[str, ...] = ()
    """Issuer styles it is for (``state``, ``party``); empty: any."""
    images: tuple[ImageField, ...] = ()
    """Images drawn over the art and under the text, in template order."""
    warnings: tuple[str, ...] = ()
    """What the loader changed to make the template usable here (Vietnamese sentences), e.g.
    a font file missing on this PC replaced by the bundled serif."""

    def mismatch(self, award_form: str, style: str) -> str:
        """Why this template does not suit a decision of ``award_form`` by a ``style`` body, as
        a Vietnamese sentence; empty when it suits."""
        if self.forms and form_key(award_form) not in {form_key(f) for f in self.forms}:
            return (
                f"Mẫu “{self.title}” dùng cho {', '.join(self.forms)}, "
                f"không dùng cho {award_form or 'quyết định không ghi hình thức khen'}"
            )
        if self.styles and style not in self.styles:
            wanted = " hoặc ".join(STYLE_LABELS.get(s, s) for s in self.styles)
            return (
                f"Mẫu “{self.title}” là mẫu {wanted}, "
                f"không dùng cho cơ quan {STYLE_LABELS.get(style, style)}"
            )
        return ""

    def fields_for(self, kind: RecipientKind, mode: Mode) -> tuple[Field, ...]:
        """The fields printed for this kind of recipient in this mode, in template order."""
        return tuple(f for f in self.fields if kind in f.kinds and mode in f.modes)


def parse_template(data: Any, *, source: Path | None = None) -> Template:
    """Validate ``data`` (a decoded JSON document) and build the template.

    Raises:
        TemplateError: with a Vietnamese message that names the offending field.
    """
    label = source.name if source else "mẫu"
    if isinstance(data, dict):
        # Placeholders first: "unknown placeholder {x}" says more than a regex mismatch.
        for index, item in enumerate(data.get("fields") or []):
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                try:
                    parse_pattern(item["text"])
                except PatternError as exc:
                    raise TemplateError(f"{label}: fields[{index}].text: {exc}") from None
    validator = jsonschema.Draft202012Validator(template_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        raise TemplateError(f"{label}: {schema_place(first)}: {schema_message(first)}")
    paper = data["paper"]
    if "size" in paper:
        width, height = PAPER_SIZES_MM[paper["size"]]
    else:
        width, height = paper["width_mm"], paper["height_mm"]
    if paper.get("orientation", "landscape") == "landscape":
        width, height = max(width, height), min(width, height)
    else:
        width, height = min(width, height), max(width, height)
    fields: list[Field] = []
    names: set[str] = set()
    warnings: list[str] = []
    for index, item in enumerate(data["fields"]):
        where = f"{label}: fields[{index}] ({item['name']})"
        font, font_file = item.get("font", "serif"), item.get("font_file", "")
        if font_file:
            font_path = Path(font_file)
            if not font_path.is_file():
                warnings.append(
                    f"Mẫu “{data['title']}”, trường {item['name']}: máy này không có phông chữ "
                    f"{font_path.name}; dùng phông Tinos thay thế"
                )
                font, font_file = "serif", ""
            elif problem := font_file_problem(font_path):
                raise TemplateError(f"{where}: {problem}")
        size = float(item.get("size", 14))
        min_size = float(item.get("min_size", size))
        if min_size > size:
            raise TemplateError(f"{where}: min_size {min_size} lớn hơn size {size}")
        if item["x_mm"] + item["width_mm"] > width + 1e-6:
            raise TemplateError(f"{where}: khung vượt quá mép phải của giấy ({width:g} mm)")
        if item["y_mm"] + item["height_mm"] > height + 1e-6:
            raise TemplateError(f"{where}: khung vượt quá mép dưới của giấy ({height:g} mm)")
        kinds = tuple(item.get("kinds", ("person", "collective")))
        modes = tuple(item.get("modes", MODES))
        key = item["name"]
        if key in names:
            raise TemplateError(f"{where}: tên trường “{key}” bị trùng")
        names.add(key)
        fields.append(
            Field(
                name=key,
                pattern=parse_pattern(item["text"]),
                x_mm=float(item["x_mm"]),
                y_mm=float(item["y_mm"]),
                width_mm=float(item["width_mm"]),
                height_mm=float(item["height_mm"]),
                font=font,
                font_file=font_file,
                size=size,
                min_size=min_size,
                max_lines=int(item.get("max_lines", 1)),
                line_spacing=float(item.get("line_spacing", 1.15)),
                word_spacing=float(item.get("word_spacing", 0.0)),
                bold=bool(item.get("bold", False)),
                italic=bool(item.get("italic", False)),
                colour=item.get("colour", "#000000"),
                align=item.get("align", "center"),
                valign=item.get("valign", "middle"),
                upper=bool(item.get("upper", False)),
                underline=bool(item.get("underline", False)),
                omit_if_empty=bool(item.get("omit_if_empty", False)),
                kerning=bool(item.get("kerning", False)),
                modes=modes,
                kinds=kinds,
            )
        )
    images: list[ImageField] = []
    for index, item in enumerate(data.get("images", ())):
        where = f"{label}: images[{index}] ({item['name']})"
        key = item["name"]
        if key in names:
            raise TemplateError(f"{where}: tên trường “{key}” bị trùng")
        names.add(key)
        if item["x_mm"] + item["width_mm"] > width + 1e-6:
            raise TemplateError(f"{where}: khung ảnh vượt quá mép phải của giấy ({width:g} mm)")
        if item["y_mm"] + item["height_mm"] > height + 1e-6:
            raise TemplateError(f"{where}: khung ảnh vượt quá mép dưới của giấy ({height:g} mm)")
        image_path = None
        if source is not None:
            # The schema allows a bare file name only: the image lives beside the template.
            image_path = source.parent / item["image"]
            if not image_path.is_file():
                raise TemplateError(f"{where}: không thấy ảnh {item['image']} cạnh tệp mẫu")
        images.append(
            ImageField(
                name=key,
                path=image_path,
                x_mm=float(item["x_mm"]),
                y_mm=float(item["y_mm"]),
                width_mm=float(item["width_mm"]),
                height_mm=float(item["height_mm"]),
                modes=tuple(item.get("modes", ("full",))),
            )
        )
    art = data.get("art", {})
    background = None
    if "background" in data:
        if source is None:
            raise TemplateError(f"{label}: ảnh nền chỉ dùng được với mẫu đọc từ tệp")
        background = source.parent / data["background"]["image"]
        if not background.is_file():
            raise TemplateError(f"{label}: không thấy ảnh nền {background.name}")
    return Template(
        id=data["id"],
        title=data["title"],
        version=data["version"],
        width_mm=float(width),
        height_mm=float(height),
        fields=tuple(fields),
        art=Art(
            style=art.get("style", "none"),
            primary=art.get("primary", DEFAULT_PRIMARY),
            accent=art.get("accent", DEFAULT_ACCENT),
            ornaments=tuple(
                Ornament(o["kind"], float(o["x_mm"]), float(o["y_mm"]), float(o["width_mm"]))
                for o in art.get("ornaments", ())
            ),
        ),
        background=background,
        background_printed=bool(data.get("background", {}).get("print", True)),
        description=data.get("description", ""),
        source=source,
        forms=tuple(data.get("serves", {}).get("forms", ())),
        styles=tuple(data.get("serves", {}).get("styles", ())),
        images=tuple(images),
        warnings=tuple(warnings),
    )


def load_template(path: Path) -> Template:
    """Read and validate one template file.

    Raises:
        TemplateError: unreadable file, invalid JSON, or a template the schema refuses.
    """
    try:
        # Duplicate keys and nesting deeper than json_text.MAX_DEPTH are refused too.
        data = loads_strict(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"Không đọc được mẫu {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError:
        raise TemplateError(f"{path.name}: tệp mẫu không phải văn bản UTF-8") from None
    except JsonTextError as exc:
        raise TemplateError(f"{path.name}: {exc}") from None
    return parse_template(data, source=path)


def builtin_templates_dir() -> Path:
    """Folder of the templates that ship with the app."""
    return paths.resource("templates", "certificates")


def available_templates(*folders: Path) -> dict[str, Path]:
    """Template id → file, built-in first; a user's template with the same id replaces it."""
    found: dict[str, Path] = {}
    for folder in (builtin_templates_dir(), *folders):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            found[path.stem] = path
    return found


def find_template(name: str, *folders: Path) -> Template:
    """Load the template called ``name`` (its id = file name without .json).

    Raises:
        TemplateError: no such template, or it does not validate.
    """
    known = available_templates(*folders)
    if name not in known:
        raise TemplateError(f"Không có mẫu “{name}”; các mẫu có: " + ", ".join(sorted(known)))
    template = load_template(known[name])
    if template.id != name:
        raise TemplateError(f"{known[name].name}: id “{template.id}” khác tên tệp")
    return template
