"""Make a fake scan of a blank (phôi) for trying the designer by hand (docs/certificates.md).

Renders the Party Giấy khen's blank — its art and the texts printed on plain paper only
(ĐẢNG CỘNG SẢN VIỆT NAM, TẶNG, GIẤY KHEN), none of a recipient's — at 100 dpi, shifts it 4 mm
right and 3 mm down on a cream margin, and adds noise and blur, as a phone photo of a phôi
would.

    python bench/designer_scan.py OUT_FOLDER    # writes OUT_FOLDER/demo.db and scan.png

It prints where two marks of the paper landed on the scan (its top-left and bottom-right
corners, in pixels), the numbers to type in the designer's two-mark alignment.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageFilter

from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import builtin_templates_dir, parse_template
from desktop.services import decisions, library

DPI = 100
TEMPLATE = "giay-khen-dang"
SHIFT_MM = (4.0, 3.0)
MARGIN_PX = (20, 15)


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    db, _ = library.create_demo(out / "demo.db")
    decision = decisions.get_decision(db, decisions.decisions(db)[0].id)
    data = json.loads((builtin_templates_dir() / f"{TEMPLATE}.json").read_text("utf-8"))
    data["fields"] = [f for f in data["fields"] if f.get("modes") == ["full"]]
    blank = CertificateRenderer(parse_template(data), mode="full")
    (out / "blank.pdf").write_bytes(blank.render(decision, decision.awards[:1], force=True))
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(out / "blank.pdf"), str(out / "b")],
        check=True,
    )
    image = Image.open(out / "b.png").convert("RGB")
    px_per_mm = DPI / 25.4
    left = round(SHIFT_MM[0] * px_per_mm) + MARGIN_PX[0]
    top = round(SHIFT_MM[1] * px_per_mm) + MARGIN_PX[1]
    shifted = Image.new("RGB", (image.width + 60, image.height + 40), (235, 228, 210))
    shifted.paste(image, (left, top))
    noise = Image.effect_noise(shifted.size, 18).convert("RGB")
    scan = Image.blend(shifted, noise, 0.08).filter(ImageFilter.GaussianBlur(0.6))
    scan.save(out / "scan.png")
    print(out / "scan.png")
    print(f"paper corner (0, 0) mm at pixel ({left}, {top}); ", end="")
    print(f"(297, 210) mm at pixel ({left + image.width}, {top + image.height})")


if __name__ == "__main__":
    main()
