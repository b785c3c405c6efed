"""Image fields in the designer's model: added, saved beside the template, exported, imported."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import find_template
from desktop.domain.records import Decision
from desktop.services.template_design import (
    DesignError,
    duplicate_template,
    export_template,
    import_template,
    open_design,
    save_design,
)

MM = 72 / 25.4


def _logo(path: Path) -> Path:
    Image.new("RGB", (300, 150), (200, 0, 30)).save(path)
    return path


def test_an_added_image_is_saved_beside_the_template_and_printed(
    tmp_path: Path, sample_decision: Decision
) -> None:
    user = tmp_path / "templates"
    user.mkdir()
    design = open_design("giay-khen-dang", user)
    name = design.add_image(_logo(tmp_path / "Logo Sở.png"), at=(20, 12))
    assert design.field(name)["width_mm"] == 30 and design.field(name)["height_mm"] == 15
    design.set_box(name, 25, 14, 40, 20)
    design.undo()
    design.redo()
    save_design(design, user_folder=user)
    stored = user / f"giay-khen-dang-{name}.png"
    assert stored.is_file()
    template = find_template("giay-khen-dang", user)
    assert template.images[0].path == stored
    data = CertificateRenderer(template).render(sample_decision, sample_decision.awards[:1])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        boxes = [
            tuple(round(i[k] / MM, 1) for k in ("x0", "top", "x1", "bottom"))
            for i in pdf.pages[0].images
        ]
    assert (25.0, 14.0, 65.0, 34.0) in boxes
    with pytest.raises(DesignError, match="PNG hoặc JPEG"):
        design.add_image(tmp_path / "logo.gif")


def test_images_travel_with_export_and_import(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    user.mkdir()
    copy_id = duplicate_template("giay-khen-dang", "Có logo", user)
    design = open_design(copy_id, user)
    design.add_image(_logo(tmp_path / "logo.png"))
    save_design(design, user_folder=user)
    exported = export_template(copy_id, tmp_path / "co-logo.vdmau", user)
    with zipfile.ZipFile(exported) as archive:
        assert sorted(archive.namelist()) == ["anh.png", "template.json"]
    other = tmp_path / "other"
    new_id = import_template(exported, other)
    imported = open_design(new_id, other)
    assert imported.data == open_design(copy_id, user).data
    assert (other / f"{new_id}-anh.png").read_bytes() == (tmp_path / "logo.png").read_bytes()
    assert find_template(new_id, other).images[0].path == other / f"{new_id}-anh.png"


def test_import_refuses_an_image_that_is_not_a_member(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    user.mkdir()
    copy_id = duplicate_template("giay-khen-dang", "Có logo", user)
    design = open_design(copy_id, user)
    design.add_image(_logo(tmp_path / "logo.png"))
    save_design(design, user_folder=user)
    exported = export_template(copy_id, tmp_path / "co-logo.vdmau", user)
    with zipfile.ZipFile(exported) as archive:
        data = json.loads(archive.read("template.json"))
    for bad in ("../logo.png", "khong-co.png"):
        data["images"][0]["image"] = bad
        forged = tmp_path / "forged.vdmau"
        with zipfile.ZipFile(forged, "w") as archive:
            archive.writestr("template.json", json.dumps(data))
            archive.writestr("anh.png", b"x")
        with pytest.raises(DesignError, match="không có trong tệp mẫu"):
            import_template(forged, tmp_path / "other")
    assert not (tmp_path / "other").exists() or not list((tmp_path / "other").glob("*.json"))
