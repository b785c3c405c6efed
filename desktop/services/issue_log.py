"""The issue log as the office reads it (sổ cấp giấy khen): search it, print a page again.

Every certificate written for real (printed, or exported as final) is logged with its texts as
printed (``storage.certificate_issues``). This is the screen's side: the newest entries, a
search that ignores case and diacritics (name, unit, decision number, form, printer), and a
reprint that goes through ``certificates.issue_certificates`` so the new page is logged as a
reissue of the old one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.text import fold
from desktop.services.certificates import IssueResult, issue_certificates
from desktop.storage.certificate_issues import CertificateIssueStore, LogEntry

__all__ = ["LOG_LIMIT", "LogEntry", "entries", "matches", "reprint"]

LOG_LIMIT = 20_000
"""Entries read for the screen (newest first); a search narrows within them."""


def matches(entry: LogEntry, text: str) -> bool:
    """True when every word of ``text`` (folded) is in the entry's name, title, unit, decision
    number, form, template or printer."""
    words = fold(text).split()
    if not words:
        return True
    haystack = fold(
        " ".join(
            (
                entry.recipient,
                entry.title,
                entry.unit,
                entry.decision_number,
                entry.award_form,
                entry.template,
                entry.printer,
            )
        )
    )
    return all(word in haystack for word in words)


def entries(db: Database, text: str = "", limit: int = LOG_LIMIT) -> list[LogEntry]:
    """The newest issues (at most ``limit``), those matching ``text`` when given."""
    found = CertificateIssueStore(db).log(limit)
    return [entry for entry in found if matches(entry, text)] if text.strip() else found


def reprint(
    db: Database,
    chosen: Sequence[LogEntry],
    output: Path,
    *,
    preprinted: bool = False,
    printer: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> list[IssueResult]:
    """Write the certificates of ``chosen`` again into ``output`` (one PDF per decision when
    they come from several: ``<name> - <number>.pdf`` beside it), logged as reissues.

    Raises:
        CertificateError, CertificateProblems, OutputError: as ``issue_certificates``.
    """
    by_decision: dict[str, list[str]] = {}
    numbers: dict[str, str] = {}
    templates: dict[str, str] = {}
    for entry in chosen:
        templates.setdefault(entry.decision_id, entry.template)
        awards = by_decision.setdefault(entry.decision_id, [])
        if entry.award_id not in awards:
            awards.append(entry.award_id)
        numbers[entry.decision_id] = entry.decision_number
    results = []
    for decision_id, awards in by_decision.items():
        target = output
        if len(by_decision) > 1:
            safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in numbers[decision_id])
            target = output.with_name(f"{output.stem} - {safe}{output.suffix}")
        results.append(
            issue_certificates(
                db,
                decision_id,
                target,
                awards=awards,
                template=templates[decision_id] or None,  # as first issued
                preprinted=preprinted,
                printer=printer,
                force=True,
                allow_mismatch=True,
                progress=progress,
            )
        )
    return results
