"""Certificates printed as vector pages (ui.certificate_printing) to Qt's PDF printer.

What a clerk would check on the sheet: the names are text with every Vietnamese mark, one page
per certificate, every line where the exported certificate PDF puts it, the printer's offsets
applied, the art sent once and nothing but text on a pre-printed blank; a print cancelled after
page 3 gives 3 pages and 3 lines in the issue log. The old path (every page rasterised) fails
all of these: its pages hold no text and one image per band.
"""

from __future__ import annotations

import ctypes
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.documents.pdf_engine import LOCK as PDFIUM
from desktop.services import certificates, decisions, issue_log
from desktop.services.certificates import PrintJob
from desktop.services.session import Library
from desktop.ui import certificate_printing
from desktop.ui.certificate_printing import print_certificates
from desktop.ui.editors.decision import DOCUMENT_CERTIFICATE, DecisionEditor

NUMBER = "15-QĐ/BTGTU"
NAMES = [
    "Nguyễn Thị Ánh Tuyết",
    "Đặng Quốc Hưng",
    "Lữ Thị Hằng Nga",
    "Lường Văn Khởi",
    "Đỗ Thị Mỹ Duyên",
    "Phạm Ẩn Ưng",
]
"""Every vowel mark and tone of Vietnamese (ă â ê ô ơ ư đ; huyền, sắc, hỏi, ngã, nặng)."""
MM = 25.4 / 72
TOLERANCE_MM = 0.3


@pytest.fixture
def named_db(demo_db: Database) -> Database:
    """The demo decision with its first people renamed to names full of diacritics."""
    summary = next(d for d in decisions.decisions(demo_db) if d.number == NUMBER)
    decision = decisions.get_decision(demo_db, summary.id)
    people = [i for i, a in enumerate(decision.awards) if a.kind == "person"]
    awards = list(decision.awards)
    for index, name in zip(people, NAMES, strict=False):
        awards[index] = dataclasses.replace(awards[index], name=name)
    # The people first, so that the first pages carry the names.
    decision.awards = [awards[i] for i in people] + [
        a for i, a in enumerate(awards) if i not in people
    ]
    decisions.save_decision(demo_db, decision)
    return demo_db


def _pdf_printer(path: Path, dpi: int = 1200) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(dpi)
    printer.setOutputFileName(str(path))
    return printer


def _spool(job: PrintJob, path: Path) -> Path:
    assert print_certificates(job.layout, _pdf_printer(path)) == len(job.layout.pages)
    return path


def _text(path: Path, index: int) -> str:
    with PDFIUM, pdfium.PdfDocument(path) as document:  # the window may be rasterising
        return document[index].get_textpage().get_text_range()


