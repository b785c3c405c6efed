"""Certificates in an installed TrueType font named by file: embedded, checked, falling back."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pypdf
import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from desktop import paths
from desktop.documents import fonts
from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import TemplateError, parse_template
from desktop.domain.records import Decision


def _template(font_file: str) -> dict[str, Any]:
    return {
        "format": "vinhdanh.certificate-template",
        "schema_version": 1,
        "id": "phong-rieng",
        "title": "Phông riêng",
        "version": "1",
        "paper": {"size": "A4", "orientation": "landscape"},
        "fields": [
            {
                "name": "ten",
                "text": "{ten}",
                "x_mm": 20,
                "y_mm": 50,
                "width_mm": 250,
                "height_mm": 30,
                "size": 28,
                "min_size": 10,
                "font_file": font_file,
            }
        ],
    }


def _embedded_fonts(data: bytes) -> set[str]:
    names = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_a_field_in_a_font_file_embeds_that_font(tmp_path: Path, sample_decision: Decision) -> None:
    # A copy outside the app's resources stands for an installed font (its own path, its
    # own reportlab name).
    source = paths.resource("fonts", "dancing-script", "DancingScript-Bold.ttf")
    installed = tmp_path / "DancingScript-Bold.ttf"
    shutil.copyfile(source, installed)
    template = parse_template(_template(str(installed)))
    assert template.warnings == ()
    data = CertificateRenderer(template).render(sample_decision, sample_decision.awards[:1])
    assert "DancingScript-Bold" in _embedded_fonts(data)
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert sample_decision.awards[0].name in text


def test_a_font_without_vietnamese_letters_is_refused(tmp_path: Path) -> None:
    latin = tmp_path / "ChiCoLatin.ttf"
    font = TTFont(str(paths.resource("fonts", "tinos", "Tinos-Regular.ttf")))
    subsetter = subset.Subsetter()
    subsetter.populate(text="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ")
    subsetter.subset(font)
    font.save(str(latin))
    with pytest.raises(TemplateError) as caught:
        parse_template(_template(str(latin)))
    message = str(caught.value)
    assert "ChiCoLatin.ttf" in message and "thiếu" in message and "chữ cái tiếng Việt" in message
    assert "ten" in message  # the field
    with pytest.raises(fonts.FontFileError):
        fonts.file_font(latin)


def test_a_missing_font_file_falls_back_to_the_serif_with_a_warning(
    tmp_path: Path, sample_decision: Decision
) -> None:
    template = parse_template(_template(str(tmp_path / "PhongKhongCo.ttf")))
    assert len(template.warnings) == 1
    assert "PhongKhongCo.ttf" in template.warnings[0] and "Tinos" in template.warnings[0]
    assert template.fields[0].font == "serif" and template.fields[0].font_file == ""
    data = CertificateRenderer(template).render(sample_decision, sample_decision.awards[:1])
    assert _embedded_fonts(data) <= {"Tinos", "Tinos-Regular", "Tinos-Bold"}


def test_usable_fonts_lists_only_fonts_that_pass(tmp_path: Path) -> None:
    good = tmp_path / "fonts" / "Good.ttf"
    good.parent.mkdir()
    shutil.copyfile(paths.resource("fonts", "great-vibes", "GreatVibes-Regular.ttf"), good)
    latin = tmp_path / "fonts" / "Latin.ttf"
    font = TTFont(str(good))
    subsetter = subset.Subsetter()
    subsetter.populate(text="abc")
    subsetter.subset(font)
    font.save(str(latin))
    found = fonts.usable_fonts([tmp_path / "fonts"])
    assert [p for _label, p in found] == [good]
    assert found[0][0] == "Great Vibes"
