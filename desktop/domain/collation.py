"""Vietnamese collation: sort keys whose plain code-point order is ICU/CLDR "vi" order.

:func:`collation_key` is what we *sort by*: a string whose plain code-point order (Python ``<``,
SQLite's BINARY collation on UTF-8) is the Vietnamese collation of ICU/CLDR "vi". Old and new
tone placement are *not* equal there: ICU compares the tone mark where it sits, so "Hoà" sorts
just before "Hòa" (a secondary difference, after every letter of the word has been compared).
Such pairs are always neighbours in a sorted list; use :func:`desktop.domain.text.fold` to treat
them as one name. :func:`name_key` sorts personal names by tên, tên đệm, họ.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

from desktop.domain.text import split_name

T = TypeVar("T")

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
