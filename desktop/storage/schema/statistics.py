"""Tallies kept by triggers for the statistics (issue 13): 0006, 0009 and 0010."""

from __future__ import annotations

from sqlite_utils import Database


def statistics_indexes(db: Database) -> None:
    """Counts kept current for the statistics (issue 13): ≤ 200 ms over 1,000,000 awards.

    ``decision_tallies`` holds how many awards of each kind every decision gives, and
    ``award_tallies`` the same per unit (a collective counts for itself, a person for their
    unit), and ``unit_year_tallies`` the latter summed by year and form of the decisions outside
    the recycle bin; triggers on ``awards`` (and, for the last, on the decisions' date, form and
    recycle bin mark) keep them current, in the same transaction as the write. Counting a
    range of years then reads one row per decision (and kind) found through
    ``decisions_date_idx``, or per unit, form and year; not one per award. Filled from the
    awards already stored. Self-contained.
    """
    unit_key = (
        "coalesce(case when {row}.kind = 'collective' then {row}.name else {row}.unit end, '')"
    )
    year = "cast(substr({d}.date, 1, 4) as integer)"
    tally_add = f"""
                INSERT INTO decision_tallies VALUES ({{row}}.decision_id, {{row}}.kind, 1)
                    ON CONFLICT (decision_id, kind) DO UPDATE SET n = n + 1;
                INSERT INTO award_tallies
                    VALUES ({{row}}.decision_id, {{row}}.kind, {unit_key}, 1)
                    ON CONFLICT (decision_id, kind, unit_key) DO UPDATE SET n = n + 1;
                INSERT INTO unit_year_tallies (year, award_form, kind, unit_key, n)
                    SELECT {year.format(d="d")}, d.award_form, {{row}}.kind, {unit_key}, 1
                    FROM decisions d
                    WHERE d.id = {{row}}.decision_id AND d.deleted_at IS NULL
                    ON CONFLICT (year, award_form, kind, unit_key) DO UPDATE SET n = n + 1;"""
    tally_remove = f"""
                UPDATE decision_tallies SET n = n - 1
                    WHERE decision_id = {{row}}.decision_id AND kind = {{row}}.kind;
                DELETE FROM decision_tallies
                    WHERE decision_id = {{row}}.decision_id AND kind = {{row}}.kind AND n <= 0;
                UPDATE award_tallies SET n = n - 1
                    WHERE decision_id = {{row}}.decision_id AND kind = {{row}}.kind
                    AND unit_key = {unit_key};
                DELETE FROM award_tallies
                    WHERE decision_id = {{row}}.decision_id AND kind = {{row}}.kind
                    AND unit_key = {unit_key} AND n <= 0;
                UPDATE unit_year_tallies SET n = n - 1
                    WHERE (year, award_form, kind, unit_key) IN (
                        SELECT {year.format(d="d")}, d.award_form, {{row}}.kind, {unit_key}
                        FROM decisions d
                        WHERE d.id = {{row}}.decision_id AND d.deleted_at IS NULL);
                DELETE FROM unit_year_tallies
                    WHERE n <= 0 AND (year, award_form, kind, unit_key) IN (
                        SELECT {year.format(d="d")}, d.award_form, {{row}}.kind, {unit_key}
                        FROM decisions d WHERE d.id = {{row}}.decision_id);"""
    db.executescript(f"""
        CREATE INDEX IF NOT EXISTS decisions_date_idx ON decisions (date);
        CREATE TABLE decision_tallies (
            decision_id TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (decision_id, kind)
        ) WITHOUT ROWID;
        CREATE TABLE award_tallies (
            decision_id TEXT NOT NULL, kind TEXT NOT NULL, unit_key TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (decision_id, kind, unit_key)
        ) WITHOUT ROWID;
        CREATE TABLE unit_year_tallies (
            year INTEGER NOT NULL, award_form TEXT NOT NULL, kind TEXT NOT NULL,
            unit_key TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (year, award_form, kind, unit_key)
        ) WITHOUT ROWID;
        INSERT INTO decision_tallies
            SELECT decision_id, kind, count(*) FROM awards GROUP BY decision_id, kind;
        INSERT INTO award_tallies
            SELECT decision_id, kind, {unit_key.format(row="awards")}, count(*)
            FROM awards GROUP BY 1, 2, 3;
        CREATE TRIGGER awards_tally_ai AFTER INSERT ON awards BEGIN
            {tally_add.format(row="new")}
        END;
        CREATE TRIGGER awards_tally_ad AFTER DELETE ON awards BEGIN
            {tally_remove.format(row="old")}
        END;
        INSERT INTO unit_year_tallies
            SELECT {year.format(d="d")}, d.award_form, t.kind, t.unit_key, sum(t.n)
            FROM award_tallies t JOIN decisions d ON d.id = t.decision_id
            WHERE d.deleted_at IS NULL
            GROUP BY 1, 2, 3, 4;
        CREATE TRIGGER awards_tally_au AFTER UPDATE OF decision_id, kind, name, unit ON awards
        BEGIN
            {tally_remove.format(row="old")}
            {tally_add.format(row="new")}
        END;
        CREATE TRIGGER decisions_tally_au AFTER UPDATE OF date, award_form, deleted_at
        ON decisions
        WHEN old.date IS NOT new.date OR old.award_form IS NOT new.award_form
            OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
        BEGIN
            UPDATE unit_year_tallies SET n = n - (
                    SELECT t.n FROM award_tallies t
                    WHERE t.decision_id = old.id AND t.kind = unit_year_tallies.kind
                    AND t.unit_key = unit_year_tallies.unit_key)
                WHERE old.deleted_at IS NULL
                AND year = {year.format(d="old")} AND award_form = old.award_form
                AND (kind, unit_key) IN (
                    SELECT kind, unit_key FROM award_tallies WHERE decision_id = old.id);
            DELETE FROM unit_year_tallies
                WHERE n <= 0 AND year = {year.format(d="old")} AND award_form = old.award_form;
            INSERT INTO unit_year_tallies (year, award_form, kind, unit_key, n)
                SELECT {year.format(d="new")}, new.award_form, t.kind, t.unit_key, t.n
                FROM award_tallies t
                WHERE t.decision_id = new.id AND new.deleted_at IS NULL
                ON CONFLICT (year, award_form, kind, unit_key) DO UPDATE SET n = n + excluded.n;
        END;
    """)


