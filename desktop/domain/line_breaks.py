"""Where a Vietnamese heading or title breaks into lines.

Headings are centred, so the lines should be even, and a reader takes each line as a unit:
"BAN TUYÊN GIÁO VÀ DÂN" / "VẬN" leaves one syllable alone, "SỞ" / "NỘI VỤ" and "TỈNH BẮC" /
"GIANG" cut a proper name. NĐ 30/2020 (Phụ lục I, II.2) only says a long body name may wrap; the
government's own sample headers break before the next unit ("ỦY BAN NHÂN DÂN" / "TỈNH …"),
which is the rule here:

1. the fewest lines that fit the width (so "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" stays on one line
   where it fits);
2. no line of one syllable when any other split fits;
3. the cheapest breaks: before a unit word ("Sở", "Ban", "Ủy ban nhân dân", "tỉnh", "xã",
   "Tỉnh ủy" …) or after a comma is free; inside a proper name (after a unit word, or between
   the syllables of a name) is expensive; inside a fixed phrase ("Ủy ban", "xã hội") worst;
4. among equally good breaks, the most even lines.

The width of a line comes from a callable, so the rule serves PDF (reportlab metrics), Word and
Excel (the same metrics, in their units) alike. Pure: no font, no drawing.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Callable, Sequence

Measure = Callable[[str], float]
"""Width of a line of text, in the caller's unit (points, millimetres, characters)."""

UNIT_WORDS: tuple[str, ...] = (
    # Bodies of the state and the Party, and the titles of their heads.
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "ủy ban",
    "ủy ban kiểm tra",
    "mặt trận tổ quốc",
    "ban thường vụ",
    "ban chấp hành",
    "ban",
    "sở",
    "phòng",
    "cục",
    "chi cục",
    "văn phòng",
    "trường",
    "bệnh viện",
    "trung tâm",
    "công an",
    "đảng ủy",
    "đảng bộ",
    "chi bộ",
    "tỉnh ủy",
    "huyện ủy",
    "thành ủy",
    "thị ủy",
    "quận ủy",
    "đảng đoàn",
    "ban cán sự đảng",
    "giám đốc",
    "phó giám đốc",
    "chủ tịch",
    "phó chủ tịch",
    "trưởng ban",
    "phó trưởng ban",
    "bí thư",
    "phó bí thư",
    "chánh văn phòng",
    "hiệu trưởng",
    # Places: the level comes before the proper name.
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
    "đặc khu",
)
"""Words that start a unit of a name: a line may begin with them, and the words after them
belong to them (never "SỞ" / "NỘI VỤ")."""

FIXED_PHRASES: tuple[str, ...] = (
    "cộng hòa xã hội chủ nghĩa việt nam",
    "đảng cộng sản việt nam",
    "độc lập",
    "tự do",
    "hạnh phúc",
    "xã hội",
    "cơ sở",
    "cán bộ",
    "nhân dân",
    "giấy khen",
    "bằng khen",
    "giấy chứng nhận",
    "quyết định",
    "thi đua",
    "khen thưởng",
    "thành tích",
    "tập thể",
    "cá nhân",
    "danh sách",
)
"""Phrases never split when anything else fits. Matched before unit words, so "xã hội" is not
the commune level "xã"."""

GOOD_BEFORE: frozenset[str] = frozenset({"của", "về", "cho", "tại", "được", "năm"})
"""Words a title may start a line with ("… GIẤY KHEN" / "CỦA TRƯỞNG BAN …")."""

COST_FREE = 0.0
COST_BEFORE_LINK = 2.0
"""Before "của", "về" … in a title."""
COST_PLAIN = 3.0
"""Between two ordinary words of a title."""
COST_BEFORE_AND = 10.0
"""Before "và" inside a name ("BAN TUYÊN GIÁO" / "VÀ DÂN VẬN")."""
COST_AFTER_AND = 15.0
COST_IN_NAME = 20.0
"""Between two syllables of a proper name ("BẮC" / "GIANG")."""
COST_AFTER_UNIT = 50.0
"""Between a unit word and its name ("SỞ" / "NỘI VỤ")."""
COST_IN_PHRASE = 100.0
"""Inside a fixed phrase or a unit word ("ỦY" / "BAN")."""
COST_LONELY = 1000.0
"""A line of one syllable, taken only when nothing else fits."""
BALANCE_WEIGHT = 10.0
"""How much evenness counts against the break costs: less than a name's syllable break, so
evenness chooses among equally good breaks and never cuts a name."""
MAX_SPLITS = 50_000
"""Above this many candidate splits the exhaustive search gives way to a greedy one."""

_OLD_TONES = {"uỷ": "ủy", "hoà": "hòa", "thuỷ": "thủy", "hoá": "hóa"}
_PUNCTUATION = ",;:.()"


def _key(word: str) -> str:
    """A word as the tables spell it: NFC, lower case, new tone placement, no punctuation."""
    text = unicodedata.normalize("NFC", word).lower().strip(_PUNCTUATION)
    return _OLD_TONES.get(text, text)


def _phrases(table: Sequence[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(p.split()) for p in table), key=len, reverse=True)


