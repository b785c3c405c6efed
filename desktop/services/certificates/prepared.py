"""A decision's certificates checked and laid out, before they go to a file or a printer.

``prepare`` is what issuing to PDF (``issuing``) and printing (``printing``) share: the
decision and the awards chosen, the template (refused when it is for another award form or
body unless allowed), the printer's offsets for the template's paper, the renderer, every text
filled, checked and fitted, the notes for the user; ``issues`` makes the issue log's lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from sqlite_utils import Database

from desktop.documents.certificates.pdf import Batch, CertificateProblems, CertificateRenderer
from desktop.documents.certificates.template import Mode, Template
from desktop.documents.fonts import FontFamily, windows_times_new_roman
from desktop.domain.matching import same_name
from desktop.domain.records import Award, CertificateIssue, Decision
from desktop.domain.salutations import salutation_warning, unsettled_salutations
from desktop.domain.text import normalize
from desktop.services.certificates.templates import (
    CertificateError,
    TemplateMismatch,
    form_label,
    paper_of_template,
    template_for,
)
from desktop.services.emblems import emblem_file
from desktop.storage.certificate_issues import CertificateIssueStore
from desktop.storage.decisions import DecisionStore
from desktop.storage.printers import PrinterOffsets, PrinterStore


class CertificateChoices(TypedDict, total=False):
    """How a decision's certificates are drawn, as the user chose; each may be left out.

    Issuing to PDF (``issue_certificates``) and printing (``print_job``) take these as
    keywords and hand them on to ``prepare``, where their defaults are.
    """

    template: str | None
    """Template id; default from the award form and the issuer's style."""
    preprinted: bool
    """Print only the variable text, for pre-printed blanks (phôi)."""
    printer: str
    """A printer whose stored offsets for the template's paper size are applied."""
    force: bool
    """Draw texts that do not fit, clipped to their box."""
    allow_mismatch: bool
    """Use a template made for another award form or another kind of body (the CLI's
    ``--force``); refused otherwise."""
    prefer_windows_times: bool
    """Use Windows' Times New Roman when it is installed."""
    user_templates: Path | None
    """Folder of the user's templates (default: in the data folder)."""
    awards: Sequence[str] | None
    """The awards to draw, each by id, position in the list ("12") or recipient's name
    (default: all of the decision's, in list order)."""
    data_dir: Path | None
    """The user's data folder, where the issuer's emblem is (default: the real one)."""


@dataclass(slots=True)
class Prepared:
    """Certificates checked and fitted, ready to be drawn to a file or a printer."""

    decision: Decision
    chosen: list[Award]
    template: Template
    offsets: PrinterOffsets
    renderer: CertificateRenderer
    batch: Batch
    notes: list[str]
    mismatch: str


