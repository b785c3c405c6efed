"""One style definition per document style: every size, margin, weight and rule length.

The values live as data in ``resources/styles/<name>.json`` (``state`` = Nghị định 30/2020,
``party`` = Hướng dẫn 36-HD/VPTW), so an office can change an uncertain value (the Party guide
may have been replaced; see docs/documents.md) without touching code. Renderers take a
:class:`DocumentStyle` and never hold layout numbers of their own beyond small drawing details.

Lengths are millimetres (``*_mm``), font sizes and line widths points (``*_pt``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop import paths
from desktop.documents.placeholders import PatternError, fill, parse_parts
from desktop.domain.authority import Spelling
from desktop.domain.json_text import JsonTextError, loads_strict
from desktop.domain.records import DOCUMENT_STYLES

IssuerMark = Literal["rule", "star"]
"""Under the issuing body: a short solid rule (state) or a "*" (Party)."""
RuleKind = Literal["solid", "dashes"]
FormKind = Literal["state", "party"]


class StyleError(ValueError):
    """A style file is missing, unreadable or has a wrong value; the message names it."""


@dataclass(frozen=True, slots=True)
class TextStyle:
    """Size and weight of one kind of text."""

    size_pt: float
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True, slots=True)
class PageSpec:
    """Paper, margins and page numbers (NĐ 30 Phụ lục I, I.1)."""

    width_mm: float = 210
    height_mm: float = 297
    margin_top_mm: float = 20
    margin_bottom_mm: float = 20
    margin_left_mm: float = 30
    margin_right_mm: float = 15
    page_number: TextStyle = TextStyle(14)
    page_number_from_top_mm: float = 12
    """Baseline of the page number, measured from the top edge (inside the top margin)."""
    first_page_number_shown: bool = False

    @property
    def text_width_mm(self) -> float:
        """Width between the left and right margins."""
        return self.width_mm - self.margin_left_mm - self.margin_right_mm


@dataclass(frozen=True, slots=True)
class HeaderSpec:
    """The two-column header of page 1 (ô 1–4)."""

    left_width_mm: float
    right_width_mm: float
    national_title: str
    national_title_style: TextStyle
    motto: str
    """Tiêu ngữ; empty for Party documents."""
    motto_style: TextStyle
    parent_style: TextStyle
    issuer_style: TextStyle
    issuer_mark: IssuerMark
    issuer_rule_ratio: float
    """Rule under the issuing body as a fraction of its text width (1/3–1/2)."""
    star_style: TextStyle
    number_prefix: str
    """"Số:" (state, with colon) or "Số" (Party, without)."""
    number_style: TextStyle
    date_style: TextStyle
    rule_width_pt: float
    rule_gap_pt: float
    """Distance from the baseline of the ruled line down to the rule."""
    row_gap_pt: float
    """Space between the rules and the Số / date row."""
    minutes_date_line: bool
    """Mẫu 1.9 has no place-and-date line; the Party minutes (HD 16) have one."""


@dataclass(frozen=True, slots=True)
class BodySpec:
    """Title block and body text."""

    line_spacing: float
    body_style: TextStyle
    first_line_indent_mm: float
    space_before_pt: float
    title_style: TextStyle
    summary_style: TextStyle
    summary_rule: RuleKind
    summary_rule_ratio: float
    authority_style: TextStyle
    basis_style: TextStyle
    basis_prefix: str
    """"" (state: "Căn cứ …;") or "- " (Party: "- Căn cứ …;")."""
    form: FormKind
    """Layout family of decisions and minutes. state: Mẫu 1.2 (authority above the Căn cứ
    lines, then "QUYẾT ĐỊNH:") and Mẫu 1.9; party: "- Căn cứ …", "<AUTHORITY> QUYẾT ĐỊNH:"
    and the HD 16 minutes."""
    reference_style: TextStyle
    section_style: TextStyle
    title_gap_pt: float
    """Space between the header and the tên loại."""
    decision_summary: str
    """Trích yếu of a decision; ``{award_form}`` is replaced ("Về việc tặng Giấy khen")."""
    basis_separator: str
    """Ending of every Căn cứ line but the last."""
    basis_last_end: str
    """Ending of the last Căn cứ line ("." state, "," Party before "… QUYẾT ĐỊNH:")."""
    end_mark: str
    """Mark closing the text of a document ("./.")."""
    default_bases: list[str]
    """Căn cứ placeholders used when the issuer has none stored."""
    default_articles: list[str]
    """Điều 2, Điều 3 … of a decision whose own articles are empty."""


@dataclass(frozen=True, slots=True)
class TableSpec:
    """Tables (the commendation list, action items)."""

    header_style: TextStyle
    cell_style: TextStyle
    grid_width_pt: float
    padding_pt: float


@dataclass(frozen=True, slots=True)
class SignatureSpec:
    """The signature block, "Nơi nhận" and the signer's authority prefixes."""

    left_width_mm: float
    right_width_mm: float
    authority_style: TextStyle
    note_style: TextStyle
    name_style: TextStyle
    sign_space_mm: float
    """Room for the signature and seal between the title and the name (NĐ 30 ô 7c, 8)."""
    authority: Spelling
    """Prefix spellings (KT./K/T …) and who gives the award (the head or the body)."""
    recipients_label: str
    recipients_label_style: TextStyle
    recipients_style: TextStyle
    archive_line: str
    minutes_archive_line: str
    secretary_label: str
    chair_label: str
    recipients_separator: str
    """Ending of each Nơi nhận line but the last (";" state, "," Party)."""
    default_recipients: list[str]
    """Nơi nhận lines (before the archive line) when the record has none."""


