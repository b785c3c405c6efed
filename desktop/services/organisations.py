"""Issuing bodies (cơ quan ban hành) as the settings page and the editors use them: list, add,
save (cleaned once, ``domain.clean``), and how their documents will name and sign."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlite_utils import Database

from desktop.domain.authority import (
    awarding_authority,
    derive_full_name,
    signature_lines,
    signer_problem,
)
from desktop.domain.clean import clean
from desktop.domain.errors import InvalidInput
from desktop.domain.records import DocumentStyle, Organisation
from desktop.domain.text import normalize
from desktop.storage.organisations import OrganisationStore

__all__ = [
    "AuthorityPreview",
    "add_organisation",
    "authority_preview",
    "create_organisation",
    "organisations",
    "save_organisation",
]


def organisations(db: Database) -> list[Organisation]:
    """Every issuing body, by name."""
    return OrganisationStore(db).all()


def _body_name(name: str) -> str:
    """The normalised name of an issuing body; refused when nothing visible is left."""
    if not normalize(name):
        raise InvalidInput(
            "Tên cơ quan ban hành đang trống (hoặc chỉ có ký tự vô hình như dấu cách không "
            "độ rộng); hãy nhập tên cơ quan"
        )
    return normalize(name)


def add_organisation(db: Database, name: str, style: DocumentStyle = "state") -> Organisation:
    """Store a new issuing body (to be completed in the settings) and return it.

    Raises:
        ValueError: the name is empty once invisible characters are removed.
    """
    organisation = Organisation(name=_body_name(name), style=style)
    organisation.id = OrganisationStore(db).add(organisation)
    return organisation


def save_organisation(db: Database, organisation: Organisation) -> None:
    """Save the edits of a stored organisation (every text cleaned; empty "Căn cứ" lines go).

    Raises:
        ValueError: the name is empty once invisible characters are removed.
    """
    _body_name(organisation.name)
    OrganisationStore(db).update(clean(organisation))


def create_organisation(db: Database, organisation: Organisation) -> Organisation:
    """Store a new issuing body with everything the form gave (the first-start setup) in one
    write, and return it as stored.

    Raises:
        InvalidInput: the name is empty once invisible characters are removed.
    """
    _body_name(organisation.name)
    stored = clean(replace(organisation, id="", version=0))
    stored.id = OrganisationStore(db).add(stored)
    return next(o for o in OrganisationStore(db).all() if o.id == stored.id)


@dataclass(frozen=True, slots=True)
class AuthorityPreview:
    """How a body's documents will name the authority and sign, for the settings page."""

    derived_name: str
    """The proper name derived from the header lines (shown when none is typed)."""
    text: str
    """ "Trao tặng: GIÁM ĐỐC SỞ … · Ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", or the problem."""
    problem: str
    """Why the default signer cannot be printed, or ""."""


def authority_preview(organisation: Organisation) -> AuthorityPreview:
    """The authority and signature lines of ``organisation``'s default signer, as printed."""
    org = clean(organisation)
    signer = org.default_signer
    derived = derive_full_name(org.name, org.parent, org.style)
    problem = signer_problem(org, signer)
    if problem:
        return AuthorityPreview(derived, f"⚠ {problem}", problem)
    by = awarding_authority(org, signer).upper()
    lines = " / ".join(signature_lines(org, signer))
    return AuthorityPreview(derived, f"Trao tặng: {by} · Ký: {lines}", "")
