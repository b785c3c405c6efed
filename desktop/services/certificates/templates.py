"""Certificate templates as the services offer them: which template suits a decision, the
choice list, the paper a template prints on, and the error every certificate service raises."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlite_utils import Database

from desktop import paths
from desktop.documents.certificates.template import (
    PAPER_SIZES_MM,
    Template,
    TemplateError,
    available_templates,
    find_template,
    load_template,
)
from desktop.domain.awards import DEFAULT_AWARD_FORM, default_template, form_key
from desktop.domain.errors import VinhDanhError
from desktop.domain.records import Decision
from desktop.domain.text import fold
from desktop.storage.decisions import DecisionStore
from desktop.storage.printers import paper_key

log = logging.getLogger(__name__)


class CertificateError(VinhDanhError):
    """A certificate batch that cannot be written; the message is for the user."""


class TemplateMismatch(CertificateError):
    """The chosen template is for another award form or another kind of body."""


def form_label(decision: Decision) -> str:
    """The decision's award form as a message names it ("giấy chứng nhận")."""
    return form_key(decision.award_form) or form_key(DEFAULT_AWARD_FORM)


def template_mismatch(
    db: Database, decision_key: str, template: str, user_templates: Path | None = None
) -> str:
    """Why ``template`` does not suit the decision (a Vietnamese sentence), or "" — for the
    GUI's warning where the template is chosen.

    Raises:
        CertificateError: the template cannot be loaded.
    """
    decision = DecisionStore(db).find(decision_key)
    tpl = template_for(template, decision, user_templates)
    return tpl.mismatch(decision.award_form, decision.issuer.style)


def default_template_for(decision: Decision) -> str:
    """The built-in template for the decision's award form and its issuer's style."""
    return default_template(decision.award_form, decision.issuer.style)


def template_names(user_folder: Path | None = None) -> list[str]:
    """Ids of every template the user can choose (built-in and their own)."""
    return sorted(available_templates(*([user_folder] if user_folder else [])))


def templates(user_folder: Path | None = None) -> list[tuple[str, str]]:
    """(id, title) of every usable template, by title — for a choice list in the GUI.

    A user's template that does not validate is left out (and logged), not fatal.
    """
    found = []
    for template_id, path in available_templates(*([user_folder] if user_folder else [])).items():
        try:
            found.append((template_id, load_template(path).title))
        except TemplateError as exc:
            log.warning("bỏ qua mẫu %s: %s", path, exc)
    return sorted(found, key=lambda item: fold(item[1]))


def paper_of_template(template: Template) -> str:
    """The paper size a template prints on, as offsets are kept: "A4", "A3", "A5", or
    "<w>x<h>" (mm, smaller side first) for another size."""
    sides = sorted((template.width_mm, template.height_mm))
    for name, size in PAPER_SIZES_MM.items():
        if all(abs(a - b) < 0.5 for a, b in zip(sides, sorted(size), strict=True)):
            return name
    return paper_key(f"{sides[0]:g}x{sides[1]:g}")


def paper_sizes() -> list[str]:
    """The named paper sizes a printer is calibrated for (A4 first: the usual Giấy khen)."""
    return sorted(PAPER_SIZES_MM, key=lambda name: (name != "A4", name))


def template_for(name: str | None, decision: Decision, user_folder: Path | None) -> Template:
    """The template ``name`` (default: the decision's built-in one), the user's folder first.

    Raises:
        CertificateError: no such template, or it cannot be loaded.
    """
    folders = [user_folder] if user_folder else [paths.user_templates_dir()]
    try:
        return find_template(name or default_template_for(decision), *folders)
    except TemplateError as exc:
        raise CertificateError(str(exc)) from None


def template_paper(template: str, user_templates: Path | None = None) -> str:
    """The paper size of the template ``template`` (its id), as offsets are kept ("A4").

    Raises:
        CertificateError: no such template, or it cannot be loaded.
    """
    return paper_of_template(find_user_template(template, user_templates))


def find_user_template(template: str, user_templates: Path | None) -> Template:
    """The template ``template`` (its id), the user's folder first.

    Raises:
        CertificateError: no such template, or it cannot be loaded.
    """
    try:
        return find_template(template, user_templates or paths.user_templates_dir())
    except TemplateError as exc:
        raise CertificateError(str(exc)) from None
