"""Hand-made records for the document tests: a state-style conference of a Sở Nội vụ.

The Party-style sample conference comes from the shared fixtures in tests/conftest.py.
"""

from __future__ import annotations

import datetime as dt
import itertools

from desktop.domain.records import (
    ActionItem,
    AgendaItem,
    Attendee,
    Award,
    Decision,
    Meeting,
    Organisation,
    Participant,
    Signer,
)

GIVEN_NAMES = ["An", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Lan", "Minh", "Ánh"]
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc"]


def people_names(count: int) -> list[str]:
    """``count`` different, realistic full names (up to 528)."""
    names = [
        f"{family} {middle} {given}"
        for given, middle, family in itertools.product(GIVEN_NAMES, MIDDLE_NAMES, FAMILY_NAMES)
    ]
    # Interleave so that a short list still has varied given names.
    step = len(MIDDLE_NAMES) * len(FAMILY_NAMES) + 1
    ordered = [names[(i * step) % len(names)] for i in range(len(names))]
    assert count <= len(set(ordered))
    return ordered[:count]


def state_organisation() -> Organisation:
    """Sở Nội vụ tỉnh Bắc Ninh: a state body (Nghị định 30/2020)."""
    return Organisation(
        name="Sở Nội vụ",
        parent="Ủy ban nhân dân tỉnh Bắc Ninh",
        place="Bắc Ninh",
        style="state",
        abbreviation="SNV",
        head_title="Giám đốc",
        default_signer=Signer(relation="deputy", title="Phó Giám đốc", name="Trần Văn Bình"),
        legal_bases=[
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ",
            "Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 05 tháng 02 năm 2024 của Ủy ban nhân "
            "dân tỉnh quy định chức năng, nhiệm vụ của Sở Nội vụ",
            "Theo đề nghị của Trưởng phòng Thi đua - Khen thưởng",
        ],
    )


def state_decision(people: int = 3) -> Decision:
    """Decision 05/QĐ-SNV: Giấy khen to 2 collectives and ``people`` individuals."""
    awards = [
        Award("collective", "Phòng Tổ chức - Biên chế & Tổ chức phi chính phủ", position=1),
        Award("collective", "Văn phòng Sở <Nội vụ>", position=2),
    ]
    for i, name in enumerate(people_names(people)):
        awards.append(
            Award(
                "person",
                name,
                title="Chuyên viên",
                unit="Phòng Công chức, viên chức",
                position=3 + i,
            )
        )
    return Decision(
        number="05/QĐ-SNV",
        date=dt.date(2024, 1, 5),
        issuer=state_organisation(),
        award_form="Giấy khen",
        reason="Đã có thành tích xuất sắc trong công tác năm 2023",
        awards=awards,
    )


def state_meeting() -> Meeting:
    """Hội nghị tổng kết of the Sở Nội vụ, 05/01/2024."""
    return Meeting(
        title="Hội nghị tổng kết công tác nội vụ năm 2023",
        organiser=state_organisation(),
        kind="Hội nghị tổng kết",
        starts_at=dt.datetime(2024, 1, 5, 8, 0),
        ends_at=dt.datetime(2024, 1, 5, 11, 30),
        location="Hội trường Sở Nội vụ, số 10 đường Lý Thái Tổ",
        chairs=[Participant("Nguyễn Văn An", "Giám đốc Sở Nội vụ")],
        secretary=Participant("Lê Thị Hoa", "Chuyên viên Văn phòng Sở"),
        attendees=[
            Attendee("Nguyễn Văn An", "Giám đốc", "Sở Nội vụ", role="chair"),
            Attendee("Trần Văn Bình", "Phó Giám đốc", "Sở Nội vụ"),
            Attendee("Phạm Thị Cúc", "Trưởng phòng", "Phòng Công chức, viên chức"),
            Attendee(
                "Vũ Đức Dũng", "Phó Giám đốc", "Sở Nội vụ", present=False, reason="Đi công tác"
            ),
            Attendee("Lê Thị Hoa", "Chuyên viên", "Văn phòng Sở", role="secretary"),
            Attendee("Đại diện Báo Bắc Ninh", organisation="Báo Bắc Ninh", role="press"),
        ],
        agenda=[
            AgendaItem(
                "Báo cáo tổng kết công tác năm 2023",
                presenter="Trần Văn Bình, Phó Giám đốc",
                notes="Năm 2023, Sở hoàn thành 100% chỉ tiêu; R&D <thử nghiệm> đạt yêu cầu.\n"
                "Công tác cải cách hành chính được đẩy mạnh.",
                conclusion="Thống nhất thông qua báo cáo.",
            ),
            AgendaItem("Thảo luận", notes="Các đại biểu phát biểu ý kiến về nhiệm vụ năm 2024."),
        ],
        conclusions="Giao Văn phòng Sở hoàn thiện báo cáo, trình Ủy ban nhân dân tỉnh.",
        actions=[
            ActionItem(
                "Hoàn thiện báo cáo tổng kết", owner="Văn phòng Sở", due=dt.date(2024, 1, 15)
            ),
            ActionItem("Triển khai kế hoạch năm 2024", owner="Các phòng", due=dt.date(2024, 2, 1)),
        ],
        distribution=["Ủy ban nhân dân tỉnh (để b/c)", "Các phòng thuộc Sở"],
    )
