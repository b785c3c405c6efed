"""Official documents to files: minutes, the commendation list and the decision draft.

Each use case finds the record in the database, renders it in its organisation's style
(PDF, DOCX, or XLSX for the list, chosen by the file's extension) and writes it atomically:
a temporary file in the same folder, then a rename, so a half-written file never exists under
the final name and a file open in Word or a PDF viewer gives a clear message naming it.

A style can be overridden without code: a ``state.json`` or ``party.json`` in ``style_dir``
(the same keys as resources/styles/) replaces the bundled definition.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from desktop import paths
from desktop.documents.official.award_list import (
    SORT_ORDERS,
    SortOrder,
    award_list_docx,
    award_list_pdf,
)
from desktop.documents.official.award_list_xlsx import award_list_xlsx
from desktop.documents.official.decision import RewardMoney, decision_docx, decision_pdf
from desktop.documents.official.minutes import minutes_docx, minutes_pdf
from desktop.documents.style import DocumentStyle, load_style, style_for
from desktop.domain.clean import clean
from desktop.domain.errors import InvalidInput
from desktop.domain.meetings import named_attendees
from desktop.domain.records import Decision, Meeting
from desktop.services.files import write_atomically
from desktop.storage.decisions import DecisionStore
from desktop.storage.meetings import MeetingStore

__all__ = [
    "SORT_ORDERS",
    "DocumentFormatError",
    "RewardMoney",
    "WrittenDocument",
    "award_list_bytes",
    "decision_bytes",
    "minutes_bytes",
    "resolve_style",
    "reward_money",
    "stored_reward",
    "write_award_list",
    "write_decision",
    "write_minutes",
]

MINUTES_FORMATS = (".pdf", ".docx")
AWARD_LIST_FORMATS = (".pdf", ".xlsx", ".docx")
DECISION_FORMATS = (".pdf", ".docx")


class DocumentFormatError(InvalidInput):
    """The output file's extension is not one this document can be written as."""


@dataclass(frozen=True, slots=True)
class WrittenDocument:
    """What was written: the file, its format and the record's human name."""

    path: Path
    format: str
    """"pdf", "docx" or "xlsx"."""
    record: str
    """"Quyết định 15-QĐ/BTGTU", "Biên bản Hội nghị …"."""


