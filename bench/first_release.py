"""The clerk's day tried on an earlier release's window: what a clerk met there (issue 14).

Not a benchmark: the evidence behind docs/testing.md's "first release" column. Today's tests
cannot run against that code (its classes had other names and signatures), so this drives the
release's own window the way the tests drive today's, offscreen, in Vietnamese, on an empty
database, and prints what the clerk would have seen, one line per observation.

    git archive 2b36a42 | tar -x -C /tmp/rel-2b36a42
    .venv/bin/python bench/first_release.py /tmp/rel-2b36a42

The release's modules are imported instead of this checkout's (the editable install's finder is
taken out of the way); the libraries are this venv's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent


def _use_release(folder: Path) -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, str(folder))


def _nomination_list(path: Path) -> Path:
    """Today's nomination list (tests/ui/clerks_day.py: the release has a ``tests`` of its own)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("clerks_day", ROOT / "tests/ui/clerks_day.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written: Path = module.write_nomination_list(path)[0]
    return written


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    release = Path(sys.argv[1]).resolve()
    _use_release(release)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.mkdtemp(prefix="vinhdanh-release-"))
    os.environ["VINHDANH_DATA_DIR"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    import desktop

    assert Path(desktop.__file__).is_relative_to(release), desktop.__file__
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([])
    from desktop.ui import translations

    translations.install(app, "vi")
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    for line in _walk(app, home, settings):
        print(line)
    return 0


def _dialogs() -> list[Any]:
    from PySide6.QtWidgets import QApplication, QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _walk(app: Any, home: Path, settings: Any) -> list[str]:
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QTextEdit

    from desktop.services import library
    from desktop.ui.main_window import MainWindow

    seen: list[str] = []
    path = home / "vinhdanh.db"
    db = library.open_library(path)
    release_window: Any = MainWindow  # the release's signature, not this checkout's
    window: Any = release_window(db, path, settings, remember=False)
    window.show()
    app.processEvents()

    # 1. First start.
    dialogs = _dialogs()
    seen.append(
        f"1 first start: {len(dialogs)} dialog(s) shown; window {window.width()}×"
        f"{window.height()}; organisations stored: {db.table('organisations').count}"
    )

    # Menus and pages as the clerk sees them.
    menus = {
        menu.title().replace("&", ""): [
            a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()
        ]
        for menu in (cast(Any, a.menu()) for a in window.menuBar().actions())
        if menu is not None
    }
    pages = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    seen.append(f"  pages: {pages}")
    seen.append(f"  menus: {menus}")

    # 2. A list file dropped on a new decision's recipients table; a paste without header.
    window.new_decision()
    app.processEvents()
    editor = window.decision_editor
    tools = [a.text() for a in editor.findChildren(type(window.new_decision_action)) if a.text()]
    seen.append(f"2 decision editor actions: {tools}")
    listed = _nomination_list(home / "Danh sách đề nghị.xlsx")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(listed))])
    drop = QDropEvent(
        QPoint(40, 40).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    before = editor.model.rowCount()
    QApplication.sendEvent(editor.table.viewport(), drop)
    app.processEvents()
    shown = _dialogs()
    seen.append(
        f"  xlsx dropped on the table: rows {before} → {editor.model.rowCount()}, "
        f"{len(shown)} dialog(s)"
    )
    pasted = "1\tNguyễn Văn An\tChuyên viên\tVăn phòng\n2\tTrần Thị Bích\tKế toán\tVăn phòng\n"
    try:
        editor.paste_text(pasted)
    except Exception as exc:  # the release may have raised or shown it
        seen.append(f"  paste without header: {exc}")
    names = [editor.model.index(r, 1).data() for r in range(editor.model.rowCount())]
    seen.append(f"  paste without header (STT, name, title, unit): names {names}")
    rows = editor.model.rowCount()
    try:
        editor.paste_text("II. Cá nhân\t\t\t\n3\tLê Văn Cường\tChuyên viên\tVăn phòng\n")
    except Exception as exc:
        seen.append(f"  paste with a section row: {exc}")
    names = [editor.model.index(r, 1).data() for r in range(rows, editor.model.rowCount())]
    seen.append(f"  paste without header, a section row first: names {names}")
    stem = getattr(editor, "_file_stem", None)
    if stem is not None:  # the suggested name, as Export certificates… builds it
        seen.append(f"7 suggested file name: {editor.tr('Certificates')} {stem()}.pdf")

    # 7. Qt's own buttons, in a Vietnamese session.
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Vinh Danh",
        "?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel,
    )
    seen.append(f"7 Qt's buttons: {[b.text().replace('&', '') for b in box.buttons()]}")
    box.deleteLater()

    # 8. Tab in a multi-line box of the meeting editor; Ctrl+S anywhere.
    window.new_meeting()
    app.processEvents()
    target = getattr(window.meeting_editor, "conclusions_edit", None)  # Kết luận chung
    if isinstance(target, QPlainTextEdit | QTextEdit):
        target.setFocus()
        QTest.keyClick(target, Qt.Key.Key_Tab)
        seen.append(f"8 Tab in Kết luận chung: the box holds {target.toPlainText()!r}")
    shortcuts = sorted(
        {
            a.shortcut().toString()
            for a in window.findChildren(type(window.new_decision_action))
            if not a.shortcut().isEmpty()
        }
    )
    seen.append(f"  shortcuts in the window: {shortcuts}")
    window.close()
    db.close()
    return seen


if __name__ == "__main__":
    sys.exit(main())
