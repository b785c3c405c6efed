"""Templates are data: the schema refuses code, unknown placeholders and boxes off the paper."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from desktop.documents.certificates.fields import PLACEHOLDERS, PatternError, parse_pattern
from desktop.documents.certificates.template import (
    TemplateError,
    available_templates,
    builtin_templates_dir,
    find_template,
    load_template,
    parse_template,
    template_schema,
)

BUILT_INS = (
    "giay-khen-nha-nuoc",
    "giay-khen-dang",
    "giay-chung-nhan",
    "giay-chung-nhan-dang",
    "bang-khen",
    "bang-khen-dang",
)


def _minimal() -> dict[str, Any]:
    return {
        "format": "vinhdanh.certificate-template",
        "schema_version": 1,
        "id": "thu",
        "title": "Thử",
        "version": "1",
        "paper": {"size": "A4", "orientation": "landscape"},
        "fields": [
            {
                "name": "ten",
                "text": "{ten}",
                "x_mm": 20,
                "y_mm": 50,
                "width_mm": 200,
                "height_mm": 20,
            }
        ],
    }


def test_the_four_built_in_templates_load() -> None:
    assert set(BUILT_INS) <= set(available_templates())
    for name in BUILT_INS:
        template = find_template(name)
        assert template.id == name
        assert template.version
        assert template.art.style != "none"
        assert template.fields_for("person", "full")
        assert template.fields_for("collective", "preprinted")


def test_paper_sizes_and_orientation() -> None:
    a4, a3 = find_template("giay-khen-dang"), find_template("bang-khen")
    assert (a4.width_mm, a4.height_mm) == (297, 210)
    assert (a3.width_mm, a3.height_mm) == (420, 297)
    data = _minimal()
    data["paper"] = {"width_mm": 400, "height_mm": 300, "orientation": "landscape"}
    assert parse_template(data).width_mm == 400
    data["paper"]["orientation"] = "portrait"
    data["fields"][0]["width_mm"] = 100
    template = parse_template(data)
    assert (template.width_mm, template.height_mm) == (300, 400)


def test_shipped_schema_file_matches_the_code() -> None:
    shipped = json.loads(
        paths.resource("templates", "certificate-template.schema.json").read_text("utf-8")
    )
    assert shipped == template_schema()


@pytest.mark.parametrize(
    "text",
    [
        "{__class__}",
        "{ten.__class__}",
        "{ten[0]}",
        "{ten!r}",
        "{ten:>10}",
        "{khong_co}",
        "{0}",
        "{}",
        "Ông {ten",
        "tên} lẻ",
        "{ten.__init__.__globals__}",
    ],
)
def test_a_template_with_code_or_an_unknown_placeholder_is_refused(text: str) -> None:
    data = _minimal()
    data["fields"][0]["text"] = text
    with pytest.raises(TemplateError, match=r"fields\[0\]\.text"):
        parse_template(data)
    # The JSON Schema alone refuses it too (for editors that validate with the shipped file).
    import jsonschema

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, template_schema())


def test_every_placeholder_of_the_vocabulary_is_accepted() -> None:
    data = _minimal()
    data["fields"][0]["text"] = " ".join(f"{{{name}}}" for name in PLACEHOLDERS) + " {{x}}"
    template = parse_template(data)
    assert template.fields[0].pattern.names == frozenset(PLACEHOLDERS)


def test_double_braces_print_a_brace() -> None:
    pattern = parse_pattern("{{Số}} {so_vao_so}}}")
    assert pattern.fill({"so_vao_so": "12"}) == "{Số} 12}"
    with pytest.raises(PatternError):
        parse_pattern("{ten}}")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["fields"][0].update(x_mm=200), "mép phải"),
        (lambda d: d["fields"][0].update(y_mm=200), "mép dưới"),
        (lambda d: d["fields"][0].update(size=10, min_size=12), "min_size"),
        (lambda d: d["fields"].append(copy.deepcopy(d["fields"][0])), "trùng"),
        (lambda d: d["fields"][0].update(font="Comic Sans"), "font"),
        (lambda d: d["fields"][0].update(colour="red"), "colour"),
        (lambda d: d.update(paper={"size": "B5"}), "paper"),
        (lambda d: d.update(script="import os"), "script"),
        (lambda d: d["fields"][0].update(modes=["print"]), "modes"),
    ],
)
def test_invalid_templates_are_refused_with_a_pointer(change: Any, message: str) -> None:
    data = _minimal()
    change(data)
    with pytest.raises(TemplateError, match=message):
        parse_template(data)


def test_broken_json_and_unknown_names_give_a_vietnamese_message(tmp_path: Path) -> None:
    broken = tmp_path / "hong.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(TemplateError, match="dòng 1, cột 2: không phải JSON hợp lệ"):
        load_template(broken)
    with pytest.raises(TemplateError, match="Không có mẫu"):
        find_template("khong-co")


def test_a_user_template_replaces_a_built_in_of_the_same_id(tmp_path: Path) -> None:
    data = _minimal()
    data["id"] = "giay-khen-dang"
    data["version"] = "9"
    (tmp_path / "giay-khen-dang.json").write_text(json.dumps(data), encoding="utf-8")
    assert find_template("giay-khen-dang", tmp_path).version == "9"
    assert available_templates(tmp_path)["giay-chung-nhan"].parent == builtin_templates_dir()


def _png(path: Path) -> None:
    """A 2×2 pale PNG, written by hand (no imaging library needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xf5\xe6\xc8" * 2 for _ in range(2))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_a_background_image_prints_once_in_full_mode_only(
    tmp_path: Path, sample_decision: Any
) -> None:
    import io

    import pypdf

    from desktop.documents.certificates.pdf import CertificateRenderer

    _png(tmp_path / "phoi.png")
    data = _minimal()
    data["background"] = {"image": "phoi.png"}
    (tmp_path / "nen.json").write_text(json.dumps(data), encoding="utf-8")
    template = load_template(tmp_path / "nen.json")
    assert template.background == tmp_path / "phoi.png"
    full = CertificateRenderer(template).render(sample_decision)
    blank = CertificateRenderer(template, mode="preprinted").render(sample_decision)
    assert full.count(b"/Subtype /Image") == 1  # one image for 26 pages
    assert b"/Subtype /Image" not in blank
    preview = CertificateRenderer(template, mode="preprinted", preview=True).render(sample_decision)
    assert preview.count(b"/Subtype /Image") == 1  # on screen the scan of the phôi shows
    assert len(pypdf.PdfReader(io.BytesIO(full)).pages) == 26
    data["background"] = {"image": "../../etc/passwd"}
    with pytest.raises(TemplateError, match="background"):
        parse_template(data, source=tmp_path / "nen.json")
    data["background"] = {"image": "khong-co.png"}
    with pytest.raises(TemplateError, match="ảnh nền"):
        parse_template(data, source=tmp_path / "nen.json")


