"""A fake phôi scan: the built-in art rendered, shifted 4 mm right and 3 mm down, with noise."""
import random, subprocess, sys
from pathlib import Path
from PIL import Image, ImageFilter
from desktop.services import library, decisions
out = Path(sys.argv[1])
db, _ = library.create_demo(out / "demo.db")
summary = next(s for s in decisions.decisions(db) if s.number.startswith("15"))
d = decisions.get_decision(db, summary.id)
pdf = decisions.certificate_pdf(d, 0, template="giay-khen-dang")
(out / "c.pdf").write_bytes(pdf)
subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(out / "c.pdf"), str(out / "c")], check=True)
img = Image.open(out / "c.png").convert("RGB")
px_mm = 100 / 25.4
shifted = Image.new("RGB", (img.width + 60, img.height + 40), (235, 228, 210))
shifted.paste(img, (round(4 * px_mm) + 20, round(3 * px_mm) + 15))
noise = Image.effect_noise(shifted.size, 18).convert("RGB")
scan = Image.blend(shifted, noise, 0.08).filter(ImageFilter.GaussianBlur(0.6))
scan.save(out / "scan.png")
print(out / "scan.png")