def prepare(
    db: Database,
    decision_key: str,
    *,
    template: str | None = None,
    preprinted: bool = False,
    printer: str = "",
    force: bool = False,
    allow_mismatch: bool = False,
    prefer_windows_times: bool = False,
    user_templates: Path | None = None,
    awards: Sequence[str] | None = None,
    data_dir: Path | None = None,
) -> Prepared:
    """Check and fit the certificates (the choices as ``CertificateChoices`` says).

    Raises:
        CertificateError, TemplateMismatch, CertificateProblems, NotFoundError,
        AmbiguousError: as ``issue_certificates``; nothing has been drawn then.
    """
    decision = DecisionStore(db).find(decision_key)
    chosen = chosen_awards(decision, awards)
    if not chosen:
        raise CertificateError(
            f"Quyết định {decision.number} chưa có người/tập thể được khen; "
            f"không có {form_label(decision)} nào để in"
        )
    tpl = template_for(template, decision, user_templates)
    mismatch = tpl.mismatch(decision.award_form, decision.issuer.style)
    if mismatch and not allow_mismatch:
        raise TemplateMismatch(
            f"Quyết định {decision.number} ({decision.award_form}, cơ quan "
            f"{'của Đảng' if decision.issuer.style == 'party' else 'nhà nước'}): {mismatch}. "
            "Hãy chọn mẫu phù hợp (hoặc in bất chấp: --force)"
        )
    offsets = offsets_for(db, printer, tpl)
    mode: Mode = "preprinted" if preprinted else "full"
    notes = [salutation_warning(decision.number, chosen)] if unsettled_salutations(chosen) else []
    notes.extend(tpl.warnings)  # e.g. a font file missing on this PC, replaced by Tinos
    serif = serif_family(prefer_windows_times)
    if prefer_windows_times and serif is None:
        notes.append("Không thấy phông Times New Roman của Windows; đã dùng Tinos (cùng cỡ chữ)")
    renderer = CertificateRenderer(
        tpl,
        mode=mode,
        offset_x_mm=offsets.offset_x_mm,
        offset_y_mm=offsets.offset_y_mm,
        serif=serif,
        emblem=emblem_file(decision.issuer.id, data_dir),
    )
    if mode == "full" and tpl.art.style in ("state", "merit") and renderer.emblem is None:
        notes.append(
            "Chưa có ảnh quốc huy của cơ quan: mẫu in không có quốc huy "
            "(chọn ảnh trong Cài đặt → Cơ quan ban hành)"
        )
    batch = renderer.prepare(decision, chosen)
    blocking = [p for p in batch.problems if p.kind == "glyph" or not force]
    if blocking:
        raise CertificateProblems(blocking, form_label(decision))
    return Prepared(decision, chosen, tpl, offsets, renderer, batch, notes, mismatch)


def offsets_for(db: Database, printer: str, template: Template) -> PrinterOffsets:
    """``printer``'s offsets for the template's paper size (none without a printer)."""
    paper = paper_of_template(template)
    return PrinterStore(db).get(printer, paper) if printer else PrinterOffsets("", paper=paper)


def serif_family(prefer_windows_times: bool) -> FontFamily | None:
    return windows_times_new_roman() if prefer_windows_times else None


def chosen_awards(decision: Decision, keys: Sequence[str] | None) -> list[Award]:
    """The awards named by ``keys`` (award id, position in the list, or recipient's name)."""
    if keys is None:
        return list(decision.awards)
    chosen: list[Award] = []
    for key in keys:
        found = _find_award(decision, key)
        if found not in chosen:
            chosen.append(found)
    return chosen


def _find_award(decision: Decision, key: str) -> Award:
    for award in decision.awards:
        if award.id == key:
            return award
    text = normalize(key)
    if text.isdigit() and 1 <= int(text) <= len(decision.awards):
        return decision.awards[int(text) - 1]
    matches = [a for a in decision.awards if same_name(a.name, text)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CertificateError(f"Quyết định {decision.number} không có người được khen “{text}”")
    places = ", ".join(str(decision.awards.index(a) + 1) for a in matches)
    raise CertificateError(
        f"Quyết định {decision.number} có {len(matches)} người tên “{text}” "
        f"(số thứ tự {places}); hãy chọn theo số thứ tự"
    )


def issues(
    db: Database,
    batch: Batch,
    template: Template,
    offsets: PrinterOffsets,
    now: dt.datetime | None,
) -> list[CertificateIssue]:
    """The issue log's lines of a batch, one per page in order (not stored)."""
    store = CertificateIssueStore(db)
    stamp = now or dt.datetime.now(dt.UTC)
    earlier = store.latest_for_awards(a.id for a in batch.awards)
    return [
        CertificateIssue(
            award_id=award.id,
            template=template.id,
            template_version=template.version,
            snapshot=batch.snapshot(index),
            issued_at=stamp,
            printer=offsets.name,
            offset_x_mm=offsets.offset_x_mm,
            offset_y_mm=offsets.offset_y_mm,
            reissue_of=earlier.get(award.id, ""),
        )
        for index, award in enumerate(batch.awards)
    ]
