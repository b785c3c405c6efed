"""Decisions as the desktop editor uses them: list, create, save (normalised), previews.

Previews are PDF bytes rendered in memory (nothing written, nothing logged): one recipient's
certificate, the commendation list, the decision draft. Writing files and the issue log stay
with ``services.certificates`` and ``services.documents``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from desktop import paths
from desktop.domain.authority import signer_problem
from desktop.domain.awards import (
    AWARD_FORMS,
    DEFAULT_AWARD_FORM,
    default_template,
    fit_to_kind,
    unnamed_warning,
)
from desktop.domain.clean import clean
from desktop.domain.docnumbers import next_number, parse_document_number, written_number
from desktop.domain.records import Award, Decision, Organisation, sorted_by_name
from desktop.domain.salutations import salutation_warning, suggest_salutation
from desktop.domain.text import normalize
from desktop.exchange import recipients_import
from desktop.services.concurrency import Prefer, save_merged

# The organisation functions live in services.organisations; these names stay importable here
# for the ui until its owners reach them through ``library.organisations``.
from desktop.services.organisations import (  # noqa: F401
    AuthorityPreview,
    add_organisation,
    authority_preview,
    organisations,
    save_organisation,
)
from desktop.storage.decisions import DecisionStore
from desktop.storage.organisations import OrganisationStore

if TYPE_CHECKING:
    from desktop.documents.certificates.pdf import Problem

# The document renderers (reportlab, openpyxl, python-docx) are imported where they are used:
# the window opens in a fraction of the time when they load after it is shown.

__all__ = [
    "AWARD_FORMS",
    "DecisionSummary",
    "award_list_pdf",
    "awards_from_table_text",
    "certificate_pdf",
    "certificate_problems",
    "certificate_template_mismatch",
    "create_decision",
    "decision_pdf",
    "decision_position",
    "decisions",
    "decisions_page",
    "delete_decision",
    "get_decision",
    "invisible_names_warning",
    "normalized_decision",
    "save_decision",
    "sorted_by_name",
]


@dataclass(frozen=True, slots=True)
class DecisionSummary:
    """One line of the decision list."""

    id: str
    number: str
    date: dt.date
    award_form: str


def decisions(db: Database) -> list[DecisionSummary]:
    """Every decision not in the recycle bin, newest first."""
    return [
        DecisionSummary(r["id"], r["number"], dt.date.fromisoformat(r["date"]), r["award_form"])
        for r in DecisionStore(db).all()
    ]


def decisions_page(db: Database, offset: int, limit: int) -> list[DecisionSummary]:
    """``limit`` lines of the decision list (newest first) from ``offset``."""
    return [
        DecisionSummary(r["id"], r["number"], dt.date.fromisoformat(r["date"]), r["award_form"])
        for r in DecisionStore(db).page(offset, limit)
    ]


def decision_position(db: Database, decision_id: str) -> int:
    """Where ``decision_id`` stands in the decision list; -1 when it is not listed."""
    return DecisionStore(db).position(decision_id)


def get_decision(db: Database, decision_id: str) -> Decision:
    """The whole decision with this id."""
    return DecisionStore(db).get(decision_id)


def _next_number(db: Database, organisation: Organisation, year: int) -> str:
    # Each issuer numbers its own documents, from 01 every year (domain.docnumbers).
    issuer_id = organisation.id or OrganisationStore(db).match(organisation)
    taken = [
        r["number"]
        for r in DecisionStore(db).all()
        if r["date"].startswith(str(year)) and r["organisation_id"] == issuer_id
    ]
    return next_number(taken, organisation.abbreviation, organisation.style)


def create_decision(
    db: Database,
    *,
    issuer: Organisation | None = None,
    meeting_id: str = "",
    day: dt.date | None = None,
    reason: str = "",
) -> Decision:
    """Store a new decision (next free number, the issuer's default signer) and return it."""
    if issuer is None:
        stored = OrganisationStore(db).all()
        issuer = stored[0] if stored else Organisation(name="Cơ quan")
    day = day or dt.date.today()
    decision = Decision(
        number=_next_number(db, issuer, day.year),
        date=day,
        issuer=issuer,
        signer=replace(issuer.default_signer),
        award_form=DEFAULT_AWARD_FORM,
        reason=reason,
        meeting_id=meeting_id,
    )
    decision_id = DecisionStore(db).add(normalized_decision(decision))
    return DecisionStore(db).get(decision_id)


def normalized_decision(decision: Decision) -> Decision:
    """A copy of ``decision`` as it is stored: every text cleaned (``domain.clean``), rows left
    without a name dropped, an empty form the default, each recipient as its kind allows and
    a salutation suggested where it is safe to guess."""
    cleaned = clean(decision)
    cleaned.award_form = cleaned.award_form or DEFAULT_AWARD_FORM
    cleaned.awards = [
        with_suggested_salutation(a, cleaned.issuer.style) for a in cleaned.awards if a.name
    ]
    return cleaned


def with_suggested_salutation(award: Award, style: str) -> Award:
    """``award`` with a salutation suggested where none was chosen and it is safe to guess
    ("Thị" → Bà, "Văn" → Ông, Party style → Đồng chí); a collective has none."""
    award = fit_to_kind(award)
    if not award.is_collective and award.salutation is None:
        return replace(award, salutation=suggest_salutation(award.name, style))
    return award


def decision_warnings(decision: Decision) -> list[str]:
    """What must be settled before printing this decision, as Vietnamese sentences: a signer
    whose relation is wrong or not chosen, people whose salutation nobody chose."""
    warnings = [signer_problem(decision.issuer, decision.effective_signer())]
    named = [a for a in decision.awards if normalize(a.name)]
    warnings.append(salutation_warning(decision.number, named))
    warnings.append(unnamed_warning(decision.awards))
    warnings.append(invisible_names_warning(decision.awards))
    return [w for w in warnings if w]


def invisible_names_warning(awards: list[Award]) -> str:
    """A warning naming the recipient rows whose name is only invisible characters
    (zero-width spaces, U+202E, …: nothing is left once normalised), or ``""``.

    Such a row is not stored, like an empty row; the user must be told rather than see it
    vanish at the next start.
    """
    rows = []
    for row, award in enumerate(awards, start=1):
        if award.name.strip() and not normalize(award.name):
            codes = " ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(award.name) if c.strip())
            rows.append(f"dòng {row} ({codes})")
    if not rows:
        return ""
    return (
        f"Tên ở {', '.join(rows)} chỉ gồm ký tự vô hình (không in được): dòng này sẽ không "
        "được lưu. Hãy gõ lại tên."
    )


def save_decision(
    db: Database, decision: Decision, base: Decision | None = None, prefer: Prefer = ""
) -> Decision:
    """Save the edits of a stored decision (normalised) and return it as stored.

    ``base`` is the decision as it was read before the edits. When someone else saved it since
    (a second window, the CLI), the edits are merged into their version: recipients added or
    removed on either side by id, fields changed on one side only.

    Raises:
        ConflictError: a field was changed differently on both sides (``prefer`` "mine" or
            "theirs" settles it); nothing is saved.
    """
    store = DecisionStore(db)
    return save_merged(
        db,
        normalized_decision(decision),
        base,
        get=lambda: store.get(decision.id),
        save=store.save,
        label=lambda d: f"Quyết định {d.number}",
        prefer=prefer,
    )


def delete_decision(db: Database, decision_id: str) -> None:
    """Move a decision to the recycle bin (Thùng rác)."""
    DecisionStore(db).delete(decision_id)


# -- the recipient list ------------------------------------------------------------------------


def awards_from_table_text(text: str) -> list[Award]:
    """Awards from rows copied in Excel or Word (tab-separated, one recipient a row).

    A header row maps its columns; without one, an optional STT column and an optional
    "Tập thể"/"Cá nhân" column come first, then name, title (chức vụ), unit (đơn vị), reason.
    Without a kind, a name that starts like a body ("Phòng …", "Chi bộ …") with no title is a
    collective.

    Raises:
        RecipientImportError: a row is wrong (named "Dòng N: …"); nothing is added.
    """
    return [clean(a) for a in recipients_import.awards_from_pasted_text(text)]


# -- previews ------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _renderer(template_id: str, mode: str, emblem: Path | None = None) -> Any:
    from desktop.documents.certificates.pdf import CertificateRenderer
    from desktop.documents.certificates.template import find_template

    template = find_template(template_id, paths.user_templates_dir())
    return CertificateRenderer(
        template, mode="preprinted" if mode == "preprinted" else "full", emblem=emblem
    )


def _default_template(decision: Decision) -> str:
    return default_template(decision.award_form, decision.issuer.style)


def prepared_for_documents(decision: Decision) -> Decision:
    """``decision`` as the documents take it: clean, each award's position its place (from 1)."""
    clean = normalized_decision(decision)
    for position, award in enumerate(clean.awards, start=1):
        award.position = position
    return clean


def certificate_pdf(
    decision: Decision, award_index: int, *, preprinted: bool = False, template: str = ""
) -> bytes:
    """The certificate of one recipient as PDF bytes (texts that do not fit drawn clipped).

    ``template`` names the template (default: the one for the award form and issuer style).

    Raises:
        CertificateProblems: a character the template's font lacks.
        IndexError: no such recipient.
    """
    award = decision.awards[award_index]
    clean = prepared_for_documents(replace(decision, awards=[award]))
    if not clean.awards:
        raise IndexError(award_index)
    from desktop.services.emblems import emblem_file

    renderer = _renderer(
        template or _default_template(decision),
        "preprinted" if preprinted else "full",
        emblem_file(decision.issuer.id),  # as it prints: the office's emblem, if supplied
    )
    return bytes(renderer.render(clean, clean.awards, force=True))


def certificate_template_mismatch(decision: Decision, template: str = "") -> str:
    """Why the template (default: the decision's) does not suit the decision's award form or
    its body's style, as a Vietnamese sentence for a warning; "" when it suits."""
    renderer = _renderer(template or _default_template(decision), "full")
    return str(renderer.template.mismatch(decision.award_form, decision.issuer.style))


def certificate_problems(decision: Decision) -> list[Problem]:
    """Every text of the decision's certificates that does not fit or lacks a glyph."""
    clean = prepared_for_documents(decision)
    renderer = _renderer(_default_template(decision), "full")
    return list(renderer.problems(clean))


def award_list_pdf(decision: Decision) -> bytes:
    """The commendation list (danh sách kèm theo) as PDF bytes."""
    from desktop.services import documents

    style = documents.resolve_style(decision.issuer.style)
    return documents.award_list_bytes(prepared_for_documents(decision), ".pdf", "list", style)


def decision_pdf(decision: Decision) -> bytes:
    """The decision draft as PDF bytes."""
    from desktop.services import documents

    style = documents.resolve_style(decision.issuer.style)
    return documents.decision_bytes(prepared_for_documents(decision), ".pdf", style)


def write_document(db: Database, decision_id: str, what: str, path: str | Path) -> Path:
    """Write the list ("list") or the decision ("decision") of a stored decision to ``path``."""
    from desktop.services import documents

    if what == "list":
        return documents.write_award_list(db, decision_id, path).path
    return documents.write_decision(db, decision_id, path).path


def number_problem(db: Database, decision: Decision) -> str:
    """What is wrong with the decision's number, in Vietnamese, or "": written in the other
    style's way ("05/QĐ-SNV" for a Party body), or already used by another decision of the same
    body in the same year (a meeting package with both could not be loaded)."""
    number = normalize(decision.number)
    if not number:
        return ""
    try:
        parsed = parse_document_number(number)
    except ValueError as exc:
        return f"Số quyết định “{number}” không đúng dạng: {exc}"
    if parsed.style != decision.issuer.style:
        example = "15-QĐ/BTGTU" if decision.issuer.style == "party" else "05/QĐ-SNV"
        return (
            f"Số “{number}” viết theo thể thức "
            f"{'Đảng' if parsed.style == 'party' else 'Nhà nước'}; cơ quan này dùng thể thức "
            f"{'Đảng' if decision.issuer.style == 'party' else 'Nhà nước'} (ví dụ {example})"
        )
    mine = written_number(number).casefold()
    year = DecisionStore(db).numbers_in_year(decision.issuer.id, decision.date.year)
    for decision_id, other in year:
        if decision_id != decision.id and written_number(other).casefold() == mine:
            return (
                f"Số “{number}” đã dùng cho một quyết định khác của {decision.issuer.name} "
                f"năm {decision.date:%Y}"
            )
    return ""
