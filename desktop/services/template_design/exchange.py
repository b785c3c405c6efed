"""A template as one file to share with another office (``.vdmau``), and reading one back.

The file is a zip holding ``template.json`` and the images it names (the background, the image
fields), read with size limits, strict JSON and the schema; nothing in it can name a path
outside it.
"""

from __future__ import annotations

import copy
import io
import json
import tempfile
import zipfile
from pathlib import Path

from desktop.documents.certificates.template import parse_template
from desktop.domain.json_text import JsonTextError, loads_strict
from desktop.services.files import write_atomically
from desktop.services.template_design.design import IMAGE_SUFFIXES, MAX_IMAGES, DesignError
from desktop.services.template_design.files import (
    free_id,
    image_bytes,
    open_design,
    user_folder_path,
    write_template,
)
from desktop.services.template_design.font_exchange import (
    FONT_SUFFIX,
    FONTS_FOLDER,
    MAX_FONTS,
    install_fonts,
    pack_fonts,
    stage_fonts,
)

EXPORT_SUFFIX = ".vdmau"
"""An exported template: a zip with ``template.json``, the images it names and its fonts."""
MAX_EXPORT_BYTES = 30 * 2**20
MAX_TEMPLATE_BYTES = 2 * 2**20


def export_template(template_id: str, target: Path, user_folder: Path | None = None) -> Path:
    """Write the template, its images and its fonts to one file to share with another office."""
    design = open_design(template_id, user_folder_path(user_folder))
    data = design.data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if design.background is not None:
            name = f"nen{design.background.suffix.lower()}"
            data["background"] = {**data.get("background", {}), "image": name}
            archive.writestr(name, design.background.read_bytes())
        contents = image_bytes(design)
        for item in data.get("images", ()):
            content = contents[item["image"]]
            item["image"] = f"{item['name']}{Path(item['image']).suffix.lower()}"
            archive.writestr(item["image"], content)
        for name, content in pack_fonts(data).items():
            archive.writestr(name, content)
        archive.writestr("template.json", json.dumps(data, ensure_ascii=False, indent=2))
    return write_atomically(target, buffer.getvalue(), [EXPORT_SUFFIX])


def import_template(source: Path, user_folder: Path | None = None) -> str:
    """Add a template exported by ``export_template`` as a user template; returns its id.

    The file is checked like a meeting package: its size, its members (``template.json``, the
    images and fonts it names; no folders, nothing else), strict JSON, the schema, each font
    (``font_exchange``). An id already in use gets a number added (nothing is replaced). All or
    nothing (a font installed for it stays: another template may use it).

    Raises:
        DesignError: the file is not an exported template, with what is wrong.
        TemplateError: the template inside does not validate.
    """
    folder = user_folder_path(user_folder)
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
    with archive, tempfile.TemporaryDirectory() as staging_dir:
        staging = Path(staging_dir)
        members = {info.filename: info for info in archive.infolist()}
        if "template.json" not in members:
            raise DesignError(f"{label}: không có template.json, không phải tệp mẫu giấy khen")
        for name, info in members.items():
            plain = "/" not in name and "\\" not in name and ":" not in name
            suffix = Path(name).suffix.lower()
            allowed = name == "template.json" or suffix in (*IMAGE_SUFFIXES, FONT_SUFFIX)
            most = 2 + MAX_IMAGES + MAX_FONTS
            if not plain or not allowed or name.startswith(".") or len(members) > most:
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
            if set(image) - {"image", "print"} or not isinstance(image.get("print", True), bool):
                raise DesignError(f"{label}: mục “background” của template.json không hợp lệ")
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
        staged: dict[Path, tuple[Path, bytes]] = {}
        if isinstance(checked, dict) and isinstance(checked.get("fields"), list):
            # Every font name points into this PC's fonts before anything reads a font file.
            checked["fields"] = copy.deepcopy(checked["fields"])
            staged = stage_fonts(checked, archive, label, staging, folder / FONTS_FOLDER)
        if isinstance(checked, dict) and "images" in checked:
            # The images are members of the zip, not files beside it: check the rest against
            # the file's name, then the image fields without their files.
            parse_template({k: v for k, v in checked.items() if k != "images"}, source=Path(label))
            parse_template(checked)
        else:
            parse_template(checked, source=Path(label))
        data = copy.deepcopy(checked)
        if background is not None and isinstance(image, dict):
            data["background"] = copy.deepcopy(image)  # its "print" flag; the name is rewritten
        data["id"] = free_id(data["id"], folder)
        install_fonts(data, staged)
        write_template(data, folder, background, images)
    return str(data["id"])
