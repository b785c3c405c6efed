"""Printers and their calibration: offsets per printer and paper size, the calibration
sheet a printer is measured on, and the test certificate printed with offsets not yet stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from desktop.documents.certificates.calibration import render_calibration_sheet
from desktop.documents.certificates.pdf import CertificateRenderer
from desktop.documents.certificates.template import PAPER_SIZES_MM
from desktop.domain.records import Award, Decision, Organisation
from desktop.domain.text import normalize
from desktop.services.certificates.templates import CertificateError, find_user_template
from desktop.services.files import write_atomically
from desktop.storage.decisions import DecisionStore
from desktop.storage.errors import NotFoundError
from desktop.storage.printers import (
    PrinterOffsets,
    PrinterStore,
    check_offset,
    paper_key,
)


def set_printer_offsets(
    db: Database, printer: str, x_mm: float, y_mm: float, paper: str = "A4"
) -> PrinterOffsets:
    """Store a printer's offsets for one paper size (read off the calibration sheet).

    Raises:
        ValueError: no printer name, or an offset beyond ±MAX_OFFSET_MM (the message says).
    """
    return PrinterStore(db).set(printer, x_mm, y_mm, paper)


def printer_offsets(db: Database, printer: str, paper: str = "A4") -> PrinterOffsets | None:
    """The stored offsets of ``printer`` (its name in any Unicode form) on ``paper``, or None
    if that printer and size have not been calibrated."""
    try:
        return PrinterStore(db).get(printer, paper) if printer.strip() else None
    except NotFoundError:
        return None


def calibrated_printer(db: Database, printer: str) -> str:
    """The stored name of ``printer`` when it has offsets for any paper size, else "".

    For printing from the window: a printer never calibrated prints without offsets; one
    calibrated for other sizes than the template's is refused by ``issue_certificates`` with a
    message naming the paper size to calibrate (a misplaced A3 blank is not printed silently).
    """
    key = normalize(printer)
    return key if key and any(p.name == key for p in PrinterStore(db).all()) else ""


def printers(db: Database) -> list[PrinterOffsets]:
    """Every printer and paper size with stored offsets."""
    return PrinterStore(db).all()


SAMPLE_RECIPIENT = Award(
    "person",
    "Nguyễn Thị Phương Thảo",
    title="Chuyên viên Phòng Tổ chức – Hành chính",
    unit="Sở Nội vụ",
    reason="Đã có thành tích xuất sắc trong công tác năm 2026",
    register_number="01",
)
"""Printed on the test certificate when the database has no recipient yet."""


def calibration_test_pdf(
    db: Database,
    template: str,
    x_mm: float,
    y_mm: float,
    *,
    user_templates: Path | None = None,
) -> bytes:
    """The test certificate of the calibration: ``template``'s pre-printed mode (only the
    variable text, as it prints on a blank) for a sample recipient, moved by offsets not yet
    stored. Printed on plain paper and held against a blank to the light, it shows whether
    the text falls on the blank's lines.

    The sample is the first recipient of the first decision in the database that has one
    (real names, real issuer), else a built-in person.

    Raises:
        CertificateError: the template cannot be loaded.
        ValueError: an offset beyond ±MAX_OFFSET_MM.
        CertificateProblems: a character the template's font lacks.
    """
    check_offset(x_mm, "X")
    check_offset(y_mm, "Y")
    tpl = find_user_template(template, user_templates)
    decision = _sample_decision(db)
    renderer = CertificateRenderer(tpl, mode="preprinted", offset_x_mm=x_mm, offset_y_mm=y_mm)
    batch = renderer.prepare(decision, decision.awards[:1])
    return renderer.render_batch(batch, force=True)


def _sample_decision(db: Database) -> Decision:
    store = DecisionStore(db)
    for row in store.all():  # newest first
        decision = store.get(row["id"])
        if decision.awards:
            return decision
    return Decision(
        number="01/QĐ-SNV",
        date=dt.date.today(),
        issuer=Organisation(name="Sở Nội vụ", parent="Ủy ban nhân dân tỉnh", place="Hà Nội"),
        award_form="Giấy khen",
        awards=[replace(SAMPLE_RECIPIENT, position=1)],
    )


def calibration_sheet_pdf(paper: str = "A4") -> bytes:
    """The calibration sheet of ``paper`` (landscape), with no offset: the sheet a printer is
    measured on.

    Raises:
        CertificateError: an unknown paper size.
    """
    size = PAPER_SIZES_MM.get(paper_key(paper))
    if size is None:
        raise CertificateError(f"Khổ giấy “{paper}” không có; dùng {', '.join(PAPER_SIZES_MM)}")
    return render_calibration_sheet(max(size), min(size))


def write_calibration_sheet(
    output: str | Path,
    *,
    paper: str = "A4",
    db: Database | None = None,
    printer: str = "",
) -> Path:
    """Write the calibration sheet (landscape ``paper``), with ``printer``'s offsets for that
    paper applied (none without a printer: the sheet to measure a printer on).

    Raises:
        CertificateError: an unknown paper size.
        NotFoundError: ``printer`` has no stored offsets for ``paper``.
        OutputError: the file could not be written.
    """
    size = PAPER_SIZES_MM.get(paper.upper())
    if size is None:
        raise CertificateError(f"Khổ giấy “{paper}” không có; dùng {', '.join(PAPER_SIZES_MM)}")
    offsets = (
        PrinterStore(db).get(printer, paper)
        if (printer and db is not None)
        else PrinterOffsets("", paper=paper_key(paper))
    )
    data = render_calibration_sheet(
        max(size),
        min(size),
        printer=offsets.name,
        offset_x_mm=offsets.offset_x_mm,
        offset_y_mm=offsets.offset_y_mm,
    )
    return write_atomically(Path(output), data, (".pdf",))
