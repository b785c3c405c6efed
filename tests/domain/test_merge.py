"""The three-way merge on its own: what each side changed arrives, collisions are named."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from desktop.domain.merge import MergeConflict, merge
from desktop.domain.records import Award, Decision, Organisation


def _decision() -> Decision:
    return Decision(
        number="15-QĐ/BTGTU",
        date=dt.date(2024, 1, 3),
        issuer=Organisation(name="Ban Tuyên giáo", id="org", version=1),
        reason="Đã có thành tích",
        awards=[Award(kind="person", name=n, id=n) for n in ("An", "Bình", "Cúc")],
        id="d",
        version=1,
    )


def test_each_side_keeps_its_own_edits() -> None:
    base = _decision()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.reason = "Lý do mới"
    theirs.award_form = "Bằng khen"
    theirs.version = 2
    merged = merge(base, mine, theirs)
    assert (merged.reason, merged.award_form, merged.version) == ("Lý do mới", "Bằng khen", 2)


def test_additions_land_after_the_item_they_follow_and_at_the_top_when_first() -> None:
    base = _decision()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.awards.append(Award(kind="person", name="Dung", id="Dung"))
    theirs.awards.insert(0, Award(kind="person", name="Em", id="Em"))
    theirs.awards.insert(2, Award(kind="person", name="Gấm", id="Gấm"))
    merged = merge(base, mine, theirs)
    assert [a.name for a in merged.awards] == ["Em", "An", "Gấm", "Bình", "Cúc", "Dung"]


def test_a_new_row_without_an_id_is_an_addition() -> None:
    base = _decision()
    mine = copy.deepcopy(base)
    mine.awards.append(Award(kind="person", name="Dung"))
    merged = merge(base, mine, copy.deepcopy(base))
    assert [a.name for a in merged.awards][-1] == "Dung"


def test_the_issuer_edited_elsewhere_is_not_a_conflict() -> None:
    base = _decision()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    theirs.issuer.place = "Bắc Giang"
    theirs.issuer.version = 2
    mine.reason = "Khác"
    assert merge(base, mine, theirs).issuer.place == "Bắc Giang"


def test_collisions_name_the_field_and_the_person() -> None:
    base = _decision()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.awards[1].unit, theirs.awards[1].unit = "Phòng A", "Phòng B"
    with pytest.raises(MergeConflict) as caught:
        merge(base, mine, theirs)
    assert (caught.value.list_name, caught.value.item, caught.value.field) == (
        "awards",
        "Bình",
        "unit",
    )
    assert merge(base, mine, theirs, prefer="mine").awards[1].unit == "Phòng A"
    assert merge(base, mine, theirs, prefer="theirs").awards[1].unit == "Phòng B"


def test_removed_here_edited_there_follows_the_choice() -> None:
    base = _decision()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    del mine.awards[0]
    theirs.awards[0].title = "Trưởng phòng"
    with pytest.raises(MergeConflict):
        merge(base, mine, theirs)
    assert [a.name for a in merge(base, mine, theirs, prefer="mine").awards] == ["Bình", "Cúc"]
    kept = merge(base, mine, theirs, prefer="theirs").awards
    assert any(a.title == "Trưởng phòng" for a in kept)
