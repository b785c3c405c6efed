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

from sqlite_utils import Database

from desktop.documents.certificates.pdf import (
    Batch,
    CertificateProblems,
    CertificateRenderer,
    Problem,
)
from desktop.documents.certificates.template import Mode, Template, TemplateError
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
from desktop.services.files import (
    OutputError,
    check_output,
    clean_leftovers,
    write_files,
)
from desktop.storage.certificate_issues import CertificateIssueStore, IssueLine
from desktop.storage.decisions import DecisionStore
from desktop.storage.printers import PrinterOffsets, PrinterStore

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
    chosen = _chosen_awards(decision, awards)
    try:
        tpl = template_for(template, decision, user_templates)
    except TemplateError as exc:
        raise CertificateError(str(exc)) from None
    offsets = _offsets_for(db, printer, tpl)
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


def _offsets_for(db: Database, printer: str, template: Template) -> PrinterOffsets:
    """``printer``'s offsets for the template's paper size (none without a printer)."""
    paper = paper_of_template(template)
    return PrinterStore(db).get(printer, paper) if printer else PrinterOffsets("", paper=paper)


def _serif(prefer_windows_times: bool) -> FontFamily | None:
    return windows_times_new_roman() if prefer_windows_times else None


def issue_certificates(
    db: Database,
    decision_key: str,
    output: str | Path | None = None,
    *,
    template: str | None = None,
    preprinted: bool = False,
    printer: str = "",
    split_dir: str | Path | None = None,
    force: bool = False,
    allow_mismatch: bool = False,
    prefer_windows_times: bool = False,
    user_templates: Path | None = None,
    awards: Sequence[str] | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    draft: bool = False,
    data_dir: Path | None = None,
    log_after: bool = False,
) -> IssueResult:
    """Write the certificates of a decision and record each in the issue log.

    Args:
        db: the open database.
        decision_key: the decision's id or number ("15-QĐ/BTGTU").
        output: one PDF with a page per award, in list order.
        template: template id; default from the award form and the issuer's style.
        preprinted: print only the variable text, for pre-printed blanks (phôi).
        printer: a printer whose stored offsets for the template's paper size are applied.
        split_dir: also (or instead) one PDF per recipient in this folder.
        force: write texts that do not fit, clipped to their box.
        allow_mismatch: print with a template made for another award form or another kind of
            body (the CLI's ``--force``); refused otherwise.
        prefer_windows_times: use Windows' Times New Roman when it is installed.
        user_templates: folder of the user's templates (default: in the data folder).
        awards: the awards to print, each by id, position in the list ("12") or
            recipient's name (default: all of the decision's, in list order).
        now: the time recorded in the issue log (default: now, UTC).
        progress: called with (pages done, pages in all) while drawing; an exception it raises
            (the user cancelled) stops the batch: no file is written and nothing is logged.
        draft: a draft to look at or check, not issued: the files are written, the issue log
            is not (printing and a final export are logged).
        data_dir: the user's data folder, where the issuer's emblem is (default: the real one).
        log_after: printing: nothing logged now; ``pending`` is stored for the pages printed.

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
    decision = DecisionStore(db).find(decision_key)
    chosen = _chosen_awards(decision, awards)
    if not chosen:
        raise CertificateError(
            f"Quyết định {decision.number} chưa có người/tập thể được khen; "
            f"không có {form_label(decision)} nào để in"
        )
    try:
        tpl = template_for(template, decision, user_templates)
    except TemplateError as exc:
        raise CertificateError(str(exc)) from None
    mismatch = tpl.mismatch(decision.award_form, decision.issuer.style)
    if mismatch and not allow_mismatch:
        raise TemplateMismatch(
            f"Quyết định {decision.number} ({decision.award_form}, cơ quan "
            f"{'của Đảng' if decision.issuer.style == 'party' else 'nhà nước'}): {mismatch}. "
            "Hãy chọn mẫu phù hợp (hoặc in bất chấp: --force)"
        )
    offsets = _offsets_for(db, printer, tpl)
    mode: Mode = "preprinted" if preprinted else "full"
    notes = [salutation_warning(decision.number, chosen)] if unsettled_salutations(chosen) else []
    notes.extend(tpl.warnings)  # e.g. a font file missing on this PC, replaced by Tinos
    serif = _serif(prefer_windows_times)
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
    problems = batch.problems
    blocking = [p for p in problems if p.kind == "glyph" or not force]
    if blocking:
        raise CertificateProblems(blocking, form_label(decision))
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
        pending=[] if draft or not log_after else _issues(db, batch, tpl, offsets, now),
    )


def log_issues(db: Database, issues: Sequence[CertificateIssue]) -> list[str]:
    """Store issue log lines made earlier (``log_after``): those of the pages printed."""
    return CertificateIssueStore(db).add_all(issues) if issues else []


def _chosen_awards(decision: Decision, keys: Sequence[str] | None) -> list[Award]:
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


def _log(
    db: Database,
    batch: Batch,
    template: Template,
    offsets: PrinterOffsets,
    now: dt.datetime | None,
) -> list[str]:
    return CertificateIssueStore(db).add_all(_issues(db, batch, template, offsets, now))


def _issues(
    db: Database,
    batch: Batch,
    template: Template,
    offsets: PrinterOffsets,
    now: dt.datetime | None,
) -> list[CertificateIssue]:
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


def issued(db: Database, decision_key: str) -> tuple[Decision, list[IssueLine]]:
    """The decision and every certificate issued for it, in list order then time."""
    decision = DecisionStore(db).find(decision_key)
    return decision, CertificateIssueStore(db).for_decision(decision.id)
