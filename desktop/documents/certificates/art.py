"""Vector art of the built-in certificates: guilloche borders, corner rosettes, a laurel
medallion and a faint central guilloche, drawn by the app (no bitmap needed).

All of it is drawn once per batch into a Form XObject (see ``certificate_pdf``). Geometry is
given as fractions of the page or in millimetres, so the same art fits A4, A3 or any size.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from desktop.documents.certificates.template import Art, Ornament

OUTER_MARGIN_MM = 7.0
"""Paper edge to the outer line of the border: beyond the 4–5 mm a printer cannot reach."""
BAND_MM = 8.0
"""Width of the guilloche band."""
INNER_GAP_MM = 2.5
"""Band to the thin inner rule."""
CORNER_RADIUS_MM = 6.0
STRANDS = 6
"""Interlaced waves in the band."""
GUILLOCHE_LINE_PT = 0.3
"""Hairline of the guilloche waves (thinner than a printed rule, as on banknotes)."""
WAVE_PERIOD_MM = 7.0
SAMPLE_STEP_PT = 3.0
ROSETTE_MM = 7.5
"""Radius of the corner rosettes."""
MEDALLION_MM = 9.0
"""Radius of the laurel medallion at the top centre."""
MEDALLION_TOP_MM = 12.0
"""Paper top edge to the medallion's top."""
WATERMARK_RATIO = 0.30
"""Radius of the faint central guilloche, as a fraction of the paper height."""
WATERMARK_TINT = 0.90
"""How far the watermark colour is washed towards white (1 = invisible)."""
LINE_PT = 0.5
DIVIDER_DIAMOND_MM = 1.6
"""Half the width of the diamond at a divider's centre."""
DIVIDER_GAP_MM = 3.0
"""Diamond to the start of each tapering rule."""
DIVIDER_THICKNESS_PT = 1.3


def _tint(colour: Color, amount: float) -> Color:
    """``colour`` mixed with white: 0 = unchanged, 1 = white."""
    return Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


def _ring(
    x0: float, y0: float, x1: float, y1: float, radius: float
) -> tuple[float, Callable[[float], tuple[float, float, float, float]]]:
    """Perimeter of a rounded rectangle and a function s → (x, y, normal x, normal y)."""
    width, height = x1 - x0 - 2 * radius, y1 - y0 - 2 * radius
    arc = math.pi * radius / 2
    pieces = [width, arc, height, arc, width, arc, height, arc]
    perimeter = sum(pieces)

    def at(s: float) -> tuple[float, float, float, float]:
        s %= perimeter
        # Bottom edge left→right, then counter-clockwise; normal points outwards.
        corners = [
            (x1 - radius, y0 + radius, -math.pi / 2),
            (x1 - radius, y1 - radius, 0.0),
            (x0 + radius, y1 - radius, math.pi / 2),
            (x0 + radius, y0 + radius, math.pi),
        ]
        starts = [
            (x0 + radius, y0, 1, 0),
            (x1, y0 + radius, 0, 1),
            (x1 - radius, y1, -1, 0),
            (x0, y1 - radius, 0, -1),
        ]
        for side in range(4):
            length = pieces[2 * side]
            if s <= length:
                sx, sy, dx, dy = starts[side]
                return sx + dx * s, sy + dy * s, dy, -dx
            s -= length
            if s <= arc:
                cx, cy, start = corners[side]
                angle = start + s / radius if radius else start
                return (
                    cx + radius * math.cos(angle),
                    cy + radius * math.sin(angle),
                    math.cos(angle),
                    math.sin(angle),
                )
            s -= arc
        return x0 + radius, y0, 0.0, -1.0

    return perimeter, at


@functools.lru_cache(maxsize=16)
def _guilloche_strands(
    x0: float, y0: float, x1: float, y1: float, band: float
) -> tuple[PDFPathObject, ...]:
    # Thousands of points per strand: built once per page size and reused by every render
    # (a path object is only its operator list), which keeps the live preview fast.
    half = band / 2
    perimeter, at = _ring(x0 + half, y0 + half, x1 - half, y1 - half, CORNER_RADIUS_MM * mm)
    waves = max(8, round(perimeter / (WAVE_PERIOD_MM * mm)))
    steps = int(perimeter / SAMPLE_STEP_PT)
    amplitude = half * 0.82
    strands = []
    for strand in range(STRANDS):
        phase = 2 * math.pi * strand / STRANDS
        points = []
        for step in range(steps):
            s = perimeter * step / steps
            x, y, nx, ny = at(s)
            offset = amplitude * math.sin(2 * math.pi * waves * s / perimeter + phase)
            points.append((x + nx * offset, y + ny * offset))
        strands.append(_smooth_closed(points))
    return tuple(strands)


