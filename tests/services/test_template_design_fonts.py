"""The designer's installed fonts: scanned once into a cache, chosen per field, checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from desktop import paths
from desktop.services.template_design import DesignError, installed_fonts, open_design


def _fonts(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "Fonts"
    folder.mkdir()
    good = folder / "GreatVibes.ttf"
    shutil.copyfile(paths.resource("fonts", "great-vibes", "GreatVibes-Regular.ttf"), good)
    latin = folder / "Latin.ttf"
    font = TTFont(str(good))
    subsetter = subset.Subsetter()
    subsetter.populate(text="abc")
    subsetter.subset(font)
    font.save(str(latin))
    return good, latin


def test_installed_fonts_are_scanned_once_then_read_from_the_cache(tmp_path: Path) -> None:
    good, _latin = _fonts(tmp_path)
    cache = tmp_path / "data" / "font-cache.json"
    cache.parent.mkdir()
    assert installed_fonts(cache, folders=[good.parent]) == [("Great Vibes", good)]
    assert json.loads(cache.read_text("utf-8"))["fonts"][0]["path"] == str(good)
    # A font installed after the scan appears only on a rescan: the cache answered.
    later = good.parent / "Later.ttf"
    shutil.copyfile(good, later)
    assert [p for _l, p in installed_fonts(cache, folders=[good.parent])] == [good]
    found = installed_fonts(cache, rescan=True, folders=[good.parent])
    assert sorted(p for _l, p in found) == sorted([good, later])
    # A font removed since is dropped from the cached answer.
    later.unlink()
    assert [p for _l, p in installed_fonts(cache, folders=[good.parent])] == [good]


def test_a_field_takes_an_installed_font_and_back(tmp_path: Path) -> None:
    good, latin = _fonts(tmp_path)
    user = tmp_path / "templates"
    user.mkdir()
    design = open_design("giay-khen-dang", user)
    design.set_property("ten", "font_file", str(good))
    assert design.field("ten")["font_file"] == str(good)
    template = design.validate()
    assert next(f for f in template.fields if f.name == "ten").font_file == str(good)
    with pytest.raises(DesignError, match=r"ten.*Latin\.ttf.*chữ cái tiếng Việt"):
        design.set_property("ten", "font_file", str(latin))
    design.set_property("ten", "font", "serif")
    assert "font_file" not in design.field("ten")
    design.undo()
    assert design.field("ten")["font_file"] == str(good)
