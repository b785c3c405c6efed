"""The CLI draws in the font the window would use, so a document prints the same from both.

Windows' Times New Roman is faked on Linux: a folder ``<WINDIR>/Fonts`` with its four file
names (``fonts.windows_times_new_roman`` reads ``%WINDIR%``), holding Playfair Display so the
PDF shows which font was drawn.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from desktop import paths
from desktop.cli import main
from desktop.documents import fonts
from desktop.ui import settings as app_settings

NUMBER = "15-QĐ/BTGTU"


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fake Windows folder whose Fonts hold "Times New Roman"; the body font reset after."""
    folder = tmp_path / "Windows"
    (folder / "Fonts").mkdir(parents=True)
    face = paths.resource("fonts", "playfair-display", "PlayfairDisplay-Bold.ttf")
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"):
        shutil.copy(face, folder / "Fonts" / name)
    monkeypatch.setenv("WINDIR", str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    # The CLI reads the window's settings without Qt, where QSettings keeps them on Linux.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))  # where it is on Windows
    yield folder
    fonts.use_serif(None)


def _fonts_of(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _award_list(
    capsys: pytest.CaptureFixture[str], db: Path, out: Path, *flags: str
) -> tuple[set[str], str]:
    status = main(["--db", str(db), "award-list", NUMBER, "-o", str(out), *flags])
    _, err = capsys.readouterr()
    assert status == 0, err
    return _fonts_of(out), err


def test_the_cli_follows_the_window_font_setting(
    windows: Path, tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "load", str(sample_path)]) == 0
    capsys.readouterr()

    # As the window by default: Windows' Times New Roman where it is installed, said nothing.
    used, err = _award_list(capsys, db, tmp_path / "mặc định.pdf")
    assert any(name.startswith("PlayfairDisplay") for name in used), used
    assert not any(name.startswith("Tinos") for name in used)
    assert "phông" not in err

    # --tinos forces the bundled font and says so.
    used, err = _award_list(capsys, db, tmp_path / "tinos.pdf", "--tinos")
    assert used and all(name.startswith("Tinos") for name in used), used
    assert "dùng phông Tinos đi kèm chương trình" in err and "--tinos" in err

    # The window's setting unticked: the CLI follows it, and says why.
    app_settings.open_settings().setValue("fonts/windows_times", False)
    used, err = _award_list(capsys, db, tmp_path / "theo cài đặt.pdf")
    assert all(name.startswith("Tinos") for name in used), used
    assert "theo cài đặt của cửa sổ" in err
    # … and --times-new-roman overrides it.
    used, err = _award_list(capsys, db, tmp_path / "times.pdf", "--times-new-roman")
    assert all(name.startswith("PlayfairDisplay") for name in used), used
    assert "phông" not in err


def test_without_times_new_roman_tinos_is_the_quiet_default(
    windows: Path, tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(windows / "Fonts")  # a Linux PC, or Windows without the font
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "load", str(sample_path)]) == 0
    capsys.readouterr()
    used, err = _award_list(capsys, db, tmp_path / "a.pdf")
    assert all(name.startswith("Tinos") for name in used) and "phông" not in err
    used, err = _award_list(capsys, db, tmp_path / "b.pdf", "--times-new-roman")
    assert all(name.startswith("Tinos") for name in used)
    assert "không thấy phông Times New Roman của Windows" in err