def _smooth_closed(points: list[tuple[float, float]]) -> PDFPathObject:
    """A closed curve through ``points``: Catmull-Rom turned into cubic Bézier segments, so the
    waves print as smooth curves at any magnification instead of short straight pieces."""
    path = PDFPathObject()
    count = len(points)
    path.moveTo(round(points[0][0], 2), round(points[0][1], 2))
    for i in range(count):
        p0, p1 = points[i - 1], points[i]
        p2, p3 = points[(i + 1) % count], points[(i + 2) % count]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.curveTo(
            round(c1[0], 2),
            round(c1[1], 2),
            round(c2[0], 2),
            round(c2[1], 2),
            round(p2[0], 2),
            round(p2[1], 2),
        )
    path.close()
    return path


def guilloche_band(
    canvas: Canvas, x0: float, y0: float, x1: float, y1: float, band: float, colour: Color
) -> None:
    """Interlaced waves between the rectangle (x0, y0, x1, y1) and the one ``band`` inside it."""
    half = band / 2
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(GUILLOCHE_LINE_PT)
    for path in _guilloche_strands(x0, y0, x1, y1, band):
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineWidth(LINE_PT * 1.6)
    canvas.roundRect(x0, y0, x1 - x0, y1 - y0, CORNER_RADIUS_MM * mm + half, stroke=1, fill=0)
    canvas.setLineWidth(LINE_PT)
    canvas.roundRect(
        x0 + band,
        y0 + band,
        x1 - x0 - 2 * band,
        y1 - y0 - 2 * band,
        max(CORNER_RADIUS_MM * mm - half, 0),
        stroke=1,
        fill=0,
    )


def rosette(
    canvas: Canvas, cx: float, cy: float, radius: float, petals: int, line: Color, fill: Color
) -> None:
    """A flower of ``petals`` pointed ellipses around a small disc."""
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.setStrokeColor(line)
    canvas.setFillColor(fill)
    canvas.setLineWidth(LINE_PT * 0.8)
    for petal in range(petals):
        canvas.saveState()
        canvas.rotate(360 * petal / petals)
        path = canvas.beginPath()
        path.moveTo(0, 0)
        path.curveTo(radius * 0.28, radius * 0.35, radius * 0.22, radius * 0.8, 0, radius)
        path.curveTo(-radius * 0.22, radius * 0.8, -radius * 0.28, radius * 0.35, 0, 0)
        canvas.drawPath(path, stroke=1, fill=1)
        canvas.restoreState()
    canvas.setFillColor(line)
    canvas.circle(0, 0, radius * 0.18, stroke=0, fill=1)
    canvas.restoreState()


def star(canvas: Canvas, cx: float, cy: float, radius: float, colour: Color) -> None:
    """A filled five-pointed star, point up."""
    path = canvas.beginPath()
    for corner in range(10):
        r = radius if corner % 2 == 0 else radius * 0.382
        angle = math.pi / 2 + corner * math.pi / 5
        point = (cx + r * math.cos(angle), cy + r * math.sin(angle))
        if corner == 0:
            path.moveTo(*point)
        else:
            path.lineTo(*point)
    path.close()
    canvas.setFillColor(colour)
    canvas.drawPath(path, stroke=0, fill=1)


def laurel(canvas: Canvas, cx: float, cy: float, radius: float, colour: Color) -> None:
    """Two laurel branches rising from the bottom around (cx, cy), open at the top."""
    leaves = 8
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(LINE_PT * 1.2)
    for side in (-1, 1):
        stem = canvas.beginPath()
        for step in range(31):
            angle = math.radians(-95 + step * 150 / 30)
            point = (cx + side * radius * math.cos(angle), cy + radius * math.sin(angle))
            if step == 0:
                stem.moveTo(*point)
            else:
                stem.lineTo(*point)
        canvas.drawPath(stem, stroke=1, fill=0)
        for leaf in range(leaves):
            degrees = -80 + leaf * 130 / (leaves - 1)
            angle = math.radians(degrees)
            x = cx + side * radius * math.cos(angle)
            y = cy + radius * math.sin(angle)
            size = radius * (0.34 - 0.015 * leaf)
            for outward in (1, -1):
                # The branch grows upwards; each leaf leans 40° off it, outwards or inwards.
                heading = degrees + outward * 40 if side == 1 else 180 - degrees - outward * 40
                canvas.saveState()
                canvas.translate(x, y)
                canvas.rotate(heading)
                path = canvas.beginPath()
                path.moveTo(0, 0)
                path.curveTo(size * 0.3, size * 0.45, size * 0.3, size * 0.75, 0, size)
                path.curveTo(-size * 0.3, size * 0.75, -size * 0.3, size * 0.45, 0, 0)
                canvas.drawPath(path, stroke=0, fill=1)
                canvas.restoreState()
    canvas.restoreState()


