"""Wording shared by the official documents: header lines, numbers, signer lines, Nơi nhận.

Pure text from domain records and a :class:`DocumentStyle`; no drawing. The PDF and DOCX
renderers of every document get their words from here, so both say the same thing.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.documents.official.model import Header
from desktop.documents.style import DocumentStyle
from desktop.domain import dates
from desktop.domain.authority import awarding_authority, proper_name, signature_lines
from desktop.domain.docnumbers import written_number
from desktop.domain.numbers import format_number
from desktop.domain.records import Organisation, Signer

BLANK_NUMBER = "\u00a0" * 10
"""Room left after "Số" for the văn thư to write the number of a draft."""

_TRAILING_MARKS = re.compile(r"[\s;,.]+$")


def upper(text: str) -> str:
    """Vietnamese upper case of ``text`` ("Tỉnh ủy" → "TỈNH ỦY")."""
    return text.upper()


def issuer_full_name(issuer: Organisation, style: DocumentStyle) -> str:
    """How running text names the issuer: its proper name ("Sở Nội vụ tỉnh Thái Nguyên",
    "Ban Tuyên giáo Tỉnh ủy Bắc Giang"), stored or derived (``domain.authority``)."""
    del style
    return proper_name(issuer)


def number_text(style: DocumentStyle, number: str) -> str:
    """ "Số: 05/QĐ-SNV" (state) or "Số 15-QĐ/BTGTU" (Party), prefix from the style."""
    return f"{style.header.number_prefix} {written_number(number)}"


def blank_number_text(style: DocumentStyle, kind: str, abbreviation: str) -> str:
    """A number line with the number left blank: "Số:      /BB-SNV", "Số      -BB/BTGTU"."""
    if style.body.form == "party":
        code = f"-{kind}/{abbreviation}" if abbreviation else f"-{kind}"
    else:
        code = f"/{kind}-{abbreviation}" if abbreviation else f"/{kind}"
    return f"{style.header.number_prefix} {BLANK_NUMBER}{code}"


def header(
    style: DocumentStyle, issuer: Organisation, number_line: str, date_text: str | None
) -> Header:
    """The page-1 header of ``issuer``'s document, names in upper case."""
    return Header(
        parent=upper(issuer.parent),
        issuer=upper(issuer.name),
        number_text=number_line,
        date_text=date_text,
    )


def place_date(issuer: Organisation, day: dt.date) -> str:
    """ "Bắc Giang, ngày 03 tháng 01 năm 2024" (leading-zero rule from desktop.domain.dates)."""
    return dates.place_date_line(issuer.place, day)


def issued_by(signer: Signer, issuer: Organisation, style: DocumentStyle) -> str:
    """Who issues a decision, in running text: "Giám đốc Sở Nội vụ tỉnh Thái Nguyên" (the
    head, whoever signs), "Ủy ban nhân dân xã Phú Bình" (TM.), "Trưởng Ban Tuyên giáo Tỉnh ủy
    Bắc Giang". One rule: ``domain.authority.awarding_authority``."""
    return awarding_authority(issuer, signer, style.signature.authority)


def authority(signer: Signer, issuer: Organisation, style: DocumentStyle) -> str:
    """Thẩm quyền ban hành, upper case: "GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN"."""
    return upper(issued_by(signer, issuer, style))


def signer_lines(signer: Signer, issuer: Organisation, style: DocumentStyle) -> list[str]:
    """Quyền hạn and chức vụ lines above the signature, upper case, one per line:
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["Q. GIÁM ĐỐC"]."""
    return [line for line in signature_lines(issuer, signer, style.signature.authority) if line]


def ending(line: str, mark: str) -> str:
    """``line`` without its trailing punctuation, then ``mark``."""
    return _TRAILING_MARKS.sub("", line) + mark


def recipient_lines(
    lines: list[str], style: DocumentStyle, archive_line: str, defaults: list[str]
) -> list[str]:
    """Nơi nhận lines: each "- …" ending with the separator, the archive line last.

    ``lines`` are as the user typed them (with or without "-" and ending); an empty list gives
    ``defaults``. The archive line ("- Lưu: VT.") is added unless one is there.
    """
    items = list(lines) or list(defaults)
    items = [x[1:].strip() if x.startswith(("-", "–", "+")) else x for x in items]
    has_archive = bool(items) and items[-1].lower().startswith("lưu")
    out = []
    separator = style.signature.recipients_separator
    for i, item in enumerate(items):
        last = has_archive and i == len(items) - 1
        out.append(f"- {ending(item, '.' if last else separator)}")
    if not has_archive:
        out.append(archive_line)
    return out


def counts_text(collectives: int, people: int) -> str:
    """ "11 tập thể và 15 cá nhân", "9 tập thể", "1 cá nhân"."""
    parts = []
    if collectives:
        parts.append(f"{format_number(collectives)} tập thể")
    if people:
        parts.append(f"{format_number(people)} cá nhân")
    return " và ".join(parts)


def lower_first(text: str) -> str:
    """ "Đã có thành tích …" → "đã có thành tích …" for use inside a sentence."""
    return text[:1].lower() + text[1:]


def with_end_mark(text: str, mark: str) -> str:
    """Close the last paragraph of a document with ``mark`` ("./.")."""
    if not mark or text.endswith(mark):
        return text
    return ending(text, "") + mark