def _suffix(path: str | Path, allowed: tuple[str, ...], what: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        names = ", ".join(allowed)
        raise DocumentFormatError(
            f"Không ghi được {what} ra tệp {Path(path).name}: chọn tệp có đuôi {names}"
        )
    return suffix


def resolve_style(name: str, style_dir: Path | None = None) -> DocumentStyle:
    """The style ``name``: the user's own definition in ``style_dir`` if there is one.

    ``style_dir`` defaults to the user's styles folder (``paths.user_styles_dir()``), where a
    copy of resources/styles/state.json or party.json with changed values takes effect.
    """
    folder = paths.user_styles_dir() if style_dir is None else Path(style_dir)
    custom = folder / f"{name}.json"
    if custom.is_file():
        return load_style(name, custom)
    return style_for(name)


def minutes_bytes(
    meeting: Meeting,
    suffix: str,
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The minutes of ``meeting`` as ".pdf" or ".docx" bytes (``created``: the files'
    creation time; None writes a fixed one, for previews and tests)."""
    suffix = _suffix(f"x{suffix}", MINUTES_FORMATS, "biên bản")
    render = minutes_pdf if suffix == ".pdf" else minutes_docx
    # A row without a name is kept in the meeting, never printed (nor counted) as ", Chuyên
    # viên": the editor marks it and says so.
    meeting = replace(meeting, attendees=named_attendees(meeting.attendees))
    return render(meeting, style, created)


def decision_bytes(
    decision: Decision,
    suffix: str,
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
    reward: RewardMoney | None = None,
) -> bytes:
    """The decision draft as ".pdf" or ".docx" bytes (``reward``: the optional article on the
    money that goes with the award)."""
    suffix = _suffix(f"x{suffix}", DECISION_FORMATS, "quyết định")
    render = decision_pdf if suffix == ".pdf" else decision_docx
    return render(decision, style, created, reward)


def award_list_bytes(
    decision: Decision,
    suffix: str,
    sort: SortOrder = "list",
    style: DocumentStyle | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The commendation list as ".pdf", ".xlsx" or ".docx" bytes."""
    suffix = _suffix(f"x{suffix}", AWARD_LIST_FORMATS, "danh sách")
    if suffix == ".xlsx":
        return award_list_xlsx(decision, sort, style, created)
    render = award_list_pdf if suffix == ".pdf" else award_list_docx
    return render(decision, sort, style, created)


def reward_money(
    person: str | None,
    collective: str | None,
    fund: str | None = "",
    stored: RewardMoney | None = None,
) -> RewardMoney | None:
    """The money article's data from what a user typed ("300.000", "300000", "1,5 triệu" is
    not accepted); None when neither amount is given.

    ``stored``: the reward stored with the decision; what is typed overrides it, what is not
    (None) is kept from it.

    Raises:
        ValueError: an amount that is not a whole number of đồng (the message names it).
    """

    def amount(text: str | None, who: str) -> Decimal | None:
        if text is None or not text.strip():
            return None
        digits = text.strip().replace(".", "").replace(" ", "").removesuffix("đ")
        if not digits.isdigit():
            raise InvalidInput(
                f"Tiền thưởng mỗi {who} “{text}” không phải số tiền (viết 300000 hoặc 300.000)"
            )
        return Decimal(digits)

    stored = stored or RewardMoney()
    person_amount = amount(person, "cá nhân") if person is not None else stored.person
    collective_amount = (
        amount(collective, "tập thể") if collective is not None else stored.collective
    )
    if person_amount is None and collective_amount is None:
        return None
    # Typed on the command line or in a form: cleaned here, where it enters (domain.clean).
    return clean(
        RewardMoney(person_amount, collective_amount, stored.fund if fund is None else fund)
    )


def stored_reward(db: Database, decision_key: str) -> RewardMoney | None:
    """The reward money stored with the decision named by ``decision_key`` (id or number).

    Raises:
        NotFoundError, AmbiguousError: no such decision, or several.
    """
    return DecisionStore(db).find(decision_key).reward


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now().astimezone()


def write_minutes(
    db: Database,
    meeting_key: str,
    path: str | Path,
    *,
    style_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> WrittenDocument:
    """Write the minutes of the meeting named by ``meeting_key`` (id, title or date).

    Raises:
        NotFoundError, AmbiguousError: no such meeting, or several.
        DocumentFormatError: the extension is not .pdf or .docx.
        OutputError: the file cannot be written (the message names it).
    """
    suffix = _suffix(path, MINUTES_FORMATS, "biên bản")
    meeting = MeetingStore(db).find(meeting_key)
    style = resolve_style(meeting.organiser.style, style_dir)
    written = write_atomically(path, minutes_bytes(meeting, suffix, style, _now(now)))
    return WrittenDocument(written, suffix[1:], f"Biên bản {meeting.title}")


def write_decision(
    db: Database,
    decision_key: str,
    path: str | Path,
    *,
    style_dir: Path | None = None,
    now: dt.datetime | None = None,
    reward: RewardMoney | None = None,
) -> WrittenDocument:
    """Write the draft of the decision named by ``decision_key`` (id or number).

    ``reward`` adds the article on the money after Điều 1 (amounts as the office gives them).

    Raises:
        NotFoundError, AmbiguousError: no such decision, or several.
        DocumentFormatError: the extension is not .pdf or .docx.
        OutputError: the file cannot be written (the message names it).
    """
    suffix = _suffix(path, DECISION_FORMATS, "quyết định")
    decision = DecisionStore(db).find(decision_key)
    style = resolve_style(decision.issuer.style, style_dir)
    written = write_atomically(path, decision_bytes(decision, suffix, style, _now(now), reward))
    return WrittenDocument(written, suffix[1:], f"Quyết định {decision.number}")


def write_award_list(
    db: Database,
    decision_key: str,
    path: str | Path,
    *,
    sort: SortOrder = "list",
    style_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> WrittenDocument:
    """Write the list attached to the decision named by ``decision_key``.

    ``sort`` is "list" (the decision's order) or "ten" (by given name).

    Raises:
        NotFoundError, AmbiguousError: no such decision, or several.
        DocumentFormatError: the extension is not .pdf, .xlsx or .docx.
        ValueError: an unknown sort order, or the decision has no recipients.
        OutputError: the file cannot be written (the message names it).
    """
    suffix = _suffix(path, AWARD_LIST_FORMATS, "danh sách")
    if sort not in SORT_ORDERS:
        raise InvalidInput(f"Cách sắp xếp không hợp lệ: {sort} (chọn: {', '.join(SORT_ORDERS)})")
    decision = DecisionStore(db).find(decision_key)
    if not decision.awards:
        raise InvalidInput(
            f"Quyết định {decision.number} chưa có người/tập thể được khen; danh sách kèm theo "
            "sẽ trống"
        )
    style = resolve_style(decision.issuer.style, style_dir)
    written = write_atomically(path, award_list_bytes(decision, suffix, sort, style, _now(now)))
    return WrittenDocument(written, suffix[1:], f"Danh sách kèm theo Quyết định {decision.number}")
