"""Certificates read back from the PDF: names, numbers, dates, boxes, fonts, print settings."""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata

import pdfplumber
import pypdf
import pytest

from desktop.documents.certificates.fit import FontBox, fit_text
from desktop.documents.certificates.pdf import CertificateProblems, CertificateRenderer
from desktop.documents.certificates.template import Art, Mode, Template, find_template
from desktop.domain.clean import clean
from desktop.domain.records import Award, Decision

BUILT_INS = ("giay-khen-nha-nuoc", "giay-khen-dang", "giay-chung-nhan", "bang-khen")
MODES: tuple[Mode, ...] = ("full", "preprinted")
MM = 72 / 25.4
LONG_COLLECTIVE = (
    "Phòng Văn hóa, Khoa học và Thông tin thuộc Ủy ban nhân dân xã Phong Vân, "
    "huyện Lục Ngạn, tỉnh Bắc Giang, giai đoạn 2023."
)
LONG_PERSON = "Tôn Nữ Hoàng Thị Phương Ngọc Quỳnh Trâmm"
TYPED = "Công ty TNHH Sản xuất & Thương mại <An Phát>"


def _collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _with(decision: Decision, *awards: Award) -> Decision:
    """The decision with these awards, as it reaches a document: cleaned where it entered."""
    return clean(dataclasses.replace(decision, awards=list(awards)))


@pytest.fixture(scope="module")
def rendered(request: pytest.FixtureRequest) -> dict[tuple[str, str], bytes]:
    """Every built-in template in both modes over 15-QĐ/BTGTU (rendered once per module)."""
    from desktop.exchange.meeting_package import read_package
    from tests.conftest import SAMPLE_PACKAGE

    decision = next(d for d in read_package(SAMPLE_PACKAGE).decisions if d.number.startswith("15"))
    return {
        (name, mode): CertificateRenderer(find_template(name), mode=mode).render(decision)
        for name in BUILT_INS
        for mode in MODES
    }


def test_lengths_of_the_long_names() -> None:
    assert len(LONG_COLLECTIVE) == 120
    assert len(LONG_PERSON) == 40


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", BUILT_INS)
def test_each_page_carries_its_recipient_number_and_date(
    rendered: dict[tuple[str, str], bytes], sample_decision: Decision, name: str, mode: str
) -> None:
    reader = pypdf.PdfReader(io.BytesIO(rendered[(name, mode)]))
    assert len(reader.pages) == 26
    for page, award in zip(reader.pages, sample_decision.awards, strict=True):
        text = _collapse(page.extract_text())
        assert _collapse(award.name) in text
        assert "15-QĐ/BTGTU" in text
        assert "ngày 03 tháng 01 năm 2024" in text
        if mode == "full":
            assert "Bắc Giang, ngày 03 tháng 01 năm 2024" in text
    assert "Nông Văn Sự" in reader.pages[25].extract_text()
    assert "tổng hợp dư luận xã hội" in _collapse(reader.pages[25].extract_text())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", BUILT_INS)
def test_every_field_lies_inside_its_box_and_the_paper(
    sample_decision: Decision, name: str, mode: Mode
) -> None:
    # The art does not move any text, and parsing its thousands of path points is slow.
    template = dataclasses.replace(find_template(name), art=Art())
    people = sample_decision.people[:1]
    extra = [
        Award(kind="collective", name=LONG_COLLECTIVE),
        Award(kind="person", name=LONG_PERSON, title="Phó Trưởng phòng", unit=LONG_COLLECTIVE),
    ]
    decision = _with(sample_decision, *people, *extra)
    renderer = CertificateRenderer(template, mode=mode)
    assert renderer.problems(decision) == []
    data = renderer.render(decision)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page, award in zip(pdf.pages, decision.awards, strict=True):
            assert (page.width, page.height) == pytest.approx(
                (template.width_mm * MM, template.height_mm * MM)
            )
            for char in page.chars:
                assert char["x0"] >= 0 and char["x1"] <= page.width
                assert char["top"] >= 0 and char["bottom"] <= page.height
            by_name = {f.name: f for f in template.fields}
            expected = renderer.texts(decision, award)
            for field_name, text in expected.items():
                field = by_name[field_name]
                box = (
                    field.x_mm * MM - 0.01,
                    field.y_mm * MM - 0.01,
                    (field.x_mm + field.width_mm) * MM + 0.01,
                    (field.y_mm + field.height_mm) * MM + 0.01,
                )
                inside = page.within_bbox(box).extract_text()
                assert _collapse(inside) == _collapse(text), (name, mode, field_name)
            # Nothing is drawn outside the boxes: every character belongs to a field.
            assert sum(len(t.replace(" ", "")) for t in expected.values()) == len(
                [c for c in page.chars if c["text"].strip()]
            )


