"""The Party emblem (hammer and sickle) drawn from the rules of Quy định 99-QĐ/TW."""

from __future__ import annotations

import math

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

PARTY_YELLOW = "#FFDE00"
""""Vàng tươi" of the hammer and sickle (Quy định 99-QĐ/TW Điều 1.3: as the flag's star)."""

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
