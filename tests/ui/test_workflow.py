"""The main workflow through the main window, on a fresh database, as the office does it.

Create a meeting, add attendees, create a decision announced at it, paste 26 recipients copied
from Excel, preview a certificate, export the certificates (26 pages) and print them to a PDF
printer at 100 %; then check the files and the database.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.documents.pdf_engine import LOCK as PDFIUM
from desktop.services import decisions, library, meetings
from desktop.services.session import Library
from desktop.ui.main_window import PAGE_DECISIONS, MainWindow
from desktop.ui.settings import open_settings

COLLECTIVES = [f"Phòng Công tác số {n}" for n in range(1, 12)]
PEOPLE = [
    ("Nguyễn Văn An", "Chuyên viên", "Phòng Tổng hợp"),
    ("Trần Thị Bích", "Kế toán", "Văn phòng"),
    ("Lê Hoàng Cường", "Trưởng phòng", "Phòng Nghiệp vụ"),
    ("Phạm Thị Dung", "Phó Trưởng phòng", "Phòng Tổ chức"),
    ("Hoàng Văn Đức", "Chuyên viên", "Phòng Tổng hợp"),
    ("Vũ Thị Giang", "Văn thư", "Văn phòng"),
    ("Đặng Quốc Huy", "Lái xe", "Văn phòng"),
    ("Bùi Thị Khánh", "Chuyên viên", "Phòng Nghiệp vụ"),
    ("Đỗ Minh Long", "Chuyên viên", "Phòng Tổ chức"),
    ("Hồ Thị Mai", "Thủ quỹ", "Văn phòng"),
    ("Ngô Văn Nam", "Phó Chánh Văn phòng", "Văn phòng"),
    ("Dương Thị Oanh", "Chuyên viên", "Phòng Tổng hợp"),
    ("Lý Văn Phúc", "Chuyên viên chính", "Phòng Nghiệp vụ"),
    ("Mai Thị Quỳnh", "Chuyên viên", "Phòng Tổ chức"),
    ("Trịnh Văn Sơn", "Bảo vệ", "Văn phòng"),
]


def _tsv() -> str:
    rows = ["STT\tLoại\tHọ và tên\tChức vụ\tĐơn vị"]
    rows += [f"{n}\tTập thể\t{name}\t\t" for n, name in enumerate(COLLECTIVES, start=1)]
    rows += [
        f"{n}\tCá nhân\t{name}\t{title}\t{unit}"
        for n, (name, title, unit) in enumerate(PEOPLE, start=12)
    ]
    return "\r\n".join(rows) + "\r\n"


BORDER_PX = 70
"""The printed frame is left out: its fine lines lighten when rasterised at 100 dpi."""


def _ink_box(path: Path, index: int) -> tuple[int, int, int, int]:
    """Bounding box (pixels at 72 dpi) of the dark ink on a page: where the text sits."""
    with PDFIUM, pdfium.PdfDocument(path) as document:  # the window may be rasterising
        image = document[index].render(scale=1, grayscale=True).to_pil()
    inside = image.crop((BORDER_PX, BORDER_PX, image.width - BORDER_PX, image.height - BORDER_PX))
    box = inside.point(lambda v: 255 if v < 90 else 0).getbbox()
    assert box is not None
    return box


def test_main_workflow(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "văn thư.db"
    db = library.open_library(db_path)
    window = MainWindow(Library(db, db_path), open_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.meetings_page.empty_label.isVisible()  # a fresh database: an empty state

    # -- the meeting --
    meeting_id = window.new_meeting()
    editor = window.meeting_editor
    editor.title_edit.setText("Hội nghị tổng kết năm 2024")
    editor.title_edit.textEdited.emit(editor.title_edit.text())
    assert editor.paste_attendees("Lê Văn Tám\tBí thư\nTrần Thị Chín\tPhó Bí thư\nMai Sơn\n") == 3

    # -- the decision, announced at the meeting --
    decision_id = window.new_decision()
    assert window.navigation.currentRow() == PAGE_DECISIONS
    decision_editor = window.decision_editor
    assert decision_editor.paste_text(_tsv()) == 26
    assert decision_editor.count_label.text() == "11 collectives, 15 people"

    # -- preview --
    with qtbot.waitSignal(decision_editor.preview.refreshed, timeout=5000) as blocker:
        decision_editor.table.setCurrentIndex(decision_editor.model.index(13, 1))
    assert blocker.args == [1]
    # Every text fits; the only note asks for the salutations no name tells ("Mai Sơn" …).
    # (Every recipient is checked in the background, after the preview.)
    qtbot.waitUntil(lambda: bool(decision_editor.warning_label.text()), timeout=10000)
    notes = decision_editor.warning_label.text().splitlines()
    assert notes and all("chưa chọn danh xưng" in note for note in notes)

    # -- export: one PDF, a page per recipient --
    certificates_pdf = tmp_path / "Giấy khen.pdf"
    with qtbot.waitSignal(decision_editor.exported, timeout=60000):
        decision_editor.export_certificates(certificates_pdf)
    exported = PdfReader(certificates_pdf)
    assert len(exported.pages) == 26
    assert "Trần Thị Bích" in exported.pages[12].extract_text()

    # -- print to a PDF printer at 100 % --
    printed_pdf = tmp_path / "máy in.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed_pdf))
    printer.setResolution(100)
    with qtbot.waitSignal(decision_editor.printed, timeout=60000) as blocker:
        decision_editor.print_document(printer)
    assert blocker.args == [26]
    printed = PdfReader(printed_pdf)
    assert len(printed.pages) == 26
    exported_box = exported.pages[0].mediabox
    printed_box = printed.pages[0].mediabox
    assert abs(float(printed_box.width) - float(exported_box.width)) < 1
    assert abs(float(printed_box.height) - float(exported_box.height)) < 1
    # The ink sits where the exported PDF puts it, to the millimetre: no scaling, no margins
    # (fit-to-page would shrink and shift it).
    ours, theirs = _ink_box(certificates_pdf, 12), _ink_box(printed_pdf, 12)
    assert all(abs(o - t) <= 2 for o, t in zip(ours, theirs, strict=True)), (ours, theirs)

    # -- the database --
    window.close()
    meeting = meetings.get_meeting(db, meeting_id)
    assert meeting.title == "Hội nghị tổng kết năm 2024"
    assert [a.name for a in meeting.attendees] == ["Lê Văn Tám", "Trần Thị Chín", "Mai Sơn"]
    decision = decisions.get_decision(db, decision_id)
    assert decision.meeting_id == meeting_id
    assert len(decision.awards) == 26
    assert [a.name for a in decision.collectives] == COLLECTIVES
    assert decision.people[1].title == "Kế toán"
    issued = db.table("certificate_issues").count
    assert issued == 52  # exported once and printed once, each logged
    assert QSettings  # settings were written to the test folder, not the profile
    db.close()