def test_preprinted_mode_prints_only_the_variable_text(
    rendered: dict[tuple[str, str], bytes],
) -> None:
    full = pypdf.PdfReader(io.BytesIO(rendered[("giay-khen-nha-nuoc", "full")]))
    blank = pypdf.PdfReader(io.BytesIO(rendered[("giay-khen-nha-nuoc", "preprinted")]))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in full.pages[0].extract_text()
    assert "GIẤY KHEN" in full.pages[0].extract_text()
    text = blank.pages[0].extract_text()
    assert "CỘNG HÒA" not in text and "GIẤY KHEN" not in text
    assert "Ban Tuyên giáo Huyện ủy Lục Nam" in text


@pytest.mark.parametrize("name", BUILT_INS)
def test_fonts_embedded_print_scaling_none_metadata_form_xobject(
    rendered: dict[tuple[str, str], bytes], name: str
) -> None:
    data = rendered[(name, "full")]
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    assert reader.metadata is not None
    assert reader.metadata.title == "Giấy khen – Quyết định số 15-QĐ/BTGTU"
    assert reader.metadata.author == "Ban Tuyên giáo Tỉnh ủy Bắc Giang"
    forms = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            assert font["/Subtype"] == "/Type0" or "/FontDescriptor" in font
            assert "Helvetica" not in font["/BaseFont"]
        xobjects = resources["/XObject"]
        forms |= {ref.idnum for ref in xobjects.values()}
        assert all(x.get_object()["/Subtype"] == "/Form" for x in xobjects.values())
    # One static form per kind of recipient, shared by all 26 pages.
    assert len(forms) == 2
    assert b"Helvetica" not in data
    embedded = re.findall(rb"/FontFile2", data)
    assert embedded
    assert len(data) < 400_000


def test_output_is_deterministic(sample_decision: Decision) -> None:
    renderer = CertificateRenderer(find_template("giay-khen-dang"))
    assert renderer.render(sample_decision) == renderer.render(sample_decision)


