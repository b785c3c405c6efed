"""The emblem an issuing body prints on its certificates, supplied once by the office.

Vinh Danh never draws a Quốc huy of its own: the state emblem has an official design that a
made-up drawing would only imitate. A state body's office supplies the image (PNG or JPEG at
print resolution, or a PDF, which is drawn at 600 dpi), kept as
``<data folder>/emblems/<organisation id>.png``; state templates print it at the top centre,
or print nothing there. (Party templates draw the hammer and sickle from its official
proportions themselves, see ``documents.certificate_art``.)

The emblem lives in a file, not in the database, so a backup of the database does not carry
it; choosing it again on another workstation takes one click.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from desktop import paths
from desktop.documents.certificates.art import EMBLEM_DIAMETER_MM
from desktop.documents.certificates.template import PAPER_SIZES_MM
from desktop.domain.errors import VinhDanhError
from desktop.services.files import write_atomically

MIN_DPI = 300
"""Resolution an image needs at its printed size to print sharply (offset and laser print)."""
LARGEST_PRINT_MM = EMBLEM_DIAMETER_MM * min(PAPER_SIZES_MM["A3"]) / 210
"""The emblem's printed size on an A3 certificate, the largest built-in paper (≈ 37 mm)."""
MIN_PIXELS = math.ceil(LARGEST_PRINT_MM / 25.4 * MIN_DPI)
"""Pixels the shorter side of an image needs: 436 for 37 mm at 300 dpi."""
PDF_DPI = 600
"""A PDF emblem (vector) is drawn into an image at this resolution for the largest size."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
EMBLEM_FOLDER = "emblems"


class EmblemError(VinhDanhError, ValueError):
    """An emblem file that cannot be used; the message is for the user (Vietnamese)."""


def emblems_dir(data_dir: Path | None = None) -> Path:
    """Folder of the supplied emblems (in the user's data folder unless ``data_dir``)."""
    return (data_dir or paths.user_data_dir()) / EMBLEM_FOLDER


def emblem_file(organisation_id: str, data_dir: Path | None = None) -> Path | None:
    """The emblem supplied for an organisation, or None."""
    if not organisation_id:
        return None
    path = emblems_dir(data_dir) / f"{organisation_id}.png"
    return path if path.is_file() else None


def set_emblem(organisation_id: str, source: str | Path, data_dir: Path | None = None) -> Path:
    """Check the image at ``source`` and keep it as the organisation's emblem.

    Raises:
        EmblemError: an unreadable file, a format we cannot read (SVG), or an image too small
            to print sharply; the message names the file and what it needs.
        OutputError: the data folder cannot be written.
    """
    if not organisation_id:
        raise EmblemError("Hãy lưu cơ quan trước khi chọn quốc huy cho cơ quan")
    source = Path(source)
    suffix = source.suffix.lower()
    if suffix == ".svg":
        raise EmblemError(
            f"{source.name}: Vinh Danh chưa đọc được tệp SVG; hãy mở nó và lưu (xuất) thành "
            f"PDF, hoặc ảnh PNG từ {MIN_PIXELS} × {MIN_PIXELS} điểm ảnh trở lên"
        )
    if suffix == ".pdf":
        data = _pdf_to_png(source)
    elif suffix in IMAGE_SUFFIXES:
        data = _checked_png(source)
    else:
        raise EmblemError(f"{source.name}: hãy chọn ảnh quốc huy dạng PNG, JPG hoặc PDF")
    folder = emblems_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return write_atomically(folder / f"{organisation_id}.png", data)


def clear_emblem(organisation_id: str, data_dir: Path | None = None) -> bool:
    """Forget the organisation's emblem; True when there was one."""
    path = emblem_file(organisation_id, data_dir)
    if path is None:
        return False
    path.unlink()
    return True


def _checked_png(source: Path) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(source) as image:
            image.load()
            width, height = image.size
            if min(width, height) < MIN_PIXELS:
                dpi = min(width, height) / (LARGEST_PRINT_MM / 25.4)
                raise EmblemError(
                    f"{source.name}: ảnh chỉ có {width} × {height} điểm ảnh, in cỡ "
                    f"{LARGEST_PRINT_MM:.0f} mm sẽ chỉ đạt {dpi:.0f} dpi và bị mờ; cần ảnh từ "
                    f"{MIN_PIXELS} × {MIN_PIXELS} điểm ảnh ({MIN_DPI} dpi) trở lên, hoặc tệp PDF"
                )
            converted = image.convert("RGBA")
    except OSError as exc:
        if isinstance(exc, UnidentifiedImageError):
            raise EmblemError(f"{source.name}: không phải ảnh PNG/JPG đọc được") from None
        raise EmblemError(f"Không đọc được {source}: {exc.strerror or exc}") from None
    buffer = io.BytesIO()
    converted.save(buffer, format="PNG")
    return buffer.getvalue()


def _pdf_to_png(source: Path) -> bytes:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(source))
    except (OSError, pypdfium2.PdfiumError) as exc:
        raise EmblemError(f"{source.name}: không mở được tệp PDF ({exc})") from None
    try:
        if len(document) == 0:
            raise EmblemError(f"{source.name}: tệp PDF không có trang nào")
        page = document[0]
        width_pt, height_pt = page.get_size()
        # The page's shorter side printed at the largest emblem size, at PDF_DPI.
        scale = (LARGEST_PRINT_MM / 25.4 * PDF_DPI) / max(min(width_pt, height_pt), 1)
        image = page.render(scale=scale, fill_color=(255, 255, 255, 0)).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
