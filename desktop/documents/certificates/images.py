"""Pictures a certificate prints: read their size, check their resolution, make them PNG.

The services decide which picture goes where (an organisation's emblem, a template's image
field); decoding image files (Pillow) and drawing a PDF page into a picture (pypdfium2) happen
here. Errors are ``ImageFileError`` with a Vietnamese message naming the file.
"""

from __future__ import annotations

import io
from pathlib import Path

from desktop.documents import pdf_engine

MM_PER_INCH = 25.4


class ImageFileError(ValueError):
    """An image file that cannot be used; the message names the file and says why."""


def image_size(source: Path) -> tuple[int, int]:
    """Width and height in pixels of a PNG or JPEG file.

    Raises:
        ImageFileError: the file cannot be read as an image.
    """
    from PIL import Image

    try:
        with Image.open(source) as image:
            image.verify()
            return image.size
    except Exception:  # Pillow raises many kinds for a damaged file
        raise ImageFileError(f"Không đọc được ảnh {source.name}") from None


def checked_png(source: Path, *, min_pixels: int, print_mm: float, min_dpi: int) -> bytes:
    """The PNG or JPEG at ``source`` as PNG bytes (RGBA), if its shorter side has at least
    ``min_pixels`` (enough for ``min_dpi`` when printed ``print_mm`` wide).

    Raises:
        ImageFileError: unreadable, or too small to print sharply (the message says how small).
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(source) as image:
            image.load()
            width, height = image.size
            if min(width, height) < min_pixels:
                dpi = min(width, height) / (print_mm / MM_PER_INCH)
                raise ImageFileError(
                    f"{source.name}: ảnh chỉ có {width} × {height} điểm ảnh, in cỡ "
                    f"{print_mm:.0f} mm sẽ chỉ đạt {dpi:.0f} dpi và bị mờ; cần ảnh từ "
                    f"{min_pixels} × {min_pixels} điểm ảnh ({min_dpi} dpi) trở lên, hoặc tệp PDF"
                )
            converted = image.convert("RGBA")
    except OSError as exc:
        if isinstance(exc, UnidentifiedImageError):
            raise ImageFileError(f"{source.name}: không phải ảnh PNG/JPG đọc được") from None
        raise ImageFileError(f"Không đọc được {source}: {exc.strerror or exc}") from None
    buffer = io.BytesIO()
    converted.save(buffer, format="PNG")
    return buffer.getvalue()


def pdf_page_png(source: Path, *, print_mm: float, dpi: int) -> bytes:
    """The first page of the PDF at ``source`` as a transparent PNG, drawn so that its shorter
    side printed ``print_mm`` long has ``dpi`` dots per inch.

    Raises:
        ImageFileError: not a PDF that opens, or one without pages.
    """
    import pypdfium2

    with pdf_engine.LOCK:  # the window may be rasterising a preview meanwhile
        try:
            document = pypdfium2.PdfDocument(str(source))
        except (OSError, pypdfium2.PdfiumError) as exc:
            raise ImageFileError(f"{source.name}: không mở được tệp PDF ({exc})") from None
        try:
            if len(document) == 0:
                raise ImageFileError(f"{source.name}: tệp PDF không có trang nào")
            page = document[0]
            width_pt, height_pt = page.get_size()
            scale = (print_mm / MM_PER_INCH * dpi) / max(min(width_pt, height_pt), 1)
            image = page.render(scale=scale, fill_color=(255, 255, 255, 0)).to_pil()
        finally:
            document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
