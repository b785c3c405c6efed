"""Ornaments the certificate art is made of: guilloche bands and rosettes, a star, a laurel,
a faint watermark and dividers, drawn as vectors on a reportlab canvas."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from desktop.documents.certificates.template import Ornament

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


def tint(colour: Color, amount: float) -> Color:
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
