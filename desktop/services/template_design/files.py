"""Template files: open, save as a new version, copy, rename, reset to the built-in one.

``save_design`` writes a user template as a new version (the one it replaces is kept under
``.versions``; issued certificates keep the version and texts they were printed with in the
issue log).
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.documents.certificates.template import (
    TemplateError,
    available_templates,
    builtin_templates_dir,
    parse_template,
)
from desktop.domain.json_text import JsonTextError, loads_strict
from desktop.domain.text import fold
from desktop.services.files import write_atomically
from desktop.services.template_design.design import IMAGE_SUFFIXES, DesignError, TemplateDesign

VERSIONS_FOLDER = ".versions"


def user_folder_path(user_folder: Path | None) -> Path:
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
    return (user_folder_path(user_folder) / f"{template_id}.json").is_file()


def has_builtin(template_id: str) -> bool:
    return (builtin_templates_dir() / f"{template_id}.json").is_file()


def open_design(template_id: str, user_folder: Path | None = None) -> TemplateDesign:
    """Open a built-in or user template for editing.

    Raises:
        TemplateError: no such template, or its file is not valid.
    """
    known = available_templates(user_folder_path(user_folder))
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


def free_id(base: str, user_folder: Path) -> str:
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


def write_template(
    data: dict[str, Any],
    user_folder: Path,
    background: tuple[str, bytes] | None,
    images: dict[str, bytes] | None = None,
    *,
    printed: bool | None = None,
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
        kept = {k: v for k, v in data.get("background", {}).items() if k == "print"}
        data["background"] = {"image": f"{template_id}-nen{suffix}", **kept}
    if printed is not None and "background" in data:
        # Printed is the default: the flag is written only when the scan is not printed.
        data["background"].pop("print", None)
        if not printed:
            data["background"]["print"] = False
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
    folder = user_folder_path(user_folder)
    data = design.data
    data["id"] = design.template_id
    data["version"] = _next_version(design.version)
    if background is None and design.background is None:
        data.pop("background", None)  # the scan was removed
    elif (
        background is None and design.background is not None and design.background.parent != folder
    ):
        background = (design.background.name, design.background.read_bytes())
    data = write_template(
        data, folder, background, image_bytes(design), printed=design.background_printed
    )
    design.saved_as(data)
    design.image_files = {i["image"]: folder / i["image"] for i in data.get("images", ())}
    if background is not None:
        design.background = folder / data["background"]["image"]
    return design.template_id


def duplicate_template(template_id: str, title: str, user_folder: Path | None = None) -> str:
    """Copy a template under a new title (a new id made from it); returns the new id."""
    folder = user_folder_path(user_folder)
    design = open_design(template_id, folder)
    data = design.data
    title = " ".join(title.split())
    if not title:
        raise DesignError("Tên mẫu không được để trống")
    data["id"] = free_id(_slug(title), folder)
    data["title"] = title
    data["version"] = "1"
    data.pop("background", None)
    background = None
    if design.background is not None:
        background = (design.background.name, design.background.read_bytes())
    write_template(data, folder, background, image_bytes(design))
    return str(data["id"])


def image_bytes(design: TemplateDesign) -> dict[str, bytes]:
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
    folder = user_folder_path(user_folder)
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
    folder = user_folder_path(user_folder)
    if not has_builtin(template_id):
        raise DesignError(f"Mẫu “{template_id}” không phải mẫu có sẵn, không có bản gốc")
    if not is_user_template(template_id, folder):
        raise DesignError(f"Mẫu “{template_id}” chưa được sửa")
    _archive(folder / f"{template_id}.json", folder)
