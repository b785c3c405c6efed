"""Award rules: the forms (hình thức khen thưởng), their built-in certificate templates, and
what a recipient of each kind carries.

- The forms an office chooses from are Giấy khen, Giấy chứng nhận and Bằng khen (Luật Thi đua,
  khen thưởng 2022 Điều 9, and the Giấy chứng nhận offices hand out at conferences).
- Each form has a built-in certificate template per document style (state / Party), used when
  the user names none.
- A collective (tập thể) has no chức vụ, no đơn vị, no salutation and no birth year: the
  award list writes its name alone, the directory keeps only its name.
- A row of a list with something typed but no name (``unnamed_rows``) is kept while it is
  edited and shown as a problem at its cell; it is not stored and not printed (the list, the
  decision and the certificates count the named rows only), so every count agrees. A fully
  blank row (just added) is not a problem.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.records import Award, DocumentStyle, RecipientKind
from desktop.domain.text import fold, normalize

__all__ = [
    "AWARD_FORMS",
    "DEFAULT_AWARD_FORM",
    "DEFAULT_TEMPLATE",
    "DEFAULT_TEMPLATES",
    "default_template",
    "fit_to_kind",
    "form_key",
    "is_named",
    "kind_from_text",
    "recipient_fields",
    "unnamed_message",
    "unnamed_rows",
    "unnamed_warning",
    "with_kind",
]

AWARD_FORMS: tuple[str, ...] = ("Giấy khen", "Giấy chứng nhận", "Bằng khen")
"""The forms offered for a decision, the most common first."""
DEFAULT_AWARD_FORM = AWARD_FORMS[0]
"""The form of a new decision, and of one whose form was left empty."""

DEFAULT_TEMPLATES: dict[tuple[str, DocumentStyle], str] = {
    ("giấy khen", "party"): "giay-khen-dang",
    ("giấy khen", "state"): "giay-khen-nha-nuoc",
    ("giấy chứng nhận", "party"): "giay-chung-nhan-dang",
    ("giấy chứng nhận", "state"): "giay-chung-nhan",
    ("bằng khen", "party"): "bang-khen-dang",
    ("bằng khen", "state"): "bang-khen",
}
"""(form as :func:`form_key` gives it, style) → the built-in template id."""
DEFAULT_TEMPLATE = "giay-khen-nha-nuoc"
"""The template of a form no built-in template is made for."""


def form_key(award_form: str) -> str:
    """The form as compared: normalised, lower case ("Giấy  Khen" → "giấy khen")."""
    return normalize(award_form).lower()


def default_template(award_form: str, style: DocumentStyle) -> str:
    """The built-in certificate template for ``award_form`` given by a ``style`` body."""
    return DEFAULT_TEMPLATES.get((form_key(award_form), style), DEFAULT_TEMPLATE)


KIND_WORDS: dict[str, RecipientKind] = {
    "tap the": "collective",
    "collective": "collective",
    "tt": "collective",
    "ca nhan": "person",
    "person": "person",
    "cn": "person",
}
"""Folded words a list or a table cell gives the kind of recipient with."""


def kind_from_text(text: str) -> RecipientKind | None:
    """The kind a cell names ("Tập thể", "TT", "cá nhân", "CN" …), or None when it names none."""
    return KIND_WORDS.get(fold(text))


def recipient_fields(kind: RecipientKind, title: str, unit: str) -> tuple[str, str]:
    """(chức vụ, đơn vị) a recipient of ``kind`` keeps: a collective keeps neither."""
    return ("", "") if kind == "collective" else (title, unit)


def fit_to_kind(award: Award) -> Award:
    """``award`` as its kind allows: a collective without title, unit, salutation or birth year.

    A person's award is returned as it is; a collective's is a copy when anything was dropped.
    """
    if not award.is_collective:
        return award
    if not (award.title or award.unit or award.salutation is not None or award.birth_year):
        return award
    return replace(award, title="", unit="", salutation=None, birth_year=None)


def with_kind(award: Award, kind: RecipientKind) -> Award:
    """``award`` turned into a recipient of ``kind`` (the kind column edited): the link to the
    directory goes (a person's entry is not a collective's), and a collective loses what only
    a person has."""
    if kind == award.kind:
        return award
    return fit_to_kind(replace(award, kind=kind, recipient_id=""))


def is_named(award: Award) -> bool:
    """True when the row has a name that prints (not empty, not only invisible characters)."""
    return bool(normalize(award.name))


def unnamed_rows(awards: list[Award]) -> list[int]:
    """Rows (from 1) where a title, unit or reason is typed but the name is empty.

    A row whose name is only invisible characters has its own warning; a blank row is none.
    """
    return [
        row
        for row, award in enumerate(awards, start=1)
        if not award.name.strip()
        and any(normalize(text) for text in (award.title, award.unit, award.reason))
    ]


def unnamed_message(row: int) -> str:
    """What the cell of an unnamed row says: "Dòng 12: chưa có tên người nhận"."""
    return (
        f"Dòng {row}: chưa có tên người nhận. Dòng này không được lưu và không được in "
        "cho đến khi có tên."
    )


def unnamed_warning(awards: list[Award]) -> str:
    """The documents' warning about unnamed rows (how many print), or ""."""
    rows = unnamed_rows(awards)
    if not rows:
        return ""
    named = sum(1 for award in awards if is_named(award))
    shown = ", ".join(map(str, rows[:10])) + (
        f" và {len(rows) - 10} dòng khác" if len(rows) > 10 else ""
    )
    return (
        f"Dòng {shown}: chưa có tên người nhận. Các dòng này không được lưu và không được in; "
        f"danh sách, quyết định và giấy in ra có {named} người nhận. Hãy gõ tên hoặc xoá dòng."
    )
