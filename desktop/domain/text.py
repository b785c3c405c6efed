"""Vietnamese text rules: normalisation, search folding, collation, name parts.

Everything here is pure Python and works on ``str``. Three different notions of "the same text"
are in play, and callers should pick the one that fits:

- :func:`normalize` is what we *store and print*: NFC (reportlab draws NFD text wrongly), trimmed,
  one space between words.
- :func:`fold` is what we *search and detect duplicates with*: lower case, no diacritics, đ → d.
  Old and new tone placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy") fold to the same string.
- :func:`collation_key` is what we *sort by*: a string whose plain code-point order (Python ``<``,
  SQLite's BINARY collation on UTF-8) is the Vietnamese collation of ICU/CLDR "vi". Old and new
  tone placement are *not* equal there: ICU compares the tone mark where it sits, so "Hoà" sorts
  just before "Hòa" (a secondary difference, after every letter of the word has been compared).
  Such pairs are always neighbours in a sorted list; use :func:`fold` to treat them as one name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
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


# ---------------------------------------------------------------------------------------------
# Collation (ICU/CLDR "vi", strength tertiary, punctuation not ignored)
# ---------------------------------------------------------------------------------------------
#
# A collation key here is three levels, each a string of one-character weights:
#   primary (letters in Vietnamese order, case and tones ignored)
#   + _LEVEL_SEPARATOR + secondary (one weight per element: "common" for a letter, the tone or
#     other diacritic for a combining mark, in the order they appear)
#   + _LEVEL_SEPARATOR + tertiary (case and compatibility variants, one weight per element).
# That is exactly the sort key the Unicode Collation Algorithm builds, so comparing keys as plain
# strings compares the texts as ICU does. The separator is lower than every weight, so a text
# whose primary weights are a prefix of another's sorts first, as in ICU.
#
# Weights are code points chosen so the key is valid UTF-8 text (no NUL, no surrogates): SQLite
# compares TEXT with memcmp under BINARY collation, and UTF-8 byte order is code-point order.
#
# The order tables below were read off ICU 73 (QCollator with QLocale("vi_VN") on Linux) and are
# checked against it in tests/domain/test_collation_icu.py. Characters not listed (other scripts,
# emoji, rare symbols) get a primary weight after all Latin letters, in code-point order; ICU
# orders those differently, but they do not occur in Vietnamese names and titles.

_LEVEL_SEPARATOR = "\x01"
_NAME_PART_WEIGHT = "\x02"
"""Primary weight between the parts of a name in :func:`name_key`: lower than any character."""

# One character per primary weight, in ICU order: white space, punctuation, symbols, currency.
_SYMBOLS = (
    "\t\n\x0b\x0c\r\x85\u2028\u2029 _-\u2010\u2012\u2013\u2014\u2015\u2053,;\u204f:!\xa1?\xbf"
    "\u203d.\xb7\u2055\u2056\u2058\u2059\u205a\u205b\u205c\u205d\u205e'\u2039\u203a\"\xab\xbb"
    "()[]{}\u2045\u2046\u2016\xa7\xb6\u204b@*\u204e\u2051/\\&\u204a#%\u2030\u2031\u2020\u2021"
    "\u2022\u2023\u2027\u2043\u204c\u204d\u2032\u2035\u2038\u203b\u203f\u2054\u2040\u2050\u2041"
    "\u2042`^\xb0\xa9\xae+\xb1\xf7\xd7<=>\xac|\xa6~\u2212\u2052\u2044\xa4\xa2$\xa3\xa5\u20a0"
    "\u20a1\u20a2\u20a3\u20a4\u20a5\u20a6\u20a7\u20a9\u20aa\u20ab\u20ac\u20ad\u20ae\u20af\u20b0"
    "\u20b1\u20b2\u20b3\u20b4\u20b5\u20b6\u20b7\u20b8\u20b9\u20ba\u20bb\u20bc\u20bd\u20be\u20bf"
    "\u20c0"
)
# Quotation marks that ICU treats as secondary variants of the plain ASCII ones.
_SYMBOL_VARIANTS: dict[str, tuple[str, int]] = {
    "\u2018": ("'", 1),
    "\u2019": ("'", 2),
    "\u201a": ("'", 3),
    "\u201b": ("'", 4),
    "\u201c": ('"', 1),
    "\u201d": ('"', 2),
    "\u201e": ('"', 3),
    "\u201f": ('"', 4),
}
# The Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y) with the
# foreign letters f j w z where ICU puts them, and the other Latin letters that ICU treats as
# letters of their own (æ œ ı ŋ ĸ ŧ þ).
_DIGITS = "0123456789"
_LETTERS = "aæăâbcdđeêfghiıjklmnŋoœôơpqĸrstŧuưvwxyzþ"

# Marks that make a new letter in Vietnamese (a + breve = ă …) rather than a secondary
# difference. Keyed by (lower-case base letter, combining mark).
_LETTER_MARKS: dict[tuple[str, str], str] = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}

# Combining marks in ICU "vi" secondary order; marks in one group are equal. The Vietnamese tones
# come out as CLDR tailors them: huyền (grave) < hỏi (hook) < ngã (tilde) < sắc (acute) < nặng
# (dot below). Written as escapes split on spaces because the marks are invisible on their own.
_MARK_GROUPS = (  # noqa: SIM905
    "\u0332 \u0313 \u0314 \u0300 \u0309 \u0303 \u0301 \u0323 \u0306 \u0302 \u030c \u030a \u0342 "
    "\u0308 \u030b \u0307 \u0338 \u0327 \u0328 \u0304 "
    "\u030d\u030e\u0312\u0315\u031a\u033d\u033e\u033f\u0346\u034a\u034b\u034c\u0350\u0351\u0352"
    "\u0357\u035b\u035d\u035e "
    "\u0316\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0329\u032a\u032b\u032c\u032f\u0333"
    "\u033a\u033b\u033c\u0347\u0348\u0349\u034d\u034e\u0353\u0354\u0355\u0356\u0359\u035a\u035c"
    "\u035f\u0362 "
    "\u0336\u0337 \u0335 \u0305 \u030f \u0310 \u0311 \u031b \u0321 \u0322 \u0324 \u0325 \u0326 "
    "\u032d \u032e \u0330 \u0331 \u0334 \u0339 \u0345 \u0358 \u0360 \u0361"
).split(" ")

# Latin letters without a canonical decomposition that ICU sorts exactly like another spelling:
# a letter with a combining stroke, or (Catalan ŀ) l + middle dot.
_LETTER_SPELLINGS = str.maketrans(
    {
        "ŀ": "l\u00b7",
        "Ŀ": "L\u00b7",
        "ø": "o\u0338",
        "Ø": "O\u0338",
        "ł": "l\u0335",
        "Ł": "L\u0335",
        "ħ": "h\u0335",
        "Ħ": "H\u0335",
    }
)
# Letters that ICU sorts as variants of other letters, after every accented form of them.
_LETTER_VARIANTS: dict[str, str] = {"ð": "d", "ß": "ss", "ſ": "s"}

_PRIMARY_BASE = 0x10
_PRIMARY: dict[str, str] = {
    ch: chr(_PRIMARY_BASE + i) for i, ch in enumerate(_SYMBOLS + _DIGITS + _LETTERS)
}
# Unlisted characters: after every listed weight, in code-point order, kept out of the surrogate
# range and inside Unicode.
_UNLISTED_PRIMARY_BASE = 0x10000

_SECONDARY_COMMON = "\x10"
_SECONDARY: dict[str, str] = {
    mark: chr(0x11 + i) for i, group in enumerate(_MARK_GROUPS) for mark in group
}
_SECONDARY_UNLISTED_MARK = chr(0x11 + len(_MARK_GROUPS))
_SECONDARY_VARIANT_BASE = 0x12 + len(_MARK_GROUPS)

# Tertiary weights follow the Unicode Collation Algorithm's table (UTS #10, §7.3): lower case
# and uncased first, then the compatibility variants, upper case in the middle.
_TERTIARY_LOWER = 0x10
_TERTIARY_UPPER_OFFSET = 5
_TERTIARY_TAGS: dict[str, int] = {
    "": 0,
    "<wide>": 1,
    "<compat>": 2,
    "<font>": 3,
    "<circle>": 4,
    "<small>": 11,
    "<narrow>": 12,
    "<super>": 14,
    "<sub>": 16,
    "<vertical>": 18,
    "<initial>": 19,
    "<medial>": 20,
    "<final>": 21,
    "<isolated>": 22,
    "<noBreak>": 23,
    "<square>": 24,
    "<fraction>": 26,
}

# Line and page breaks carry a primary weight in ICU; every other control and format character
# (soft hyphen, zero-width joiners, byte-order mark …) is ignored completely.
_CONTROL_WITH_WEIGHT = frozenset("\t\n\x0b\x0c\r\x85")
_IGNORED_MARKS = frozenset("\u034f")  # COMBINING GRAPHEME JOINER

_Element = tuple[str, str, str]
"""One collation element: (primary weight or "" for a mark, secondary weight, tertiary weight)."""


def _tertiary(upper: bool, tag: str) -> str:
    weight = _TERTIARY_TAGS.get(tag, 2)
    if upper and weight <= 4:
        weight += _TERTIARY_UPPER_OFFSET
    elif upper:
        weight += 1
    return chr(_TERTIARY_LOWER + weight)


def _is_mark(ch: str) -> bool:
    # Spacing marks (Mc) carry primary weights in ICU, like letters; only these two do not.
    return unicodedata.category(ch) in ("Mn", "Me")


def _letter_mark_index(decomposed: str, start: int, base: str) -> int:
    """Index of the mark that turns ``base`` into a Vietnamese letter, or -1.

    The mark need not follow the base directly: NFD puts a dot below (class 220) before a breve
    or circumflex (class 230), as in "ặ" = a + ◌̣ + ◌̆. ICU still finds the letter there, as long
    as no mark in between has the same or a higher combining class (UTS #10, S2.1.1–S2.1.3).
    """
    index = start
    highest = 0
    while index < len(decomposed) and _is_mark(decomposed[index]):
        mark = decomposed[index]
        combining_class = unicodedata.combining(mark)
        if (base, mark) in _LETTER_MARKS and combining_class > highest:
            return index
        if combining_class == 0:
            return -1
        highest = max(highest, combining_class)
        index += 1
    return -1


def _elements(text: str, tag: str = "") -> list[_Element]:
    """Return the collation elements of ``text`` (any normalisation form)."""
    decomposed = unicodedata.normalize("NFD", text).translate(_LETTER_SPELLINGS)
    elements: list[_Element] = []
    tertiary_mark = _tertiary(False, tag)
    index = 0
    while index < len(decomposed):
        ch = decomposed[index]
        index += 1
        if _is_mark(ch):
            if ch not in _IGNORED_MARKS:
                secondary = _SECONDARY.get(ch, _SECONDARY_UNLISTED_MARK)
                elements.append(("", secondary, tertiary_mark))
            continue
        lower = ch.lower()
        upper = ch != lower
        if len(lower) != 1:  # "İ".lower() is two characters; its NFD form is handled anyway
            lower = ch
        mark_index = _letter_mark_index(decomposed, index, lower)
        if mark_index >= 0:
            lower = _LETTER_MARKS[(lower, decomposed[mark_index])]
            decomposed = decomposed[:mark_index] + decomposed[mark_index + 1 :]
        weight = _PRIMARY.get(lower)
        if lower == "l" and decomposed[index : index + 1] == "\u00b7":
            # Catalan "l·l": CLDR root contracts l + middle dot into a variant of l.
            index += 1
            elements.append((_PRIMARY["l"], chr(_SECONDARY_VARIANT_BASE), _tertiary(upper, tag)))
        elif weight is not None:
            elements.append((weight, _SECONDARY_COMMON, _tertiary(upper, tag)))
        elif lower in _SYMBOL_VARIANTS:
            plain, rank = _SYMBOL_VARIANTS[lower]
            secondary = chr(_SECONDARY_VARIANT_BASE + rank)
            elements.append((_PRIMARY[plain], secondary, _tertiary(upper, tag)))
        elif lower in _LETTER_VARIANTS:
            secondary = chr(_SECONDARY_VARIANT_BASE)
            elements.extend(
                (_PRIMARY[letter], secondary, _tertiary(upper, tag))
                for letter in _LETTER_VARIANTS[lower]
            )
        elif _is_ignored(ch):
            continue
        elif (compat := unicodedata.normalize("NFKD", ch)) != ch:
            decomposition = unicodedata.decomposition(ch)
            compat_tag = decomposition.split(" ")[0] if decomposition.startswith("<") else ""
            elements.extend(_elements(compat, compat_tag or tag))
        else:
            code_point = min(_UNLISTED_PRIMARY_BASE + ord(lower), 0x10FFFF)
            elements.append((chr(code_point), _SECONDARY_COMMON, _tertiary(upper, tag)))
    return elements


def _is_ignored(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category == "Cc":
        return ch not in _CONTROL_WITH_WEIGHT
    return category == "Cf"


def _key(elements: Iterable[_Element]) -> str:
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    for p, s, t in elements:
        primary.append(p)
        secondary.append(s)
        tertiary.append(t)
    return _LEVEL_SEPARATOR.join(("".join(primary), "".join(secondary), "".join(tertiary)))


def collation_key(text: str | None) -> str:
    """Return a sort key for ``text``: plain string order of keys is Vietnamese alphabetical order.

    The order is ICU/CLDR "vi" at tertiary strength: letters a ă â b c d đ e ê (f) g h i (j) k l m
    n o ô ơ p q r s t u ư v (w) x y (z); white space and punctuation before digits before
    letters; tones compared only when the letters are equal, in the order không dấu, huyền, hỏi,
    ngã, sắc, nặng; lower case before upper case only when everything else is equal. NFC and NFD
    input give the same key. "Hoà" and "Hòa" get different keys ("Hoà" first): see the module
    docstring.

    The key is a ``str`` meant for storage in a TEXT column and ``ORDER BY`` under SQLite's
    default BINARY collation. It is not meant to be shown. ``None`` is treated as ``""``.
    """
    return _key(_elements(text or ""))


def name_key(full_name: str | None) -> str:
    """Return a sort key for a personal name: by tên, then tên đệm, then họ, as Vietnamese lists do.

    Each part is compared in Vietnamese order as :func:`collation_key` does, and the whole name is
    compared level by level: "Nguyễn Thị Hoà" and "Trần Thị Hòa" are ordered by họ (Nguyễn before
    Trần), because Hoà and Hòa differ only in tone placement. A missing middle name sorts before
    any middle name ("Lê An" before "Nguyễn Bá An"). The name is split with :func:`split_name`.
    """
    family, middle, given = split_name(full_name)
    separator: _Element = (_NAME_PART_WEIGHT, _SECONDARY_COMMON, _tertiary(False, ""))
    return _key([*_elements(given), separator, *_elements(middle), separator, *_elements(family)])


def sort_by_name(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """Return ``items`` sorted by Vietnamese name order (see :func:`name_key`).

    Args:
        items: the things to sort; the sort is stable, so equal names keep their order.
        key: gives the full name of an item; by default the item itself must be the name.
    """
    get_name: Callable[[T], str] = key if key is not None else _identity
    return sorted(items, key=lambda item: name_key(get_name(item)))


def _identity(item: T) -> str:
    if not isinstance(item, str):
        raise TypeError("sort_by_name needs key= when the items are not strings")
    return item


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