def watermark(canvas: Canvas, cx: float, cy: float, radius: float, colour: Color) -> None:
    """A faint spirograph rosette (hypotrochoid) behind the text, as on banknotes."""
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(LINE_PT * 0.6)
    canvas.drawPath(_rosette(cx, cy, radius), stroke=1, fill=0)


@functools.lru_cache(maxsize=16)
def _rosette(cx: float, cy: float, radius: float) -> PDFPathObject:
    big, small, pen = 1.0, 0.18, 0.42
    turns = 9
    steps = 2400
    path = PDFPathObject()
    scale = radius / (big - small + pen)
    for step in range(steps + 1):
        t = 2 * math.pi * turns * step / steps
        x = (big - small) * math.cos(t) + pen * math.cos((big - small) / small * t)
        y = (big - small) * math.sin(t) - pen * math.sin((big - small) / small * t)
        point = (round(cx + x * scale, 2), round(cy + y * scale, 2))
        if step == 0:
            path.moveTo(*point)
        else:
            path.lineTo(*point)
    return path


def divider(canvas: Canvas, ornament: Ornament, height: float, line: Color, fill: Color) -> None:
    """Two rules tapering outwards from a diamond, centred on the ornament's line."""
    y = height - ornament.y_mm * mm
    left, right = ornament.x_mm * mm, (ornament.x_mm + ornament.width_mm) * mm
    centre = (left + right) / 2
    diamond, gap, half = DIVIDER_DIAMOND_MM * mm, DIVIDER_GAP_MM * mm, DIVIDER_THICKNESS_PT / 2
    canvas.setFillColor(line)
    for end, start in ((left, centre - gap), (right, centre + gap)):
        path = canvas.beginPath()
        path.moveTo(end, y)
        path.lineTo(start, y + half)
        path.lineTo(start, y - half)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.circle(
            start + (gap - diamond) / 2 * (1 if start < centre else -1),
            y,
            half * 1.3,
            stroke=0,
            fill=1,
        )
    path = canvas.beginPath()
    path.moveTo(centre - diamond, y)
    path.lineTo(centre, y + diamond)
    path.lineTo(centre + diamond, y)
    path.lineTo(centre, y - diamond)
    path.close()
    canvas.setFillColor(fill)
    canvas.setStrokeColor(line)
    canvas.setLineWidth(LINE_PT)
    canvas.drawPath(path, stroke=1, fill=1)


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


