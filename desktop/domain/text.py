"""Vietnamese text rules: normalisation, search folding, name parts, titles.

Everything here is pure Python and works on ``str``. Three different notions of "the same text"
are in play, and callers should pick the one that fits:

- :func:`normalize` is what we *store and print*: NFC (reportlab draws NFD text wrongly), trimmed,
  one space between words.
- :func:`fold` is what we *search and detect duplicates with*: lower case, no diacritics, đ → d.
  Old and new tone placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy") fold to the same string.
- Sorting (:func:`desktop.domain.collation.collation_key`, ``name_key``) lives in
  ``desktop.domain.collation``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

T = TypeVar("T")

_SPACE_RUN = re.compile(r"\s+")
# Horizontal white space only: used inside one line of a multi-line text.
_INLINE_SPACE_RUN = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Control characters that are not white space (C0, DEL, C1) and the non-characters U+FFFE/FFFF:
# invisible, drawn by no font, refused in .xlsx/.docx. Pasted from PDFs and old programs.
# With them every format character (Unicode category Cf): zero-width spaces and joiners, the
# soft hyphen, the byte order mark, bidirectional overrides (U+202E shows "gnaiG" for "Giang")
# and tag characters. They hide text or make two names that look alike differ.
# tests/domain/test_text_invisible.py checks this list against unicodedata.
_FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
_CONTROL = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff{_FORMAT_CHARACTERS}]")
# Every line break Python's str.splitlines() knows (CRLF, CR, VT, FF, NEL, U+2028/2029, …).
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


_CONTROL_CLASS = f"\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff{_FORMAT_CHARACTERS}"
# Anything normalize() would change, NFC aside: a control or format character, white space
# other than one space, two spaces, or a space at either end.
_UNTIDY = re.compile(f"[{_CONTROL_CLASS}]|[^\\S ]|  |^ | $")


def is_normalized(text: str) -> bool:
    """True when ``normalize(text) == text``: the fast check for text already stored clean."""
    return not _UNTIDY.search(text) and unicodedata.is_normalized("NFC", text)


def normalize(text: str | None) -> str:
    """Return ``text`` ready to store or print: NFC, trimmed, white space runs as one space.

    Tabs, newlines, no-break spaces and other Unicode spaces all count as white space; other
    control characters and invisible format characters (zero-width spaces, bidirectional
    overrides, tag characters: Unicode category Cf) are dropped, so a name cannot hide text
    and "Báo Bắc\u200b Giang" is "Báo Bắc Giang".
    ``None`` gives ``""``.
    """
    if not text:
        return ""
    return _SPACE_RUN.sub(" ", unicodedata.normalize("NFC", _CONTROL.sub("", text))).strip()


def normalize_multiline(text: str | None) -> str:
    """Return a note or paragraph ready to store: NFC, tidy lines, at most one blank line in a row.

    Line breaks of any kind (CRLF from Windows, CR, U+2028 …) become ``\\n``; inside each line,
    runs of white space become one space and the line is trimmed; more than one blank line in a
    row becomes a single blank line; leading and trailing blank lines are removed. ``None`` gives
    ``""``.
    """
    if not text:
        return ""
    unified = _LINE_BREAK.sub("\n", unicodedata.normalize("NFC", _CONTROL.sub("", text)))
    lines = [_INLINE_SPACE_RUN.sub(" ", line).strip() for line in unified.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def fold(text: str | None) -> str:
    """Return the search form of ``text``: normalised, lower case, no diacritics, đ/Đ → d.

    "Đặng Thị Hoà" and "dang thi hoa" fold alike, and so do "Hoà" and "Hòa". The Icelandic eth
    (ð/Ð, U+00F0/U+00D0) also folds to d, because legacy keyboards and fonts often produce "Ð" for
    "Đ" and the two look identical on screen.
    """
    decomposed = unicodedata.normalize("NFD", normalize(text).lower())
    stripped = _DIACRITICAL_MARKS.sub("", decomposed.translate(_FOLD_LETTERS))
    if stripped.isascii():  # Vietnamese always ends here: the fast path for imports of 1000s
        return stripped
    return "".join(c for c in stripped if not unicodedata.combining(c))


_FOLD_LETTERS = str.maketrans({"đ": "d", "ð": "d"})
_DIACRITICAL_MARKS = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
"""The Unicode blocks of combining diacritical marks (every Vietnamese tone and vowel mark)."""


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------


def split_name(full_name: str | None) -> tuple[str, str, str]:
    """Split a Vietnamese personal name into (họ, tên đệm, tên): family, middle and given name.

    "Nguyễn Thị Thu Hằng" gives ("Nguyễn", "Thị Thu", "Hằng"); "Lê An" gives ("Lê", "", "An");
    a single word is taken as the given name: ("", "", "Hằng"). The name is normalised first.
    Compound family names ("Tôn Nữ", "Nguyễn Phúc") cannot be told from middle names by rule, so
    the first word is always the family name.
    """
    words = normalize(full_name).split(" ")
    if words == [""]:
        return ("", "", "")
    if len(words) == 1:
        return ("", "", words[0])
    return (words[0], " ".join(words[1:-1]), words[-1])


def join_title(title: str, name: str) -> str:
    """Join a title and a body's name without repeating the words they share:
    "Trưởng Ban" + "Ban Tuyên giáo" → "Trưởng Ban Tuyên giáo"; "Ủy ban nhân dân" + "Ủy ban
    nhân dân tỉnh Bắc Ninh" → "Ủy ban nhân dân tỉnh Bắc Ninh"."""
    title_words = title.split()
    name_words = name.split()
    folded_title = [w.lower() for w in title_words]
    folded_name = [w.lower() for w in name_words]
    for overlap in range(min(len(title_words), len(name_words)), 0, -1):
        if folded_title[len(title_words) - overlap :] == folded_name[:overlap]:
            return " ".join(title_words[: len(title_words) - overlap] + name_words)
    return f"{title} {name}".strip()