@pytest.mark.parametrize("name", BUILT_INS)
def test_text_prints_as_typed(sample_decision: Decision, name: str) -> None:
    decision = _with(sample_decision, Award(kind="collective", name=TYPED))
    data = CertificateRenderer(find_template(name)).render(decision)
    text = _collapse(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert TYPED in text


def test_overflow_is_reported_by_name_before_drawing(sample_decision: Decision) -> None:
    too_long = "Nguyễn Văn Tràn " * 30
    decision = _with(sample_decision, sample_decision.awards[11], Award("person", too_long))
    renderer = CertificateRenderer(find_template("giay-khen-dang"))
    problems = renderer.problems(decision)
    assert [(p.recipient, p.kind) for p in problems] == [(_collapse(too_long), "overflow")]
    with pytest.raises(CertificateProblems, match="Nguyễn Văn Tràn"):
        renderer.render(decision)
    forced = renderer.render(decision, force=True)
    with pdfplumber.open(io.BytesIO(forced)) as pdf:
        assert len(pdf.pages) == 2
        assert "Nguyễn Thị Thu Hằng" in pdf.pages[0].extract_text()
        # The clipped text is there (as the user forced), but the page shows only the box.
        assert "Tràn" in pdf.pages[1].extract_text()


def test_a_character_the_font_lacks_names_recipient_and_character(
    sample_decision: Decision,
) -> None:
    decision = _with(sample_decision, Award("person", "Lê Văn 漢", title="Chuyên viên"))
    renderer = CertificateRenderer(find_template("giay-khen-nha-nuoc"))
    problems = renderer.problems(decision)
    assert problems and all(p.kind == "glyph" for p in problems)
    assert "Lê Văn 漢" in str(problems[0]) and "U+6F22" in str(problems[0])
    with pytest.raises(CertificateProblems, match="漢"):
        renderer.render(decision, force=True)


def test_printer_offsets_move_every_character(sample_decision: Decision) -> None:
    decision = _with(sample_decision, sample_decision.awards[0])
    template = find_template("giay-khen-dang")
    plain = CertificateRenderer(template, mode="preprinted").render(decision)
    moved = CertificateRenderer(template, mode="preprinted", offset_x_mm=3, offset_y_mm=-2).render(
        decision
    )
    with pdfplumber.open(io.BytesIO(plain)) as a, pdfplumber.open(io.BytesIO(moved)) as b:
        for one, two in zip(a.pages[0].chars, b.pages[0].chars, strict=True):
            assert two["x0"] - one["x0"] == pytest.approx(3 * MM, abs=0.01)
            assert two["top"] - one["top"] == pytest.approx(-2 * MM, abs=0.01)


def test_nfd_input_prints_as_nfc(sample_decision: Decision) -> None:
    nfd = unicodedata.normalize("NFD", "Đặng Thị Ngọc Ánh")
    decision = _with(sample_decision, Award("person", nfd))
    data = CertificateRenderer(find_template("giay-khen-dang")).render(decision)
    assert "Đặng Thị Ngọc Ánh" in pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()


def _box(template: Template, field: str) -> FontBox:
    renderer = CertificateRenderer(template)
    slot = next(s for s in renderer._slots if s.field.name == field)
    return slot.box


def test_fit_shrinks_then_wraps_then_reports() -> None:
    box = _box(find_template("giay-khen-dang"), "ten_tap_the")
    short = fit_text("Báo Bắc Giang", box)
    assert short.fits and short.lines == ("Báo Bắc Giang",) and short.size == box.size
    shrunk = fit_text("Ban Tuyên giáo Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Bắc Giang", box)
    assert shrunk.fits and len(shrunk.lines) == 1 and box.min_size <= shrunk.size < box.size
    wrapped = fit_text(LONG_COLLECTIVE, box)
    assert wrapped.fits and 1 < len(wrapped.lines) <= box.max_lines
    assert max(wrapped.widths) <= box.width
    # Balanced lines for centred text: no short last line hanging under long ones.
    assert min(wrapped.widths) > 0.6 * max(wrapped.widths)
    too_long = fit_text(LONG_COLLECTIVE * 3, box)
    assert not too_long.fits and too_long.size == box.min_size


@pytest.mark.parametrize("name", ["bang-khen", "giay-khen-nha-nuoc"])
def test_signer_title_and_body_do_not_repeat_a_word(
    rendered: dict[tuple[str, str], bytes], name: str
) -> None:
    """ "Trưởng Ban" + "Ban Tuyên giáo …" prints "TRƯỞNG BAN TUYÊN GIÁO …", not "BAN BAN"."""
    text = _collapse(pypdf.PdfReader(io.BytesIO(rendered[(name, "full")])).pages[0].extract_text())
    assert "TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY BẮC GIANG" in text.upper()
    assert "BAN BAN" not in text.upper()


def test_the_decision_number_is_written_as_on_the_decision(sample_decision: Decision) -> None:
    # The decision prints "Số: 07/QĐ-SNV" (NĐ 30/2020: a leading 0 below 10); its
    # certificates must cite it the same way, not "7/QĐ-SNV" as it was typed.
    decision = dataclasses.replace(sample_decision, number="7/QĐ-SNV")
    data = CertificateRenderer(find_template("giay-khen-nha-nuoc")).render(decision)
    text = _collapse(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert "Quyết định số 07/QĐ-SNV" in text