BOTTOM_BLOCK = {
    "quyet_dinh",
    "ngay_quyet_dinh",
    "so_vao_so",
    "dia_danh_ngay",
    "chuc_vu_nguoi_ky",
    "ky_dong_1",
    "ky_dong_2",
    "ky_dong_3",
    "ten_nguoi_ky",
}


@pytest.mark.parametrize("name", sorted(available_templates()))
def test_the_reason_never_runs_into_the_date_or_signature(name: str) -> None:
    template = find_template(name)
    for kind in ("person", "collective"):
        for mode in ("full", "preprinted"):
            fields = template.fields_for(kind, mode)  # type: ignore[arg-type]
            reasons = [f for f in fields if f.name.startswith("thanh_tich")]
            for reason in reasons:
                for other in (f for f in fields if f.name in BOTTOM_BLOCK):
                    across = min(reason.x_mm + reason.width_mm, other.x_mm + other.width_mm)
                    across -= max(reason.x_mm, other.x_mm)
                    down = min(reason.y_mm + reason.height_mm, other.y_mm + other.height_mm)
                    down -= max(reason.y_mm, other.y_mm)
                    assert across <= 0 or down <= 0, (name, kind, reason.name, other.name)


SAFE_MARGIN_MM = 8.0
"""Clearance between a name or reason box and the inner gold frame of the art."""


@pytest.mark.parametrize("name", sorted(available_templates()))
def test_names_and_reasons_keep_clear_of_the_frame(name: str) -> None:
    from desktop.documents.certificates.art import BAND_MM, INNER_GAP_MM, OUTER_MARGIN_MM

    template = find_template(name)
    scale = min(template.width_mm, template.height_mm) / 210
    frame = OUTER_MARGIN_MM + (BAND_MM + INNER_GAP_MM) * scale + 1.4
    for field in template.fields:
        if not field.name.startswith(("ten", "thanh_tich", "chuc_vu_don_vi")):
            continue
        if field.name == "ten_nguoi_ky":
            continue
        left = field.x_mm - frame
        right = template.width_mm - frame - field.x_mm - field.width_mm
        assert min(left, right) >= SAFE_MARGIN_MM, (name, field.name)
