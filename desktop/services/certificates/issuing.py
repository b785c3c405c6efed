"""Issuing certificates: a decision from the database to PDF files, logged in the issue log.

Everything is checked before anything is written: every text against its font and its box.
A problem names the recipient; ``force`` writes texts that do not fit anyway, clipped to their
box (a missing character is never forced). Files are written through a temporary file in the
same folder and moved into place, so a half-written PDF never exists under the final name.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Unpack

from sqlite_utils import Database

from desktop.documents.certificates.pdf import Batch, CertificateRenderer, Problem
from desktop.documents.certificates.template import Template
from desktop.domain.records import CertificateIssue, Decision
from desktop.domain.text import normalize
from desktop.services.certificates.prepared import (
    CertificateChoices,
    chosen_awards,
    offsets_for,
    prepare,
)
from desktop.services.certificates.prepared import issues as issue_lines
from desktop.services.certificates.templates import (
    CertificateError,
    form_label,
    template_for,
)
from desktop.services.emblems import emblem_file
from desktop.services.files import (
    OutputError,
    check_output,
    clean_leftovers,
    write_files,
)
from desktop.storage.certificate_issues import CertificateIssueStore, IssueLine
from desktop.storage.decisions import DecisionStore
from desktop.storage.printers import PrinterOffsets

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)
}
log = logging.getLogger(__name__)

MAX_FILE_STEM = 120
"""Keeps a full path well under Windows' 260 characters in an ordinary folder."""


@dataclass(slots=True)
class IssueResult:
    """What a batch wrote."""

    files: list[Path]
    pages: int
    template: str
    template_version: str
    issue_ids: list[str] = field(default_factory=list)
    clipped: list[Problem] = field(default_factory=list)
    """Texts that did not fit and were drawn clipped because the user forced it."""
    offsets: PrinterOffsets = field(default_factory=lambda: PrinterOffsets(""))
    notes: list[str] = field(default_factory=list)
    """Things the user should know (e.g. the preferred font was not found)."""
    form: str = "giấy khen"
    """The award form in lower case, for messages: "Đã ghi 9 giấy chứng nhận"."""
    pending: list[CertificateIssue] = field(default_factory=list)
    """With ``log_after``: the issue log lines, one per page in order, not yet stored: the
    window stores those of the pages the printer actually took (``log_issues``)."""


def preview_pdf(
    db: Database,
    decision_key: str,
    *,
    template: str | None = None,
    preprinted: bool = False,
    printer: str = "",
    awards: Sequence[str] | None = None,
    user_templates: Path | None = None,
    data_dir: Path | None = None,
) -> tuple[bytes, list[Problem]]:
    """The certificates as they would print, for the screen: nothing written, nothing logged.

    Texts that do not fit are drawn clipped and returned as problems, so the preview can show
    and list them; in pre-printed mode the template's background (the phôi scan) is shown.

    Raises:
        CertificateProblems: a character a font lacks (there is nothing sensible to show).
    """
    decision = DecisionStore(db).find(decision_key)
    chosen = chosen_awards(decision, awards)
    tpl = template_for(template, decision, user_templates)
    offsets = offsets_for(db, printer, tpl)
    renderer = CertificateRenderer(
        tpl,
        mode="preprinted" if preprinted else "full",
        offset_x_mm=offsets.offset_x_mm,
        offset_y_mm=offsets.offset_y_mm,
        preview=True,
        emblem=emblem_file(decision.issuer.id, data_dir),
    )
    batch = renderer.prepare(decision, chosen)
    return renderer.render_batch(batch, force=True), list(batch.problems)


def safe_file_name(name: str, taken: set[str] | None = None) -> str:
    """A file name (with .pdf) for a recipient: Vietnamese kept, what Windows forbids replaced.

    ``taken`` holds names already used in the folder (case-insensitively, as on Windows); a
    second "Nguyễn Văn An" becomes "Nguyễn Văn An (2).pdf". The chosen name is added to it.
    """
    stem = WINDOWS_FORBIDDEN.sub("_", unicodedata.normalize("NFC", normalize(name)))
    stem = stem.rstrip(". ")[:MAX_FILE_STEM].rstrip(". ") or "giay-khen"
    if stem.split(".")[0].upper() in WINDOWS_RESERVED:
        stem = f"_{stem}"
    taken = taken if taken is not None else set()
    candidate, number = stem, 1
    while f"{candidate}.pdf".casefold() in taken:
        number += 1
        candidate = f"{stem} ({number})"
    taken.add(f"{candidate}.pdf".casefold())
    return f"{candidate}.pdf"


def split_file_name(position: int, count: int, name: str, taken: set[str]) -> str:
    """The file of one recipient in a split batch: "07 - Nguyễn Văn An.pdf".

    ``position`` is the recipient's STT in the decision's list, zero-padded to the width of
    ``count`` so the files sort in list order; namesakes differ by their STT. ``taken`` holds
    the names already in the folder (case-folded): a reprint gets "07 - Nguyễn Văn An (2).pdf"
    and never overwrites an earlier file.
    """
    width = max(2, len(str(count)))
    return safe_file_name(f"{position:0{width}d} - {name}", taken)


