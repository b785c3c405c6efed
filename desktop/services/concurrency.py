"""Saving a record that someone else may have saved meanwhile (a second window, the CLI).

A record carries the version it was read at. ``save_merged`` checks it in the write
transaction (``BEGIN IMMEDIATE``: nobody writes between the check and the write); when the
record on disk is newer it merges the edits made here into it (``domain.merge``), or raises
``ConflictError`` naming the record and the field. Nothing is ever overwritten unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlite_utils import Database

from desktop.domain.merge import MergeConflict, Prefer, merge
from desktop.storage import database
from desktop.storage.errors import StaleRecordError, StorageError

R = TypeVar("R")

__all__ = [
    "ConflictError",
    "Prefer",
    "changed_elsewhere",
    "is_read_only",
    "refuse_writes",
    "save_merged",
]

FIELD_LABELS = {
    # decisions
    "number": "số, ký hiệu",
    "date": "ngày",
    "issuer": "cơ quan ban hành",
    "signer": "người ký",
    "award_form": "hình thức khen thưởng",
    "reason": "lý do khen thưởng",
    "awards": "danh sách khen thưởng",
    "articles": "các điều của quyết định",
    "distribution": "nơi nhận",
    "meeting_id": "hội nghị",
    "reward": "tiền thưởng",
    # awards
    "kind": "loại (tập thể/cá nhân)",
    "name": "tên",
    "title": "chức vụ",
    "unit": "đơn vị",
    "register_number": "số vào sổ",
    "salutation": "danh xưng",
    "recipient_id": "người nhận trong danh bạ",
    # meetings
    "organiser": "cơ quan tổ chức",
    "starts_at": "thời gian bắt đầu",
    "ends_at": "thời gian kết thúc",
    "location": "địa điểm",
    "chairs": "chủ trì",
    "secretary": "thư ký",
    "attendees": "thành phần tham dự",
    "agenda": "nội dung",
    "conclusions": "kết luận",
    "actions": "việc cần làm",
    "status": "trạng thái",
    "organisation": "cơ quan",
    "role": "vai trò",
    "present": "có mặt",
    "presenter": "người trình bày",
    "notes": "diễn biến",
    "conclusion": "kết luận",
    "task": "việc",
    "owner": "người thực hiện",
    "due": "hạn",
    "done": "đã xong",
    # organisations
    "parent": "cơ quan cấp trên",
    "place": "địa danh",
    "style": "thể thức",
    "abbreviation": "chữ viết tắt",
    "default_signer": "người ký mặc định",
    "legal_bases": "các căn cứ",
}


class ConflictError(StorageError):
    """The record was changed elsewhere in a way that collides with the edits made here.

    ``label`` names the record ("Quyết định 15-QĐ/BTGTU"), ``field`` the field (English
    attribute name), ``item`` the recipient/attendee concerned (may be empty). Nothing was saved.
    """

    def __init__(self, label: str, conflict: MergeConflict) -> None:
        field = FIELD_LABELS.get(conflict.field, conflict.field)
        if conflict.list_name and conflict.field:
            what = f"“{field}” của “{conflict.item}” trong {FIELD_LABELS[conflict.list_name]}"
        elif conflict.list_name:
            what = (
                f"“{conflict.item}” trong {FIELD_LABELS.get(conflict.list_name, '')} "
                "(một bên sửa, một bên bỏ)"
            )
        else:
            what = f"“{field}”"
        super().__init__(
            f"{label} vừa được sửa ở nơi khác (cửa sổ khác hoặc lệnh vinhdanh): {what} đã bị "
            "sửa khác với bản của bạn. Chưa ghi gì; hãy chọn giữ bản của bạn hoặc lấy bản kia."
        )
        self.label = label
        self.field = conflict.field
        self.item = conflict.item
        self.list_name = conflict.list_name


def save_merged(
    db: Database,
    mine: R,
    base: R | None,
    *,
    get: Callable[[], R],
    save: Callable[[R], Any],
    label: Callable[[R], str],
    prefer: Prefer = "",
) -> R:
    """Save ``mine`` (read as ``base``); merged into the record on disk when that is newer.

    Returns the record as stored. ``prefer`` decides fields changed differently on both sides
    ("mine" or "theirs"); without it such a field raises.

    Raises:
        ConflictError: the same field was changed differently here and elsewhere.
        StaleRecordError: the record on disk is newer and ``base`` is unknown.
    """
    with db.atomic():  # BEGIN IMMEDIATE: the check and the write are one
        stored = get()
        version: int = getattr(mine, "version", 0)
        if version and stored.version != version:  # type: ignore[attr-defined]
            if base is None:  # what was edited here is unknown: nothing to merge
                raise StaleRecordError(label(stored), version, stored.version)  # type: ignore[attr-defined]
            try:
                mine = merge(base, mine, stored, prefer)
            except MergeConflict as exc:
                raise ConflictError(label(stored), exc) from exc
        save(mine)
        return get()


def changed_elsewhere(db: Database) -> int:
    """A number that changes whenever another window or the CLI commits (poll it)."""
    return database.data_version(db)


def refuse_writes(db: Database) -> None:
    """Make ``db`` read-only (the window opened "view only"): every write fails."""
    database.refuse_writes(db)


def is_read_only(db: Database) -> bool:
    """True when ``db`` refuses writes."""
    return database.is_read_only(db)
