"""0006_statistics_indexes and 0010_unit_running_tallies: the tallies always equal a recount of
the awards; 0011_drop_unit_tallies removes the all-years totals nothing reads."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.services.statistics import statistics
from desktop.storage.database import open_database
from desktop.storage.decisions import DecisionStore
from desktop.storage.statistics import group_counts

FIRST_RELEASE = Path(__file__).parent.parent / "data" / "db" / "first-release.db"
SECOND_RELEASE = FIRST_RELEASE.with_name("second-release.db")

RECOUNT_DECISIONS = "select decision_id, kind, count(*) from awards group by 1, 2 order by 1, 2"
RECOUNT_UNITS = """
    select decision_id, kind,
           coalesce(case when kind = 'collective' then name else unit end, ''), count(*)
    from awards group by 1, 2, 3 order by 1, 2, 3
"""


RECOUNT_YEARS = """
    select cast(substr(d.date, 1, 4) as integer), d.award_form, a.kind,
           coalesce(case when a.kind = 'collective' then a.name else a.unit end, ''), count(*)
    from awards a join decisions d on d.id = a.decision_id
    where d.deleted_at is null
    group by 1, 2, 3, 4 order by 1, 2, 3, 4
"""
RECOUNT_RUNNING = """
    with years(year, unit_key, award_form, collective) as (
        select cast(substr(d.date, 1, 4) as integer),
               coalesce(case when a.kind = 'collective' then a.name else a.unit end, ''),
               d.award_form, a.kind = 'collective'
        from awards a join decisions d on d.id = a.decision_id
        where d.deleted_at is null and substr(d.date, 1, 4) between '1945' and '2100'
    )
    select k.unit_key, k.award_form, c.year,
           (select count(*) from years y where y.unit_key = k.unit_key
            and y.award_form = k.award_form and y.collective and y.year <= c.year),
           (select count(*) from years y where y.unit_key = k.unit_key
            and y.award_form = k.award_form and not y.collective and y.year <= c.year)
    from (select unit_key, award_form, min(year) as first from years group by 1, 2) k
    join statistics_years c on c.year >= k.first and c.year <= (select max(year) from years)
    order by 1, 2, 3
"""


def assert_tallies_match(db: Database) -> None:
    tallies = db.execute("select * from decision_tallies order by 1, 2").fetchall()
    assert tallies == db.execute(RECOUNT_DECISIONS).fetchall()
    units = db.execute("select * from award_tallies order by 1, 2, 3").fetchall()
    assert units == db.execute(RECOUNT_UNITS).fetchall()
    years = db.execute("select * from unit_year_tallies order by 1, 2, 3, 4").fetchall()
    assert years == db.execute(RECOUNT_YEARS).fetchall()
    # Awards moved or removed may leave rows of zeros before a key's first counted year.
    running = db.execute("select * from unit_running_tallies order by 1, 2, 3").fetchall()
    assert [row for row in running if row[3] or row[4]] == db.execute(RECOUNT_RUNNING).fetchall()


def test_an_old_database_gets_its_tallies(tmp_path: Path) -> None:
    path = tmp_path / "vinhdanh.db"
    shutil.copy(FIRST_RELEASE, path)
    with sqlite3.connect(path) as connection:
        by_year = dict(
            connection.execute(
                "select substr(d.date, 1, 4), count(*) from awards a "
                "join decisions d on d.id = a.decision_id where d.deleted_at is null group by 1"
            ).fetchall()
        )
    db = open_database(path)
    assert_tallies_match(db)
    for year, count in by_year.items():
        assert statistics(db, int(year), int(year)).total.total == count


def test_every_write_to_the_awards_keeps_them(sample_db: Database) -> None:
    store = DecisionStore(sample_db)
    decision = store.find("15-QĐ/BTGTU")
    assert_tallies_match(sample_db)
    # Edit the list: one removed, one unit changed, one collective renamed, one moved kind.
    person = next(a for a in decision.awards if a.kind == "person")
    decision.awards.remove(person)
    decision.awards[-1].unit = "Ban Tuyên giáo Huyện ủy Sơn Động"
    collective = next(a for a in decision.awards if a.kind == "collective")
    collective.name = "Ban Tuyên giáo Huyện ủy Lục Nam (mới)"
    store.save(decision)
    assert_tallies_match(sample_db)
    # The decision moves year and form, goes to the recycle bin and comes back.
    sample_db.execute("update decisions set date = '2023-12-30' where id = ?", [decision.id])
    assert_tallies_match(sample_db)
    sample_db.execute("update decisions set award_form = 'Bằng khen' where id = ?", [decision.id])
    assert_tallies_match(sample_db)
    store.delete(decision.id)
    assert_tallies_match(sample_db)
    sample_db.execute(
        "insert into awards (id, decision_id, position, kind, name, unit) "
        "values ('x1', ?, 99, 'person', 'Người mới', 'Ban X')",
        [decision.id],
    )
    assert_tallies_match(sample_db)
    store.restore(decision.id)
    assert_tallies_match(sample_db)
    sample_db.execute("update decisions set reason = 'khác' where id = ?", [decision.id])
    assert_tallies_match(sample_db)
    sample_db.execute("update awards set kind = 'person', unit = 'X' where kind = 'collective'")
    assert_tallies_match(sample_db)
    sample_db.execute("update awards set decision_id = ? where rowid % 2 = 0", [decision.id])
    assert_tallies_match(sample_db)
    sample_db.execute("delete from awards where rowid % 3 = 0")
    assert_tallies_match(sample_db)


RECOUNT_UNITS_IN_YEARS = """
    select coalesce(case when a.kind = 'collective' then a.name else a.unit end, ''),
           d.award_form, sum(a.kind = 'collective'), sum(a.kind <> 'collective')
    from awards a join decisions d on d.id = a.decision_id
    where d.deleted_at is null and cast(substr(d.date, 1, 4) as integer) between ? and ?
    group by 1, 2 order by 1, 2