# Last word of a leadership title that is followed directly by the body it leads ("Giám đốc Sở
# Nội vụ", "Bí thư Huyện ủy", "Chánh Văn phòng Sở"); other titles (Chuyên viên, Công chức,
# Giáo viên …) are a rank, separated from the unit by a comma as the list column reads
# ("Chức vụ, đơn vị công tác").
_LEADING_TITLE_ENDINGS = (
    "giám đốc",
    "chủ tịch",
    "bí thư",
    "trưởng",
    "trưởng ban",
    "trưởng phòng",
    "chánh văn phòng",
    "chánh thanh tra",
    "chánh án",
    "viện trưởng",
    "cục trưởng",
    "vụ trưởng",
    "hiệu trưởng",
    "tổng biên tập",
    "thủ trưởng",
    "chỉ huy trưởng",
)


def title_with_unit(title: str, unit: str) -> str:
    """Chức vụ and đơn vị as a person writes them, one rule for certificates, lists, minutes.

    - words the title ends with and the unit begins with are written once, in the unit's
      case: "Chủ tịch Ủy ban nhân dân xã" + "Ủy ban nhân dân xã Pả Vi" → "Chủ tịch Ủy ban nhân
      dân xã Pả Vi"; "Trưởng ban" + "Ban Tuyên giáo Huyện ủy Lục Ngạn" → "Trưởng Ban Tuyên giáo
      Huyện ủy Lục Ngạn" (NĐ 30 Phụ lục II: a body's name keeps its capital);
    - a leader's title takes the unit directly: "Giám đốc" + "Sở Nội vụ" → "Giám đốc Sở Nội vụ";
    - any other title is separated by a comma: "Chuyên viên, Văn phòng Sở";
    - a title that already names the unit, or one of the two empty, gives the other.
    """
    title, unit = normalize(title), normalize(unit)
    if not title or not unit:
        return title or unit
    if fold(unit) in fold(title):
        return title
    joined = join_title(title, unit)
    if joined != f"{title} {unit}":
        return joined
    lowered = title.lower()
    if any(lowered == e or lowered.endswith(f" {e}") for e in _LEADING_TITLE_ENDINGS):
        return f"{title} {unit}"
    return f"{title}, {unit}"
