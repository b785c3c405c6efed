"""Fonts of certificates: every bundled face draws all of Vietnamese; the glyph check works."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from desktop import paths
from desktop.documents import fonts


def _all_font_files() -> list[Path]:
    return sorted(paths.resource("fonts").glob("*/*.ttf"))


def test_every_bundled_face_has_a_licence_file() -> None:
    folders = {p.parent for p in _all_font_files()}
    assert len(folders) >= 4
    for folder in folders:
        assert any(f.name.upper().startswith(("LICENSE", "OFL")) for f in folder.iterdir()), folder


@pytest.mark.parametrize("path", _all_font_files(), ids=lambda p: p.name)
def test_bundled_font_covers_every_vietnamese_letter(path: Path) -> None:
    assert len(fonts.VIETNAMESE_LETTERS) == 186
    assert fonts.missing_glyphs(fonts.VIETNAMESE_LETTERS, path) == []


@pytest.mark.parametrize("path", _all_font_files(), ids=lambda p: p.name)
def test_bundled_font_is_static_truetype(path: Path) -> None:
    # reportlab refuses CFF outlines and reads only the default instance of a variable font.
    with TTFont(str(path), lazy=True) as font:
        assert "glyf" in font
        assert "fvar" not in font


def test_at_least_two_display_faces_beside_the_serif() -> None:
    assert fonts.SERIF_FACE in fonts.FACES
    assert len([f for f in fonts.FACES if f != fonts.SERIF_FACE]) >= 2


@pytest.mark.parametrize("face", fonts.FACES)
@pytest.mark.parametrize(("bold", "italic"), [(False, False), (True, False), (False, True)])
def test_face_font_registers_a_file(face: str, bold: bool, italic: bool) -> None:
    name = fonts.face_font(face, bold=bold, italic=italic)
    assert fonts.font_path(name).is_file()


def test_glyph_check_names_the_missing_characters_once() -> None:
    path = fonts.font_path(fonts.face_font("great-vibes"))
    assert fonts.missing_glyphs("Nguyễn 漢 Thị 漢 ☃", path) == ["漢", "☃"]
    assert not fonts.characters(path).issuperset("漢")
    assert fonts.characters(path).issuperset("Đặng Thị Ngọc Ánh")


def test_ink_extent_covers_stacked_marks() -> None:
    top, bottom = fonts.ink_extent(fonts.font_path(fonts.face_font("serif")))
    assert 0.85 < top < 1.2
    assert -0.4 < bottom < -0.15


def test_windows_times_new_roman_is_used_only_when_all_four_files_exist(tmp_path: Path) -> None:
    assert fonts.windows_times_new_roman(tmp_path) is None
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf"):
        (tmp_path / name).write_bytes(b"")
    assert fonts.windows_times_new_roman(tmp_path) is None
    (tmp_path / "timesbi.ttf").write_bytes(b"")
    family = fonts.windows_times_new_roman(tmp_path)
    assert family is not None
    assert family.bold == tmp_path / "timesbd.ttf"