"""


def test_unit_counts_over_any_range_equal_a_recount(sample_db: Database) -> None:
    # Spread the sample's decisions over five years, so a range is read from its own years,
    # from the all-year totals, or from the totals less the years outside it.
    source = dict(
        sample_db["decisions"].get(sample_db.execute("select id from decisions").fetchone()[0])
    )
    for year in range(2021, 2026):
        copy = {**source, "id": f"d{year}", "number": f"{year}-QĐ/X", "date": f"{year}-06-01"}
        sample_db["decisions"].insert(copy)
        sample_db.execute(
            "update awards set decision_id = ? where rowid % 5 = ?", [copy["id"], year % 5]
        )
    assert len({row[0] for row in sample_db.execute(RECOUNT_YEARS)}) >= 5
    years = range(2020, 2027)
    for first in years:
        for last in years:
            if first <= last:
                got = sorted(group_counts(sample_db, first, last, "unit"))
                want = sample_db.execute(RECOUNT_UNITS_IN_YEARS, [first, last]).fetchall()
                assert got == [tuple(row) for row in want], (first, last)


def test_running_totals_follow_a_new_last_year_and_its_removal(sample_db: Database) -> None:
    store = DecisionStore(sample_db)
    decision = store.find("15-QĐ/BTGTU")
    last = sample_db.execute("select max(year) from unit_running_tallies").fetchone()[0]
    keys = sample_db.execute(
        "select count(*) from unit_running_tallies where year = ?", [last]
    ).fetchone()[0]
    # A date typed far out is not kept (the statistics refuse years past 2100) ...
    sample_db.execute("update decisions set date = '9999-01-01' where id = ?", [decision.id])
    assert_tallies_match(sample_db)
    assert sample_db.execute("select max(year) from unit_running_tallies").fetchone()[0] == last
    # ... a later year carries every unit's running total forward, year by year ...
    sample_db.execute(
        "update decisions set date = ? where id = ?", [f"{last + 3}-02-01", decision.id]
    )
    assert_tallies_match(sample_db)
    rows = sample_db.execute(
        "select count(*) from unit_running_tallies where year = ?", [last + 2]
    ).fetchone()[0]
    assert rows == keys
    assert statistics(sample_db, last + 1, last + 3, "unit").total.total == len(decision.awards)
    # ... and going back removes the years after the last one counted.
    sample_db.execute("update decisions set date = ? where id = ?", [f"{last}-02-01", decision.id])
    assert_tallies_match(sample_db)
    assert sample_db.execute("select max(year) from unit_running_tallies").fetchone()[0] == last


def test_the_unread_all_years_totals_are_gone_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "vinhdanh.db"
    shutil.copy(SECOND_RELEASE, path)
    with sqlite3.connect(path) as connection:
        before = {row[0] for row in connection.execute("select name from sqlite_master")}
    assert {"unit_tallies", "unit_year_tallies_ai", "unit_year_tallies_unit_idx"} <= before
    db = open_database(path)
    names = {row[0] for row in db.execute("select name from sqlite_master")}
    assert (
        not {
            "unit_tallies",
            "unit_year_tallies_ai",
            "unit_year_tallies_au",
            "unit_year_tallies_ad",
            "unit_year_tallies_unit_idx",
        }
        & names
    )
    # The tallies that are read still follow every write.
    decision = DecisionStore(db).find("01/QĐ-SGDĐT")
    db.execute("update decisions set date = '2021-05-01' where id = ?", [decision.id])
    assert_tallies_match(db)
    db.close()
