"""Document numbers (số, ký hiệu văn bản) in the state and the Party styles.

State style (Nghị định 30/2020, Phụ lục I, II.3): "Số: 05/QĐ-SNV" — the number, "/", then the
ký hiệu: the kind of document (QĐ), "-", the issuer (SNV). Numbers below 10 take a leading 0.
A công văn has no kind: "Số: 05/BNV-VP" is number / issuer - drafting unit. Legal normative
documents put the year after the number: "30/2020/NĐ-CP".

Party style (HD 36-HD/VPTW): "Số 15-QĐ/BTGTU" — no colon after "Số", the number joined to the
kind by "-", then "/" and the issuer. Every Party document has a kind (a công văn is "CV"). All
examples found have numbers of 10 or more, so whether Party numbers below 10 take a 0 is not
known; :func:`format_document_number` does not pad them unless asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.domain.errors import InvalidInput
from desktop.domain.records import DOCUMENT_STYLES, DocumentStyle
from desktop.domain.text import fold, normalize

STATE_KINDS: frozenset[str] = frozenset(
    {
        "NQ",  # Nghị quyết
        "QĐ",  # Quyết định
        "CT",  # Chỉ thị
        "QC",  # Quy chế
        "QyĐ",  # Quy định
        "TC",  # Thông cáo
        "TB",  # Thông báo
        "HD",  # Hướng dẫn
        "CTr",  # Chương trình
        "KH",  # Kế hoạch
        "PA",  # Phương án
        "ĐA",  # Đề án
        "DA",  # Dự án
        "BC",  # Báo cáo
        "BB",  # Biên bản
        "TTr",  # Tờ trình
        "HĐ",  # Hợp đồng
        "CĐ",  # Công điện
        "GN",  # Bản ghi nhớ
        "TTh",  # Bản thỏa thuận
        "GUQ",  # Giấy ủy quyền
        "GM",  # Giấy mời
        "GGT",  # Giấy giới thiệu
        "GNP",  # Giấy nghỉ phép
        "PG",  # Phiếu gửi
        "PC",  # Phiếu chuyển
        "PB",  # Phiếu báo
        "SY",  # Bản sao y
        "TrS",  # Bản trích sao
        "SL",  # Bản sao lục
        # Legal normative documents, met in "Căn cứ" lines: 30/2020/NĐ-CP, 01/2024/TT-BNV.
        "NĐ",  # Nghị định
        "TT",  # Thông tư
        "TTLT",  # Thông tư liên tịch
        "NQLT",  # Nghị quyết liên tịch
        "PL",  # Pháp lệnh
    }
)
"""Abbreviations of administrative document kinds (NĐ 30/2020, Phụ lục III).

