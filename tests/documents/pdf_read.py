"""Reading PDFs back with positions (pdfplumber), in millimetres from the top-left corner."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber
from pdfplumber.page import Page
from reportlab.lib.units import mm


@dataclass(frozen=True)
class Box:
    """Where a piece of text or a rule sits, in millimetres from the top-left corner."""

    x0: float
    x1: float
    top: float
    bottom: float
    fonts: frozenset[str] = frozenset()

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def open_pdf(data: bytes) -> pdfplumber.PDF:
    """Open PDF bytes with pdfplumber."""
    return pdfplumber.open(io.BytesIO(data))


HEADER_MM = 60
"""The page-1 header ends above this line (mm from the top)."""
REGULAR, BOLD, ITALIC = "Tinos", "Tinos-Bold", "Tinos-Italic"
"""Font names as the PDF carries them (the bundled Tinos family)."""


def find(page: Page, text: str) -> list[Box]:
    """Every place ``text`` occurs on ``page`` (on one line)."""
    boxes = []
    for match in page.search(text, regex=False, return_chars=True):
        fonts = frozenset(c["fontname"].split("+")[-1] for c in match["chars"] if c["text"].strip())
        boxes.append(
            Box(match["x0"] / mm, match["x1"] / mm, match["top"] / mm, match["bottom"] / mm, fonts)
        )
    return boxes


def find_one(page: Page, text: str, above_mm: float | None = None) -> Box:
    """The one place ``text`` occurs on ``page`` (above ``above_mm`` from the top, if given)."""
    boxes = find(page, text)
    if above_mm is not None:
        boxes = [b for b in boxes if b.bottom <= above_mm]
    assert len(boxes) == 1, f"{text!r} found {len(boxes)} times"
    return boxes[0]


def rules(page: Page) -> list[Box]:
    """Horizontal lines drawn on ``page`` (not table grid lines: those are tested apart)."""
    out = []
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) < 0.5:
            out.append(Box(line["x0"] / mm, line["x1"] / mm, line["top"] / mm, line["bottom"] / mm))
    return out


def rule_below(page: Page, box: Box, within_mm: float = 6) -> Box:
    """The rule just under ``box`` (its top within ``within_mm`` of the text's bottom)."""
    below = [r for r in rules(page) if 0 <= r.top - box.bottom <= within_mm]
    below = [r for r in below if r.x0 < box.x1 and r.x1 > box.x0]
    assert below, f"no rule under the text at {box}"
    return min(below, key=lambda r: r.top)


def text(data: bytes) -> str:
    """All text of a PDF, pages joined."""
    with open_pdf(data) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def words_in_top_margin(page: Page, margin_mm: float) -> list[str]:
    """Words printed above the top margin line."""
    return [w["text"] for w in page.extract_words() if w["bottom"] / mm < margin_mm]
