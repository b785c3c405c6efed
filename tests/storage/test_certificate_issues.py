"""The issue log and printer offsets, stored and read back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlite_utils import Database

from desktop.domain.records import CertificateIssue
from desktop.storage.certificate_issues import CertificateIssueStore
from desktop.storage.database import schema_version
from desktop.storage.decisions import DecisionStore
from desktop.storage.errors import NotFoundError, StorageError
from desktop.storage.printers import PrinterStore

T0 = dt.datetime(2024, 1, 3, 8, 30, tzinfo=dt.UTC)


def _issue(award_id: str, at: dt.datetime, name: str, reissue_of: str = "") -> CertificateIssue:
    return CertificateIssue(
        award_id=award_id,
        template="giay-khen-dang",
        template_version="1.0",
        snapshot={"ten": name, "thanh_tich": "Đã có thành tích & <đóng góp>"},
        issued_at=at,
        printer="Canon LBP2900",
        offset_x_mm=1.5,
        offset_y_mm=-0.5,
        reissue_of=reissue_of,
    )


def test_the_printers_migration_is_applied(db: Database) -> None:
    assert schema_version(db) >= "0002_printers"
    assert "printers" in db.table_names()


def test_issues_round_trip_with_their_snapshot_and_reissue_link(sample_db: Database) -> None:
    decision = DecisionStore(sample_db).find("15-QĐ/BTGTU")
    first, second = decision.awards[0], decision.awards[11]
    store = CertificateIssueStore(sample_db)
    ids = store.add_all([_issue(first.id, T0, first.name), _issue(second.id, T0, "Nguyen Thi")])
    assert store.latest_for_awards([first.id, second.id, "none"]) == {
        first.id: ids[0],
        second.id: ids[1],
    }
    later = T0 + dt.timedelta(hours=2)
    [fixed] = store.add_all([_issue(second.id, later, second.name, reissue_of=ids[1])])
    history = store.for_award(second.id)
    assert [i.id for i in history] == [ids[1], fixed]
    assert history[1].reissue_of == ids[1]
    assert history[1].snapshot["ten"] == "Nguyễn Thị Thu Hằng"
    assert history[1].snapshot["thanh_tich"] == "Đã có thành tích & <đóng góp>"
    assert history[1].issued_at == later
    assert (history[1].printer, history[1].offset_x_mm, history[1].offset_y_mm) == (
        "Canon LBP2900",
        1.5,
        -0.5,
    )
    lines = CertificateIssueStore(sample_db).for_decision(decision.id)
    assert [(line.recipient, line.issue.id) for line in lines] == [
        (first.name, ids[0]),
        (second.name, ids[1]),
        (second.name, fixed),
    ]


def test_a_reissue_must_point_at_a_stored_issue(sample_db: Database) -> None:
    award = DecisionStore(sample_db).find("15-QĐ/BTGTU").awards[0]
    with pytest.raises(Exception, match="FOREIGN KEY"):
        CertificateIssueStore(sample_db).add_all([_issue(award.id, T0, "x", reissue_of="nope")])


def test_printer_offsets_are_kept_by_name(db: Database) -> None:
    store = PrinterStore(db)
    with pytest.raises(NotFoundError, match="Canon"):
        store.get("Canon LBP2900")
    store.set("Canon  LBP2900 ", 1.5, -0.75)
    assert store.get("Canon LBP2900").offset_y_mm == -0.75
    store.set("Canon LBP2900", 0.5, 0)
    store.set("HP LaserJet", 0, 2)
    assert [(p.name, p.offset_x_mm) for p in store.all()] == [
        ("Canon LBP2900", 0.5),
        ("HP LaserJet", 0.0),
    ]
    with pytest.raises(ValueError, match="quá lớn"):
        store.set("HP LaserJet", 80, 0)
    with pytest.raises(ValueError, match="trống"):
        store.set("  ", 0, 0)
    store.delete("HP LaserJet")
    assert [p.name for p in store.all()] == ["Canon LBP2900"]


def test_a_printed_recipient_cannot_be_removed_silently(sample_db: Database) -> None:
    # Removing a recipient whose certificate is in the issue log (or replacing the list by an
    # import) failed with "FOREIGN KEY constraint failed"; the log must be kept, so say who.
    store = DecisionStore(sample_db)
    decision = store.find("15-QĐ/BTGTU")
    printed = decision.awards[11]
    CertificateIssueStore(sample_db).add_all([_issue(printed.id, T0, printed.name)])
    decision.awards = [a for a in decision.awards if a.id != printed.id]
    with pytest.raises(StorageError, match=r"“Nguyễn Thị Thu Hằng” \(số thứ tự 12\).*đã in"):
        store.save(decision)
    assert len(store.find("15-QĐ/BTGTU").awards) == 26  # nothing changed
    decision.awards = decision.awards[1:]  # an unprinted one can still go
    decision.awards.insert(10, printed)
    store.save(decision)
    assert len(store.find("15-QĐ/BTGTU").awards) == 25
