"""Certificates as a printer receives them: every text as text, the art once.

``print_layout`` turns a prepared ``Batch`` into plain records (``PrintLayout``): per page the
art it stands on and every line of text placed exactly where ``pdf.CertificateRenderer``
draws it — the same fitting, alignment and baselines, each character at the position the PDF
gives it (the font's advances as reportlab measures them, the field's word spacing, pair
kerning where the field asks for it), underlines and the cut of a forced overflowing text.
Whatever is not text (ornaments, emblem, a printed background, pictures) is the same on every
page: it comes once, as a one-page PDF (``art_pdf``), for the printer to draw under each page.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import drawing, fonts
from desktop.documents.certificates.batch import (
    Batch,
    CertificateProblems,
    Placed,
    PrintLayout,
    PrintPage,
    Rule,
    Slot,
    TextRun,
)
from desktop.documents.certificates.pdf import (
    PRODUCER,
    UNDERLINE_GAP_PT,
    UNDERLINE_MIN_PT,
    UNDERLINE_WEIGHT,
    CertificateRenderer,
)
from desktop.documents.kerning import kerning

ART = "art"
"""The key of a template's art in ``PrintLayout.arts`` (one per renderer)."""


def print_layout(renderer: CertificateRenderer, batch: Batch, *, force: bool) -> PrintLayout:
    """The certificates of ``batch`` for a printer, one page per award, in order.

    Raises:
        CertificateProblems: as ``CertificateRenderer.render_batch`` (a missing glyph always,
            text that does not fit unless ``force``).
    """
    blocking = [p for p in batch.problems if p.kind == "glyph" or not force]
    if blocking:
        raise CertificateProblems(blocking)
    art = ART if renderer.has_art else ""
    static = {kind: _page_texts(renderer, texts) for kind, texts in batch.static.items()}
    pages = []
    for award, texts in zip(batch.awards, batch.pages, strict=True):
        shared_runs, shared_rules = static[award.kind]
        runs, rules = _page_texts(renderer, texts)
        pages.append(PrintPage(art, shared_runs + runs, shared_rules + rules))
    template = renderer.template
    return PrintLayout(
        width_mm=template.width_mm,
        height_mm=template.height_mm,
        offset_x_mm=renderer.offset_x_mm,
        offset_y_mm=renderer.offset_y_mm,
        arts={ART: art_pdf(renderer)} if art else {},
        pages=tuple(pages),
    )


@drawing.one_at_a_time
def art_pdf(renderer: CertificateRenderer) -> bytes:
    """One page with everything of the template that is not text, no offsets."""
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(renderer.page_width, renderer.page_height),
        invariant=1,
        pageCompression=1,
    )
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    renderer.draw_art(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _page_texts(
    renderer: CertificateRenderer, texts: tuple[tuple[Slot, str], ...]
) -> tuple[tuple[TextRun, ...], tuple[Rule, ...]]:
    """The lines and underlines of these fields, as ``CertificateRenderer._draw`` draws them."""
    runs: list[TextRun] = []
    rules: list[Rule] = []
    height = renderer.page_height
    for slot, text in texts:
        placed = renderer.placed(slot, text)
        size = placed.fitted.size
        colour = slot.field.colour
        font_file = fonts.font_path(slot.box.font)
        fits = placed.fitted.fits
        clip = (
            None
            if fits
            else (
                slot.left / mm,
                (height - slot.top) / mm,
                slot.box.width / mm,
                slot.box.height / mm,
            )
        )
        for line, (x, y) in placed.lines:
            # A text cut at its box is drawn without kerning, as the PDF draws it.
            start, advances = _advances(slot, line, x, size, kerned=fits and slot.field.kerning)
            runs.append(
                TextRun(
                    text=line,
                    font_file=font_file,
                    size=size,
                    x_mm=start / mm,
                    baseline_mm=(height - y) / mm,
                    advances_mm=tuple(a / mm for a in advances),
                    colour=colour,
                    clip_mm=clip,
                )
            )
        if slot.field.underline:
            rules.extend(_underlines(slot, placed, height, colour))
    return tuple(runs), tuple(rules)


def _advances(
    slot: Slot, line: str, x: float, size: float, *, kerned: bool
) -> tuple[float, tuple[float, ...]]:
    """Where the line starts and where each character starts from there, in points: the font's
    advances (reportlab's metrics), the word spacing after each space (the PDF's Tw), and with
    ``kerned`` the pair kerning, the line shifted by the share its alignment gives back
    (``CertificateRenderer._kerned``)."""
    word_space = slot.box.word_spacing * size
    kerns: tuple[float, ...] = ()
    start = x
    if kerned:
        kerns = kerning(fonts.font_path(slot.box.font), line)
        saved = sum(kerns) * size
        start = x - {"left": 0.0, "center": saved / 2, "right": saved}[slot.field.align]
    cursor = 0.0
    out = []
    for index, char in enumerate(line):
        out.append(cursor)
        cursor += stringWidth(char, slot.box.font, size)
        if char == " ":
            cursor += word_space
        if index < len(kerns):
            cursor += kerns[index] * size
    return start, tuple(out)


def _underlines(slot: Slot, placed: Placed, height: float, colour: str) -> list[Rule]:
    """``CertificateRenderer._underline``'s rules, in mm from the paper's top-left."""
    size = placed.fitted.size
    weight = max(UNDERLINE_MIN_PT, size * UNDERLINE_WEIGHT)
    rules = []
    for (_, (x, y)), width in zip(placed.lines, placed.fitted.widths, strict=True):
        rule_y = max(y + slot.box.bottom * size - UNDERLINE_GAP_PT, slot.bottom + 0.5)
        rules.append(Rule(x / mm, (height - rule_y) / mm, width / mm, weight, colour))
    return rules
