"""Fonts travelling with an exported template (``.vdmau``).

Export: every font file a field names (``font_file``) that is usable here goes into the file as
a member ``<name>.ttf``; the field names the member. Import: a member font is checked like any
font a template may use (TrueType, every Vietnamese letter) and installed in the user's
templates folder under ``fonts/``; a field naming a font that did not travel gets this PC's
font of the same file name if there is one, else a file under ``fonts/`` that does not exist
(printing then says so and uses Tinos). No name in the file can reach another place on this PC:
a font name is reduced to a plain file name first.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PureWindowsPath
from typing import Any

from desktop.documents.fonts import font_file_problem, system_font_folders
from desktop.services.files import write_atomically
from desktop.services.template_design.design import DesignError

FONT_SUFFIX = ".ttf"
MAX_FONTS = 10
"""Font files one exported template may carry."""
FONTS_FOLDER = "fonts"
"""Beside the user's templates: the fonts imported templates brought."""


def _plain_name(font_file: str) -> str:
    """The file name a ``font_file`` ends with ("C:\\Fonts\\UTM Avo.ttf" → "UTM Avo.ttf");
    empty when it is not a plain ``.ttf`` name."""
    name = PureWindowsPath(font_file).name  # splits on both / and \
    if not name.lower().endswith(FONT_SUFFIX) or name.startswith(".") or ":" in name:
        return ""
    return name


def pack_fonts(data: dict[str, Any]) -> dict[str, bytes]:
    """The usable font files ``data``'s fields name, as members (name → bytes); each field's
    ``font_file`` is rewritten to its member's name. A font missing here is left as it is."""
    members: dict[str, bytes] = {}
    packed: dict[Path, str] = {}
    for item in data["fields"]:
        path = Path(item.get("font_file", ""))
        if not item.get("font_file") or font_file_problem(path):
            continue
        if path not in packed:
            stem = re.sub(r"[^\w.-]+", "-", path.stem).strip(".-") or "phong"
            name, number = f"{stem}{FONT_SUFFIX}", 2
            while name in members:
                name, number = f"{stem}-{number}{FONT_SUFFIX}", number + 1
            members[name] = path.read_bytes()
            packed[path] = name
        item["font_file"] = packed[path]
    return members


def _installed_font(name: str, fonts_dir: Path) -> Path:
    """This PC's font file called ``name`` (imported before, or installed), else where an
    imported one would be."""
    for folder in [fonts_dir, *system_font_folders()]:
        candidate = folder / name
        if candidate.is_file() and not font_file_problem(candidate):
            return candidate
    return fonts_dir / name


def stage_fonts(
    data: dict[str, Any],
    archive: zipfile.ZipFile,
    label: str,
    staging: Path,
    fonts_dir: Path,
) -> dict[Path, tuple[Path, bytes]]:
    """Point every field's ``font_file`` somewhere safe: a member font, written to ``staging``
    and checked; else this PC's font of that name (see the module). Returns each staged file →
    (where it will be installed, its bytes).

    Raises:
        DesignError: a carried font that cannot be used (the message names the field), or
            more fonts than a template may carry.
    """
    members = set(archive.namelist())
    staged: dict[str, Path] = {}
    out: dict[Path, tuple[Path, bytes]] = {}
    for index, item in enumerate(data.get("fields", ())):
        if not isinstance(item, dict) or not isinstance(item.get("font_file"), str):
            continue
        name = _plain_name(item["font_file"])
        where = f"{label}: trường {item.get('name', index)}"
        if not name:
            raise DesignError(f"{where}: phông chữ {item['font_file']!r} không phải tệp .ttf")
        if name not in members:
            item["font_file"] = str(_installed_font(name, fonts_dir))
            continue
        if name not in staged:
            if len(staged) >= MAX_FONTS:
                raise DesignError(f"{label}: mẫu mang quá {MAX_FONTS} phông chữ")
            content = archive.read(name)
            path = staging / name
            path.write_bytes(content)
            if problem := font_file_problem(path):
                raise DesignError(f"{where}: {problem}")
            staged[name] = path
            out[path] = (_install_target(name, content, fonts_dir), content)
        item["font_file"] = str(staged[name])
    return out


def _install_target(name: str, content: bytes, fonts_dir: Path) -> Path:
    """Where a carried font goes: its own name, or a numbered one when another font of that
    name is there already (the same font is used again, not copied twice)."""
    stem, number = Path(name).stem, 2
    target = fonts_dir / name
    while target.is_file() and target.read_bytes() != content:
        target, number = fonts_dir / f"{stem}-{number}{FONT_SUFFIX}", number + 1
    return target


def install_fonts(data: dict[str, Any], staged: dict[Path, tuple[Path, bytes]]) -> None:
    """Write the staged fonts in place and point the fields at them."""
    for path, (target, content) in staged.items():
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, content)
        for item in data["fields"]:
            if item.get("font_file") == str(path):
                item["font_file"] = str(target)
