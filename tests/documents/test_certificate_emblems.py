"""Emblems on certificates: the Party's drawn from its rules, the state's only as supplied."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from desktop.documents.certificates.party_emblem import hammer_and_sickle_shapes
from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import find_template
from desktop.domain.records import Decision
from tests.documents.records import state_decision

YELLOW = (1.0, 222 / 255, 0.0)


def _yellow_shapes(pdf: bytes) -> list[dict[str, object]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        return [
            c
            for c in page.curves + page.rects
            if c.get("fill")
            and tuple(round(v, 2) for v in (c.get("non_stroking_color") or ()))
            == tuple(round(v, 2) for v in YELLOW)
        ]


def test_party_templates_draw_the_hammer_and_sickle(sample_decision: Decision) -> None:
    for name in ("giay-khen-dang", "bang-khen-dang"):
        template = find_template(name)
        pdf = CertificateRenderer(template).render(sample_decision, sample_decision.awards[:1])
        shapes = _yellow_shapes(pdf)
        # Blade, sickle handle, hammer handle and head: vector paths, no image.
        assert len(shapes) >= 4, name
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            assert document.pages[0].images == []


def test_the_emblem_follows_the_rules_of_quy_dinh_99() -> None:
    shapes = hammer_and_sickle_shapes()
    points = [p for shape in shapes.values() for p in shape]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    # Fits a circle of the given diameter (1), centred.
    assert max(max(xs) - min(xs), max(ys) - min(ys)) == pytest.approx(1.0)
    handle = shapes["hammer_handle"]
    # The hammer at 45°: its long sides rise one unit per unit across.
    (x0, y0), (x1, y1) = handle[0], handle[1]
    assert abs(math.degrees(math.atan2(y1 - y0, x1 - x0))) % 90 == pytest.approx(45, abs=0.01)
    # The lowest points of the two handles level.
    low_hammer = min(y for _, y in shapes["hammer_handle"])
    low_sickle = min(y for _, y in shapes["sickle_handle"])
    assert low_hammer == pytest.approx(low_sickle, abs=1e-6)
    # The sickle's handle perpendicular to the hammer.
    (a0, b0), (a1, b1) = shapes["sickle_handle"][1], shapes["sickle_handle"][2]
    dot = (a1 - a0) * (x1 - x0) + (b1 - b0) * (y1 - y0)
    assert dot == pytest.approx(0, abs=1e-9)


def test_state_templates_never_invent_an_emblem(tmp_path: Path) -> None:
    decision = state_decision()
    template = find_template("giay-khen-nha-nuoc")
    bare = CertificateRenderer(template).render(decision, decision.awards[:1])
    assert _yellow_shapes(bare) == []
    with pdfplumber.open(io.BytesIO(bare)) as document:
        assert document.pages[0].images == []
    emblem = tmp_path / "quoc-huy.png"
    Image.new("RGBA", (600, 600), (200, 16, 46, 255)).save(emblem)
    supplied = CertificateRenderer(template, emblem=emblem).render(decision, decision.awards[:1])
    with pdfplumber.open(io.BytesIO(supplied)) as document:
        images = document.pages[0].images
        assert len(images) == 1
        image = images[0]
        width_mm = (image["x1"] - image["x0"]) / 72 * 25.4
        centre_mm = (image["x0"] + image["x1"]) / 2 / 72 * 25.4
        assert width_mm == pytest.approx(26.1, abs=0.2)
        assert centre_mm == pytest.approx(297 / 2, abs=0.1)
    # Pre-printed blanks carry their own emblem: nothing is printed over it.
    preprinted = CertificateRenderer(template, mode="preprinted", emblem=emblem)
    with pdfplumber.open(io.BytesIO(preprinted.render(decision, decision.awards[:1]))) as doc:
        assert doc.pages[0].images == []


def test_the_title_is_kerned_and_stays_centred(sample_decision: Decision) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.documents import fonts
    from desktop.documents.kerning import kerning

    template = find_template("giay-khen-dang")
    field = next(f for f in template.fields if f.name == "hinh_thuc")
    assert field.kerning
    pdf = CertificateRenderer(template).render(sample_decision, sample_decision.awards[:1])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = [c for c in document.pages[0].chars if c["size"] > 30]
    title = "".join(c["text"] for c in chars)
    assert title == "GIẤY KHEN"
    font = fonts.face_font("playfair", bold=field.bold, italic=field.italic)
    size = chars[0]["size"]
    a, y = chars[2], chars[3]  # "Ấ", "Y": the font pulls them together
    kern = kerning(fonts.font_path(font), "ẤY")[0]
    assert kern < 0
    assert y["x0"] - a["x0"] == pytest.approx(
        (stringWidth("Ấ", font, size) + kern * size), abs=0.05
    )
    centre_mm = (chars[0]["x0"] + chars[-1]["x1"]) / 2 / 72 * 25.4
    assert centre_mm == pytest.approx(field.x_mm + field.width_mm / 2, abs=1.0)
