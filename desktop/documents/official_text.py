"""Wording shared by the official documents: header lines, numbers, signer lines, Nơi nhận.

Pure text from domain records and a :class:`DocumentStyle`; no drawing. The PDF and DOCX
renderers of every document get their words from here, so both say the same thing.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.documents.document_model import Header
from desktop.documents.document_style import DocumentStyle
from desktop.domain import dates
from desktop.domain.docnumbers import format_document_number, parse_document_number
from desktop.domain.numbers import format_number
from desktop.domain.records import Organisation, Signer
from desktop.domain.text import join_title, normalize

BLANK_NUMBER = "\u00a0" * 10
"""Room left after "Số" for the văn thư to write the number of a draft."""

_BARE_PREFIX = re.compile(r"^(TM|T/M|KT|K/T|TL|T/L|TUQ|Q)\.?$", re.IGNORECASE)
_DEPUTY = re.compile(r"^phó\s+", re.IGNORECASE)
_TRAILING_MARKS = re.compile(r"[\s;,.]+$")


def upper(text: str) -> str:
    """Vietnamese upper case of normalised ``text`` ("Tỉnh ủy" → "TỈNH ỦY")."""
    return normalize(text).upper()


def issuer_full_name(issuer: Organisation, style: DocumentStyle) -> str:
    """How running text names the issuer: "Ban Tuyên giáo Tỉnh ủy Bắc Giang", "Sở Nội vụ"."""
    name = normalize(issuer.name)
    if style.body.issuer_with_parent and issuer.parent:
        return f"{name} {normalize(issuer.parent)}"
    return name


def document_number(number: str) -> str:
    """The number as written in the header, with the leading-zero rule applied."""
    number = normalize(number)
    try:
        return format_document_number(parse_document_number(number))
    except ValueError:
        return number


def number_text(style: DocumentStyle, number: str) -> str:
    """ "Số: 05/QĐ-SNV" (state) or "Số 15-QĐ/BTGTU" (Party), prefix from the style."""
    return f"{style.header.number_prefix} {document_number(number)}"


def blank_number_text(style: DocumentStyle, kind: str, abbreviation: str) -> str:
    """A number line with the number left blank: "Số:      /BB-SNV", "Số      -BB/BTGTU"."""
    abbreviation = normalize(abbreviation)
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
    return dates.place_date_line(normalize(issuer.place), day)


def _split_prefix(prefix: str) -> tuple[str, str]:
    """ "KT. GIÁM ĐỐC" → ("KT.", "GIÁM ĐỐC"); "T/M" → ("T/M", "")."""
    head, _, rest = normalize(prefix).partition(" ")
    if _BARE_PREFIX.match(head):
        return head, rest.strip()
    return "", normalize(prefix)


def head_title(signer: Signer, style: DocumentStyle) -> str:
    """Title of the head of the body in whose name the signer signs.

    A prefix typed in full names it ("KT. GIÁM ĐỐC" → "GIÁM ĐỐC"); with a bare "KT." it is the
    signer's title without "Phó"; otherwise the signer's own title.
    """
    abbreviation, named = _split_prefix(signer.prefix)
    if named:
        return named
    title = normalize(signer.title)
    if abbreviation in style.signature.deputy_prefixes:
        title = _DEPUTY.sub("", title)
        title = title[:1].upper() + title[1:]
    return title


def issued_by(signer: Signer, issuer: Organisation, style: DocumentStyle) -> str:
    """Who issues a decision, in running text: "Giám đốc Sở Nội vụ" (state: the head, or the
    collective body for TM.), "Ban Tuyên giáo Tỉnh ủy Bắc Giang" (Party: the body)."""
    if style.body.form == "party":
        return issuer_full_name(issuer, style)
    abbreviation, named = _split_prefix(signer.prefix)
    if abbreviation in style.signature.collective_prefixes:
        return (
            join_title(named, issuer_full_name(issuer, style))
            if named
            else issuer_full_name(issuer, style)
        )
    head = head_title(signer, style)
    if head.isupper():
        head = head.capitalize()
    return join_title(head, issuer_full_name(issuer, style))


def authority(signer: Signer, issuer: Organisation, style: DocumentStyle) -> str:
    """Thẩm quyền ban hành, upper case: "GIÁM ĐỐC SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH …"."""
    abbreviation, named = _split_prefix(signer.prefix)
    if abbreviation in style.signature.collective_prefixes:
        return upper(join_title(named, issuer_full_name(issuer, style)))
    return upper(join_title(head_title(signer, style), issuer_full_name(issuer, style)))


def signer_lines(signer: Signer, issuer: Organisation, style: DocumentStyle) -> list[str]:
    """Quyền hạn and chức vụ lines above the signature, upper case.

    A full prefix ("KT. GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ") is printed as typed; a bare one is
    completed: "TM." with the body's name, "KT." with the head's title, "Q." joins the title.
    """
    prefix = normalize(signer.prefix)
    title = upper(signer.title)
    if not prefix:
        return [title] if title else []
    if not _BARE_PREFIX.match(prefix):
        return [upper(prefix), title] if title else [upper(prefix)]
    if prefix in style.signature.collective_prefixes:
        return [f"{prefix} {upper(issuer.name)}", title]
    if prefix in style.signature.deputy_prefixes:
        return [f"{prefix} {upper(head_title(signer, style))}", title]
    if prefix.upper().startswith("Q"):
        return [f"{prefix} {title}"]
    return [prefix, title]


def ending(line: str, mark: str) -> str:
    """``line`` without its trailing punctuation, then ``mark``."""
    return _TRAILING_MARKS.sub("", normalize(line)) + mark


def recipient_lines(
    lines: list[str], style: DocumentStyle, archive_line: str, defaults: list[str]
) -> list[str]:
    """Nơi nhận lines: each "- …" ending with the separator, the archive line last.

    ``lines`` are as the user typed them (with or without "-" and ending); an empty list gives
    ``defaults``. The archive line ("- Lưu: VT.") is added unless one is there.
    """
    items = [normalize(x) for x in lines if normalize(x)] or list(defaults)
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
    text = normalize(text)
    return text[:1].lower() + text[1:]


def with_end_mark(text: str, mark: str) -> str:
    """Close the last paragraph of a document with ``mark`` ("./.")."""
    text = normalize(text)
    if not mark or text.endswith(mark):
        return text
    return ending(text, "") + mark