PARTY_YELLOW = "#FFDE00"
""""Vàng tươi" of the hammer and sickle (Quy định 99-QĐ/TW Điều 1.3: as the flag's star)."""
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
    canvas.setFillColor(_tint(accent, 0.93))
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner, stroke=0, fill=1)
    watermark(
        canvas,
        width / 2,
        height / 2 - 4 * mm,
        height * WATERMARK_RATIO,
        _tint(accent if art.style != "certificate" else primary, WATERMARK_TINT - 0.1),
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
        rosette(canvas, cx, cy, corner, 8, primary, _tint(accent, 0.35))
    cx_mm, cy_mm, diameter_mm = emblem_box_mm(width / mm, height / mm)
    cx, cy, diameter = cx_mm * mm, height - cy_mm * mm, diameter_mm * mm
    if art.style == "party":
        radius = diameter / 2 / 1.45
        canvas.setFillColor(_tint(accent, 0.93))
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


# --- the Party emblem (hammer and sickle) ---------------------------------------------------
#
# Drawn from the rules of Quy định 99-QĐ/TW (2023), Điều 1.2, on the Party flag: hammer and
# sickle perpendicular, with no stroke overlapping where they cross; the hammer at 45° to the
# horizontal; rectangular handles; the top face of the hammer's head in line with the sickle's
# point; the hammer's handle/head junction in line with the top face of the sickle's handle;
# the lowest points of the two handles level; yellow on red; the whole as wide as 4/10 of the
# flag's height. The rule gives no stroke widths and no curve for the blade: those below were
# chosen by eye (docs/certificates.md says so), in a frame where ``t`` runs along the hammer
# (towards its head, up-left) and ``s`` across it (up-right).

_D = (-math.sqrt(0.5), math.sqrt(0.5))
"""Unit vector along the hammer, towards its head (45° up to the left)."""
_N = (math.sqrt(0.5), math.sqrt(0.5))
"""Unit vector across the hammer (the sickle's handle direction)."""
BLADE_RADIUS = 0.42
BLADE_WIDTH = 0.10
BLADE_START_DEG = 225.0
"""Where the blade leaves its handle, on the blade's circle (lower left)."""
SICKLE_HANDLE = (0.24, 0.10)
"""Length and width of the sickle's handle."""
HAMMER_HANDLE_WIDTH = 0.10
HAMMER_HEAD = (0.15, 0.40)
"""Thickness (along the handle) and length of the hammer's head."""
HAMMER_HEAD_BACK = 0.13
"""Part of the head's length on the far side of the handle from the sickle."""
HAMMER_AXIS_S = 0.02
"""Offset of the hammer's axis across itself from the blade's centre."""
EMBLEM_GAP = 0.035
"""Background-coloured margin around the hammer where it crosses the blade (no overlap)."""


def _xy(t: float, s: float) -> tuple[float, float]:
    return (t * _D[0] + s * _N[0], t * _D[1] + s * _N[1])


def _ts(x: float, y: float) -> tuple[float, float]:
    return (x * _D[0] + y * _D[1], x * _N[0] + y * _N[1])


def _rect(t0: float, t1: float, s0: float, s1: float) -> list[tuple[float, float]]:
    return [_xy(t0, s0), _xy(t1, s0), _xy(t1, s1), _xy(t0, s1)]


def hammer_and_sickle_shapes() -> dict[str, list[tuple[float, float]]]:
    """The emblem's outlines as polygons, centred on (0, 0) in a circle of diameter 1."""
    centre = (0.02, -0.02)
    steps = 90
    start = math.radians(BLADE_START_DEG)

    def on_circle(angle: float, radius: float) -> tuple[float, float]:
        return (centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle))

    # Sickle's handle: from the blade's start, outwards along -N (down-left).
    mid = on_circle(start, BLADE_RADIUS - BLADE_WIDTH / 2)
    mt, ms = _ts(*mid)
    length, width = SICKLE_HANDLE
    sickle_handle = _rect(mt - width, mt, ms - length, ms + BLADE_WIDTH / 2)
    sickle_low = min(y for _, y in sickle_handle)
    # Hammer: the junction of handle and head on the line of the sickle handle's top face.
    junction_t = mt
    head_t = junction_t + HAMMER_HEAD[0]
    axis = HAMMER_AXIS_S
    half = HAMMER_HANDLE_WIDTH / 2
    # Bottom of the hammer's handle level with the bottom of the sickle's handle: the lowest
    # corner (t, axis - half) has y = (t + axis - half) / sqrt(2).
    bottom_t = sickle_low * math.sqrt(2) - axis + half
    hammer_handle = _rect(bottom_t, junction_t, axis - half, axis + half)
    head_s0 = axis - HAMMER_HEAD_BACK
    hammer_head = _rect(junction_t, head_t, head_s0, head_s0 + HAMMER_HEAD[1])
    # The blade ends where its outer edge meets the line of the head's top face (t = head_t).
    end = start + math.radians(200)
    for step in range(1, 721):
        angle = start + math.radians(step * 0.5)
        if _ts(*on_circle(angle, BLADE_RADIUS))[0] >= head_t:
            end = angle
            break
    outer = [on_circle(start + (end - start) * i / steps, BLADE_RADIUS) for i in range(steps + 1)]
    inner = []
    for i in range(steps, -1, -1):
        share = i / steps
        # Tapers from the full width at the handle to a point; fullest a third of the way.
        width_here = BLADE_WIDTH * (1 - share) ** 0.8 * (1 + 0.35 * math.sin(math.pi * share))
        inner.append(on_circle(start + (end - start) * share, BLADE_RADIUS - width_here))
    shapes = {
        "blade": outer + inner,
        "sickle_handle": sickle_handle,
        "hammer_handle": hammer_handle,
        "hammer_head": hammer_head,
    }
    points = [p for shape in shapes.values() for p in shape]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    scale = 1 / max(max(xs) - min(xs), max(ys) - min(ys))
    return {
        name: [((x - cx) * scale, (y - cy) * scale) for x, y in shape]
        for name, shape in shapes.items()
    }


def _polygon(canvas: Canvas, points: list[tuple[float, float]]) -> PDFPathObject:
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    return path


def party_emblem(
    canvas: Canvas, cx: float, cy: float, diameter: float, colour: Color, background: Color
) -> None:
    """The hammer and sickle, ``diameter`` across, centred on (cx, cy)."""
    shapes = hammer_and_sickle_shapes()
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.scale(diameter, diameter)
    canvas.setFillColor(colour)
    canvas.setLineJoin(1)
    for name in ("blade", "sickle_handle"):
        canvas.drawPath(_polygon(canvas, shapes[name]), stroke=0, fill=1)
    # Where the hammer crosses the blade a thin band of background keeps them apart.
    canvas.setStrokeColor(background)
    canvas.setLineWidth(EMBLEM_GAP * 2)
    for name in ("hammer_handle", "hammer_head"):
        canvas.drawPath(_polygon(canvas, shapes[name]), stroke=1, fill=0)
    for name in ("hammer_handle", "hammer_head"):
        canvas.drawPath(_polygon(canvas, shapes[name]), stroke=0, fill=1)
    canvas.restoreState()
