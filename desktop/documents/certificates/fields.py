"""The fixed vocabulary of placeholders a certificate template may use, and their values.

A template's text is a pattern such as ``"{danh_xung} {ten}"``. Only the names below exist;
``{{`` and ``}}`` print a brace. Patterns are parsed here, never handed to ``str.format``,
so a template cannot reach attributes (``{ten.__class__}``), index (``{ten[0]}``) or run code.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.documents.placeholders import Parts, fill, parse_parts
from desktop.documents.placeholders import PatternError as PatternError
from desktop.domain.authority import (
    Spelling,
    awarding_authority,
    check_decision_signer,
    proper_name,
    salutation_text,
    signature_lines,
    signer_title,
)
from desktop.domain.dates import date_line, place_date_line
from desktop.domain.docnumbers import written_number
from desktop.domain.records import Award, Decision
from desktop.domain.text import title_with_unit

AWARD_PLACEHOLDERS: dict[str, str] = {
    "ten": "Tên cá nhân hoặc tập thể được khen",
    "danh_xung": (
        "Danh xưng: Ông, Bà, Đồng chí (hoặc trống) với cá nhân; “Tập thể” với tập thể có tên "
        "chưa bắt đầu bằng “Tập thể”"
    ),
    "chuc_vu": "Chức vụ của cá nhân",
    "don_vi": "Đơn vị của cá nhân",
    "chuc_vu_don_vi": (
        "Chức vụ và đơn vị như người viết: “Chủ tịch Ủy ban nhân dân xã Pả Vi”, “Chuyên viên, "
        "Văn phòng Sở”"
    ),
    "thanh_tich": "Thành tích (riêng của người được khen, nếu không thì của quyết định)",
    "so_vao_so": "Số vào sổ",
}
"""Placeholders whose value changes from one award to the next."""

DECISION_PLACEHOLDERS: dict[str, str] = {
    "hinh_thuc": "Hình thức khen thưởng (Giấy khen, Bằng khen, …)",
    "so_quyet_dinh": "Số, ký hiệu quyết định (15-QĐ/BTGTU)",
    "ngay_quyet_dinh": "Ngày quyết định: “ngày 03 tháng 01 năm 2024”",
    "ngay_quyet_dinh_so": "Ngày quyết định bằng số: “03/01/2024”",
    "nam": "Năm của quyết định",
    "dia_danh_ngay": "Địa danh và ngày: “Bắc Giang, ngày 03 tháng 01 năm 2024”",
    "co_quan": "Tên cơ quan ban hành (Ban Tuyên giáo)",
    "co_quan_cap_tren": "Cơ quan chủ quản (Tỉnh ủy Bắc Giang)",
    "co_quan_day_du": "Tên gọi đầy đủ của cơ quan (Sở Nội vụ tỉnh Thái Nguyên)",
    "co_quan_trao_tang": (
        "Người/cơ quan trao tặng: chức danh người đứng đầu và tên đầy đủ (Giám đốc Sở Nội vụ "
        "tỉnh Thái Nguyên), hoặc tập thể khi ký TM. (Ủy ban nhân dân xã Phú Bình)"
    ),
    "nguoi_ky_co_quan": "Như {co_quan_trao_tang} (giữ cho mẫu cũ)",
    "ky_dong_1": "Dòng 1 khối chữ ký: quyền hạn (KT. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN) hoặc chức vụ",
    "ky_dong_2": "Dòng 2 khối chữ ký: chức vụ người ký (PHÓ GIÁM ĐỐC); trống nếu không có",
    "ky_dong_3": "Dòng 3 khối chữ ký (TM. … / KT. … / chức vụ); thường trống",
    "tien_to_ky": "Dòng quyền hạn ký nếu có (KT. GIÁM ĐỐC); trống khi người đứng đầu ký",
    "chuc_vu_nguoi_ky": "Chức vụ người ký (Phó Giám đốc)",
    "ten_nguoi_ky": "Họ và tên người ký",
}
"""Placeholders whose value is the same on every certificate of one decision."""

PLACEHOLDERS: dict[str, str] = {**AWARD_PLACEHOLDERS, **DECISION_PLACEHOLDERS}
"""The whole vocabulary, name → what it prints (Vietnamese, for the template editor)."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """A parsed template text: literal pieces and placeholder names, in order."""

    parts: Parts
    """(is_placeholder, literal text or placeholder name)."""

    @property
    def names(self) -> frozenset[str]:
        """The placeholders used."""
        return frozenset(text for is_name, text in self.parts if is_name)

    @property
    def per_award(self) -> bool:
        """True when the text changes from one award to the next."""
        return any(name in AWARD_PLACEHOLDERS for name in self.names)

    def fill(self, values: dict[str, str]) -> str:
        """The text with every placeholder replaced by its value."""
        return fill(self.parts, values)


def parse_pattern(text: str) -> Pattern:
    """Parse ``text``; only names from ``PLACEHOLDERS`` are accepted.

    Raises:
        PatternError: an unknown placeholder, an attribute or index expression, or a lone brace.
    """
    return Pattern(parse_parts(text, PLACEHOLDERS))


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def decision_values(decision: Decision, spelling: Spelling | None = None) -> dict[str, str]:
    """Values of every decision-level placeholder, as the record holds them (clean: records are
    cleaned where their text enters, ``domain.clean``).

    The authority and the signature lines come from ``domain.authority`` in the issuer's
    style spelling (or ``spelling``).

    Raises:
        SignerError: the signer is not settled (a deputy as the head, no relation chosen).
    """
    check_decision_signer(decision)
    issuer = decision.issuer
    signer = decision.effective_signer()
    by = awarding_authority(issuer, signer, spelling)
    lines = signature_lines(issuer, signer, spelling)
    padded = [*lines, "", "", ""]
    day = decision.date
    values = {
        "hinh_thuc": decision.award_form,
        "so_quyet_dinh": written_number(decision.number),  # as the decision prints it
        "ngay_quyet_dinh": date_line(day),
        "ngay_quyet_dinh_so": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "nam": str(day.year),
        "dia_danh_ngay": place_date_line(issuer.place, day),
        "co_quan": issuer.name,
        "co_quan_cap_tren": issuer.parent,
        "co_quan_day_du": proper_name(issuer),
        "co_quan_trao_tang": by,
        "nguoi_ky_co_quan": by,
        "ky_dong_1": padded[0],
        "ky_dong_2": padded[1],
        "ky_dong_3": padded[2],
        "tien_to_ky": lines[0] if len(lines) > 1 or signer.relation == "acting" else "",
        "chuc_vu_nguoi_ky": signer_title(issuer, signer),
        "ten_nguoi_ky": signer.name,
    }
    return values


def award_values(decision: Decision, award: Award) -> dict[str, str]:
    """Values of every award-level placeholder, as the record holds them (clean)."""
    title, unit = award.title, award.unit
    values = {
        "ten": award.name,
        "danh_xung": salutation_text(award),
        "chuc_vu": title,
        "don_vi": unit,
        "chuc_vu_don_vi": title_with_unit(title, unit),
        "thanh_tich": decision.reason_for(award),
        "so_vao_so": award.register_number,
    }
    return values
