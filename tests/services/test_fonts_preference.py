"""The user's choice of Windows' Times New Roman reaches every document drawn afterwards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.documents import fonts
from desktop.services import documents
from desktop.services.library import prefer_windows_times_new_roman


@pytest.fixture(autouse=True)
def bundled_font_afterwards() -> Iterator[None]:
    yield
    fonts.use_serif(None)


@pytest.fixture
def windows_fonts(tmp_path: Path) -> Path:
    """A stand-in for C:\\Windows\\Fonts holding the four Times New Roman files."""
    folder = tmp_path / "Fonts"
    folder.mkdir()
    bundled = fonts.bundled_serif()
    for source, name in (
        (bundled.regular, "times.ttf"),
        (bundled.bold, "timesbd.ttf"),
        (bundled.italic, "timesi.ttf"),
        (bundled.bold_italic, "timesbi.ttf"),
    ):
        shutil.copy(source, folder / name)
    return folder


def test_preference_switches_the_body_face(windows_fonts: Path) -> None:
    assert prefer_windows_times_new_roman(True, windows_fonts)
    assert fonts.font_path(fonts.SERIF) == windows_fonts / "times.ttf"
    assert fonts.font_path(fonts.SERIF_BOLD_ITALIC) == windows_fonts / "timesbi.ttf"
    fonts.register_serif()  # a renderer asking for "the default" keeps the user's choice
    assert fonts.font_path(fonts.SERIF) == windows_fonts / "times.ttf"
    assert prefer_windows_times_new_roman(False)
    assert fonts.font_path(fonts.SERIF) == fonts.bundled_serif().regular


def test_missing_times_new_roman_falls_back_to_tinos(tmp_path: Path) -> None:
    assert not prefer_windows_times_new_roman(True, tmp_path)
    assert fonts.font_path(fonts.SERIF) == fonts.bundled_serif().regular


def test_documents_drawn_afterwards_use_it(
    sample_db: Database, windows_fonts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[Path] = []
    real = fonts.missing_glyphs
    monkeypatch.setattr(
        fonts, "missing_glyphs", lambda text, path: used.append(path) or real(text, path)
    )
    prefer_windows_times_new_roman(True, windows_fonts)
    documents.write_decision(sample_db, "15-QĐ/BTGTU", tmp_path / "qd.pdf")
    assert (tmp_path / "qd.pdf").exists()
    assert fonts.font_path(fonts.SERIF) == windows_fonts / "times.ttf"