@dataclass(frozen=True, slots=True)
class DocumentStyle:
    """Everything that differs between a state and a Party document."""

    name: str
    label: str
    page: PageSpec
    header: HeaderSpec
    body: BodySpec
    table: TableSpec
    signature: SignatureSpec
    source: str = field(default="")


STYLE_PATTERNS: dict[tuple[str, str], tuple[str, ...]] = {
    ("body", "decision_summary"): ("award_form",),
}
"""The style texts with placeholders, and the only names each may use. They go through the
parser of certificate templates (documents/placeholders.py), never ``str.format``."""


def _convert(kind: Any, value: Any, where: str) -> Any:
    """Turn JSON ``value`` into ``kind`` (a dataclass, list[str], Literal or scalar)."""
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        if not isinstance(value, dict):
            raise StyleError(f"{where}: cần một đối tượng JSON")
        return _build(kind, value, where)
    if origin is Literal:
        if value not in typing.get_args(kind):
            allowed = ", ".join(map(str, typing.get_args(kind)))
            raise StyleError(f"{where}: giá trị {value!r} không hợp lệ (chọn: {allowed})")
        return value
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise StyleError(f"{where}: cần một danh sách chuỗi")
        return list(value)
    if origin in (typing.Union, types.UnionType):
        raise StyleError(f"{where}: kiểu không hỗ trợ")  # pragma: no cover
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise StyleError(f"{where}: cần một số")
        return float(value)
    if kind is bool:
        if not isinstance(value, bool):
            raise StyleError(f"{where}: cần true hoặc false")
        return value
    if kind is str:
        if not isinstance(value, str):
            raise StyleError(f"{where}: cần một chuỗi")
        return value
    raise StyleError(f"{where}: kiểu không hỗ trợ")  # pragma: no cover


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(k for k in data if k not in names and not k.startswith("_"))
    if unknown:
        raise StyleError(f"{where}: khóa không rõ {', '.join(unknown)}")
    values = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            values[f.name] = _convert(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise StyleError(f"{where}: thiếu khóa {f.name}")
    return cls(**values)


def style_from_dict(data: dict[str, Any], where: str = "style") -> DocumentStyle:
    """Build a style from its JSON form; ``_``-prefixed keys are comments.

    Raises:
        StyleError: a key is missing, unknown or of the wrong type; the message names it.
    """
    data = dict(data)
    source = data.pop("_source", "")
    style: DocumentStyle = _build(DocumentStyle, data, where)
    for (section, key), vocabulary in STYLE_PATTERNS.items():
        try:
            parse_parts(getattr(getattr(style, section), key), vocabulary)
        except PatternError as exc:
            raise StyleError(f"{where}: {section}.{key}: {exc}") from None
    return dataclasses.replace(style, source=str(source))


def decision_summary(style: DocumentStyle, award_form: str) -> str:
    """The trích yếu of a decision: ``body.decision_summary`` with ``{award_form}`` filled."""
    parts = parse_parts(style.body.decision_summary, STYLE_PATTERNS["body", "decision_summary"])
    return fill(parts, {"award_form": award_form})


def style_path(name: str) -> Path:
    """The bundled definition of style ``name`` ("state" or "party")."""
    return paths.resource("styles", f"{name}.json")


def load_style(name: str, path: Path | None = None) -> DocumentStyle:
    """Read style ``name`` from ``path`` (default: the bundled definition).

    Raises:
        StyleError: unknown style name, unreadable file or a wrong value.
    """
    if path is None and name not in DOCUMENT_STYLES:
        raise StyleError(f"Không có kiểu văn bản '{name}' (chọn: {', '.join(DOCUMENT_STYLES)})")
    path = path or style_path(name)
    try:
        data = loads_strict(path.read_text(encoding="utf-8"))
    except JsonTextError as exc:
        raise StyleError(f"Không đọc được tệp kiểu văn bản {path.name}: {exc}") from None
    except (OSError, ValueError) as exc:
        raise StyleError(f"Không đọc được tệp kiểu văn bản {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise StyleError(f"{path}: cần một đối tượng JSON")
    return style_from_dict(data, where=path.name)


_cache: dict[str, DocumentStyle] = {}


def style_for(name: str) -> DocumentStyle:
    """The bundled style ``name``, read once per process."""
    if name not in _cache:
        _cache[name] = load_style(name)
    return _cache[name]