def issue_certificates(
    db: Database,
    decision_key: str,
    output: str | Path | None = None,
    *,
    split_dir: str | Path | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    draft: bool = False,
    log_after: bool = False,
    **choices: Unpack[CertificateChoices],
) -> IssueResult:
    """Write the certificates of a decision and record each in the issue log.

    Args:
        db: the open database.
        decision_key: the decision's id or number ("15-QĐ/BTGTU").
        output: one PDF with a page per award, in list order.
        split_dir: also (or instead) one PDF per recipient in this folder.
        now: the time recorded in the issue log (default: now, UTC).
        progress: called with (pages done, pages in all) while drawing; an exception it raises
            (the user cancelled) stops the batch: no file is written and nothing is logged.
        draft: a draft to look at or check, not issued: the files are written, the issue log
            is not (printing and a final export are logged).
        log_after: printing: nothing logged now; ``pending`` is stored for the pages printed.
        choices: the template, the printer, the awards… (``CertificateChoices``).

    Raises:
        CertificateError: nothing to write to, or the template is unusable.
        TemplateMismatch: the template is for another award form or style (not allowed).
        CertificateProblems: texts that do not fit (unless forced) or characters a font lacks;
            nothing has been written then.
        NotFoundError, AmbiguousError: the decision is unknown, or the printer has no
            offsets for the template's paper size.
        OutputError: a file could not be written (e.g. open in a PDF viewer).
    """
    if output is None and split_dir is None:
        raise CertificateError("Hãy chọn tệp PDF để ghi (-o) hoặc thư mục để tách từng tệp")
    ready = prepare(db, decision_key, **choices)
    force = choices.get("force", False)
    decision, chosen, tpl, offsets = ready.decision, ready.chosen, ready.template, ready.offsets
    renderer, batch, notes, mismatch = ready.renderer, ready.batch, ready.notes, ready.mismatch
    problems = batch.problems
    folder = Path(split_dir) if split_dir is not None else None
    if output is not None:
        check_output(output, (".pdf",))
        clean_leftovers(Path(output).parent)
    if folder is not None:
        if folder.exists() and not folder.is_dir():
            raise CertificateError(f"{folder} không phải là thư mục")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"Không tạo được thư mục {folder}: {exc.strerror or exc}") from None
        clean_leftovers(folder)
    total = len(chosen) * ((folder is not None) + (output is not None))

    def pages_done(before: int) -> Callable[[int, int], None]:
        def report(done: int, _pages: int) -> None:
            if progress is not None:
                progress(before + done, total)

        return report

    # Everything is drawn before anything is written, so a cancel or an error while drawing
    # leaves no file behind. The files are then written all or nothing (files.write_files):
    # a failure, logging included, leaves every earlier file as it was and logs nothing.
    pending: list[tuple[Path, bytes]] = []
    if output is not None:
        data = renderer.render_batch(batch, force=force, on_page=pages_done(0))
        pending.append((Path(output), data))
    if folder is not None:
        try:
            taken = {name.casefold() for name in os.listdir(folder)}
        except OSError as exc:
            raise OutputError(f"Không đọc được thư mục {folder}: {exc.strerror or exc}") from None
        positions = {award.id: i + 1 for i, award in enumerate(decision.awards)}
        for index, award in enumerate(chosen):
            done_before = len(chosen) * (output is not None) + index
            data = renderer.render_batch(
                batch.only(index), force=force, on_page=pages_done(done_before)
            )
            name = split_file_name(
                positions.get(award.id, index + 1), len(decision.awards), award.name, taken
            )
            pending.append((folder / name, data))
    issue_ids: list[str] = []

    def record() -> None:
        issue_ids.extend(_log(db, batch, tpl, offsets, now))

    files = write_files(pending, then=None if draft or log_after else record)
    return IssueResult(
        files=files,
        pages=len(chosen),
        template=tpl.id,
        template_version=tpl.version,
        issue_ids=issue_ids,
        clipped=[p for p in problems if p.kind == "overflow"],
        offsets=offsets,
        notes=notes + ([f"In với mẫu không phù hợp — {mismatch}"] if mismatch else []),
        form=form_label(decision),
        pending=[] if draft or not log_after else issue_lines(db, batch, tpl, offsets, now),
    )


def log_issues(db: Database, issues: Sequence[CertificateIssue]) -> list[str]:
    """Store issue log lines made earlier (``log_after``): those of the pages printed."""
    return CertificateIssueStore(db).add_all(issues) if issues else []


def _log(
    db: Database,
    batch: Batch,
    template: Template,
    offsets: PrinterOffsets,
    now: dt.datetime | None,
) -> list[str]:
    return CertificateIssueStore(db).add_all(issue_lines(db, batch, template, offsets, now))


def issued(db: Database, decision_key: str) -> tuple[Decision, list[IssueLine]]:
    """The decision and every certificate issued for it, in list order then time."""
    decision = DecisionStore(db).find(decision_key)
    return decision, CertificateIssueStore(db).for_decision(decision.id)
