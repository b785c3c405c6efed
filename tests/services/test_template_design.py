"""The designer's model without widgets: edits in mm, undo, the live sample, template files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.domain.records import Decision
from desktop.services import certificates
from desktop.services.template_design import (
    DesignError,
    TemplateError,
    duplicate_template,
    export_template,
    import_template,
    is_user_template,
    longest_name_award,
    open_design,
    rename_template,
    reset_template,
    save_design,
)


@pytest.fixture
def user(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    return folder


def test_move_and_resize_in_mm_kept_on_the_paper(user: Path) -> None:
    design = open_design("giay-khen-dang", user)
    before = design.field("ten")
    design.move("ten", 1.5, -2.0)
    after = design.field("ten")
    assert (after["x_mm"], after["y_mm"]) == (before["x_mm"] + 1.5, before["y_mm"] - 2.0)
    design.set_box("ten", 500, 500, 80, 10)  # past the corner: stays on the A4 landscape paper
    placed = design.field("ten")
    assert placed["x_mm"] + placed["width_mm"] <= 297 and placed["y_mm"] + 10 <= 210
    assert placed["width_mm"] == 80
    design.validate()


def test_undo_and_redo_restore_each_step(user: Path) -> None:
    design = open_design("giay-khen-dang", user)
    original = design.data
    design.move("ten", 10, 0)
    design.set_property("ten", "size", 30)
    design.undo()
    moved = design.field("ten")
    assert moved["size"] != 30 and moved["x_mm"] == _ten(original)["x_mm"] + 10
    design.undo()
    assert design.data == original and not design.can_undo
    design.redo()
    design.redo()
    assert design.field("ten")["size"] == 30


def test_add_and_remove_fields_from_the_vocabulary(user: Path) -> None:
    design = open_design("giay-khen-dang", user)
    name = design.add_field("so_vao_so")
    assert design.field(name)["text"] == "{so_vao_so}"
    again = design.add_field("so_vao_so")
    assert again != name
    with pytest.raises(DesignError, match="__class__"):
        design.add_field("__class__")
    design.remove_field(name)
    assert name not in design.field_names()
    design.validate()


def test_bad_values_are_refused_with_the_field_named(user: Path) -> None:
    design = open_design("giay-khen-dang", user)
    with pytest.raises(DesignError, match=r"Trường “ten”.*colour"):
        design.set_property("ten", "colour", "red")
    with pytest.raises(DesignError, match="ten"):
        design.set_property("ten", "text", "{ten.__class__}")
    design.set_property("ten", "min_size", 50)  # above its size: the size follows
    assert design.field("ten")["size"] == 50
    assert not design.can_redo


def test_live_sample_fits_the_longest_name_and_says_what_does_not(
    user: Path, sample_decision: Decision
) -> None:
    design = open_design("giay-khen-dang", user)
    award = longest_name_award(sample_decision)
    assert award is not None
    assert award.name == max((a.name for a in sample_decision.awards), key=len)
    name = "ten_tap_the" if award.is_collective else "ten"
    layout = {f.name: f for f in design.sample(sample_decision, award)}
    assert " ".join(line for line, _x, _y in layout[name].lines) == award.name
    assert layout[name].fits and not layout[name].problem
    field = design.field(name)
    _line, x, baseline = layout[name].lines[0]
    assert field["x_mm"] <= x and field["y_mm"] < baseline < field["y_mm"] + field["height_mm"]
    design.set_box(name, field["x_mm"], field["y_mm"], 20, 5)
    small = {f.name: f for f in design.sample(sample_decision, award)}[name]
    assert not small.fits and "không vừa khung" in small.problem


def test_a_saved_template_reloads_identically_as_a_new_version(user: Path) -> None:
    design = open_design("giay-khen-dang", user)
    design.move("ten", 3, 4)
    design.set_property("ten", "colour", "#112233")
    template_id = save_design(design, user_folder=user)
    assert template_id == "giay-khen-dang" and is_user_template(template_id, user)
    again = open_design(template_id, user)
    assert again.data == design.data
    assert again.version != open_design("giay-khen-dang", user / "none").version
    assert [t for t, _ in certificates.templates(user)].count("giay-khen-dang") == 1
    save_design(again, user_folder=user)  # the previous version is kept aside
    assert len(list((user / ".versions").glob("giay-khen-dang@*.json"))) == 1
    reset_template("giay-khen-dang", user)
    assert not is_user_template("giay-khen-dang", user)
    assert open_design("giay-khen-dang", user).field("ten") != design.field("ten")


def test_duplicate_rename_export_import(user: Path, tmp_path: Path) -> None:
    copy_id = duplicate_template("giay-khen-dang", "Giấy khen phôi Hà Nội", user)
    assert copy_id == "giay-khen-phoi-ha-noi"
    rename_template(copy_id, "Giấy khen phôi mới", user)
    assert open_design(copy_id, user).title == "Giấy khen phôi mới"
    with pytest.raises(DesignError, match="nhân bản"):
        rename_template("bang-khen", "X", user)
    exported = export_template(copy_id, tmp_path / "mau.vdmau", user)
    other = tmp_path / "other"
    new_id = import_template(exported, other)
    assert new_id == copy_id
    assert open_design(new_id, other).data == open_design(copy_id, user).data
    assert import_template(exported, other) == f"{copy_id}-2"  # nothing replaced


def _ten(data: dict[str, object]) -> dict[str, float]:
    return next(f for f in data["fields"] if f["name"] == "ten")  # type: ignore[attr-defined, index]


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_import_refuses_paths_outside_and_bad_json(user: Path, tmp_path: Path) -> None:
    data = open_design("giay-khen-dang", user).data
    good = json.dumps(data).encode()
    with pytest.raises(DesignError, match="không được phép"):
        import_template(_zip(tmp_path / "a.vdmau", {"template.json": good, "../x.png": b"1"}), user)
    outside = json.dumps({**data, "background": {"image": "../../etc/passwd"}}).encode()
    with pytest.raises(DesignError, match="ảnh nền"):
        import_template(_zip(tmp_path / "b.vdmau", {"template.json": outside}), user)
    duplicate_key = good[:-1] + b', "id": "x"}'
    with pytest.raises(DesignError, match=r"template\.json"):
        import_template(_zip(tmp_path / "c.vdmau", {"template.json": duplicate_key}), user)
    broken = json.dumps({**data, "fields": [{**data["fields"][0], "size": 900}]}).encode()
    with pytest.raises(TemplateError, match="size"):
        import_template(_zip(tmp_path / "d.vdmau", {"template.json": broken}), user)
    (tmp_path / "e.vdmau").write_bytes(b"not a zip")
    with pytest.raises(DesignError, match="không phải tệp mẫu"):
        import_template(tmp_path / "e.vdmau", user)
    assert not list(user.glob("*.json"))