_UNITS = _phrases(UNIT_WORDS)
_FIXED = _phrases(FIXED_PHRASES)


def boundary_costs(words: Sequence[str]) -> list[float]:
    """The cost of a line break after each word but the last (``len(words) - 1`` values)."""
    keys = [_key(w) for w in words]
    count = len(words)
    # kind of each word: "unit-start", "unit", "fixed-start", "fixed", "" (plain)
    starts_unit = [False] * count
    in_unit_after_start = [False] * count  # a non-first word of a unit phrase
    in_fixed = [False] * count  # a non-first word of a fixed phrase
    ends_unit = [False] * count
    index = 0
    while index < count:
        fixed = _match(keys, index, _FIXED)
        if fixed:
            for j in range(index + 1, index + fixed):
                in_fixed[j] = True
            index += fixed
            continue
        unit = _match(keys, index, _UNITS)
        if unit:
            starts_unit[index] = True
            for j in range(index + 1, index + unit):
                in_unit_after_start[j] = True
            ends_unit[index + unit - 1] = True
            index += unit
            continue
        index += 1
    costs: list[float] = []
    named = False  # inside the name that follows a unit word
    for i in range(count - 1):
        left, right = words[i], keys[i + 1]
        if ends_unit[i]:
            named = True
        elif starts_unit[i]:
            named = False
        if in_fixed[i + 1] or in_unit_after_start[i + 1]:
            cost = COST_IN_PHRASE
        elif starts_unit[i + 1] or left.endswith((",", ";", ":")):
            cost = COST_FREE
        elif ends_unit[i]:
            cost = COST_AFTER_UNIT
        elif right == "và":
            cost = COST_BEFORE_AND
        elif _key(left) == "và":
            cost = COST_AFTER_AND
        elif right in GOOD_BEFORE:
            cost = COST_BEFORE_LINK
        elif named:
            cost = COST_IN_NAME
        else:
            cost = COST_PLAIN
        if _key(left) in GOOD_BEFORE:
            # "… CỦA" / "TRƯỞNG BAN …" leaves the link word hanging: it starts the next line.
            cost = max(cost, COST_PLAIN + 1)
        if starts_unit[i + 1] or left.endswith((",", ";", ":")):
            named = False
        costs.append(cost)
    return costs


def _match(keys: Sequence[str], start: int, phrases: Sequence[tuple[str, ...]]) -> int:
    for phrase in phrases:
        end = start + len(phrase)
        if end <= len(keys) and tuple(keys[start:end]) == phrase:
            return len(phrase)
    return 0


def break_lines(
    text: str,
    width: float,
    measure: Measure,
    *,
    max_lines: int = 4,
) -> list[str]:
    """Break a heading or title into centred lines no wider than ``width``.

    Args:
        text: the heading, in the case it prints in (white space runs count as one space).
        width: the room for one line, in ``measure``'s unit.
        measure: width of a line of text.
        max_lines: most lines wanted.

    Returns:
        The lines. When no split into ``max_lines`` fits, the split whose widest line is
        narrowest (the caller shrinks the size or reports the overflow).
    """
    words = text.split()
    if not words:
        return []
    whole = " ".join(words)
    if len(words) == 1 or max_lines <= 1 or measure(whole) <= width:
        return [whole]
    costs = boundary_costs(words)
    count = len(words)
    widths: dict[tuple[int, int], float] = {}

    def line_width(start: int, end: int) -> float:
        key = (start, end)
        if key not in widths:
            widths[key] = measure(" ".join(words[start:end]))
        return widths[key]

    best: tuple[float, tuple[int, ...]] | None = None
    fallback: tuple[float, float, tuple[int, ...]] | None = None
    for lines in range(2, min(max_lines, count) + 1):
        if math.comb(count - 1, lines - 1) > MAX_SPLITS:
            break
        for cuts in itertools.combinations(range(1, count), lines - 1):
            bounds = (0, *cuts, count)
            spans = list(itertools.pairwise(bounds))
            line_widths = [line_width(a, b) for a, b in spans]
            widest = max(line_widths)
            score = sum(costs[c - 1] for c in cuts)
            score += COST_LONELY * sum(1 for a, b in spans if b - a == 1)
            score += BALANCE_WEIGHT * (widest - min(line_widths)) / max(width, 1e-9)
            if widest <= width:
                if best is None or score < best[0]:
                    best = (score, cuts)
            elif fallback is None or (widest, score) < fallback[:2]:
                fallback = (widest, score, cuts)
        if best is not None:
            break
    if best is not None:
        cuts = best[1]
    elif fallback is not None:
        cuts = fallback[2]
    else:
        return _greedy(words, width, measure)
    bounds = (0, *cuts, count)
    return [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]


def _greedy(words: Sequence[str], width: float, measure: Measure) -> list[str]:
    """First-fit lines, for texts too long for the exhaustive search (body text, not headings)."""
    lines: list[str] = []
    current: list[str] = []
    for word in words:
        trial = " ".join([*current, word])
        if current and measure(trial) > width:
            lines.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines
