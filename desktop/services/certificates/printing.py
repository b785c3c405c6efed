"""Certificates for a printer: text as text, the art once (``documents.certificates.vector``).

The window prints certificates from a ``PrintJob``: the same checks, template, printer offsets
and fitting as the PDF export (``prepared.prepare``), but instead of PDF pages to rasterise, the
placed texts of every page and the template's art as one page to draw under each. Nothing is
logged here: ``pending`` holds the issue log's line of each page, in order, and the window
stores those of the pages the printer took (``issuing.log_issues``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Unpack

from sqlite_utils import Database

from desktop.documents.certificates.batch import PrintLayout, PrintPage, Rule, TextRun
from desktop.documents.certificates.pdf import Problem
from desktop.documents.certificates.vector import print_layout
from desktop.domain.records import CertificateIssue
from desktop.services.certificates.prepared import CertificateChoices, issues, prepare
from desktop.services.certificates.templates import form_label

__all__ = ["PrintJob", "PrintLayout", "PrintPage", "Rule", "TextRun", "print_job"]


@dataclass(slots=True)
class PrintJob:
    """Certificates ready for a printer, one ``layout`` page per award in order."""

    layout: PrintLayout
    pending: list[CertificateIssue] = field(default_factory=list)
    """The issue log's line of each page (none for a draft), to store for the pages sent."""
    clipped: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    form: str = "giấy khen"


def print_job(
    db: Database,
    decision_key: str,
    *,
    now: dt.datetime | None = None,
    draft: bool = False,
    **choices: Unpack[CertificateChoices],
) -> PrintJob:
    """The certificates of a decision laid out for a printer (arguments as
    ``issue_certificates``; ``draft``: nothing to log). Nothing is written or logged.

    Raises:
        CertificateError, TemplateMismatch, CertificateProblems, NotFoundError,
        AmbiguousError: as ``issue_certificates``.
    """
    ready = prepare(db, decision_key, **choices)
    layout = print_layout(ready.renderer, ready.batch, force=choices.get("force", False))
    mismatch = [f"In với mẫu không phù hợp — {ready.mismatch}"] if ready.mismatch else []
    return PrintJob(
        layout=layout,
        pending=[] if draft else issues(db, ready.batch, ready.template, ready.offsets, now),
        clipped=[p for p in ready.batch.problems if p.kind == "overflow"],
        notes=ready.notes + mismatch,
        form=form_label(ready.decision),
    )
