"""A clerk's first day, on the real window, from an empty database (issue 14).

First start: the window asks who the office is → a new decision → the district's nomination list
(an .xlsx with merged title rows, sections, a hidden row, the total and the signature block)
dropped on the recipients table → the preview of the import names every row it passes over →
confirmed, the table holds exactly the list's recipients → the list and the certificate are
previewed → the certificates are printed to a PDF printer through the editor's print entry →
Sổ cấp giấy khen lists each recipient once. Each step asserts what the clerk looks at.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.documents.pdf_engine import LOCK as PDFIUM
from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui import app
from desktop.ui.editors.decision.printing import DOCUMENT_CERTIFICATE, DOCUMENT_LIST
from desktop.ui.main_window import MainWindow
from desktop.ui.models.awards import COL_NAME, COL_TITLE, COL_UNIT
from desktop.ui.pages.first_start import FirstStartDialog
from desktop.ui.settings import open_settings
from desktop.ui.widgets.import_preview import ImportPreviewDialog
from desktop.ui.window_pages import PAGE_DECISIONS, PAGE_ISSUES
from tests.ui.clerks_day import (
    COLLECTIVES,
    HEADER_LINE,
    PEOPLE,
    type_office,
    write_nomination_list,
)

RECIPIENTS = [*COLLECTIVES, *(name for name, _, _ in PEOPLE)]
MATCH_DPI = 30
"""Printed pages and certificates are compared rasterised this coarsely (fast, and blind to
the printer's own rasterising)."""
MATCH_GRID = (300, 212)


def _dialog(kind: type) -> object:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(shown) == 1, shown
    return shown[0]


def _drop(view: object, path: Path) -> tuple[bool, bool]:
    """Drag ``path`` from Explorer over the table's viewport and drop it: (entered, dropped)."""
    from PySide6.QtWidgets import QAbstractItemView

    assert isinstance(view, QAbstractItemView)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPoint(40, 40)
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), enter)
    drop = QDropEvent(
        where.toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), drop)
    return enter.isAccepted(), drop.isAccepted()


def _gray(data: bytes, index: int) -> bytes:
    """Page ``index`` as gray pixels on a fixed grid (a printer rounds the page to its dots)."""
    with PDFIUM, pdfium.PdfDocument(data) as document:  # the window may be rasterising
        image = document[index].render(scale=MATCH_DPI / 72, grayscale=True).to_pil()
    image = image.convert("L")
    return image.resize(MATCH_GRID).tobytes()


def _closer_to(page: bytes, own: bytes, other: bytes) -> tuple[float, float]:
    """Mean distance of ``page`` to ``own`` and to ``other``, where those two differ (the
    name, the title): the rest of two certificates is the same."""
    where = [i for i, (a, b) in enumerate(zip(own, other, strict=True)) if abs(a - b) > 60]
    assert len(where) > 50  # two recipients' certificates differ visibly
    return (
        sum(abs(page[i] - own[i]) for i in where) / len(where),
        sum(abs(page[i] - other[i]) for i in where) / len(where),
    )