def unit_tallies(db: Database) -> None:
    """Statistics by unit over many years within 200 ms (issue 13).

    ``unit_tallies`` holds the awards per unit, form and kind over ALL years, kept current by
    triggers on ``unit_year_tallies`` (migration ``0006_statistics_indexes``), so a range that
    covers most years is counted as the totals minus the few years outside it, and a narrow
    range from the years inside it; the index ``unit_year_tallies_unit_idx`` lets the outside
    years be summed by unit without sorting. Filled from the tallies already stored.
    Self-contained: it depends only on ``0006_statistics_indexes``.
    """
    db.executescript("""
        CREATE TABLE unit_tallies (
            unit_key TEXT NOT NULL, award_form TEXT NOT NULL, kind TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (unit_key, award_form, kind)
        ) WITHOUT ROWID;
        INSERT INTO unit_tallies
            SELECT unit_key, award_form, kind, sum(n) FROM unit_year_tallies
            GROUP BY unit_key, award_form, kind;
        CREATE INDEX unit_year_tallies_unit_idx
            ON unit_year_tallies (unit_key, award_form, kind, year, n);
        CREATE TRIGGER unit_year_tallies_ai AFTER INSERT ON unit_year_tallies BEGIN
            INSERT INTO unit_tallies VALUES (new.unit_key, new.award_form, new.kind, new.n)
                ON CONFLICT (unit_key, award_form, kind) DO UPDATE SET n = n + excluded.n;
        END;
        CREATE TRIGGER unit_year_tallies_au AFTER UPDATE ON unit_year_tallies BEGIN
            UPDATE unit_tallies SET n = n - old.n
                WHERE unit_key = old.unit_key AND award_form = old.award_form
                AND kind = old.kind;
            INSERT INTO unit_tallies VALUES (new.unit_key, new.award_form, new.kind, new.n)
                ON CONFLICT (unit_key, award_form, kind) DO UPDATE SET n = n + excluded.n;
            DELETE FROM unit_tallies
                WHERE unit_key = old.unit_key AND award_form = old.award_form
                AND kind = old.kind AND n <= 0;
        END;
        CREATE TRIGGER unit_year_tallies_ad AFTER DELETE ON unit_year_tallies BEGIN
            UPDATE unit_tallies SET n = n - old.n
                WHERE unit_key = old.unit_key AND award_form = old.award_form
                AND kind = old.kind;
            DELETE FROM unit_tallies
                WHERE unit_key = old.unit_key AND award_form = old.award_form
                AND kind = old.kind AND n <= 0;
        END;
    """)


