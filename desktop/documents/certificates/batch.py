"""A batch of certificates prepared for drawing: the texts, where they go, what is wrong.

``CertificateRenderer.prepare`` fills, checks and fits every text into a ``Batch`` before
anything is drawn; ``Problem`` names the recipient and the field of what does not fit or lacks
a glyph; ``FieldLayout`` is one field as it prints, for the designer's live sample.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color

from desktop.documents.certificates.fit import Fitted, FontBox
from desktop.documents.certificates.template import Field
from desktop.domain.records import Award, Decision, RecipientKind


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that stops a certificate from printing as it should."""

    recipient: str
    field: str
    kind: str
    """``overflow`` (text too long for its box) or ``glyph`` (a character the font lacks)."""
    detail: str
    index: int = -1
    """Position of the award in the batch; -1 for a field shared by the whole decision."""

    def __str__(self) -> str:
        return f"{self.recipient}: {self.detail} (trường “{self.field}”)"


class CertificateProblems(Exception):
    """Raised before drawing when texts do not fit or use characters a font lacks."""

    def __init__(self, problems: Sequence[Problem], form: str = "giấy khen") -> None:
        self.problems = tuple(problems)
        self.form = form
        """The award form in lower case, for the message ("3 giấy chứng nhận có chữ …")."""
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class Slot:
    """A field prepared for drawing: font, box in points, colour."""

    index: int
    field: Field
    box: FontBox
    chars: frozenset[str]
    face_label: str
    left: float
    bottom: float
    top: float
    colour: Color

    def position(self, fitted: Fitted) -> list[tuple[float, float]]:
        """Start point (x, baseline y) of each line, aligned in the box."""
        box = self.box
        block = fitted.block_height(box)
        valign = self.field.valign
        if valign == "top":
            block_top = self.top
        elif valign == "bottom":
            block_top = self.top - box.height + block
        else:
            block_top = self.top - (box.height - block) / 2
        baseline = block_top - box.top * fitted.size
        leading = fitted.size * box.line_spacing
        align = self.field.align
        points = []
        for number, width in enumerate(fitted.widths):
            if align == "left":
                x = self.left
            elif align == "right":
                x = self.left + box.width - width
            else:
                x = self.left + (box.width - width) / 2
            points.append((x, baseline - number * leading))
        return points


@dataclass(frozen=True, slots=True)
class Placed:
    """A fitted text with the start point of each of its lines."""

    fitted: Fitted
    lines: tuple[tuple[str, tuple[float, float]], ...]


@dataclass(frozen=True, slots=True)
class Batch:
    """Certificates filled, checked and fitted, ready to draw (``CertificateRenderer.prepare``)."""

    decision: Decision
    awards: tuple[Award, ...]
    shared: dict[str, str]
    """Values of the decision-wide placeholders."""
    static: dict[RecipientKind, tuple[tuple[Slot, str], ...]]
    """Per kind of recipient: the texts drawn once into the static form."""
    pages: tuple[tuple[tuple[Slot, str], ...], ...]
    """Per award: the texts of its own fields."""
    problems: tuple[Problem, ...]

    def snapshot(self, index: int) -> dict[str, str]:
        """Field name → text as printed, for the award at ``index`` (for the issue log)."""
        kind = self.awards[index].kind
        texts = [*self.static.get(kind, ()), *self.pages[index]]
        order = {id(slot): slot.index for slot, _ in texts}
        texts.sort(key=lambda item: order[id(item[0])])
        return {slot.field.name: text for slot, text in texts}

    def only(self, index: int) -> Batch:
        """The batch of the one award at ``index`` (for one file per recipient)."""
        award = self.awards[index]
        return Batch(
            self.decision,
            (award,),
            self.shared,
            {award.kind: self.static[award.kind]},
            (self.pages[index],),
            tuple(
                dataclasses.replace(p, index=0) if p.index == index else p
                for p in self.problems
                if p.index in (index, -1)
            ),
        )


@dataclass(frozen=True, slots=True)
class FieldLayout:
    """One field as it prints: text, size and lines placed in mm from the paper's top-left."""

    name: str
    text: str
    size: float
    """Points."""
    lines: tuple[tuple[str, float, float], ...]
    """(line, x mm of its start, baseline y mm measured down from the top of the paper)."""
    font_file: Path
    fits: bool
    problem: str
    """Why it does not print as it should (Vietnamese), or ""."""


# --- certificates as a printer receives them (``vector.print_layout``) ---------------------------


@dataclass(frozen=True, slots=True)
class TextRun:
    """One line of a field, placed as the PDF places it: a printer draws it as text."""

    text: str
    font_file: Path
    size: float
    """Points."""
    x_mm: float
    """Where the first character starts, from the paper's left."""
    baseline_mm: float
    """The baseline, measured down from the top of the paper."""
    advances_mm: tuple[float, ...]
    """Start of each character from ``x_mm`` (one per character, the first 0): the font's
    advances, the field's word spacing and, when the field asks for it, pair kerning."""
    colour: str
    """``#rrggbb``."""
    clip_mm: tuple[float, float, float, float] | None = None
    """(left, top, width, height) of the box the text is cut at (a text forced to print that
    does not fit), else None."""


@dataclass(frozen=True, slots=True)
class Rule:
    """An underline: from (x, y) mm, ``length_mm`` long, ``weight`` pt thick."""

    x_mm: float
    y_mm: float
    length_mm: float
    weight: float
    colour: str


@dataclass(frozen=True, slots=True)
class PrintPage:
    """One certificate: the art under it (a key of ``PrintLayout.arts``; "" for none) and its
    texts and underlines, all of them, the decision-wide ones included."""

    art: str
    texts: tuple[TextRun, ...]
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True)
class PrintLayout:
    """Certificates for a printer: text as text, the art once.

    Positions are on the template's paper; the printer's offsets move everything, art
    included, as they move the exported PDF's pages.
    """

    width_mm: float
    height_mm: float
    offset_x_mm: float
    offset_y_mm: float
    arts: dict[str, bytes]
    """Art key → a one-page PDF of everything on the page that is not text (ornaments,
    emblem, a printed background, pictures): the same for every page that names it."""
    pages: tuple[PrintPage, ...]
