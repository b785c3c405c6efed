"""Room to sign and seal: on every built-in certificate, read back from the PDF.

Issue 8: the signature block is the authority line ("KT. GIÁM ĐỐC") and the signer's title
("PHÓ GIÁM ĐỐC") on two lines, then about 25–30 mm for the signature and the seal, then the
name — inside the frame, clear of the reason and the date, whatever the length of the texts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from desktop.documents.certificates.art import frame_inner_mm
from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import (
    Art,
    Field,
    Template,
    available_templates,
    find_template,
)
from desktop.domain.records import Award, Decision, Organisation, Signer
from desktop.exchange.meeting_package import MeetingPackage
from tests.documents.pdf_read import find_one, open_pdf

BUILT_INS = sorted(available_templates())
SIGNATURE_SPACE_MM = 25.0
"""Issue 8: room for the signature and the seal, about 25–30 mm."""
SIGNER = "Nguyễn Văn Hùng"
LONG_NAME = "Tôn Nữ Hoàng Thị Phương Ngọc Quỳnh Trâmm"
LONG_UNIT = (
    "Phòng Văn hóa, Khoa học và Thông tin thuộc Ủy ban nhân dân xã Phong Vân, "
    "huyện Lục Ngạn, tỉnh Bắc Giang, giai đoạn 2023."
)
LONG_REASON = (
    "Đã có thành tích xuất sắc tiêu biểu trong công tác tuyên truyền, phổ biến, giáo dục pháp "
    "luật, cải cách hành chính, chuyển đổi số và xây dựng chính quyền điện tử của tỉnh Thái "
    "Nguyên giai đoạn 2021 - 2025"
)


def _state_body() -> Organisation:
    """The body of issue 8: Sở Nội vụ tỉnh Thái Nguyên, a deputy signing for the director."""
    return Organisation(
        name="Sở Nội vụ",
        parent="Ủy ban nhân dân tỉnh Thái Nguyên",
        place="Thái Nguyên",
        style="state",
        abbreviation="SNV",
        head_title="Giám đốc",
        default_signer=Signer(relation="deputy", title="Phó Giám đốc", name=SIGNER),
    )


def _longest(package: MeetingPackage) -> list[Award]:
    """Per kind, the sample's award with the longest name and the one with the longest reason
    (its decision's default reason written on it)."""
    awards = [
        dataclasses.replace(a, reason=d.reason_for(a)) for d in package.decisions for a in d.awards
    ]
    chosen = []
    for kind in ("person", "collective"):
        mine = [a for a in awards if a.kind == kind]
        chosen += [max(mine, key=lambda a: len(a.name)), max(mine, key=lambda a: len(a.reason))]
    return chosen


def _decision(
    template: Template, sample_decision: Decision, sample: MeetingPackage
) -> tuple[Decision, tuple[str, str]]:
    """A decision the template serves, signed by a deputy; the two title lines it prints."""
    form = template.forms[0] if template.forms else "Giấy khen"
    awards = [
        Award("person", "Nguyễn Thị Lan", "Chuyên viên", "Văn phòng Sở", salutation="Bà"),
        Award("person", LONG_NAME, "Phó Trưởng phòng", LONG_UNIT, LONG_REASON, salutation="Bà"),
        Award("collective", LONG_UNIT, reason=LONG_REASON),
        *_longest(sample),
    ]
    if "party" in template.styles:
        deputy = Signer(relation="deputy", title="Phó Trưởng Ban", name=SIGNER)
        issuer = dataclasses.replace(sample_decision.issuer, default_signer=deputy)
        lines = ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")
    else:
        issuer, lines = _state_body(), ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    decision = dataclasses.replace(
        sample_decision,
        issuer=issuer,
        signer=Signer(),
        award_form=form,
        date=dt.date(2024, 1, 5),
        awards=awards,
    )
    return decision, lines


@pytest.mark.parametrize("mode", ["full", "preprinted"])
@pytest.mark.parametrize("name", BUILT_INS)
def test_room_to_sign_between_the_title_and_the_name(
    sample_decision: Decision, sample_package: MeetingPackage, name: str, mode: str
) -> None:
    # The art moves no text, and parsing its thousands of path points is slow.
    template = dataclasses.replace(find_template(name), art=Art())
    decision, (authority, title) = _decision(template, sample_decision, sample_package)
    renderer = CertificateRenderer(template, mode=mode)  # type: ignore[arg-type]
    # Long names, units and reasons fit at or above each field's minimum size.
    assert renderer.problems(decision) == []
    frame = frame_inner_mm(template.width_mm, template.height_mm)
    with open_pdf(renderer.render(decision)) as pdf:
        assert len(pdf.pages) == len(decision.awards)
        for page in pdf.pages:
            first, second = find_one(page, authority), find_one(page, title)
            signer = find_one(page, SIGNER)
            # Two lines, the authority above the signer's own title, both centred on the name.
            assert second.top >= first.bottom - 0.5, name
            for line in (first, second):
                assert line.centre == pytest.approx(signer.centre, abs=0.5)
            gap = signer.top - second.bottom
            assert gap >= SIGNATURE_SPACE_MM, (name, mode, round(gap, 1))
            assert gap <= 40, (name, mode, round(gap, 1))  # the name still goes with its title
            # The name inside the inner frame (the thin rule), with the signature above it.
            assert frame <= signer.x0 and signer.x1 <= template.width_mm - frame, name
            assert signer.bottom <= template.height_mm - frame, (name, signer.bottom)
            # Nothing printed in the signature space under the title.
            for char in page.chars:
                x, top = char["x0"] * 25.4 / 72, char["top"] * 25.4 / 72
                if first.x0 <= x <= first.x1 and second.bottom + 0.5 < top < signer.top - 0.5:
                    raise AssertionError(f"{name}: “{char['text']}” in the signature space")


def _overlap(a: Field, b: Field) -> bool:
    return (
        a.x_mm < b.x_mm + b.width_mm
        and b.x_mm < a.x_mm + a.width_mm
        and a.y_mm < b.y_mm + b.height_mm
        and b.y_mm < a.y_mm + a.height_mm
    )


@pytest.mark.parametrize("name", BUILT_INS)
def test_boxes_do_not_overlap_and_stay_inside_the_frame(name: str) -> None:
    template = find_template(name)
    frame = frame_inner_mm(template.width_mm, template.height_mm)
    for field in template.fields:
        assert frame <= field.x_mm and field.x_mm + field.width_mm <= template.width_mm - frame
        assert frame <= field.y_mm, (name, field.name)
        assert field.y_mm + field.height_mm <= template.height_mm - frame, (name, field.name)
    for kind in ("person", "collective"):
        printed = [f for f in template.fields if kind in f.kinds]
        for a, b in itertools.combinations(printed, 2):
            assert not _overlap(a, b), (name, kind, a.name, b.name)
