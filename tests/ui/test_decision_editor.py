"""The decision editor on the demo database: paste, sort, undo, autosave, preview, export."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop.domain.records import Award, Decision, Organisation
from desktop.services import decisions
from desktop.ui.editors.decision import DOCUMENT_CERTIFICATE, DOCUMENT_LIST, DecisionEditor
from desktop.ui.models.awards import COL_NAME, COL_SALUTATION, salutation_choices


@pytest.fixture
def editor(decision_editor: DecisionEditor) -> DecisionEditor:
    return decision_editor


def _stored(db: Database, editor: DecisionEditor) -> decisions.Decision:
    assert editor.record is not None
    return decisions.get_decision(db, editor.record.id)


def test_shows_the_decision(editor: DecisionEditor) -> None:
    assert editor.number_edit.text() == "15-QĐ/BTGTU"
    assert editor.model.rowCount() == 26
    assert editor.count_label.text() == "11 collectives, 15 people"
    assert editor.isEnabled()


def test_paste_from_excel_with_ctrl_v(
    qtbot: QtBot, editor: DecisionEditor, demo_db: Database
) -> None:
    QGuiApplication.clipboard().setText(
        "1\tNguyễn Văn Bình\tChuyên viên\tPhòng A\n2\tTrần Thị Cúc\n"
    )
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(25, 0))
    qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.rowCount() == 28
    assert editor.model.record(26).name == "Nguyễn Văn Bình"
    assert editor.model.record(26).unit == "Phòng A"
    editor.save_now()
    assert [a.name for a in _stored(demo_db, editor).awards][-2:] == [
        "Nguyễn Văn Bình",
        "Trần Thị Cúc",
    ]


def test_a_bad_pasted_row_adds_nothing_and_says_which(
    qtbot: QtBot, editor: DecisionEditor, demo_db: Database
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    before = editor.model.rowCount()
    added = editor.paste_text("Họ và tên\tChức vụ\nNguyễn Văn Bình\tChuyên viên\n\tKế toán\n")
    assert added == 0
    assert editor.model.rowCount() == before
    dialog = editor.recipients.paste_dialog
    assert dialog.isVisible()
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert problems == ["Dòng 3: thiếu tên người nhận"]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()
    assert editor.model.rowCount() == before


def test_rows_pasted_without_their_header_are_read_by_what_they_hold(
    editor: DecisionEditor,
) -> None:
    """Issue 14: rows copied without the header became recipients named "1", "2"."""
    before = editor.model.rowCount()
    added = editor.paste_text(
        "1\tNguyễn Văn Bình\t1978\tChuyên viên\tPhòng Tổ chức\n"
        "2\tTrần Thị Cúc\t1985\tPhó Trưởng phòng\tPhòng Kế hoạch\n"
    )
    assert added == 2
    rows = [editor.model.record(r) for r in range(before, editor.model.rowCount())]
    assert [(a.name, a.title, a.unit, a.birth_year) for a in rows] == [
        ("Nguyễn Văn Bình", "Chuyên viên", "Phòng Tổ chức", 1978),
        ("Trần Thị Cúc", "Phó Trưởng phòng", "Phòng Kế hoạch", 1985),
    ]


def test_rows_whose_columns_are_unclear_are_shown_before_they_are_added(
    qtbot: QtBot, editor: DecisionEditor
) -> None:
    before = editor.model.rowCount()
    # No header; the first column holds codes, not names: the columns are asked, not guessed.
    text = "mã 17\tnguyễn văn bình\thà nội\nmã 18\ttrần thị cúc\thải phòng\n"
    assert editor.paste_text(text) == 0
    assert editor.model.rowCount() == before
    dialog = editor.recipients.paste_dialog
    assert dialog.isVisible()
    # The user says which column is the name (column B), and confirms.
    dialog.column_boxes[0].setCurrentIndex(0)  # (not read)
    dialog.column_boxes[1].setCurrentIndex(dialog.column_boxes[1].findData("name"))
    dialog.column_boxes[2].setCurrentIndex(dialog.column_boxes[2].findData("unit"))
    assert [a.name for a in dialog.preview.awards] == ["nguyễn văn bình", "trần thị cúc"]
    dialog.accept()
    added = [editor.model.record(r) for r in range(before, editor.model.rowCount())]
    assert [(a.name, a.unit) for a in added] == [
        ("nguyễn văn bình", "hà nội"),
        ("trần thị cúc", "hải phòng"),
    ]
    # One undo step takes the paste out.
    editor.undo_stack.undo()
    assert editor.model.rowCount() == before


def test_a_pasted_total_row_is_shown_as_passed_over(editor: DecisionEditor) -> None:
    before = editor.model.rowCount()
    text = "Họ và tên\tChức vụ\nNguyễn Văn Bình\tChuyên viên\nTổng cộng: 1 người\t\n"
    assert editor.paste_text(text) == 0
    dialog = editor.recipients.paste_dialog
    skipped = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]
    assert len(skipped) == 1 and "Tổng cộng" in skipped[0]
    dialog.accept()
    assert editor.model.rowCount() == before + 1
    assert editor.model.record(before).name == "Nguyễn Văn Bình"


def test_pasted_family_names_are_not_bodies(editor: DecisionEditor) -> None:
    """Trương, Đoàn, Tô, Vũ are family names; Trường, Đoàn Thanh niên, Tổ, Vụ are bodies."""
    before = editor.model.rowCount()
    editor.paste_text(
        "Trương Văn An\nĐoàn Thị Hoa\nTô Minh Đức\nVũ Thị Hường\n"
        "Trường THCS Lê Lợi\nĐoàn Thanh niên xã Tân Mỹ\n"
    )
    kinds = [editor.model.record(r).kind for r in range(before, editor.model.rowCount())]
    assert kinds == ["person", "person", "person", "person", "collective", "collective"]


def test_autosave_after_typing(qtbot: QtBot, editor: DecisionEditor, demo_db: Database) -> None:
    editor.reason_edit.clear()
    # QTest types key by key: ASCII only (a Vietnamese letter comes from the input method).
    qtbot.keyClicks(editor.reason_edit, "Da co  thanh tich")
    assert editor.has_unsaved_edits
    assert editor.undo_stack.count() == 1  # the typing merged into one step
    qtbot.waitUntil(lambda: not editor.has_unsaved_edits, timeout=3000)
    assert _stored(demo_db, editor).reason == "Da co thanh tich"


def test_undo_and_redo(editor: DecisionEditor, demo_db: Database) -> None:
    stack = editor.undo_stack
    editor.set_field("number", "16-QĐ/BTGTU")
    editor.set_field("number", "17-QĐ/BTGTU")  # merges with the previous step (same field)
    editor.paste_text("Lê Văn Tám\tBảo vệ\n")
    editor.remove_selected()
    assert stack.count() == 3
    stack.undo()
    assert editor.model.rowCount() == 27
    stack.undo()
    assert editor.model.rowCount() == 26
    stack.undo()
    assert editor.number_edit.text() == "15-QĐ/BTGTU"
    editor.save_now()
    assert _stored(demo_db, editor).number == "15-QĐ/BTGTU"
    stack.redo()
    assert editor.number_edit.text() == "17-QĐ/BTGTU"
    editor.save_now()
    assert _stored(demo_db, editor).number == "17-QĐ/BTGTU"


def test_sort_by_given_name_and_move(editor: DecisionEditor, demo_db: Database) -> None:
    editor.sort_by_name()
    people = [a.name for a in editor.model.records() if a.kind == "person"]
    given = [name.split()[-1] for name in people]
    assert given[0] in ("Ánh", "Bình") and people != sorted(people)
    editor.table.setCurrentIndex(editor.model.index(11, COL_NAME))
    first_person = editor.model.record(11).name
    editor.move_selected(1)
    assert editor.model.record(12).name == first_person
    editor.undo_stack.undo()
    assert editor.model.record(11).name == first_person
    editor.save_now()
    assert _stored(demo_db, editor).awards[11].name == first_person


def test_header_fields(editor: DecisionEditor, demo_db: Database) -> None:
    editor.set_field("date", dt.date(2024, 1, 5))
    editor.set_field("award_form", "Bằng khen")
    editor.set_field("signer_title", "Phó Trưởng Ban")
    editor.set_field("signer_relation", "deputy")
    editor.save_now()
    stored = _stored(demo_db, editor)
    assert (stored.date, stored.award_form, stored.signer.relation) == (
        dt.date(2024, 1, 5),
        "Bằng khen",
        "deputy",
    )
    assert editor.signer_relation_box.relation() == "deputy"


def test_a_deputy_signing_as_the_head_is_asked_for_a_relation(
    editor: DecisionEditor, demo_db: Database
) -> None:
    editor.set_field("signer_title", "Phó Trưởng Ban")
    assert editor.warning_label.isVisibleTo(editor)
    assert "Phó Trưởng Ban, không phải người đứng đầu" in editor.warning_label.text()
    editor.set_field("signer_relation", "deputy")
    assert "không phải người đứng đầu" not in editor.warning_label.text()
    assert not editor.signer_delegator_edit.isEnabled()
    editor.set_field("signer_relation", "delegated")
    assert editor.signer_delegator_edit.isEnabled()


def test_salutation_column_is_editable_and_stored(
    editor: DecisionEditor, demo_db: Database
) -> None:
    row = next(i for i, a in enumerate(editor.model.records()) if not a.is_collective)
    index = editor.model.index(row, COL_SALUTATION)
    assert index.data() == "Đồng chí"  # Party style: suggested on load
    assert editor.model.setData(index, "")
    assert index.data() == salutation_choices()[""]
    editor.save_now()
    assert _stored(demo_db, editor).awards[row].salutation == ""


def test_preview_follows_the_selected_recipient(qtbot: QtBot, editor: DecisionEditor) -> None:
    with qtbot.waitSignal(editor.preview.refreshed, timeout=5000) as blocker:
        editor.table.setCurrentIndex(editor.model.index(14, COL_NAME))
    assert blocker.args == [1]
    with qtbot.waitSignal(editor.preview.refreshed, timeout=5000) as blocker:
        editor.document_box.setCurrentIndex(editor.document_box.findData(DOCUMENT_LIST))
    assert blocker.args[0] >= 1


def test_warning_when_text_does_not_fit(qtbot: QtBot, editor: DecisionEditor) -> None:
    editor.model.setData(editor.model.index(0, COL_NAME), "Ban " + "rất dài " * 60)
    # Every certificate is checked in the background, shortly after the edit.
    qtbot.waitUntil(lambda: "⚠ 1" in editor.warning_label.text(), timeout=5000)
    assert editor.warning_label.isVisible()
    assert "⚠ 1" in editor.warning_label.text()


def test_a_name_of_only_invisible_characters_is_named_not_lost_silently(
    qtbot: QtBot, editor: DecisionEditor, demo_db: Database
) -> None:
    """A name pasted from a PDF as zero-width space + right-to-left override is no name.
    Taken, it would empty the row, which is then dropped on save without a word: the editor
    refuses it, names the row, and keeps the name that was there."""
    from PySide6.QtWidgets import QMessageBox

    index = editor.model.index(2, COL_NAME)
    before = index.data()
    assert not editor.model.setData(index, "\u200b\u202e\u200b")
    [box] = [b for b in editor.findChildren(QMessageBox) if b.isVisible()]
    assert box.text().startswith("Row 3, Name:")  # "Dòng 3, Tên người, tập thể:" in vi
    assert "U+200B U+202E" in box.text()
    box.close()
    assert index.data() == before
    editor.save_now()
    stored = _stored(demo_db, editor)
    assert len(stored.awards) == 26
    assert stored.awards[2].name == before


def test_a_row_whose_name_is_only_invisible_is_named_in_the_warnings() -> None:
    """The same rule for a decision built elsewhere (a paste, a script): the warning line of
    the editor names the row that will not be stored."""
    decision = Decision(
        number="7-QĐ/X",
        date=dt.date(2024, 1, 5),
        issuer=Organisation(name="Sở Nội vụ"),
        awards=[
            Award("person", "Trần Thị Cúc", salutation="Bà"),
            Award("person", "\u200b\u202e"),
        ],
    )
    [note] = [n for n in decisions.decision_warnings(decision) if "vô hình" in n]
    assert "dòng 2 (U+200B U+202E)" in note
    assert "không được lưu" in note


def test_export_list_and_certificates(qtbot: QtBot, editor: DecisionEditor, tmp_path: Path) -> None:
    target = tmp_path / "danh sách.xlsx"
    with qtbot.waitSignal(editor.exported, timeout=20000) as blocker:
        editor.export_document(DOCUMENT_LIST, target)
    assert blocker.args == [target] and target.stat().st_size > 0
    pdf = tmp_path / "giấy khen.pdf"
    with qtbot.waitSignal(editor.exported, timeout=30000):
        editor.export_certificates(pdf)
    assert len(PdfReader(pdf).pages) == 26


def test_export_error_is_a_message_not_a_traceback(
    qtbot: QtBot, editor: DecisionEditor, tmp_path: Path
) -> None:
    op = editor.export_document(DOCUMENT_LIST, tmp_path / "missing folder" / "x.xlsx")
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert "không tồn tại" in str(op.error)
    from PySide6.QtWidgets import QMessageBox

    boxes = [w for w in editor.findChildren(QMessageBox)]
    assert boxes and "không tồn tại" in boxes[-1].text()
    boxes[-1].close()


def test_problems_are_listed_before_printing(editor: DecisionEditor) -> None:
    assert editor.problems_before_printing() == []
    editor.model.setData(editor.model.index(3, COL_NAME), "Ban " + "rất dài " * 60)
    problems = editor.problems_before_printing()
    assert len(problems) == 1 and problems[0].startswith("Ban rất dài")


def test_name_completion_fills_title_and_unit(editor: DecisionEditor) -> None:
    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

    from desktop.ui.widgets.recipient_delegate import EntryRole, NameRole

    editor.add_recipient("person")
    index = editor.model.index(editor.table.currentIndex().row(), COL_NAME)
    delegate = editor.table.itemDelegateForColumn(COL_NAME)
    line = delegate.createEditor(editor.table, QStyleOptionViewItem(), index)
    assert isinstance(line, QLineEdit)
    matches = line.property("matches")
    assert matches.rowCount() == 0  # nothing read before anything is typed
    line.textEdited.emit("thân v")
    offered = matches.index(0, 0)
    assert offered.data().startswith("Thân Văn Hải — ")
    assert "1 earlier awards" in offered.data()
    entry, name = offered.data(EntryRole), offered.data(NameRole)
    line.setText(name)
    line.setProperty("entry", entry)
    delegate.setModelData(line, editor.model, index)
    award = editor.model.record(index.row())
    assert (award.name, award.title, award.recipient_id) == (entry.name, entry.title, entry.id)
    assert award.name == "Thân Văn Hải" and award.title
    line.deleteLater()


def test_kind_is_chosen_from_a_list(editor: DecisionEditor) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    from desktop.ui.models.awards import COL_KIND

    index = editor.model.index(12, COL_KIND)
    delegate = editor.table.itemDelegateForColumn(COL_KIND)
    box = delegate.createEditor(editor.table, QStyleOptionViewItem(), index)
    assert isinstance(box, QComboBox)
    delegate.setEditorData(box, index)
    assert box.currentData() == "person"
    box.setCurrentIndex(box.findData("collective"))
    delegate.setModelData(box, editor.model, index)
    assert editor.model.record(12).kind == "collective" and editor.model.record(12).title == ""
    box.deleteLater()


def test_export_one_file_per_recipient(
    qtbot: QtBot, editor: DecisionEditor, tmp_path: Path
) -> None:
    with qtbot.waitSignal(editor.exported, timeout=30000):
        editor.export_certificates_split(tmp_path / "từng người")
    files = sorted((tmp_path / "từng người").glob("*.pdf"))
    assert len(files) == 26
    assert any(f.name.endswith(" - Thân Văn Hải.pdf") for f in files)  # "STT - Tên.pdf"


def test_completion_matches_without_diacritics(qtbot: QtBot, editor: DecisionEditor) -> None:
    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

    from desktop.ui.widgets.recipient_delegate import NameRole

    editor.add_recipient("person")
    index = editor.model.index(editor.table.currentIndex().row(), COL_NAME)
    delegate = editor.table.itemDelegateForColumn(COL_NAME)
    line = delegate.createEditor(editor.table, QStyleOptionViewItem(), index)
    assert isinstance(line, QLineEdit)
    matches = line.property("matches")
    line.textEdited.emit("than van")
    assert [matches.index(r, 0).data(NameRole) for r in range(matches.rowCount())] == [
        "Thân Văn Hải"
    ]
    line.textEdited.emit("yen the")  # the unit matches too
    assert matches.rowCount() >= 2
    line.deleteLater()


def test_the_issuing_body_can_be_changed_and_undone(
    editor: DecisionEditor, demo_db: Database
) -> None:
    from desktop.domain.records import Signer

    other = decisions.add_organisation(demo_db, "Sở  Nội vụ")
    other.default_signer = Signer("Trần Văn Bình", "Phó Giám đốc", "deputy")
    decisions.save_organisation(demo_db, other)
    editor.load(editor.record.id)  # type: ignore[union-attr]
    names = [editor.issuer_box.itemText(i) for i in range(editor.issuer_box.count())]
    assert "Sở Nội vụ" in names and "Ban Tuyên giáo (Tỉnh ủy Bắc Giang)" in names
    editor.issuer_box.setCurrentIndex(names.index("Sở Nội vụ"))
    editor.issuer_box.activated.emit(editor.issuer_box.currentIndex())
    editor.save_now()
    stored = _stored(demo_db, editor)
    assert stored.issuer.name == "Sở Nội vụ"
    # Its signer was the old body's default signer, so it follows the new body's.
    assert stored.signer.name == "Trần Văn Bình"
    editor.undo_stack.undo()
    editor.save_now()
    assert _stored(demo_db, editor).issuer.name == "Ban Tuyên giáo"
    assert editor.issuer_box.currentText() == "Ban Tuyên giáo (Tỉnh ủy Bắc Giang)"


def test_a_signer_of_its_own_stays_with_the_decision(
    editor: DecisionEditor, demo_db: Database
) -> None:
    from desktop.domain.records import Signer

    editor.set_field("signer_name", "Lê Thị Thu Hồng")
    other = decisions.add_organisation(demo_db, "Sở Nội vụ")
    other.default_signer = Signer("Trần Văn Bình", "Phó Giám đốc", "deputy")
    editor.set_issuer(other)
    assert editor.signer_name_edit.text() == "Lê Thị Thu Hồng"
    editor.save_now()
    stored = _stored(demo_db, editor)
    assert (stored.issuer.name, stored.signer.name) == ("Sở Nội vụ", "Lê Thị Thu Hồng")


def test_a_pasted_name_gets_its_salutation_where_it_is_safe(
    editor: DecisionEditor, demo_db: Database
) -> None:
    editor.set_issuer(decisions.add_organisation(demo_db, "Sở Nội vụ"))
    assert editor.paste_text("Lê Thị Mai\tChuyên viên\tVăn phòng Sở\nĐỗ Minh Khoa\n") == 2
    shown = {a.name: a.salutation for a in editor.model.records()}
    assert (shown["Lê Thị Mai"], shown["Đỗ Minh Khoa"]) == ("Bà", None)


def test_the_certificate_actions_name_the_decisions_form(
    editor: DecisionEditor, demo_db: Database
) -> None:
    # 15-QĐ/BTGTU gives Giấy khen; 14-QĐ/BTGTU Giấy chứng nhận (the words come from the data).
    assert editor.export_certificates_action.text() == "Export giấy khen…"
    certificate = decisions.decisions(demo_db)
    editor.load(next(d.id for d in certificate if d.number == "14-QĐ/BTGTU"))
    assert editor.export_certificates_action.text() == "Export giấy chứng nhận…"
    assert editor.document_box.itemText(0) == "Giấy chứng nhận of the selected recipient"
    assert "giấy chứng nhận" in editor.preprinted_box.toolTip()
    editor.form_box.setCurrentText("Bằng khen")
    assert editor.export_certificates_action.text() == "Export bằng khen…"
    # No decision open: the neutral word.
    editor.load(None)
    assert editor.export_certificates_action.text() == "Export certificates…"


def test_problems_that_stop_printing_name_the_form() -> None:
    from desktop.documents.certificates.pdf import CertificateProblems, Problem
    from desktop.ui.errors import user_message

    problem = Problem("Báo Bắc Giang", "ten", "overflow", "chữ không vừa khung")
    message = user_message(CertificateProblems([problem], "giấy chứng nhận"))
    assert message.splitlines()[0] == "Some giấy chứng nhận cannot be printed:"


def test_the_reward_money_is_typed_stored_and_printed_in_the_decision(
    qtbot: QtBot, editor: DecisionEditor, demo_db: Database
) -> None:
    """The small "Reward money" row: per person, per collective, the fund. Stored with the
    decision, printed as the article after Điều 1; a wrong amount is named, not stored."""
    from desktop.domain.records import RewardMoney

    editor.set_field("reward_person", "300.000")
    editor.set_field("reward_collective", "600000")
    editor.set_field("reward_fund", "Quỹ thi đua, khen thưởng của Ban")
    editor.save_now()
    assert _stored(demo_db, editor).reward == RewardMoney(
        Decimal(300000), Decimal(600000), "Quỹ thi đua, khen thưởng của Ban"
    )
    editor.set_field("reward_person", "ba trăm nghìn")
    assert editor.warning_label.isVisibleTo(editor)
    assert "Tiền thưởng mỗi cá nhân “ba trăm nghìn” không phải số tiền" in (
        editor.warning_label.text()
    )
    editor.save_now()
    assert _stored(demo_db, editor).reward is not None
    assert _stored(demo_db, editor).reward.person == Decimal(300000)  # kept
    editor.set_field("reward_person", "300.000")
    assert "không phải số tiền" not in editor.warning_label.text()

    editor.save_now()
    stored = _stored(demo_db, editor)
    editor.load(None)
    editor.load(stored.id)  # reopened: the row shows what is stored
    assert editor.reward_person_edit.text() == "300.000"
    assert editor.reward_collective_edit.text() == "600.000"
    pdf = PdfReader(io.BytesIO(decisions.decision_pdf(stored)))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert (
        "Điều 2. Mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân được thưởng 300.000 đồng; "
        "tổng cộng 11.100.000 đồng, trích từ Quỹ thi đua, khen thưởng của Ban." in text
    )


def test_what_an_export_asks_to_note_is_shown_after_it(
    qtbot: QtBot, editor: DecisionEditor, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    note = "Mẫu cần phông UTM Avo.ttf; máy này không có, đã dùng Tinos thay thế"
    with qtbot.waitSignal(editor.exported) as written:
        editor.documents._written((tmp_path / "giấy khen.pdf", [note]))
    assert written.args == [tmp_path / "giấy khen.pdf"]
    [box] = [b for b in editor.findChildren(QMessageBox) if b.isVisible()]
    assert box.text() == "giấy khen.pdf written. Please note:"
    assert box.informativeText() == f"• {note}"
    box.close()


def test_a_print_stopped_after_five_pages_logs_five_certificates(
    qtbot: QtBot,
    editor: DecisionEditor,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.services import issue_log
    from desktop.services.certificates import PrintLayout
    from desktop.ui.editors.decision import printing

    sent: list[int] = []

    def printer_took_five(parent: object, layout: PrintLayout, printer: QPrinter) -> int:
        sent.append(len(layout.pages))
        return 5  # the clerk pressed Cancel after the fifth page

    monkeypatch.setattr(printing, "print_certificates_with_progress", printer_took_five)
    editor.documents.panel.set_current_document(DOCUMENT_CERTIFICATE)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "máy in.pdf"))
    with qtbot.waitSignal(editor.printed, timeout=30000) as printed:
        editor.print_document(printer)
    assert printed.args == [5] and sent == [26]
    logged = issue_log.entries(demo_db)
    assert len(logged) == 5
    assert [e.recipient for e in logged] == [a.name for a in editor.record.awards[:5]]  # type: ignore[union-attr]


def test_suggestions_are_wide_chosen_only_by_the_user_and_ask_before_replacing(
    qtbot: QtBot, editor: DecisionEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QCompleter, QLineEdit, QStyleOptionViewItem

    from desktop.ui.widgets import recipient_delegate
    from desktop.ui.widgets.recipient_delegate import POPUP_WIDTH, EntryRole, NameRole

    row = next(  # a person whose row already has a title and a unit
        r
        for r in range(editor.model.rowCount())
        if editor.model.record(r).kind == "person" and editor.model.record(r).title
    )
    before = editor.model.record(row)
    assert before.title or before.unit
    index = editor.model.index(row, COL_NAME)
    delegate = editor.table.itemDelegateForColumn(COL_NAME)
    line = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(line, QLineEdit)
    line.show()
    line.textEdited.emit("thân v")
    popup = line.findChild(QCompleter).popup()
    assert popup.isVisible() and popup.minimumWidth() >= POPUP_WIDTH
    assert not popup.currentIndex().isValid()  # Enter keeps what was typed
    offered = line.property("matches").index(0, 0)
    line.setText(offered.data(NameRole))
    line.setProperty("entry", offered.data(EntryRole))
    asked: list[str] = []

    def keep(*args: object, **kwargs: object) -> str:
        asked.append(str(args[2]))
        return "keep"

    monkeypatch.setattr(recipient_delegate, "ask", keep)
    delegate.setModelData(line, editor.model, index)
    after = editor.model.record(row)
    assert asked and "the directory has Thân Văn Hải" in asked[0]
    assert after.name == "Thân Văn Hải" and after.recipient_id  # the person is linked
    assert (after.title, after.unit) == (before.title, before.unit)  # the row's words kept
    line.deleteLater()


def test_a_number_already_used_is_said_at_the_field(qtbot: QtBot, editor: DecisionEditor) -> None:
    label = editor.header.number_problem_label
    assert not label.isVisibleTo(editor)
    editor.header.set_field("number", "14-QĐ/BTGTU")  # the other decision's number
    editor.state.set_field("number", "14-QĐ/BTGTU")
    qtbot.waitUntil(lambda: label.isVisibleTo(editor), timeout=3000)
    assert label.text().startswith("Số “14-QĐ/BTGTU” đã dùng cho một quyết định khác")
    editor.state.set_field("number", "15-QĐ/BTGTU")
    qtbot.waitUntil(lambda: not label.isVisibleTo(editor), timeout=3000)


def test_a_name_longer_than_a_package_accepts_is_refused_at_the_cell(
    editor: DecisionEditor,
) -> None:
    import json

    from desktop import paths
    from desktop.domain.records import REASON_LIMIT, TEXT_LIMIT

    schema = json.loads(paths.resource("schemas", "meeting-package.v3.schema.json").read_text())
    assert schema["$defs"]["text"]["maxLength"] == TEXT_LIMIT  # one limit, the package's
    refused: list[str] = []
    editor.model.edit_refused.connect(refused.append)
    index = editor.model.index(0, COL_NAME)
    before = index.data()
    assert not editor.model.setData(index, "Nguyễn Văn " + "A" * TEXT_LIMIT)
    assert index.data() == before
    assert refused and refused[0].startswith("Row 1, Name: 511 characters, more than the 500")
    reason = editor.model.index(0, editor.model.columnCount() - 2)
    assert editor.model.headerData(reason.column(), Qt.Orientation.Horizontal) == "Own reason"
    assert editor.model.setData(reason, "Hoàn thành xuất sắc " * 40)  # 800: a reason may be long
    assert not editor.model.setData(reason, "x" * (REASON_LIMIT + 1))


def test_pasting_an_empty_clipboard_does_nothing(editor: DecisionEditor) -> None:
    before = editor.model.rowCount()
    assert editor.paste_text(" \n\t\n") == 0
    assert editor.model.rowCount() == before
    assert getattr(editor.recipients, "paste_dialog", None) is None
