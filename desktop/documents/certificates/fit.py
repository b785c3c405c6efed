"""Text that always fits its box: shrink to the minimum size, then wrap centred, else report.

Widths come from reportlab's metrics of the embedded TrueType font, so what fits here fits on
paper. Heights use the font's real ink extent for Vietnamese letters (stacked marks such as
"Ễ" rise above the nominal ascent), so every letter stays inside its box.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.line_breaks import break_lines

SIZE_STEP_PT = 0.5
"""Sizes tried when wrapping, from the field's size down to its minimum."""


@dataclass(frozen=True, slots=True)
class FontBox:
    """What fitting needs to know about a field's font and box (points)."""

    font: str
    """reportlab font name."""
    top: float
    """Highest ink above the baseline, in em."""
    bottom: float
    """Lowest ink below the baseline, in em (negative)."""
    width: float
    height: float
    size: float
    min_size: float
    max_lines: int
    line_spacing: float
    word_spacing: float = 0.0
    """Extra space between words, in em (script faces have narrow spaces)."""


@dataclass(frozen=True, slots=True)
class Fitted:
    """Where a text ended up: its size, its lines and their widths (points)."""

    size: float
    lines: tuple[str, ...]
    widths: tuple[float, ...]
    fits: bool
    """False when the text did not fit even at the minimum size on the maximum lines."""

    def block_height(self, box: FontBox) -> float:
        """Height of the ink of all lines, top of the first to bottom of the last."""
        leading = self.size * box.line_spacing
        return (box.top - box.bottom) * self.size + (len(self.lines) - 1) * leading


def _wrap(words: list[str], widths: list[float], space: float, limit: float) -> list[list[int]]:
    """Greedy line breaking at unit size: lists of word indexes per line."""
    lines: list[list[int]] = []
    current: list[int] = []
    used = 0.0
    for index, width in enumerate(widths):
        if current and used + space + width > limit:
            lines.append(current)
            current, used = [], 0.0
        used = width if not current else used + space + width
        current.append(index)
    if current:
        lines.append(current)
    return lines


def _line_width(line: list[int], widths: list[float], space: float) -> float:
    return sum(widths[i] for i in line) + space * (len(line) - 1)


def _balanced(words: list[str], widths: list[float], space: float, limit: float) -> list[list[int]]:
    """The greedy breaking's line count, with lines as even as possible (centred text)."""
    target = len(_wrap(words, widths, space, limit))
    low, high = max(widths), limit
    for _ in range(18):
        middle = (low + high) / 2
        if len(_wrap(words, widths, space, middle)) <= target:
            high = middle
        else:
            low = middle
    return _wrap(words, widths, space, high)


def _vietnamese(
    words: list[str], widths: list[float], space: float, limit: float, lines: int
) -> list[list[int]]:
    """Lines broken by the Vietnamese rule (``domain.line_breaks``: even, no syllable alone,
    no proper name cut), as word indexes; the balanced greedy breaking when it cannot fit."""
    unit = dict(zip(words, widths, strict=True))

    def measure(line: str) -> float:
        parts = line.split(" ")
        return sum(unit[p] for p in parts) + space * (len(parts) - 1)

    chosen = break_lines(" ".join(words), limit, measure, max_lines=lines)
    if len(chosen) > lines or any(measure(line) > limit + 1e-6 for line in chosen):
        return _balanced(words, widths, space, limit)
    out, start = [], 0
    for line in chosen:
        count = len(line.split(" "))
        out.append(list(range(start, start + count)))
        start += count
    return out


def fit_text(text: str, box: FontBox) -> Fitted:
    """Fit ``text`` into ``box``: one line at the largest size ≥ minimum, else wrapped lines.

    Wrapping tries sizes from the field's size down to its minimum, so a long name keeps a
    large size on two lines rather than a small one on one line. When nothing fits, the
    result has ``fits=False`` and the text wrapped at the minimum size (drawn clipped only when
    the user forces it).
    """
    ink = box.top - box.bottom
    unit = stringWidth(text, box.font, 1.0) + box.word_spacing * text.count(" ")
    if unit <= 0:
        return Fitted(box.size, (text,), (0.0,), True)
    single = min(box.size, box.width / unit, box.height / ink)
    if single >= box.min_size - 1e-9:
        size = max(box.min_size, _floor_step(single))
        return Fitted(size, (text,), (unit * size,), True)
    words = text.split(" ")
    widths = [stringWidth(word, box.font, 1.0) for word in words]
    space = stringWidth(" ", box.font, 1.0) + box.word_spacing
    size = box.size
    while size >= box.min_size - 1e-9:
        limit = box.width / size
        if max(widths) <= limit:
            lines = _wrap(words, widths, space, limit)
            needed = ink * size + (len(lines) - 1) * size * box.line_spacing
            if len(lines) <= box.max_lines and needed <= box.height + 1e-6:
                return _fitted(
                    words, widths, space, _vietnamese(words, widths, space, limit, len(lines)), size
                )
        size -= SIZE_STEP_PT
    size = box.min_size
    return _fitted(words, widths, space, _wrap(words, widths, space, box.width / size), size, False)


def _floor_step(size: float) -> float:
    """Round down to a tenth of a point, so the PDF shows tidy sizes and never overflows."""
    return int(size * 10 + 1e-6) / 10


def _fitted(
    words: list[str],
    widths: list[float],
    space: float,
    lines: list[list[int]],
    size: float,
    fits: bool = True,
) -> Fitted:
    return Fitted(
        size,
        tuple(" ".join(words[i] for i in line) for line in lines),
        tuple(_line_width(line, widths, space) * size for line in lines),
        fits,
    )
