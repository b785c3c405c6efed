"""The emblem an office supplies: checked for resolution, kept per organisation, printed."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.colors import red
from reportlab.pdfgen.canvas import Canvas
from sqlite_utils import Database

from desktop.services import certificates, emblems
from desktop.services.emblems import EmblemError
from desktop.storage.decisions import DecisionStore


def _png(path: Path, size: int) -> Path:
    Image.new("RGBA", (size, size), (200, 16, 46, 255)).save(path)
    return path


def test_a_sharp_png_is_kept_per_organisation(tmp_path: Path) -> None:
    source = _png(tmp_path / "qh.png", 600)
    kept = emblems.set_emblem("org-1", source, tmp_path)
    assert kept == tmp_path / "emblems" / "org-1.png"
    assert emblems.emblem_file("org-1", tmp_path) == kept
    assert emblems.emblem_file("org-2", tmp_path) is None
    assert emblems.clear_emblem("org-1", tmp_path)
    assert emblems.emblem_file("org-1", tmp_path) is None
    assert not emblems.clear_emblem("org-1", tmp_path)


def test_a_small_image_is_refused_with_what_it_needs(tmp_path: Path) -> None:
    source = _png(tmp_path / "nho.png", 200)
    with pytest.raises(
        EmblemError, match=r"nho.png: ảnh chỉ có 200 × 200 điểm ảnh.*436 × 436 điểm ảnh \(300 dpi\)"
    ):
        emblems.set_emblem("org-1", source, tmp_path)
    assert emblems.emblem_file("org-1", tmp_path) is None


def test_pdf_is_drawn_at_print_resolution_and_svg_is_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "qh.pdf"
    canvas = Canvas(str(pdf), pagesize=(100, 100))
    canvas.setFillColor(red)
    canvas.circle(50, 50, 45, stroke=0, fill=1)
    canvas.save()
    kept = emblems.set_emblem("org-1", pdf, tmp_path)
    with Image.open(kept) as image:
        assert min(image.size) >= 2 * emblems.MIN_PIXELS - 2  # 600 dpi at the largest size
    svg = tmp_path / "qh.svg"
    svg.write_text("<svg/>", encoding="utf-8")
    with pytest.raises(EmblemError, match="SVG"):
        emblems.set_emblem("org-1", svg, tmp_path)
    broken = tmp_path / "hong.png"
    broken.write_bytes(b"not an image")
    with pytest.raises(EmblemError, match=r"hong\.png"):
        emblems.set_emblem("org-1", broken, tmp_path)
    with pytest.raises(EmblemError, match="lưu cơ quan"):
        emblems.set_emblem("", pdf, tmp_path)


def test_the_state_certificates_print_the_supplied_emblem(
    sample_db: Database, tmp_path: Path
) -> None:
    decision_key = "15-QĐ/BTGTU"
    decision = DecisionStore(sample_db).find(decision_key)
    out = tmp_path / "gk.pdf"
    result = certificates.issue_certificates(
        sample_db,
        decision_key,
        out,
        template="giay-khen-nha-nuoc",
        allow_mismatch=True,
        awards=["1"],
        data_dir=tmp_path,
    )
    assert any("quốc huy" in note for note in result.notes)
    with pdfplumber.open(out) as pdf:
        assert pdf.pages[0].images == []
    emblems.set_emblem(decision.issuer.id, _png(tmp_path / "qh.png", 600), tmp_path)
    result = certificates.issue_certificates(
        sample_db,
        decision_key,
        out,
        template="giay-khen-nha-nuoc",
        allow_mismatch=True,
        awards=["1"],
        data_dir=tmp_path,
    )
    assert not any("quốc huy" in note for note in result.notes)
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        assert len(pdf.pages[0].images) == 1


def test_the_editor_preview_shows_the_supplied_emblem(sample_db: Database, tmp_path: Path) -> None:
    from desktop.services import decisions

    decision = decisions.get_decision(sample_db, DecisionStore(sample_db).find("15-QĐ/BTGTU").id)
    emblems.set_emblem(decision.issuer.id, _png(tmp_path / "qh.png", 600))
    try:
        pdf = decisions.certificate_pdf(decision, 0, template="giay-khen-nha-nuoc")
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            assert len(document.pages[0].images) == 1
    finally:
        emblems.clear_emblem(decision.issuer.id)