def unit_running_tallies(db: Database) -> None:
    """Statistics by unit over any range of years within 200 ms (issue 13).

    ``unit_running_tallies`` holds, per unit and form, the awards to collectives and to
    individuals of every year up to and including ``year`` (running totals), with a row for
    every year from the key's first year to the last year counted, so the awards of
    ``first``..``last`` are the row at ``last`` less the row at ``first - 1``: two reads of one
    year each (``…_year_idx``), whatever the range. Kept current by triggers on
    ``unit_year_tallies`` (``0006_statistics_indexes``): a change in year Y adds to the key's
    rows from Y on; a new last year carries every key's running totals forward (the years are
    the outer loop, ``CROSS JOIN``, so a write in a year already counted reads no row of it);
    when the last year goes, the rows after it go too. Only the years 1945–2100 are kept (the
    statistics refuse others), so a date typed as 9999 cannot grow the table.
    ``statistics_years`` lists those years for the triggers (SQLite allows no WITH clause in a
    trigger). Filled from the tallies already stored. Self-contained: it depends only on
    ``0006_statistics_indexes``.
    """
    first, last = 1945, 2100
    running = "unit_running_tallies"

    def change(row: str, delta: str) -> str:
        key = f"unit_key = {row}.unit_key AND award_form = {row}.award_form"
        collective = f"CASE WHEN {row}.kind = 'collective' THEN ({delta}) ELSE 0 END"
        person = f"CASE WHEN {row}.kind = 'collective' THEN 0 ELSE ({delta}) END"
        return f"""
            INSERT INTO {running} (unit_key, award_form, year, collectives, people)
                SELECT t.unit_key, t.award_form, c.year, t.collectives, t.people
                FROM statistics_years c CROSS JOIN {running} t
                    ON t.year = (SELECT max(year) FROM {running})
                WHERE {row}.year BETWEEN {first} AND {last}
                AND c.year > (SELECT max(year) FROM {running}) AND c.year <= {row}.year;
            INSERT INTO {running} (unit_key, award_form, year, collectives, people)
                SELECT {row}.unit_key, {row}.award_form, c.year, 0, 0
                FROM statistics_years c
                WHERE {row}.year BETWEEN {first} AND {last}
                AND c.year >= {row}.year
                AND c.year <= max({row}.year, coalesce((SELECT max(year) FROM {running}), 0))
                AND NOT EXISTS (SELECT 1 FROM {running} WHERE {key} AND year = {row}.year)
                ON CONFLICT DO NOTHING;
            UPDATE {running}
                SET collectives = collectives + {collective}, people = people + {person}
                WHERE {row}.year BETWEEN {first} AND {last} AND ({delta}) <> 0
                AND {key} AND year >= {row}.year;"""

    same = (
        "old.unit_key = new.unit_key AND old.award_form = new.award_form"
        " AND old.kind = new.kind AND old.year = new.year"
    )
    db.executescript(f"""
        CREATE TABLE statistics_years (year INTEGER PRIMARY KEY);
        CREATE TABLE {running} (
            unit_key TEXT NOT NULL, award_form TEXT NOT NULL, year INTEGER NOT NULL,
            collectives INTEGER NOT NULL, people INTEGER NOT NULL,
            PRIMARY KEY (unit_key, award_form, year)
        ) WITHOUT ROWID;
    """)
    db.execute(
        "INSERT INTO statistics_years (year) "
        f"WITH RECURSIVE y(year) AS (SELECT {first} UNION ALL "
        f"SELECT year + 1 FROM y WHERE year < {last}) SELECT year FROM y"
    )
    db.executescript(f"""
        INSERT INTO {running} (unit_key, award_form, year, collectives, people)
            SELECT k.unit_key, k.award_form, c.year,
                sum(coalesce(y.collectives, 0)) OVER running_total,
                sum(coalesce(y.people, 0)) OVER running_total
            FROM (
                SELECT unit_key, award_form, min(year) AS first_year
                FROM unit_year_tallies WHERE year BETWEEN {first} AND {last}
                GROUP BY unit_key, award_form
            ) k
            JOIN statistics_years c ON c.year >= k.first_year AND c.year <= (
                SELECT max(year) FROM unit_year_tallies WHERE year BETWEEN {first} AND {last})
            LEFT JOIN (
                SELECT unit_key, award_form, year,
                    sum(CASE WHEN kind = 'collective' THEN n ELSE 0 END) AS collectives,
                    sum(CASE WHEN kind = 'collective' THEN 0 ELSE n END) AS people
                FROM unit_year_tallies GROUP BY unit_key, award_form, year
            ) y ON y.unit_key = k.unit_key AND y.award_form = k.award_form AND y.year = c.year
            WINDOW running_total AS (PARTITION BY k.unit_key, k.award_form ORDER BY c.year);
        CREATE INDEX {running}_year_idx
            ON {running} (year, unit_key, award_form, collectives, people);
        CREATE TRIGGER unit_year_tallies_running_ai AFTER INSERT ON unit_year_tallies BEGIN
            {change("new", "new.n")}
        END;
        CREATE TRIGGER unit_year_tallies_running_au AFTER UPDATE ON unit_year_tallies
        WHEN {same} BEGIN
            {change("new", "new.n - old.n")}
        END;
        CREATE TRIGGER unit_year_tallies_running_moved AFTER UPDATE ON unit_year_tallies
        WHEN NOT ({same}) BEGIN
            {change("old", "-old.n")}
            {change("new", "new.n")}
        END;
        CREATE TRIGGER unit_year_tallies_running_ad AFTER DELETE ON unit_year_tallies BEGIN
            {change("old", "-old.n")}
            DELETE FROM {running} WHERE year > coalesce((
                SELECT max(year) FROM unit_year_tallies
                WHERE year BETWEEN {first} AND {last}), {first} - 1);
        END;
    """)


def drop_unit_tallies(db: Database) -> None:
    """The all-years totals of ``0009_unit_tallies`` go: since ``0010_unit_running_tallies``
    nothing reads them, yet every award written still paid for their triggers and index."""
    db.executescript("""
        DROP TRIGGER IF EXISTS unit_year_tallies_ai;
        DROP TRIGGER IF EXISTS unit_year_tallies_au;
        DROP TRIGGER IF EXISTS unit_year_tallies_ad;
        DROP INDEX IF EXISTS unit_year_tallies_unit_idx;
        DROP TABLE IF EXISTS unit_tallies;
    """)
