"""Rows into awards: sections, totals and the signature block passed over, every problem named
by its row, all or nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.awards import kind_from_text, recipient_fields
from desktop.domain.records import Award, RecipientKind
from desktop.domain.text import fold, normalize
from desktop.exchange.recipients_import.columns import (
    guess_mapping,
    paste_mapping,
    two_column_birth,
)
from desktop.exchange.recipients_import.common import (
    COLLECTIVE_STARTS,
    MAX_NAME,
    MAX_REASON,
    MAX_TEXT,
    NO_HEADER,
    Column,
    ColumnMapping,
    PassedOver,
    RecipientImportError,
    from_legacy,
    shown,
)
from desktop.exchange.recipients_import.files import parse_text, read_list

_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
"""A year of birth in a cell: "1975", "12/05/1975", "1975-05-12"."""

_SECTION = re.compile(
    r"^(?:[ivxlc]+|[0-9]+|[a-z])?[.)]?\s*(?:danh sach\s+)?(tap the|ca nhan)\b", re.IGNORECASE
)
# Lower-case text with its diacritics: "Tống Văn Minh" (a family name) is no total row.
_TOTAL = re.compile(r"^(?:tổng\s+cộng|tổng\s+số|(?:tổng|cộng)\s*(?:[:.]|[0-9]|$))")
_SIGNATURE = re.compile(
    r"^người\s+lập\b|^\(\s*ký\b|^ký\s+(?:tên|và|,|ghi)|^thủ\s+trưởng\b|^xác\s+nhận\b"
    r"|^(?:tm|kt|tl|tuq|q)\.\s|^t/m\b"
    # The date line: "Bắc Giang, ngày 03 tháng 01 năm 2024" or "ngày … tháng … năm …", not a
    # reason that mentions a date.
    r"|^(?:[^,]{1,40},\s*)?ngày\s+\S{1,4}\s+tháng\s+\S{1,4}\s+năm\b"
)
_COLUMN_NUMBER = re.compile(r"^\(?[0-9]+\)?$")


def awards_from_pasted_text(text: str) -> list[Award]:
    """Awards from cells copied in Excel or Word (tab-separated), in order; [] for nothing.

    Same rules and errors as ``awards_from_rows`` (legacy TCVN3/VNI text converted too), with
    the column layout of ``paste_mapping``.
    """
    rows = from_legacy(parse_text(text.replace("\r\n", "\n")))
    if not any(normalize(cell) for row in rows for cell in row):
        return []
    return awards_from_rows(rows, paste_mapping(rows))


def awards_from_rows(
    rows: Sequence[Sequence[str]],
    mapping: ColumnMapping | None = None,
    default_kind: RecipientKind | None = None,
    skipped: list[PassedOver] | None = None,
) -> list[Award]:
    """Turn table rows into awards in list order, or refuse them all.

    Empty rows, the STT-only rows and section rows ("I. TẬP THỂ", "II. CÁ NHÂN") are skipped;
    a section row sets the kind of the rows after it. Without a kind column or sections, a name
    that starts like a collective's ("Phòng …", "Ban …", "Trường …") is a collective.
    Total rows ("Tổng cộng: 30 cá nhân", "Cộng: 30 người") and the signature block at the end
    ("Người lập biểu", "(Ký, ghi rõ họ tên)", the date line, and every row after it: the
    signer's name) are not recipients: each is added to ``skipped``.

    Raises:
        RecipientImportError: with every problem, each naming its row as Excel numbers it
            ("Dòng 14: thiếu tên").
    """
    mapping = mapping or guess_mapping(rows)
    cols = mapping.columns
    awards: list[Award] = []
    problems: list[str] = []
    section: RecipientKind | None = default_kind

    def cell(row: Sequence[str], column: Column) -> str:
        position = cols.get(column)
        if position is None or position >= len(row):
            return ""
        return normalize(row[position])

    signature = False
    signature_line = 0
    for index, row in enumerate(rows):
        if index <= mapping.header_row:
            continue
        line = index + 1
        texts = [normalize(c) for c in row]
        filled = [t for t in texts if t]
        if not filled:
            continue
        if not signature and len(filled) <= 3:
            # The block starts at a row of "Người lập biểu", "(Ký, ghi rõ họ tên)", "TM. …"
            # or the date line, whose name cell is empty or is that text itself (a reason
            # that mentions "ngày 3 tháng 2 năm 2023" beside a name starts nothing).
            own = cell(row, "name")
            marks = [t for t in filled if _SIGNATURE.search(t.lower())]
            signature = bool(marks) and (not own or own in marks)
            signature_line = line
        if signature:
            if len(filled) > 3:
                # A full row after the signature block: the list goes on, the block was not
                # one. Refused rather than passing over recipients.
                problems.append(
                    f"Dòng {line}: có dữ liệu sau phần ký tên (dòng {signature_line}); hãy "
                    "xóa hoặc chuyển phần ký tên xuống cuối danh sách"
                )
                continue
            if skipped is not None:
                skipped.append(PassedOver(line, f"phần ký tên “{shown(texts)}”"))
            continue
        if len(filled) <= 3 and _TOTAL.match(filled[0].lower()):
            if skipped is not None:
                skipped.append(PassedOver(line, f"dòng tổng cộng “{shown(texts)}”"))
            continue
        name = cell(row, "name")
        if "family" in cols:
            name = normalize(f"{cell(row, 'family')} {name}")
        heading = _SECTION.match(fold(name or filled[0]))
        if heading and len(filled) <= 2 and not cell(row, "title"):
            section = "collective" if heading.group(1) == "tap the" else "person"
            if skipped is not None:
                after = "tập thể" if section == "collective" else "cá nhân"
                skipped.append(
                    PassedOver(line, f"tiêu đề mục “{shown(texts)}” (các dòng sau là {after})")
                )
            continue
        if all(_COLUMN_NUMBER.match(t) for t in filled):
            continue  # a row of column numbers under the header: (1) (2) (3)
        if not name:
            problems.append(f"Dòng {line}: thiếu tên người nhận")
            continue
        if len(name) > MAX_NAME:
            problems.append(f"Dòng {line}: tên dài {len(name)} ký tự, quá {MAX_NAME} ký tự")
            continue
        title, unit = cell(row, "title"), cell(row, "unit")
        if "title_unit" in cols and not (title or unit):
            title, _, unit = cell(row, "title_unit").partition(",")
            title, unit = normalize(title), normalize(unit)
        birth_year = None
        born = cell(row, "birth_year")
        if not born and "birth_year" in cols:
            # "Năm sinh" merged over two columns, Nam / Nữ: a woman's year is in the second.
            born = (
                normalize(row[cols["birth_year"] + 1])
                if two_column_birth(rows, mapping) and cols["birth_year"] + 1 < len(row)
                else ""
            )
        if born:
            years = _YEAR.findall(born)
            if len(years) != 1:
                problems.append(
                    f"Dòng {line}: năm sinh “{born}” không rõ; ghi năm bốn chữ số, ví dụ 1975"
                )
                continue
            birth_year = int(years[0])
        kind_text = cell(row, "kind")
        if kind_text:
            typed = kind_from_text(kind_text)
            if typed is None:
                problems.append(
                    f'Dòng {line}: loại "{cell(row, "kind")}" không rõ; ghi "Tập thể" hoặc '
                    '"Cá nhân"'
                )
                continue
            kind = typed
        elif section:
            kind = section
        else:
            kind = "collective" if _looks_collective(name, title) else "person"
        title, unit = recipient_fields(kind, title, unit)  # a collective has neither
        award = Award(
            kind=kind,
            name=name,
            title=title,
            unit=unit,
            reason=cell(row, "reason"),
            register_number=cell(row, "register_number"),
            position=len(awards) + 1,
            birth_year=None if kind == "collective" else birth_year,
        )
        # The limits of a meeting package, so that `dump` writes what `load` accepts.
        too_long = [
            f"Dòng {line}: {label} dài {len(text)} ký tự, quá {limit} ký tự"
            for label, text, limit in (
                ("chức vụ", award.title, MAX_TEXT),
                ("đơn vị", award.unit, MAX_TEXT),
                ("thành tích", award.reason, MAX_REASON),
                ("số vào sổ", award.register_number, MAX_TEXT),
            )
            if len(text) > limit
        ]
        if too_long:
            problems += too_long
            continue
        awards.append(award)
    if problems:
        raise RecipientImportError(problems)
    if not awards:
        raise RecipientImportError(["không có dòng nào có tên người nhận"])
    return awards


def _looks_collective(name: str, title: str) -> bool:
    return not title and normalize(name).lower().startswith(COLLECTIVE_STARTS)


def read_awards(
    path: str | Path,
    mapping: ColumnMapping | None = None,
    rows: Sequence[Sequence[str]] | None = None,
    skipped: list[PassedOver] | None = None,
) -> list[Award]:
    """Awards from the list file at ``path`` (see ``awards_from_rows``); rows passed over
    (hidden, totals, signatures) are added to ``skipped``.

    A file must have a header row naming its name column; only pasted cells go by position.
    """
    if rows is None:
        listed = read_list(path)
        rows = listed.rows
        if skipped is not None:
            skipped += listed.skipped
    mapping = mapping or guess_mapping(rows)
    if mapping.header_row < 0:
        raise RecipientImportError([NO_HEADER], str(path))
    try:
        return awards_from_rows(rows, mapping, skipped=skipped)
    except RecipientImportError as exc:
        raise RecipientImportError(exc.problems, str(path)) from None
