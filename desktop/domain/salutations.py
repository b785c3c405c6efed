"""Salutations (danh xưng): how a recipient is addressed before the name on a certificate.

A person is Ông, Bà, Đồng chí or nothing, chosen by a person: the program suggests one only
where it is safe (the Party addresses everyone as "Đồng chí"; a middle name "Thị" is a woman's,
"Văn" a man's) and warns before printing about the people nobody chose for. A collective is
"Tập thể" unless its name already begins with it.
"""

from __future__ import annotations

from desktop.domain.records import Award, Salutation
from desktop.domain.text import fold, normalize, split_name

__all__ = [
    "salutation_text",
    "salutation_warning",
    "suggest_salutation",
    "unsettled_salutations",
]

_COLLECTIVE_LABEL = "Tập thể"


def suggest_salutation(name: str, style: str) -> Salutation | None:
    """A safe salutation for a person, or ``None`` when it cannot be guessed.

    Party style addresses everyone as "Đồng chí". Otherwise a middle name "Thị" is a woman's
    (Bà), "Văn" a man's (Ông); any other name is left to a person to choose.
    """
    if style == "party":
        return "Đồng chí"
    _family, middle, _given = split_name(normalize(name))
    words = [fold(w) for w in middle.split()]
    if "thi" in words and "van" not in words:
        return "Bà"
    if "van" in words and "thi" not in words:
        return "Ông"
    return None


def salutation_text(award: Award) -> str:
    """What prints before the name: the person's salutation, "Tập thể" for a collective
    whose name does not already begin with it; never "Ông/Bà"."""
    if award.is_collective:
        return "" if fold(award.name).startswith(fold(_COLLECTIVE_LABEL)) else _COLLECTIVE_LABEL
    return award.salutation or ""


def unsettled_salutations(awards: list[Award]) -> list[Award]:
    """The person awards whose salutation nobody has chosen (``None``), in list order."""
    return [a for a in awards if not a.is_collective and a.salutation is None]


def salutation_warning(number: str, awards: list[Award]) -> str:
    """A warning naming who has no salutation chosen, or ``""``."""
    missing = unsettled_salutations(awards)
    if not missing:
        return ""
    names = ", ".join(normalize(a.name) for a in missing[:5])
    more = f" và {len(missing) - 5} người khác" if len(missing) > 5 else ""
    return (
        f"Quyết định {number}: chưa chọn danh xưng (Ông, Bà, Đồng chí hoặc không) cho "
        f"{len(missing)} người ({names}{more}); tên của họ sẽ in không có danh xưng."
    )
