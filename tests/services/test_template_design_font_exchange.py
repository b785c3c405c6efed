"""Fonts travel with an exported template and are checked and installed on import."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pypdf
import pytest
from fontTools import subset
from fontTools.ttLib import TTFont
from sqlite_utils import Database

from desktop import paths
from desktop.services.certificates import issue_certificates
from desktop.services.template_design import (
    DesignError,
    export_template,
    import_template,
    open_design,
    save_design,
)


def _great_vibes(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "GreatVibes.ttf"
    shutil.copyfile(paths.resource("fonts", "great-vibes", "GreatVibes-Regular.ttf"), path)
    return path


def _exported(tmp_path: Path, font: Path) -> Path:
    """giay-khen-dang with the recipient's name in ``font``, exported to a .vdmau file."""
    mine = tmp_path / "mine"
    design = open_design("giay-khen-dang", mine)
    design.set_property("ten", "font_file", str(font))
    save_design(design, user_folder=mine)
    return export_template("giay-khen-dang", tmp_path / "mau.vdmau", mine)


def _fonts_in(pdf: Path) -> set[str]:
    names = set()
    for font in pypdf.PdfReader(pdf).pages[0]["/Resources"]["/Font"].values():
        names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_a_template_carries_its_font_to_another_office(sample_db: Database, tmp_path: Path) -> None:
    font = _great_vibes(tmp_path / "Fonts")
    exported = _exported(tmp_path, font)
    with zipfile.ZipFile(exported) as archive:
        assert archive.read("GreatVibes.ttf") == font.read_bytes()
        inside = json.loads(archive.read("template.json"))
    assert next(f for f in inside["fields"] if f["name"] == "ten")["font_file"] == "GreatVibes.ttf"
    shutil.rmtree(font.parent)  # the other office's PC does not have the font

    other = tmp_path / "other"
    new_id = import_template(exported, other)
    installed = Path(open_design(new_id, other).field("ten")["font_file"])
    assert installed == other / "fonts" / "GreatVibes.ttf"
    assert (
        installed.read_bytes()
        == paths.resource("fonts", "great-vibes", "GreatVibes-Regular.ttf").read_bytes()
    )
    assert open_design(new_id, other).validate().warnings == ()
    out = tmp_path / "gk.pdf"
    result = issue_certificates(
        sample_db,
        "15-QĐ/BTGTU",
        out,
        template=new_id,
        user_templates=other,
        draft=True,
        now=dt.datetime(2024, 1, 3, tzinfo=dt.UTC),
    )
    assert not any("Tinos" in note for note in result.notes)
    assert any(name.startswith("GreatVibes") for name in _fonts_in(out))
    # Imported again: the same font is used, not copied a second time.
    again = import_template(exported, other)
    assert open_design(again, other).field("ten")["font_file"] == str(installed)
    assert sorted(p.name for p in (other / "fonts").iterdir()) == ["GreatVibes.ttf"]


def _rewritten(
    source: Path, target: Path, change: dict[str, object], extra: dict[str, bytes]
) -> Path:
    """A copy of an exported file with the ``ten`` field changed and members added."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(members["template.json"])
    next(f for f in data["fields"] if f["name"] == "ten").update(change)
    members["template.json"] = json.dumps(data, ensure_ascii=False).encode("utf-8")
    members.update(extra)
    with zipfile.ZipFile(target, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return target


def test_a_carried_font_without_vietnamese_letters_is_refused_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    font = _great_vibes(tmp_path / "Fonts")
    latin = TTFont(str(font))
    subsetter = subset.Subsetter()
    subsetter.populate(text="abc")
    subsetter.subset(latin)
    latin.save(str(tmp_path / "Latin.ttf"))
    bad = _rewritten(
        _exported(tmp_path, font),
        tmp_path / "bad.vdmau",
        {"font_file": "Latin.ttf"},
        {"Latin.ttf": (tmp_path / "Latin.ttf").read_bytes()},
    )
    other = tmp_path / "other"
    with pytest.raises(DesignError, match=r"bad\.vdmau: trường ten: .*Latin\.ttf.*tiếng Việt"):
        import_template(bad, other)
    assert not list(other.glob("*.json")) and not (other / "fonts").exists()


@pytest.mark.parametrize(
    "named", ["../../../secret.ttf", r"C:\Windows\Fonts\secret.ttf", "/home/ai/secret.ttf"]
)
def test_a_font_named_but_not_carried_reaches_nothing_outside_the_fonts_folder(
    tmp_path: Path, named: str
) -> None:
    font = _great_vibes(tmp_path / "Fonts")
    # A real font sits where the name points (relative to here, or by its path): not read.
    outside = tmp_path / "secret.ttf"
    shutil.copyfile(font, outside)
    crafted = _rewritten(
        _exported(tmp_path, font), tmp_path / "crafted.vdmau", {"font_file": named}, {}
    )
    other = tmp_path / "a" / "b" / "other"
    new_id = import_template(crafted, other)
    design = open_design(new_id, other)
    assert design.field("ten")["font_file"] == str(other / "fonts" / "secret.ttf")
    assert any("secret.ttf" in w and "Tinos" in w for w in design.validate().warnings)


def test_a_font_name_that_is_not_a_ttf_file_is_refused(tmp_path: Path) -> None:
    font = _great_vibes(tmp_path / "Fonts")
    crafted = _rewritten(
        _exported(tmp_path, font), tmp_path / "c.vdmau", {"font_file": "/etc/passwd"}, {}
    )
    with pytest.raises(DesignError, match=r"c\.vdmau: trường ten: phông chữ '/etc/passwd'"):
        import_template(crafted, tmp_path / "other")
