"""domain.awards: the forms, their default templates, and what a collective carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.awards import (
    AWARD_FORMS,
    DEFAULT_AWARD_FORM,
    default_template,
    fit_to_kind,
    recipient_fields,
    with_kind,
)
from desktop.domain.records import DOCUMENT_STYLES, Award

TEMPLATES = Path(__file__).parents[2] / "resources" / "templates" / "certificates"


@pytest.mark.parametrize("style", DOCUMENT_STYLES)
@pytest.mark.parametrize("form", AWARD_FORMS)
def test_every_form_has_a_built_in_template_of_its_style(form: str, style: str) -> None:
    template = default_template(form, style)  # type: ignore[arg-type]
    assert (TEMPLATES / f"{template}.json").is_file()
    assert template.endswith("-dang") == (style == "party")


def test_form_is_compared_as_typed_by_a_person() -> None:
    assert default_template(" Bằng  KHEN ", "state") == "bang-khen"
    assert default_template("Gia\u0302\u0301y khen", "party") == "giay-khen-dang"  # NFD "Giấy"
    assert default_template("Huân chương Lao động", "state") == "giay-khen-nha-nuoc"
    assert DEFAULT_AWARD_FORM == "Giấy khen"


def test_a_collective_has_no_title_unit_salutation_or_birth_year() -> None:
    award = Award(
        "collective",
        "Phòng Tổ chức",
        title="Trưởng phòng",
        unit="Sở",
        salutation="Ông",
        birth_year=1980,
    )
    fitted = fit_to_kind(award)
    assert (fitted.title, fitted.unit, fitted.salutation, fitted.birth_year) == (
        "",
        "",
        None,
        None,
    )
    assert fitted.name == "Phòng Tổ chức"
    assert award.title == "Trưởng phòng"  # the award given is not changed
    person = Award("person", "Lê An", title="Chuyên viên", unit="Sở", salutation="Ông")
    assert fit_to_kind(person) is person
    assert recipient_fields("collective", "Chuyên viên", "Sở") == ("", "")
    assert recipient_fields("person", "Chuyên viên", "Sở") == ("Chuyên viên", "Sở")


def test_changing_the_kind_unlinks_the_directory_entry() -> None:
    award = Award("person", "Phòng Tổ chức", title="x", unit="y", recipient_id="p1")
    turned = with_kind(award, "collective")
    assert (turned.kind, turned.recipient_id, turned.title, turned.unit) == (
        "collective",
        "",
        "",
        "",
    )
    assert with_kind(award, "person") is award
    back = with_kind(turned, "person")
    assert back.kind == "person" and back.recipient_id == ""


def test_the_kind_a_cell_names() -> None:
    from desktop.domain.awards import kind_from_text

    assert kind_from_text("Tập thể") == kind_from_text(" TT ") == "collective"
    assert kind_from_text("Cá nhân") == kind_from_text("cn") == "person"
    assert kind_from_text("Ca\u0301 nha\u0302n") == "person"  # NFD
    assert kind_from_text("Đơn vị") is None
    assert kind_from_text("") is None
