"""The calibration sheet (trang căn chỉnh máy in): from it a user reads a printer's offsets.

Crosshairs sit at known distances from the paper's edges. Printed at 100 % on the printer to
calibrate, each is measured with a ruler from the paper's left and top edges; the offset to
enter is the designed distance minus the measured one. Rulers in millimetres along the edges
check that nothing was scaled (10 cm on the ruler must measure 10 cm).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import drawing, fonts

CROSS_INSET_MM = 25.0
"""Distance of the corner crosshairs from the left/right and top/bottom edges."""
CROSS_ARM_MM = 6.0
CROSS_CIRCLE_MM = 2.5
RULER_INSET_MM = 8.0
"""The rulers run this far inside the top and left edges (printers cannot reach the edge)."""
RULER_START_MM = 15
"""First tick of each ruler, clear of the other ruler in the corner."""
TICK_MM = (1.5, 2.5, 4.0)
"""Length of a millimetre, half-centimetre and centimetre tick."""
TEXT_PT = 11.0
TITLE_PT = 16.0
LINE_PT = 0.3
INK = HexColor("#000000")
GUIDE = Color(0.55, 0.55, 0.55)


def _cross(canvas: Canvas, x: float, y: float, label: str) -> None:
    arm, circle = CROSS_ARM_MM * mm, CROSS_CIRCLE_MM * mm
    canvas.setLineWidth(LINE_PT)
    canvas.line(x - arm, y, x + arm, y)
    canvas.line(x, y - arm, x, y + arm)
    canvas.circle(x, y, circle, stroke=1, fill=0)
    canvas.setFont(fonts.SERIF_BOLD, TEXT_PT)
    canvas.drawString(x + arm + 1 * mm, y + 1 * mm, label)


def _rulers(canvas: Canvas, width: float, height: float) -> None:
    inset = RULER_INSET_MM * mm
    canvas.setLineWidth(LINE_PT * 0.8)
    canvas.setFont(fonts.SERIF, 6.5)
    for millimetre in range(RULER_START_MM, int(width / mm) - 4):
        x = millimetre * mm
        size = TICK_MM[2] if millimetre % 10 == 0 else TICK_MM[1 if millimetre % 5 == 0 else 0]
        canvas.line(x, height - inset, x, height - inset - size * mm)
        if millimetre % 10 == 0:
            canvas.drawCentredString(x, height - inset - (TICK_MM[2] + 3) * mm, str(millimetre))
    for millimetre in range(RULER_START_MM, int(height / mm) - 4):
        y = height - millimetre * mm
        size = TICK_MM[2] if millimetre % 10 == 0 else TICK_MM[1 if millimetre % 5 == 0 else 0]
        canvas.line(inset, y, inset + size * mm, y)
        if millimetre % 10 == 0:
            canvas.drawString(inset + (TICK_MM[2] + 1) * mm, y - 2, str(millimetre))


INSTRUCTIONS = (
    "1. In trang này trên máy in cần căn chỉnh, khổ giấy như phôi, chọn “Kích thước thực” "
    "(100 %, không co giãn).",
    "2. Kiểm tra thước: từ vạch 20 đến vạch 120 phải đo được đúng 100 mm. Nếu sai, máy in đang "
    "co giãn trang: tắt “Vừa trang” (Fit to page) rồi in lại.",
    "3. Dùng thước đo từ MÉP TRÁI tờ giấy đến tâm dấu A: thiết kế {inset} mm. "
    "Độ lệch X = {inset} − số đo (ví dụ đo được 26,5 mm thì X = −1,5).",
    "4. Đo từ MÉP TRÊN tờ giấy đến tâm dấu A: thiết kế {inset} mm. "
    "Độ lệch Y = {inset} − số đo (ví dụ đo được 24 mm thì Y = +1).",
    "5. Kiểm tra lại bằng dấu B, C, D; nhập độ lệch X, Y cho máy in này trong Vinh Danh "
    "rồi in lại trang này: các dấu phải nằm đúng {inset} mm.",
)


@drawing.one_at_a_time
def render_calibration_sheet(
    width_mm: float,
    height_mm: float,
    *,
    printer: str = "",
    offset_x_mm: float = 0.0,
    offset_y_mm: float = 0.0,
) -> bytes:
    """The calibration sheet for paper of ``width_mm`` × ``height_mm``, as PDF bytes.

    With a printer's current offsets applied, a correct calibration prints every crosshair
    exactly at its designed place; this is how the user checks the values entered.
    """
    fonts.register_serif()
    width, height = width_mm * mm, height_mm * mm
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.SERIF,
    )
    canvas.setViewerPreference("PrintScaling", "None")
    canvas.setTitle("Trang căn chỉnh máy in")
    canvas.setAuthor("Vinh Danh")
    canvas.setCreator("Vinh Danh")
    canvas.setProducer("Vinh Danh")
    canvas.translate(offset_x_mm * mm, -offset_y_mm * mm)
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    _rulers(canvas, width, height)
    inset = CROSS_INSET_MM * mm
    crosses = {
        "A": (inset, height - inset),
        "B": (width - inset, height - inset),
        "C": (inset, inset),
        "D": (width - inset, inset),
    }
    for label, (x, y) in crosses.items():
        _cross(canvas, x, y, label)
    _cross(canvas, width / 2, height / 2, "")
    canvas.setFont(fonts.SERIF_BOLD, TITLE_PT)
    top = height - 42 * mm
    canvas.drawCentredString(width / 2, top, "TRANG CĂN CHỈNH MÁY IN")
    canvas.setFont(fonts.SERIF, TEXT_PT + 1)
    subtitle = f"Khổ giấy {width_mm:g} × {height_mm:g} mm"
    if printer:
        subtitle += (
            f" — máy in “{printer}”, đang áp dụng độ lệch X = {offset_x_mm:+g} mm, "
            f"Y = {offset_y_mm:+g} mm"
        )
    canvas.drawCentredString(width / 2, top - 7 * mm, subtitle)
    text = canvas.beginText(inset + 12 * mm, top - 18 * mm)
    text.setFont(fonts.SERIF, TEXT_PT)
    text.setLeading(TEXT_PT * 1.45)
    for line in INSTRUCTIONS:
        text.textLine(line.format(inset=f"{CROSS_INSET_MM:g}"))
    canvas.drawText(text)
    canvas.setFillColor(GUIDE)
    canvas.setFont(fonts.SERIF_ITALIC, TEXT_PT - 1)
    canvas.drawCentredString(
        width / 2,
        height / 2 - (CROSS_ARM_MM + 5) * mm,
        f"Tâm trang: mép trái {width_mm / 2:g} mm, mép trên {height_mm / 2:g} mm",
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