def _lines(path: Path, index: int) -> dict[str, tuple[float, float]]:
    """Every line of text on a page → (x of its first character, baseline from the top), mm.

    Read from PDFium's character origins: where each glyph's pen position is, whichever
    program wrote the PDF.
    """
    with PDFIUM, pdfium.PdfDocument(path) as document:
        page = document[index]
        height = page.get_height()
        textpage = page.get_textpage()
        chars = []
        for i in range(textpage.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
            if pdfium_c.FPDFText_IsGenerated(textpage, i) or char.isspace():
                continue
            x, y = ctypes.c_double(), ctypes.c_double()
            pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
            chars.append((char, x.value, y.value))
        del textpage, page  # freed inside the lock
    lines: dict[str, tuple[float, float]] = {}
    start, text = (0.0, 0.0), ""
    previous: tuple[str, float, float] | None = None
    for char, x, y in chars:
        if previous is None or abs(y - previous[2]) > 0.5 or x < previous[1]:
            if text:
                lines[text] = start
            start, text = (x * MM, (height - y) * MM), ""
        text += char
        previous = (char, x, y)
    if text:
        lines[text] = start
    return lines


def _images(path: Path) -> set[int]:
    """The image objects the PDF holds (each stored once, however many pages draw it)."""
    reader = pypdf.PdfReader(path)
    found = set()
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for ref in xobjects.values():
            if ref.get_object()["/Subtype"] == "/Image":
                found.add(ref.idnum)
    return found


def test_certificates_print_as_text_where_the_export_puts_it(
    qtbot: QtBot, named_db: Database, tmp_path: Path
) -> None:
    exported = tmp_path / "xuất.pdf"
    certificates.issue_certificates(named_db, NUMBER, exported, draft=True, force=True)
    job = certificates.print_job(named_db, NUMBER, force=True, draft=True)
    spooled = _spool(job, tmp_path / "máy in.pdf")

    decision = decisions.get_decision(
        named_db, next(d.id for d in decisions.decisions(named_db) if d.number == NUMBER)
    )
    assert len(pypdf.PdfReader(spooled).pages) == len(decision.awards) == 26
    for index, name in enumerate(NAMES):
        assert name in _text(spooled, index)  # as text, every mark kept
    for index in (0, 1, 12, 25):
        ours, reference = _lines(spooled, index), _lines(exported, index)
        assert set(ours) == set(reference) and len(ours) >= 10
        for line, (x, y) in reference.items():
            assert abs(ours[line][0] - x) < TOLERANCE_MM, (line, ours[line], (x, y))
            assert abs(ours[line][1] - y) < TOLERANCE_MM, (line, ours[line], (x, y))
    # The art (border, emblem) is one image, stored once for all 26 pages.
    assert len(_images(spooled)) == 1


def test_a_calibration_offset_moves_the_printed_text(
    qtbot: QtBot, named_db: Database, tmp_path: Path
) -> None:
    plain = certificates.print_job(named_db, NUMBER, awards=["1"], force=True, draft=True)
    certificates.set_printer_offsets(named_db, "Canon LBP2900", 2.0, -1.5, "A4")
    moved = certificates.print_job(
        named_db, NUMBER, awards=["1"], printer="Canon LBP2900", force=True, draft=True
    )
    before = _lines(_spool(plain, tmp_path / "trước.pdf"), 0)
    spooled = _spool(moved, tmp_path / "sau.pdf")
    assert NAMES[0] in _text(spooled, 0)
    after = _lines(spooled, 0)
    assert set(before) == set(after)
    for line, (x, y) in before.items():
        assert abs(after[line][0] - x - 2.0) < 0.05, line
        assert abs(after[line][1] - y + 1.5) < 0.05, line


def test_on_a_preprinted_blank_only_text_goes_out(
    qtbot: QtBot, named_db: Database, tmp_path: Path
) -> None:
    job = certificates.print_job(
        named_db, NUMBER, awards=["1", "2"], preprinted=True, force=True, draft=True
    )
    assert job.layout.arts == {}
    spooled = _spool(job, tmp_path / "phôi.pdf")
    assert _images(spooled) == set()
    assert NAMES[1] in _text(spooled, 1)


@pytest.fixture
def editor(qtbot: QtBot, named_db: Database, demo_path: Path) -> Iterator[DecisionEditor]:
    widget = DecisionEditor(Library(named_db, demo_path))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.load(next(d.id for d in decisions.decisions(named_db) if d.number == NUMBER))
    yield widget
    widget.save_now()
    widget.close()


def test_a_print_cancelled_after_page_three_prints_three_and_logs_three(
    qtbot: QtBot,
    editor: DecisionEditor,
    named_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    real = certificate_printing.print_certificates

    def cancel_after_three(*args: object, progress: object) -> int:
        assert callable(progress)

        def clerk(done: int, total: int) -> bool:
            if done == 3:  # the clerk presses Cancel while page 3 goes out
                [dialog] = [d for d in editor.findChildren(QProgressDialog) if d.maximum() == total]
                dialog.cancel()
            return bool(progress(done, total))

        return real(*args, progress=clerk)  # type: ignore[arg-type]

    monkeypatch.setattr(certificate_printing, "print_certificates", cancel_after_three)
    editor.documents.panel.set_current_document(DOCUMENT_CERTIFICATE)
    spooled = tmp_path / "máy in.pdf"
    with qtbot.waitSignal(editor.printed, timeout=60000) as printed:
        editor.print_document(_pdf_printer(spooled, 600))
    assert printed.args == [3]
    assert len(pypdf.PdfReader(spooled).pages) == 3
    assert [NAMES[i] in _text(spooled, i) for i in range(3)] == [True] * 3
    logged = issue_log.entries(named_db)
    assert [e.recipient for e in logged] == NAMES[:3]  # in list order, as printed
