"""Image fields of a template (emblem, logo, signature scan): drawn in their box."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import TemplateError, load_template
from desktop.domain.records import Decision

MM = 72 / 25.4


def _write(folder: Path, images: list[dict[str, Any]]) -> Path:
    data = {
        "format": "vinhdanh.certificate-template",
        "schema_version": 1,
        "id": "co-anh",
        "title": "Có ảnh",
        "version": "1",
        "paper": {"size": "A4", "orientation": "landscape"},
        "fields": [
            {
                "name": "ten",
                "text": "{ten}",
                "x_mm": 20,
                "y_mm": 120,
                "width_mm": 250,
                "height_mm": 20,
                "min_size": 8,
            }
        ],
        "images": images,
    }
    path = folder / "co-anh.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _png(path: Path, size: tuple[int, int]) -> None:
    Image.new("RGB", size, (200, 0, 30)).save(path)


def test_an_image_is_drawn_in_its_box_in_full_render_only(
    tmp_path: Path, sample_decision: Decision
) -> None:
    _png(tmp_path / "logo.png", (200, 100))  # 2:1, as the 60 × 30 mm box
    _png(tmp_path / "dau.png", (100, 100))  # square in a 40 × 20 mm box: centred, 20 × 20
    box = {"x_mm": 30, "y_mm": 15, "width_mm": 60, "height_mm": 30}
    other = {"x_mm": 200, "y_mm": 150, "width_mm": 40, "height_mm": 20}
    template = load_template(
        _write(
            tmp_path,
            [
                {"name": "logo", "image": "logo.png", **box},
                {"name": "dau", "image": "dau.png", **other},
            ],
        )
    )
    data = CertificateRenderer(template).render(sample_decision, sample_decision.awards[:1])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        found = sorted(
            (
                round(i["x0"] / MM, 1),
                round(i["top"] / MM, 1),
                round(i["x1"] / MM, 1),
                round(i["bottom"] / MM, 1),
            )
            for i in pdf.pages[0].images
        )
    assert found == [(30.0, 15.0, 90.0, 45.0), (210.0, 150.0, 230.0, 170.0)]
    preprinted = CertificateRenderer(template, mode="preprinted").render(
        sample_decision, sample_decision.awards[:1]
    )
    with pdfplumber.open(io.BytesIO(preprinted)) as pdf:
        assert pdf.pages[0].images == []


def test_an_image_must_sit_beside_the_template(tmp_path: Path) -> None:
    box = {"x_mm": 30, "y_mm": 15, "width_mm": 60, "height_mm": 30}
    for bad in ("../logo.png", "C:\\logo.png", "/etc/logo.png", ".an.png", "logo.gif"):
        with pytest.raises(TemplateError, match="images"):
            load_template(_write(tmp_path, [{"name": "logo", "image": bad, **box}]))
    with pytest.raises(TemplateError, match=r"không thấy ảnh logo\.png"):
        load_template(_write(tmp_path, [{"name": "logo", "image": "logo.png", **box}]))