def test_a_clerks_first_day(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VINHDANH_DATA_DIR", str(tmp_path / "data"))
    db_path = tmp_path / "data" / "vinhdanh.db"
    db_path.parent.mkdir()
    library = Library.open(db_path)
    window = MainWindow(library, open_settings())
    qtbot.addWidget(window)
    window.show()

    # -- first start: the office is asked for, once, over the window --------------------------
    app.after_start(window, db_path)
    setup = _dialog(FirstStartDialog)
    assert isinstance(setup, FirstStartDialog)
    assert setup.parent() is window and setup.isModal()
    assert library.organisations.organisations() == []
    setup.style_box.setCurrentIndex(setup.style_box.findData("state"))
    type_office(setup)
    assert setup.preview_label.text() == (
        "Trao tặng: GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN · Ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
    )
    setup.save_button.click()
    qtbot.waitUntil(lambda: not setup.isVisible(), timeout=3000)
    [office] = library.organisations.organisations()
    assert (office.name, office.head_title, office.place) == (
        "Sở Nội vụ",
        "Giám đốc",
        "Thái Nguyên",
    )
    assert office.default_signer.name == "Trần Văn Bình"

    # -- a new decision, issued by the office just typed -------------------------------------
    window.new_decision_action.trigger()
    assert window.navigation.currentRow() == PAGE_DECISIONS
    editor = window.decision_editor
    qtbot.waitUntil(lambda: editor.record is not None, timeout=3000)
    assert editor.record is not None
    assert editor.record.issuer.name == "Sở Nội vụ"
    assert editor.number_edit.text().endswith("QĐ-SNV")
    assert editor.signer_name_edit.text() == "Trần Văn Bình"
    assert editor.model.rowCount() == 0
    today = dt.date.today().strftime("%d/%m/%Y")  # dates as Vietnamese offices write them
    assert editor.date_edit.text() == today
    assert window.decisions_page.list.currentItem().text().endswith(f"Giấy khen — {today}")

    # -- the nomination list dropped from Explorer on the recipients table ---------------------
    path, total_line, hidden_line = write_nomination_list(tmp_path / "Danh sách đề nghị.xlsx")
    assert _drop(editor.table, path) == (True, True)
    preview = _dialog(ImportPreviewDialog)
    assert isinstance(preview, ImportPreviewDialog)
    assert editor.model.rowCount() == 0  # nothing changes before the clerk confirms
    assert preview.header_spin.value() == HEADER_LINE
    assert [preview.model.index(r, 2).data() for r in range(preview.model.rowCount())] == (
        RECIPIENTS
    )
    listed = [preview.skipped_list.item(i).text() for i in range(preview.skipped_list.count())]
    headings = [s for s in listed if "tiêu đề mục" in s]
    assert headings == [
        "Dòng 5: tiêu đề mục “I. Tập thể” (các dòng sau là tập thể)",
        "Dòng 8: tiêu đề mục “II. Cá nhân” (các dòng sau là cá nhân)",
    ]
    skipped = [s for s in listed if s not in headings]
    assert skipped[0] == (
        f"Dòng {hidden_line}: dòng đang ẩn “Mạc Văn Rút · Chuyên viên · Thanh tra Sở · "
        "Rút khỏi danh sách”"
    )
    assert skipped[1] == f"Dòng {total_line}: dòng tổng cộng “Tổng cộng: 2 tập thể, 12 cá nhân”"
    footer = [s for s in skipped[2:] if "phần ký tên" in s]
    assert len(footer) == len(skipped) - 2 and "Người lập biểu" in footer[0]
    assert "Nguyễn Văn Lập" in footer[-1]  # the name under the signature is no recipient
    assert preview.problems_list.count() == 0
    ok = preview.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.text() == "Import 14 recipient(s)"
    ok.click()
    assert [editor.model.index(r, COL_NAME).data() for r in range(editor.model.rowCount())] == (
        RECIPIENTS
    )
    row = 2 + 6  # Đặng Thị Thu Hà: the row under the hidden one
    assert (
        editor.model.index(row, COL_TITLE).data(),
        editor.model.index(row, COL_UNIT).data(),
    ) == ("Kế toán", "Văn phòng Sở")
    assert editor.count_label.text() == "2 collectives, 12 people"
    qtbot.waitUntil(lambda: not editor.has_unsaved_edits, timeout=5000)  # autosaved
    stored = library.decisions.get_decision(editor.record.id)
    assert [a.name for a in stored.awards] == RECIPIENTS

    # -- preview: the list attached to the decision, then a certificate -----------------------
    panel = editor.documents.panel
    with qtbot.waitSignal(editor.preview.refreshed, timeout=10000) as shown:
        panel.set_current_document(DOCUMENT_LIST)
    assert shown.args[0] >= 1
    with qtbot.waitSignal(editor.preview.refreshed, timeout=10000) as shown:
        panel.set_current_document(DOCUMENT_CERTIFICATE)
        editor.table.setCurrentIndex(editor.model.index(row, COL_NAME))
    assert shown.args == [1]

    # -- print the certificates to a PDF printer, as the Print… button does after its dialog --
    printed_pdf = tmp_path / "máy in PDF.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed_pdf))
    printer.setResolution(72)
    with qtbot.waitSignal(editor.printed, timeout=60000) as done:
        editor.print_document(printer)
    assert done.args == [len(RECIPIENTS)]
    printed = printed_pdf.read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == len(RECIPIENTS)
    # Page k is recipient k's certificate: it looks like that certificate (as the window draws
    # it) and not like the next one's; and that certificate names the office and the recipient
    # with every diacritic.
    record = library.decisions.get_decision(editor.record.id)
    for k in (0, row, len(RECIPIENTS) - 1):
        own = decisions.certificate_pdf(record, k)
        other = decisions.certificate_pdf(record, (k + 1) % len(RECIPIENTS))
        page = _gray(printed, k)
        to_own, to_other = _closer_to(page, _gray(own, 0), _gray(other, 0))
        assert to_own < to_other / 3, (k, to_own, to_other)
        text = " ".join(PdfReader(io.BytesIO(own)).pages[0].extract_text().split())
        assert RECIPIENTS[k] in text
        assert "SỞ NỘI VỤ" in text.upper()
        # Printed as text (vector pages), not as a picture of it.
        with PDFIUM, pdfium.PdfDocument(printed) as document:
            sent = document[k].get_textpage().get_text_range()
        sent_text = unicodedata.normalize("NFC", " ".join(sent.split()))
        assert RECIPIENTS[k] in sent_text
        assert "SỞ NỘI VỤ" in sent_text.upper()

    # -- Sổ cấp giấy khen: each recipient once, from this decision, to this printer ------------
    window.show_page(PAGE_ISSUES)
    log = window.issues_page.page()
    log.reload()
    assert log.count_label.text() == f"{len(RECIPIENTS)} certificate(s)"
    logged = sorted(log.model.index(r, 1).data() for r in range(log.model.rowCount()))
    assert logged == sorted(RECIPIENTS)
    assert {log.model.index(r, 3).data() for r in range(log.model.rowCount())} == {
        f"{record.number} ({today})"
    }
    assert all(log.model.index(r, 0).data().startswith(today) for r in range(len(RECIPIENTS)))
    window.close()
    library.close()
