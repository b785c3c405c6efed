"""Make a fake scan of a blank for trying the designer by hand (docs/certificates.md).

Renders the Party Giấy khen of the demo database's first decision at 100 dpi, shifts it 4 mm
right and 3 mm down on a cream margin and adds noise and blur, as a phone photo of a phôi would.

    python bench/designer_scan.py OUT_FOLDER    # writes OUT_FOLDER/demo.db and scan.png
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageFilter

from desktop.services import decisions, library

DPI = 100


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    db, _ = library.create_demo(out / "demo.db")
    decision = decisions.get_decision(db, decisions.decisions(db)[0].id)
    (out / "c.pdf").write_bytes(decisions.certificate_pdf(decision, 0, template="giay-khen-dang"))
    page = out / "c"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(out / "c.pdf"), str(page)],
        check=True,
    )
    image = Image.open(out / "c.png").convert("RGB")
    px_per_mm = DPI / 25.4
    shifted = Image.new("RGB", (image.width + 60, image.height + 40), (235, 228, 210))
    shifted.paste(image, (round(4 * px_per_mm) + 20, round(3 * px_per_mm) + 15))
    noise = Image.effect_noise(shifted.size, 18).convert("RGB")
    scan = Image.blend(shifted, noise, 0.08).filter(ImageFilter.GaussianBlur(0.6))
    scan.save(out / "scan.png")
    print(out / "scan.png")


if __name__ == "__main__":
    main()
