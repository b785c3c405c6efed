"""Make a database with the code of an earlier release, for the upgrade tests.

Run it with THAT release's code first on the path, never today's (see README.md here):

    git archive 0eb422d | tar -x -C /tmp/rel-0eb422d
    PYTHONPATH=/tmp/rel-0eb422d python tests/data/db/make_release_db.py \\
        /tmp/rel-0eb422d tests/data/db/release-0009.db

It loads the shared sample conference and the state bodies of tests/data/packages/state-v1.json
with the release's ``load`` service, then edits as a user would through the release's services:
an issuing body with its default signer, a decision with people and collectives (salutations,
a reward article), a meeting with attendance (one absent with a reason), certificates issued
for two recipients (the issue log), printer offsets, a merge in the directory, and a decision
and a meeting moved to the recycle bin. Only services that release had are called.

This script is kept as the record of how the file was made; it is not run by the tests.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

SAMPLE = Path("/work/shared/samples/hoi-nghi-tong-ket-2023.json")


def main(release: Path, target: Path) -> None:
    import desktop

    if Path(desktop.__file__).resolve().parent != (release / "desktop").resolve():
        sys.exit(f"run with PYTHONPATH={release}: this is {desktop.__file__}")

    from desktop.domain.records import Attendee, Award, Participant, RewardMoney, Signer
    from desktop.services import certificates, decisions, directory, meetings, packages
    from desktop.storage.database import open_database, schema_version

    if target.exists():
        sys.exit(f"{target} exists: remove it first")
    db = open_database(target)
    packages.load_package(db, SAMPLE)
    packages.load_package(db, release / "tests" / "data" / "packages" / "state-v1.json")

    # An issuing body with its default signer (a deputy signing KT.) and its Căn cứ lines.
    body = decisions.add_organisation(db, "Sở Giáo dục và Đào tạo", "state")
    decisions.save_organisation(
        db,
        replace(
            body,
            parent="Ủy ban nhân dân tỉnh Bắc Giang",
            full_name="Sở Giáo dục và Đào tạo tỉnh Bắc Giang",
            head_title="Giám đốc",
            place="Bắc Giang",
            abbreviation="SGDĐT",
            legal_bases=[
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Căn cứ Quyết định số 12/2023/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Giang;",
            ],
            default_signer=Signer(
                name="Nguyễn Thị Hồng Nhung", title="Phó Giám đốc", relation="deputy"
            ),
        ),
    )
    body = next(o for o in decisions.organisations(db) if o.name == "Sở Giáo dục và Đào tạo")

    # A meeting with attendance.
    meeting = meetings.create_meeting(
        db,
        "Hội nghị tổng kết năm học 2024–2025",
        organiser=body,
        starts_at=dt.datetime(2025, 6, 20, 8, 0),
    )
    meeting = meetings.save_meeting(
        db,
        replace(
            meeting,
            kind="Hội nghị tổng kết",
            number="07/BB-SGDĐT",
            ends_at=dt.datetime(2025, 6, 20, 11, 30),
            location="Hội trường Sở Giáo dục và Đào tạo",
            chairs=[Participant("Nguyễn Thị Hồng Nhung", "Phó Giám đốc Sở")],
            secretary=Participant("Đỗ Thị Thu Hương", "Chuyên viên Văn phòng Sở"),
            attendees=[
                Attendee("Lê Văn Quyết", "Trưởng phòng", "Phòng Giáo dục trung học"),
                Attendee("Ngô Thị Ánh", "Hiệu trưởng", "Trường THPT Ngô Sĩ Liên"),
                Attendee(
                    "Vũ Đức Thắng",
                    "Hiệu trưởng",
                    "Trường THCS Lê Quý Đôn",
                    present=False,
                    reason="Đi công tác tại Hà Nội",
                ),
            ],
            conclusions="Hội nghị thống nhất khen thưởng các tập thể và cá nhân tiêu biểu.",
        ),
    )

    # A decision with recipients, a reward article, linked to the meeting.
    decision = decisions.create_decision(
        db,
        issuer=body,
        meeting_id=meeting.id,
        day=dt.date(2025, 6, 18),
        reason="Đã có thành tích xuất sắc trong năm học 2024–2025",
    )
    decision = decisions.save_decision(
        db,
        replace(
            decision,
            awards=[
                Award("collective", "Trường THPT Ngô Sĩ Liên", reason="Tập thể lao động xuất sắc"),
                Award("collective", "Phòng Giáo dục trung học"),
                Award(
                    "person",
                    "Ngô Thị Ánh",
                    title="Hiệu trưởng",
                    unit="Trường THPT Ngô Sĩ Liên",
                    salutation="Bà",
                ),
                Award(
                    "person",
                    "Lê Văn Quyết",
                    title="Trưởng phòng",
                    unit="Phòng Giáo dục trung học",
                    salutation="Ông",
                ),
                Award(
                    "person",
                    "Đặng Thị Yến",
                    title="Giáo viên",
                    unit="Trường THCS Lê Quý Đôn",
                    salutation="Bà",
                ),
            ],
            reward=RewardMoney(Decimal(500000), Decimal(1000000), "Quỹ thi đua, khen thưởng"),
        ),
    )

    # Printer offsets read off the calibration sheet, then certificates issued for two
    # recipients on that printer: the issue log keeps what was printed.
    certificates.set_printer_offsets(db, "Canon LBP 2900", 1.5, -0.5, "A4")
    certificates.set_printer_offsets(db, "Canon LBP 2900", 2.0, 0.5, "A3")
    with tempfile.TemporaryDirectory() as folder:
        certificates.issue_certificates(
            db,
            decision.number,
            Path(folder) / "giay-khen.pdf",
            printer="Canon LBP 2900",
            awards=["Ngô Thị Ánh", "Trường THPT Ngô Sĩ Liên"],
            now=dt.datetime(2025, 6, 19, 9, 30),
        )

    # A person typed twice in the directory, merged (the merged record sits in the bin).
    people = [e for e in directory.entries(db) if e.kind == "person"]
    by_name: dict[str, list[str]] = {}
    for entry in people:
        by_name.setdefault(entry.name, []).append(entry.id)
    second = decisions.create_decision(
        db, issuer=body, day=dt.date(2025, 6, 25), reason="Có thành tích trong công tác"
    )
    decisions.save_decision(
        db,
        replace(
            second,
            awards=[
                Award("person", "Đặng Thị Yến", title="Giáo viên", unit="Trường THCS Nguyễn Trãi")
            ],
        ),
    )
    yen = [e for e in directory.entries(db) if e.kind == "person" and "Yến" in e.name]
    if len(yen) == 2:
        directory.merge(db, "person", yen[0].id, yen[1].id)

    # In the recycle bin: a decision and a meeting.
    draft = decisions.create_decision(
        db, issuer=body, day=dt.date(2025, 7, 1), reason="Dự thảo bỏ đi"
    )
    decisions.save_decision(
        db, replace(draft, awards=[Award("person", "Trịnh Văn Hải", salutation="Ông")])
    )
    decisions.delete_decision(db, draft.id)
    spare = meetings.create_meeting(db, "Họp giao ban tháng 7 (hủy)", organiser=body)
    meetings.delete_meeting(db, spare.id)

    print(schema_version(db))
    db.close()
    # One self-contained file: the WAL folded in, rollback journal, no free pages.
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    connection = sqlite3.connect(target)
    connection.execute("VACUUM")
    connection.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
