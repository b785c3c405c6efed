"""The setup pages: certificate templates, the "Căn cứ" lines, the font preference."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from desktop import paths
from desktop.documents import fonts
from desktop.services import decisions
from desktop.services.session import Library
from desktop.ui import settings as app_settings
from desktop.ui.pages.settings import SettingsView


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database) -> Iterator[SettingsView]:
    widget = SettingsView(Library(demo_db), app_settings.open_settings())
    qtbot.addWidget(widget)
    widget.reload()
    widget.show()
    yield widget
    fonts.use_serif(None)


def test_legal_bases_are_edited_and_stored(view: SettingsView, demo_db: Database) -> None:
    view.legal_bases_edit.setPlainText(
        "Căn cứ Luật Thi đua,  khen thưởng ngày 15 tháng 6 năm 2022;\n\n"
        "Căn cứ Quy chế làm việc của Ban Tuyên giáo;"
    )
    view.save_organisation()
    [org] = [o for o in decisions.organisations(demo_db) if o.name == "Ban Tuyên giáo"]
    assert org.legal_bases == [
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Quy chế làm việc của Ban Tuyên giáo;",
    ]
    view.reload()
    assert view.legal_bases_edit.toPlainText().count("Căn cứ") == 2


def test_font_preference_is_remembered_and_applied(view: SettingsView) -> None:
    # Windows' Times New Roman is the default wherever it is installed.
    assert view.times_box.isChecked()
    installed = fonts.windows_times_new_roman()
    assert view.set_windows_times(True) is (installed is not None)
    assert app_settings.value(app_settings.open_settings(), "fonts/windows_times") is True
    expected = installed.regular if installed else fonts.bundled_serif().regular
    assert fonts.font_path(fonts.SERIF) == expected
    view.set_windows_times(False)
    assert app_settings.value(app_settings.open_settings(), "fonts/windows_times") is False


def test_settings_page_tells_which_font_is_used(
    view: SettingsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A Windows Fonts folder with the four Times New Roman files (Tinos' files stand in).
    windows = tmp_path / "Windows"
    (windows / "Fonts").mkdir(parents=True)
    bundled = fonts.bundled_serif()
    for source, name in zip(
        (bundled.regular, bundled.bold, bundled.italic, bundled.bold_italic),
        ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
        strict=True,
    ):
        shutil.copy(source, windows / "Fonts" / name)
    monkeypatch.setenv("WINDIR", str(windows))
    view.times_box.setChecked(False)
    assert "Tinos" in view.font_label.text()
    view.times_box.setChecked(True)
    assert view.font_label.text() == "Times New Roman installed on Windows"
    assert fonts.font_path(fonts.SERIF) == windows / "Fonts" / "times.ttf"

    monkeypatch.setenv("WINDIR", str(tmp_path / "no-windows"))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    view.times_box.setChecked(False)
    view.times_box.setChecked(True)  # asked for, not installed: the bundled face, and why
    assert "not installed" in view.font_label.text()
    assert fonts.font_path(fonts.SERIF) == bundled.regular


def test_settings_page_shows_the_data_folder(view: SettingsView) -> None:
    assert view.data_folder_label.text() == str(paths.user_data_dir())


def test_templates_are_listed_by_title_and_previewed(qtbot: QtBot, demo_db: Database) -> None:
    from desktop.ui.pages.templates import TemplateRole, TemplatesView

    view = TemplatesView(Library(demo_db))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    with qtbot.waitSignal(view.preview.refreshed, timeout=10000):
        view.reload()
    titles = [view.list.item(i).text() for i in range(view.list.count())]
    assert titles == [
        "Bằng khen (mẫu của Đảng, A3)",
        "Bằng khen (mẫu Nhà nước, A3)",
        "Giấy chứng nhận (mẫu của Đảng)",
        "Giấy chứng nhận (mẫu Nhà nước)",
        "Giấy khen (mẫu của Đảng)",
        "Giấy khen (mẫu Nhà nước)",
    ]
    assert view.list.currentItem().data(TemplateRole) == "bang-khen-dang"
    assert view.preview.page_count == 1
    # The demo's first decision is a Party body's Giấy chứng nhận: a warning, not a refusal.
    assert "Bằng khen (mẫu của Đảng, A3)" in view.mismatch_label.text()
    assert view.mismatch_label.isVisible()
    assert "không dùng cho Giấy chứng nhận" in view.mismatch_label.text()
    with qtbot.waitSignal(view.preview.refreshed, timeout=10000):
        view.list.setCurrentRow(titles.index("Giấy chứng nhận (mẫu của Đảng)"))
    assert not view.mismatch_label.isVisible()


def test_a_new_issuing_body_is_added_and_opened(view: SettingsView, demo_db: Database) -> None:
    added = view.add_organisation("  Sở   Nội vụ ")
    assert added is not None and added.name == "Sở Nội vụ"
    assert view.organisation_box.currentText() == "Sở Nội vụ"
    assert view.name_edit.text() == "Sở Nội vụ"
    assert {o.name for o in decisions.organisations(demo_db)} >= {"Ban Tuyên giáo", "Sở Nội vụ"}
    assert view.add_organisation("   ") is None


def test_a_state_body_is_set_up_like_the_issue(
    view: SettingsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.add_organisation("Sở Nội vụ")
    view.parent_edit.setText("Ủy ban nhân dân tỉnh Thái Nguyên")
    view.parent_edit.textEdited.emit(view.parent_edit.text())
    assert view.full_name_edit.placeholderText() == "Sở Nội vụ tỉnh Thái Nguyên"
    view.head_title_edit.setText("Giám đốc")
    view.signer_title_edit.setText("Phó Giám đốc")
    view.signer_name_edit.setText("Trần Văn Bình")
    view.signer_relation_box.set_relation("head")
    # A deputy as the head is asked about, not saved.
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.pages.settings.QMessageBox.warning", lambda *args: asked.append(args[2])
    )
    view.save_organisation()
    assert asked and "không phải người đứng đầu" in asked[0]
    [stored] = [o for o in decisions.organisations(demo_db) if o.name == "Sở Nội vụ"]
    assert stored.default_signer.name == ""
    view.signer_relation_box.set_relation("deputy")
    assert view.authority_label.text() == (
        "Trao tặng: GIÁM ĐỐC SỞ NỘI VỤ TỈNH THÁI NGUYÊN · Ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
    )
    view.save_organisation()
    [stored] = [o for o in decisions.organisations(demo_db) if o.name == "Sở Nội vụ"]
    assert (stored.parent, stored.head_title, stored.full_name) == (
        "Ủy ban nhân dân tỉnh Thái Nguyên",
        "Giám đốc",
        "",
    )
    assert (stored.default_signer.relation, stored.default_signer.title) == (
        "deputy",
        "Phó Giám đốc",
    )


def test_the_emblem_is_chosen_checked_and_cleared(view: SettingsView, tmp_path: Path) -> None:
    from PIL import Image

    from desktop.services import emblems

    assert view._organisation is not None
    org_id = view._organisation.id
    assert not view.emblem_clear_button.isEnabled()
    small = tmp_path / "nho.png"
    Image.new("RGB", (100, 100), "red").save(small)
    assert not view.set_emblem(small)
    assert emblems.emblem_file(org_id) is None
    good = tmp_path / "quoc-huy.png"
    Image.new("RGB", (600, 600), "red").save(good)
    assert view.set_emblem(good)
    assert emblems.emblem_file(org_id) is not None
    assert view.emblem_clear_button.isEnabled()
    view.clear_emblem()
    assert emblems.emblem_file(org_id) is None and not view.emblem_clear_button.isEnabled()