A state number whose first ký hiệu group is one of these has that kind; otherwise it is read as
a công văn (no kind), as in "05/BNV-VP".
"""


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    """Số và ký hiệu of a document: "05/QĐ-SNV" (state) or "15-QĐ/BTGTU" (Party).

    Attributes:
        number: the running number, 1 or more.
        kind: abbreviation of the document kind ("QĐ", "BB", "CV" …); empty for a state công văn.
        issuer: the issuer's part of the ký hiệu ("SNV", "UBND-VX", "BTGTU").
        style: "state" (NĐ 30/2020) or "party" (HD 36-HD/VPTW).
        year: the year written after the number in legal normative documents ("30/2020/NĐ-CP");
            ``None`` for the usual numbers without one. State style only.
        width: digits as typed (see below).
    """

    number: int
    kind: str
    issuer: str
    style: DocumentStyle
    year: int | None = None
    width: int = field(default=0, compare=False)
    """How many digits the number was typed with ("05" → 2); 0 when not typed. Where the
    padding rule is not confirmed (Party style), the number is written as it was typed."""

    def __post_init__(self) -> None:
        if self.number < 1:
            raise InvalidInput(f"Số văn bản phải từ 1 trở lên, không phải {self.number}.")
        if self.style not in DOCUMENT_STYLES:
            raise InvalidInput(f"Kiểu văn bản không hợp lệ: «{self.style}».")
        if not self.issuer:
            raise InvalidInput("Ký hiệu văn bản thiếu tên cơ quan ban hành.")
        if self.style == "party" and not self.kind:
            raise InvalidInput("Số văn bản của Đảng phải có tên loại, ví dụ 15-QĐ/BTGTU.")
        if self.style == "party" and self.year is not None:
            raise InvalidInput("Số văn bản của Đảng không ghi năm.")


# A group of the ký hiệu: letters (Vietnamese included) and digits, nothing else.
_GROUP = r"[^\W_]+"
_STATE = re.compile(rf"(\d+)(?:/(\d{{4}}))?/({_GROUP}(?:-{_GROUP})*)")
_PARTY = re.compile(rf"(\d+)-({_GROUP})/({_GROUP}(?:[-/]{_GROUP})*)")
_PREFIX = re.compile(r"^số\s*:?\s*", re.IGNORECASE)
_SPACED_SEPARATOR = re.compile(r"\s*([/-])\s*")
# Word processors turn "-" into en or em dashes; users paste those.
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})


def parse_document_number(text: str) -> DocumentNumber:
    """Read a document number in either style: "Số: 05/QĐ-SNV" or "Số 15-QĐ/BTGTU".

    A leading "Số:" or "Số" is optional; spaces around the separators, NFD input and dashes
    typed as "–" are tolerated. The style follows from the separator after the number: "/" is
    state, "-" is Party.

    Raises:
        ValueError: with a Vietnamese message naming the text when it is not a document number.
    """
    shown = normalize(text)
    cleaned = _SPACED_SEPARATOR.sub(r"\1", _PREFIX.sub("", shown).translate(_DASHES))
    if match := _STATE.fullmatch(cleaned):
        groups = match[3].split("-")
        if len(groups) > 1 and groups[0] in STATE_KINDS:
            kind, issuer = groups[0], "-".join(groups[1:])
        else:
            kind, issuer = "", match[3]
        year = int(match[2]) if match[2] else None
        return _make(shown, match[1], kind, issuer, "state", year)
    if match := _PARTY.fullmatch(cleaned):
        return _make(shown, match[1], match[2], match[3], "party", None)
    raise InvalidInput(
        f"Số, ký hiệu văn bản không hợp lệ: «{shown}». Ví dụ đúng: «05/QĐ-SNV» (văn bản "
        "hành chính) hoặc «15-QĐ/BTGTU» (văn bản của Đảng)."
    )


def _make(
    shown: str, digits: str, kind: str, issuer: str, style: DocumentStyle, year: int | None
) -> DocumentNumber:
    if int(digits) < 1:
        raise InvalidInput(f"Số văn bản phải từ 1 trở lên: «{shown}».")
    return DocumentNumber(int(digits), kind, issuer, style, year, width=len(digits))


def format_document_number(number: DocumentNumber, *, pad: bool | None = None) -> str:
    """Return the số, ký hiệu without the "Số" prefix: "05/QĐ-SNV" or "15-QĐ/BTGTU".

    Args:
        number: the document number.
        pad: write numbers below 10 with a leading 0. ``None`` (the default) follows the style:
            state numbers are padded (NĐ 30/2020, II.3.c); Party numbers keep the digits they
            were typed with (the rule is unconfirmed; see the module docstring).
    """
    if pad is None and number.style == "party":
        digits = str(number.number).zfill(number.width)
    elif pad or (pad is None and number.style == "state"):
        digits = f"{number.number:02d}"
    else:
        digits = str(number.number)
    if number.style == "party":
        return f"{digits}-{number.kind}/{number.issuer}"
    year = f"/{number.year}" if number.year is not None else ""
    symbol = f"{number.kind}-{number.issuer}" if number.kind else number.issuer
    return f"{digits}{year}/{symbol}"


def number_line(number: DocumentNumber, *, pad: bool | None = None) -> str:
    """Return the line printed under the issuer's name: "Số: 05/QĐ-SNV" or "Số 15-QĐ/BTGTU".

    State documents put a colon after "Số"; Party documents do not (HD 36-HD/VPTW). ``pad`` is
    passed to :func:`format_document_number`.
    """
    prefix = "Số:" if number.style == "state" else "Số"
    return f"{prefix} {format_document_number(number, pad=pad)}"


def written_number(number: str) -> str:
    """The number as a document writes it, with the leading-zero rule ("5/QĐ-SNV" -> "05/QĐ-SNV").

    A number that does not parse is written as typed (normalised): the header prints what the
    clerk entered rather than nothing.
    """
    number = normalize(number)
    try:
        return format_document_number(parse_document_number(number))
    except ValueError:
        return number


_LEADING_DIGITS = re.compile(r"^\s*(?:số\s*:?\s*)?(\d+)", re.IGNORECASE)


def _running_number(text: str) -> tuple[int, int] | None:
    """(number, digits typed) of a stored number, read leniently: a number that does not parse
    ("05/QĐ" with no issuer yet) still counts by its leading digits."""
    try:
        parsed = parse_document_number(text)
        return parsed.number, parsed.width
    except ValueError:
        match = _LEADING_DIGITS.match(normalize(text))
        return (int(match[1]), len(match[1])) if match else None


def next_number(taken: Iterable[str], issuer: str, style: DocumentStyle, kind: str = "QĐ") -> str:
    """The số, ký hiệu after the highest of ``taken`` (the issuer's numbers this year).

    Each issuer numbers its own documents from 01 every year. State numbers follow
    :func:`format_document_number`'s padding; Party numbers take as many digits as the office's
    last number had (2 when there is none: "01-QĐ/BTGTU"), since the Party's padding rule is not
    confirmed. Without an issuer abbreviation the number is left for the user to complete:
    "01/QĐ" (state) or "01-QĐ" (Party).
    """
    running = [r for r in map(_running_number, taken) if r is not None]
    last, width = max(running, default=(0, 2))
    issuer = normalize(issuer)
    if not issuer:
        digits = f"{last + 1:02d}"
        return f"{digits}-{kind}" if style == "party" else f"{digits}/{kind}"
    number = DocumentNumber(last + 1, kind, issuer, style, width=max(width, 2))
    return format_document_number(number)


def number_key(text: str) -> tuple[object, ...] | None:
    """What identifies a document number whatever its form ("Số:", leading 0, case, Đ/D)."""
    try:
        number = parse_document_number(text)
    except ValueError:
        return None
    # A state kind typed in lower case ("qđ-snv") reads as part of the issuer: compare the whole.
    symbol = f"{number.kind}-{number.issuer}" if number.kind else number.issuer
    return (number.style, number.number, number.year, fold(symbol))


def same_number(text: str) -> object:
    """A key equal for two ways of writing one number (see ``number_key``), else folded."""
    return number_key(text) or fold(text).replace(" ", "")
