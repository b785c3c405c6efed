"""Two writers on one database file: a window and the CLI, or two windows.

Each test opens two connections to the same file, as two processes would, and checks what a
user would: the recipients the other side added are still there, the fields changed on each
side both arrive, and a real collision is refused with a message naming the record and field.
"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.domain.records import Award, Decision, new_id
from desktop.services import concurrency, decisions, library, meetings, organisations
from desktop.services.concurrency import ConflictError
from desktop.services.recipients import import_recipients
from desktop.storage.decisions import DecisionStore
from desktop.storage.errors import StaleRecordError

NUMBER = "15-QĐ/BTGTU"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db, _ = library.create_demo(tmp_path / "v.db")
    db.close()
    return tmp_path / "v.db"


@pytest.fixture
def window(path: Path) -> Iterator[Database]:
    db = library.open_library(path)
    yield db
    db.close()


@pytest.fixture
def cli(path: Path) -> Iterator[Database]:
    db = library.open_library(path)
    yield db
    db.close()


def _open(db: Database) -> Decision:
    return DecisionStore(db).find(NUMBER)


def _first_person(decision: Decision) -> int:
    return next(i for i, a in enumerate(decision.awards) if not a.is_collective)


def _cli_adds(db: Database, *names: str) -> None:
    """What `vinhdanh import-recipients` does: read, append, save on its own connection."""
    store = DecisionStore(db)
    decision = store.find(NUMBER)
    decision.awards += [Award(kind="person", name=n, unit="Phòng Tổng hợp") for n in names]
    store.save(decision)


def test_the_reproduction_recipients_added_by_the_cli_survive_the_autosave(
    window: Database, cli: Database
) -> None:
    base = _open(window)
    mine = copy.deepcopy(base)
    _cli_adds(cli, "Lê Văn Cường", "Hoàng Thị Dung")
    mine.reason = "Đã có thành tích xuất sắc trong công tác tuyên giáo năm 2024"
    person = _first_person(mine)  # a collective has no title (domain.awards)
    mine.awards[person].title = "Trưởng phòng"

    stored = decisions.save_decision(window, mine, base)

    names = [a.name for a in _open(cli).awards]
    assert names[-2:] == ["Lê Văn Cường", "Hoàng Thị Dung"]
    assert len(names) == 28
    assert _open(cli).reason == mine.reason
    assert _open(cli).awards[person].title == "Trưởng phòng"
    assert stored.version == base.version + 2  # the CLI's save, then the window's


def test_recipients_added_on_both_sides_and_removed_on_one_are_merged_by_id(
    window: Database, cli: Database
) -> None:
    base = _open(window)
    mine = copy.deepcopy(base)
    removed_here = mine.awards.pop(3).name
    mine.awards.insert(0, Award(kind="person", name="Phan Văn Em", id=new_id()))
    theirs = _open(cli)
    removed_there = theirs.awards.pop(10).name
    theirs.awards.insert(5, Award(kind="person", name="Đinh Thị Gấm"))
    DecisionStore(cli).save(theirs)

    decisions.save_decision(window, mine, base)

    names = [a.name for a in _open(cli).awards]
    assert len(names) == 26
    assert removed_here not in names and removed_there not in names
    assert names[0] == "Phan Văn Em"
    # Placed after the recipient it followed in the CLI's list.
    assert names[names.index("Đinh Thị Gấm") - 1] == theirs.awards[4].name


def test_a_field_changed_differently_on_both_sides_is_a_conflict_naming_it(
    window: Database, cli: Database
) -> None:
    base = _open(window)
    mine = copy.deepcopy(base)
    mine.reason = "Lý do của cửa sổ"
    theirs = _open(cli)
    theirs.reason = "Lý do của lệnh"
    DecisionStore(cli).save(theirs)

    with pytest.raises(ConflictError) as caught:
        decisions.save_decision(window, mine, base)

    message = str(caught.value)
    assert NUMBER in message and "“lý do khen thưởng”" in message
    assert "Chưa ghi gì" in message
    assert _open(cli).reason == "Lý do của lệnh"  # nothing was written


def test_the_same_recipient_edited_on_both_sides_names_the_person(
    window: Database, cli: Database
) -> None:
    base = _open(window)
    mine = copy.deepcopy(base)
    person = mine.people[0]
    person.unit = "Văn phòng"
    theirs = _open(cli)
    next(a for a in theirs.awards if a.id == person.id).unit = "Phòng Tổng hợp"
    DecisionStore(cli).save(theirs)

    with pytest.raises(ConflictError) as caught:
        decisions.save_decision(window, mine, base)

    assert f"“đơn vị” của “{person.name}”" in str(caught.value)


def test_the_user_settles_a_conflict_and_the_other_changes_still_arrive(
    window: Database, cli: Database
) -> None:
    base = _open(window)
    mine = copy.deepcopy(base)
    mine.reason = "Lý do của cửa sổ"
    theirs = _open(cli)
    theirs.reason = "Lý do của lệnh"
    theirs.award_form = "Giấy chứng nhận"
    DecisionStore(cli).save(theirs)
    _cli_adds(cli, "Lê Văn Cường")

    decisions.save_decision(window, mine, base, prefer="mine")
    kept = _open(cli)
    assert (kept.reason, kept.award_form) == ("Lý do của cửa sổ", "Giấy chứng nhận")
    assert kept.awards[-1].name == "Lê Văn Cường"

    again = copy.deepcopy(kept)
    again.reason = "Lần hai"
    theirs = _open(cli)
    theirs.reason = "Lần hai của lệnh"
    DecisionStore(cli).save(theirs)
    decisions.save_decision(window, again, kept, prefer="theirs")
    assert _open(cli).reason == "Lần hai của lệnh"


def test_a_recipient_edited_here_and_removed_there_is_a_conflict(
    window: Database, cli: Database
) -> None:
    base = _open(window)
    mine = copy.deepcopy(base)
    person = _first_person(mine)  # a collective has no unit (domain.awards)
    mine.awards[person].unit = "Văn phòng"
    theirs = _open(cli)
    gone = theirs.awards.pop(person)
    DecisionStore(cli).save(theirs)

    with pytest.raises(ConflictError) as caught:
        decisions.save_decision(window, mine, base)
    assert f"“{gone.name}”" in str(caught.value) and "một bên bỏ" in str(caught.value)


def test_a_save_from_an_old_version_without_its_base_never_overwrites(
    window: Database, cli: Database
) -> None:
    old = _open(window)
    _cli_adds(cli, "Lê Văn Cường")
    old.reason = "Ghi đè"
    with pytest.raises(StaleRecordError, match=f"Quyết định {NUMBER} vừa được sửa ở nơi khác"):
        DecisionStore(window).save(old)
    with pytest.raises(StaleRecordError):
        decisions.save_decision(window, old)
    assert _open(cli).awards[-1].name == "Lê Văn Cường"
    assert _open(cli).reason != "Ghi đè"


def test_the_check_and_the_write_are_one_transaction(window: Database, cli: Database) -> None:
    """While the window saves, the CLI cannot slip a write between its check and its write."""
    base = _open(window)
    mine = copy.deepcopy(base)
    mine.reason = "Của cửa sổ"
    cli.execute("PRAGMA busy_timeout = 0")
    seen: list[str] = []

    def get_then_try_cli_write() -> Decision:
        try:
            cli.execute("update decisions set reason = 'Của lệnh' where id = ?", [base.id])
        except sqlite3.OperationalError as exc:
            seen.append(str(exc))
        return DecisionStore(window).get(base.id)

    concurrency.save_merged(
        window,
        mine,
        base,
        get=get_then_try_cli_write,
        save=DecisionStore(window).save,
        label=lambda d: d.number,
    )
    assert seen and "locked" in seen[0]
    assert _open(cli).reason == "Của cửa sổ"


def test_every_update_raises_the_version_even_from_other_code(
    window: Database, cli: Database
) -> None:
    decision = _open(window)
    decisions.delete_decision(cli, decision.id)  # the recycle bin does not set the version
    assert decisions.get_decision(window, decision.id).version == decision.version + 1


def test_the_import_command_keeps_a_window_edit_saved_meanwhile(
    window: Database, cli: Database, tmp_path: Path
) -> None:
    listing = tmp_path / "them.csv"
    listing.write_text("Họ và tên,Đơn vị\nLê Văn Cường,Phòng A\n", encoding="utf-8")
    base = _open(window)
    mine = copy.deepcopy(base)
    mine.awards.append(Award(kind="person", name="Phan Văn Em", id=new_id()))
    decisions.save_decision(window, mine, base)

    import_recipients(cli, listing, NUMBER)

    names = [a.name for a in _open(window).awards]
    assert names[-2:] == ["Phan Văn Em", "Lê Văn Cường"]


def test_meetings_merge_attendees_and_fields(window: Database, cli: Database) -> None:
    meeting_id = meetings.meetings(window)[0].id
    base = meetings.get_meeting(window, meeting_id)
    mine = copy.deepcopy(base)
    mine.location = "Hội trường B"
    theirs = meetings.get_meeting(cli, meeting_id)
    theirs.conclusions = "Kết luận mới"
    theirs.attendees = theirs.attendees[1:]
    meetings.save_meeting(cli, theirs, copy.deepcopy(theirs))

    stored = meetings.save_meeting(window, mine, base)

    assert stored.location == "Hội trường B"
    assert stored.conclusions == "Kết luận mới"
    assert [a.id for a in stored.attendees] == [a.id for a in theirs.attendees]


def test_an_organisation_saved_from_an_old_copy_is_refused(window: Database, cli: Database) -> None:
    old = organisations.organisations(window)[0]
    fresh = organisations.organisations(cli)[0]
    fresh.place = "Bắc Ninh"
    organisations.save_organisation(cli, fresh)
    old.abbreviation = "XYZ"
    with pytest.raises(StaleRecordError, match=f"Cơ quan “{old.name}”"):
        organisations.save_organisation(window, old)
    assert organisations.organisations(window)[0].place == "Bắc Ninh"


def test_data_version_tells_the_window_about_the_cli(window: Database, cli: Database) -> None:
    before = concurrency.changed_elsewhere(window)
    decisions.save_decision(window, _open(window))  # its own write: no news
    assert concurrency.changed_elsewhere(window) == before
    _cli_adds(cli, "Lê Văn Cường")
    assert concurrency.changed_elsewhere(window) != before


def test_a_read_only_connection_refuses_every_write(window: Database) -> None:
    concurrency.refuse_writes(window)
    assert concurrency.is_read_only(window)
    decision = _open(window)
    decision.reason = "Không được ghi"
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        decisions.save_decision(window, decision)
    assert _open(window).reason != "Không được ghi"
