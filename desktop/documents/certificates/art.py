"""Vector art of the built-in certificates: guilloche borders, corner rosettes, a laurel
medallion and a faint central guilloche, drawn by the app (no bitmap needed).

All of it is drawn once per batch into a Form XObject (see ``certificate_pdf``). Geometry is
given as fractions of the page or in millimetres, so the same art fits A4, A3 or any size.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.certificates.ornaments import (
    BAND_MM,
    INNER_GAP_MM,
    LINE_PT,
    MEDALLION_MM,
    MEDALLION_TOP_MM,
    OUTER_MARGIN_MM,
    ROSETTE_MM,
    WATERMARK_RATIO,
    WATERMARK_TINT,
    divider,
    guilloche_band,
    laurel,
    rosette,
    tint,
    watermark,
)
from desktop.documents.certificates.party_emblem import PARTY_YELLOW, party_emblem
from desktop.documents.certificates.template import Art, Mode, Template

__all__ = [
    "BAND_MM",
    "EMBLEM_DIAMETER_MM",
    "INNER_GAP_MM",
    "OUTER_MARGIN_MM",
    "draw_art",
    "emblem_box_mm",
    "frame_inner_mm",
]


def draw_art(
    canvas: Canvas, art: Art, width: float, height: float, emblem: str | None = None
) -> None:
    """Draw the template's border and ornaments on a page of ``width`` × ``height`` points.

    ``emblem``: an image file the office supplied (the Quốc huy of a state body), drawn where
    a state template has its emblem. Nothing is drawn there without one: the app never makes
    up a state emblem. Party templates draw the Party's hammer and sickle themselves.
    """
    primary, accent = HexColor(art.primary), HexColor(art.accent)
    if art.style != "none":
        _border(canvas, art, width, height, emblem)
    for ornament in art.ornaments:
        divider(canvas, ornament, height, primary, accent)


def has_art_layer(template: Template, mode: Mode, preview: bool) -> bool:
    """Whether ``draw_art_layer`` draws anything: a printed background, art, a picture."""
    background = template.background is not None and (
        preview or (mode == "full" and template.background_printed)
    )
    art = mode == "full" and (template.art.style != "none" or bool(template.art.ornaments))
    images = any(i.path is not None and (mode in i.modes or preview) for i in template.images)
    return background or art or images


def draw_art_layer(
    canvas: Canvas, template: Template, mode: Mode, preview: bool, emblem: str | None
) -> None:
    """Everything on a certificate that is not text, in page coordinates: the background (a
    scan of the phôi; in pre-printed mode only for the screen), the art (full render) and the
    pictures of the mode, over the art and under the text."""
    width, height = template.width_mm * mm, template.height_mm * mm
    background = template.background
    if background is not None and (preview or (mode == "full" and template.background_printed)):
        canvas.drawImage(str(background), 0, 0, width, height)
    if mode == "full":
        draw_art(canvas, template.art, width, height, emblem)
    for image in template.images:
        if image.path is not None and (mode in image.modes or preview):
            canvas.drawImage(
                str(image.path),
                image.x_mm * mm,
                height - (image.y_mm + image.height_mm) * mm,
                image.width_mm * mm,
                image.height_mm * mm,
                mask="auto",
                preserveAspectRatio=True,
                anchor="c",
            )


EMBLEM_DIAMETER_MM = 2 * 1.45 * MEDALLION_MM
"""Room for the emblem at the top centre of an A4 certificate (A3: scaled up), 26 mm."""


def emblem_box_mm(width_mm: float, height_mm: float) -> tuple[float, float, float]:
    """Centre x, centre y (from the top) and diameter of the emblem's place, in mm."""
    scale = min(width_mm, height_mm) / 210
    diameter = EMBLEM_DIAMETER_MM * scale
    return width_mm / 2, (MEDALLION_TOP_MM + MEDALLION_MM) * scale, diameter


INNER_RULE_GAP_MM = 1.4
"""The thick inner rule to the thin one inside it."""


def frame_inner_mm(width_mm: float, height_mm: float) -> float:
    """Paper edge to the thin inner rule of the border, in mm: text stays inside it."""
    scale = min(width_mm, height_mm) / 210
    """A3 gets a proportionally wider border than A4."""
    return OUTER_MARGIN_MM + (BAND_MM + INNER_GAP_MM) * scale + INNER_RULE_GAP_MM


def _border(
    canvas: Canvas, art: Art, width: float, height: float, emblem: str | None = None
) -> None:
    """Background tint, watermark, guilloche band, rules, rosettes and the emblem."""
    primary, accent = HexColor(art.primary), HexColor(art.accent)
    scale = min(width, height) / (210 * mm)
    outer = OUTER_MARGIN_MM * mm
    band = BAND_MM * mm * scale
    gap = INNER_RULE_GAP_MM * mm
    inner = frame_inner_mm(width / mm, height / mm) * mm - gap
    canvas.saveState()
    # The tint stays inside the frame: the band prints on white paper, as on the real forms.
    canvas.setFillColor(tint(accent, 0.93))
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner, stroke=0, fill=1)
    watermark(
        canvas,
        width / 2,
        height / 2 - 4 * mm,
        height * WATERMARK_RATIO,
        tint(accent if art.style != "certificate" else primary, WATERMARK_TINT - 0.1),
    )
    guilloche_band(canvas, outer, outer, width - outer, height - outer, band, primary)
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(LINE_PT * 2.2)
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner, stroke=1, fill=0)
    canvas.setLineWidth(LINE_PT * 0.6)
    canvas.rect(
        inner + gap,
        inner + gap,
        width - 2 * (inner + gap),
        height - 2 * (inner + gap),
        stroke=1,
        fill=0,
    )
    corner = ROSETTE_MM * mm * scale
    for cx, cy in (
        (inner, inner),
        (width - inner, inner),
        (inner, height - inner),
        (width - inner, height - inner),
    ):
        canvas.setFillColor(Color(1, 1, 1))
        canvas.circle(cx, cy, corner * 1.05, stroke=0, fill=1)
        rosette(canvas, cx, cy, corner, 8, primary, tint(accent, 0.35))
    cx_mm, cy_mm, diameter_mm = emblem_box_mm(width / mm, height / mm)
    cx, cy, diameter = cx_mm * mm, height - cy_mm * mm, diameter_mm * mm
    if art.style == "party":
        radius = diameter / 2 / 1.45
        canvas.setFillColor(tint(accent, 0.93))
        canvas.circle(cx, cy, radius * 1.45, stroke=0, fill=1)
        laurel(canvas, cx, cy, radius * 1.05, accent)
        canvas.setFillColor(primary)
        canvas.setStrokeColor(accent)
        canvas.setLineWidth(LINE_PT * 1.6)
        canvas.circle(cx, cy, radius * 0.62, stroke=1, fill=1)
        party_emblem(canvas, cx, cy, radius * 0.80, HexColor(PARTY_YELLOW), primary)
    elif art.style in ("state", "merit") and emblem:
        canvas.drawImage(
            emblem,
            cx - diameter / 2,
            cy - diameter / 2,
            diameter,
            diameter,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )
    canvas.restoreState()
