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

import math
from pathlib import Path

from desktop import paths
from desktop.documents.certificates import images
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
    try:
        if suffix == ".pdf":
            data = images.pdf_page_png(source, print_mm=LARGEST_PRINT_MM, dpi=PDF_DPI)
        elif suffix in IMAGE_SUFFIXES:
            data = images.checked_png(
                source, min_pixels=MIN_PIXELS, print_mm=LARGEST_PRINT_MM, min_dpi=MIN_DPI
            )
        else:
            raise EmblemError(f"{source.name}: hãy chọn ảnh quốc huy dạng PNG, JPG hoặc PDF")
    except images.ImageFileError as exc:
        raise EmblemError(str(exc)) from None
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
