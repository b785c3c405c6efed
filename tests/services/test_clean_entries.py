"""Normalisation once, at every entry: whatever text comes in dirty (NFD, no-break spaces,
zero-width characters, bidirectional overrides, Windows line breaks) is stored clean, by the
saves of the editors, package loads, list imports and pastes.

Every ``str`` field of the record (found by introspection, so a new field is dirtied too) is
soiled; what the database gives back must equal the clean original, text for text.
"""

from __future__ import annotations

import dataclasses
import typing
import unicodedata
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from desktop.domain.clean import is_multiline
from desktop.domain.records import Decision, Meeting
from desktop.exchange.meeting_package import MeetingPackage
from desktop.services import decisions, meetings, organisations
from desktop.services.packages import store_package
from desktop.services.recipients import import_recipients
from desktop.storage.decisions import DecisionStore
from desktop.storage.meetings import MeetingStore
from tests.domain.test_clean import problems

T = TypeVar("T")


def _soiled_text(text: str, multiline: bool) -> str:
    if not text:
        return text
    dirty = unicodedata.normalize("NFD", text).replace(" ", " \u00a0\u200b\t", 1)
    if multiline:
        return f"\u202e{dirty.replace(chr(10), chr(13) + chr(10))}\r\n\r\n\r\n \u2028"
    return f" \ufeff{dirty}\u00ad \u00a0"


def soiled(record: T) -> T:
    """A copy of ``record`` with every text field made dirty (ids and choice fields kept)."""
    hints = typing.get_type_hints(type(record))
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if f.name == "id" or f.name.endswith("_id"):
            continue
        if hints[f.name] is str:
            changes[f.name] = _soiled_text(value, is_multiline(f))
        elif isinstance(value, list):
            changes[f.name] = [
                _soiled_text(v, False) if isinstance(v, str) else soiled(v) for v in value
            ]
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes[f.name] = soiled(value)
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def _texts(record: Any) -> list[tuple[str, str]]:
    """Every (field path, text) of ``record`` but ids, for comparing two records."""
    found: list[tuple[str, str]] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, str):
            found.append((where, value))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                if f.name != "id" and not f.name.endswith("_id"):
                    walk(getattr(value, f.name), f"{where}.{f.name}")

    walk(record, "")
    return found


def test_a_soiled_record_is_really_dirty(sample_decision: Decision) -> None:
    dirty = soiled(sample_decision)
    assert len(problems(dirty, "decision")) > 50
    assert dirty.awards[0].name != sample_decision.awards[0].name


def test_saving_a_decision_stores_every_text_clean(sample_db: Database) -> None:
    stored = DecisionStore(sample_db).find("15-QĐ/BTGTU")
    saved = decisions.save_decision(sample_db, soiled(stored))
    again = DecisionStore(sample_db).get(stored.id)
    assert problems(again, "decision") == []
    assert _texts(again) == _texts(stored)
    assert _texts(saved) == _texts(stored)


def test_saving_a_meeting_stores_every_text_clean(sample_db: Database) -> None:
    [row] = MeetingStore(sample_db).all()
    stored = MeetingStore(sample_db).get(row["id"])
    stored.agenda[0].notes = "Dòng một.\nDòng hai.\n\nĐoạn mới."
    stored = meetings.save_meeting(sample_db, stored)
    meetings.save_meeting(sample_db, soiled(stored))
    again = MeetingStore(sample_db).get(stored.id)
    assert problems(again, "meeting") == []
    assert _texts(again) == _texts(stored)
    assert again.agenda[0].notes == "Dòng một.\nDòng hai.\n\nĐoạn mới."


def test_saving_an_organisation_stores_every_text_clean(sample_db: Database) -> None:
    [body] = organisations.organisations(sample_db)
    body.legal_bases = [*body.legal_bases, " \u200b "]  # a line left empty goes
    organisations.save_organisation(sample_db, soiled(body))
    [again] = organisations.organisations(sample_db)
    assert problems(again, "organisation") == []
    assert again.legal_bases == body.legal_bases[:-1]
    assert _texts(again.default_signer) == _texts(body.default_signer)
    assert again.name == body.name == "Ban Tuyên giáo"


def test_a_package_is_stored_clean(db: Database, sample_package: MeetingPackage) -> None:
    dirty = MeetingPackage(
        meeting=soiled(sample_package.meeting),
        decisions=[soiled(d) for d in sample_package.decisions],
    )
    result = store_package(db, dirty)
    meeting: Meeting = MeetingStore(db).get(result.meeting_id)
    assert problems(meeting, "meeting") == []
    assert meeting.title == sample_package.meeting.title
    for decision_id, original in zip(result.decision_ids, sample_package.decisions, strict=True):
        stored = DecisionStore(db).get(decision_id)
        assert problems(stored, "decision") == []
        assert [a.name for a in stored.awards] == [a.name for a in original.awards]


def test_an_imported_list_is_stored_clean(sample_db: Database, tmp_path: Path) -> None:
    rows = [
        "Họ và tên,Chức vụ,Đơn vị,Loại",
        '"\u00a0Nguye\u0302\u0303n\u00a0Văn\u200b An ",'
        'Chuye\u0302n viên\u2003,"Văn  phòng\u202e",Cá nhân',
        '"Phòng\u00a0Tổ chức",Trưởng phòng,Sở Nội vụ,Tập thể',
    ]
    path = tmp_path / "danh-sach.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    import_recipients(sample_db, path, "15-QĐ/BTGTU", replace=True)
    stored = DecisionStore(sample_db).find("15-QĐ/BTGTU")
    assert problems(stored, "decision") == []
    person, collective = stored.awards
    assert (person.name, person.title, person.unit) == ("Nguyễn Văn An", "Chuyên viên", "Văn phòng")
    # A collective keeps neither the title nor the unit the list gave it.
    assert (collective.name, collective.title, collective.unit) == ("Phòng Tổ chức", "", "")


def test_pasted_cells_come_out_clean() -> None:
    awards = decisions.awards_from_table_text(
        "Nguye\u0302\u0303n Thi\u0323\u00a0Mai\tChuyên  viên\tVăn phòng\u200b Sở\r\n"
    )
    assert [(a.name, a.title, a.unit) for a in awards] == [
        ("Nguyễn Thị Mai", "Chuyên viên", "Văn phòng Sở")
    ]
    assert problems(awards, "awards") == []
