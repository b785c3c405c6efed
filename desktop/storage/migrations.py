"""Schema versions. Append-only: a migration that has shipped is never edited.

Each migration runs in its own transaction (sqlite-utils ``Migrations``), and the database file
is copied aside before any pending migration runs (see ``database.open_database``).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("vinhdanh")

FTS_TOKENIZER = "unicode61 remove_diacritics 2"
"""``remove_diacritics 2`` also folds letters with two marks (ễ, ố); đ is folded by us."""

SEARCHABLE_TABLES = ("people", "collectives", "meetings", "decisions")
"""Tables with ``search_name`` (the record's name) and ``search_text`` (everything else worth
finding), both folded by ``domain.text.fold`` and indexed by FTS5 as ``<table>_fts``."""

_AUDIT = {"created_at": str, "updated_at": str, "deleted_at": str}


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    """The first schema: organisations, meetings, directory, decisions, awards, issue log."""
    db.table("organisations").create(
        {
            "id": str,
            "name": str,
            "parent": str,
            "place": str,
            "style": str,
            "abbreviation": str,
            "signer_prefix": str,
            "signer_title": str,
            "signer_name": str,
            "legal_bases": str,  # JSON list of "Căn cứ …" lines
            **_AUDIT,
        },
        pk="id",
        not_null={"name", "style"},
        defaults={
            "parent": "",
            "place": "",
            "style": "state",
            "abbreviation": "",
            "signer_prefix": "",
            "signer_title": "",
            "signer_name": "",
            "legal_bases": "[]",
        },
    )
    db.table("meetings").create(
        {
            "id": str,
            "organisation_id": str,
            "title": str,
            "kind": str,
            "number": str,
            "starts_at": str,
            "ends_at": str,
            "location": str,
            "chairs": str,  # JSON list of {name, title}
            "secretary": str,  # JSON {name, title} or null
            "conclusions": str,
            "distribution": str,  # JSON list of Nơi nhận lines
            "status": str,
            "search_name": str,
            "search_text": str,
            **_AUDIT,
        },
        pk="id",
        not_null={"title", "organisation_id", "status"},
        defaults={
            "kind": "",
            "number": "",
            "location": "",
            "chairs": "[]",
            "conclusions": "",
            "distribution": "[]",
            "status": "draft",
            "search_name": "",
            "search_text": "",
        },
        foreign_keys=[("organisation_id", "organisations", "id")],
    )
    children: dict[str, dict[str, type]] = {
        "agenda_items": {"title": str, "presenter": str, "notes": str, "conclusion": str},
        "attendees": {
            "name": str,
            "title": str,
            "organisation": str,
            "role": str,
            "present": int,
            "reason": str,
        },
        "action_items": {"task": str, "owner": str, "due": str, "done": int},
    }
    for table, columns in children.items():
        db.table(table).create(
            {"id": str, "meeting_id": str, "position": int, **columns},
            pk="id",
            not_null={"meeting_id", "position"},
            foreign_keys=[("meeting_id", "meetings", "id")],
        )
        db.table(table).create_index(["meeting_id", "position"])
    db.table("people").create(
        {
            "id": str,
            "name": str,
            "title": str,
            "unit": str,
            "name_fold": str,
            "name_key": str,
            "search_name": str,
            "search_text": str,
            **_AUDIT,
        },
        pk="id",
        not_null={"name"},
        defaults={"title": "", "unit": "", "search_name": "", "search_text": ""},
    )
    db.table("collectives").create(
        {
            "id": str,
            "name": str,
            "name_fold": str,
            "name_key": str,
            "search_name": str,
            "search_text": str,
            **_AUDIT,
        },
        pk="id",
        not_null={"name"},
        defaults={"search_name": "", "search_text": ""},
    )
    for table in ("people", "collectives"):
        db.table(table).create_index(["name_key"])
        db.table(table).create_index(["name_fold"])
    db.table("decisions").create(
        {
            "id": str,
            "number": str,
            "date": str,
            "organisation_id": str,
            "signer_prefix": str,
            "signer_title": str,
            "signer_name": str,
            "award_form": str,
            "reason": str,
            "articles": str,  # JSON list: text of Điều 2, Điều 3, …
            "distribution": str,  # JSON list of Nơi nhận lines
            "meeting_id": str,
            "search_name": str,
            "search_text": str,
            **_AUDIT,
        },
        pk="id",
        not_null={"number", "date", "organisation_id", "award_form"},
        defaults={
            "signer_prefix": "",
            "signer_title": "",
            "signer_name": "",
            "reason": "",
            "articles": "[]",
            "distribution": "[]",
            "search_name": "",
            "search_text": "",
        },
        foreign_keys=[("organisation_id", "organisations", "id"), ("meeting_id", "meetings", "id")],
    )
    db.table("decisions").create_index(["number"])
    db.table("awards").create(
        {
            "id": str,
            "decision_id": str,
            "position": int,
            "kind": str,
            "person_id": str,
            "collective_id": str,
            "name": str,
            "title": str,
            "unit": str,
            "reason": str,
            "register_number": str,
        },
        pk="id",
        not_null={"decision_id", "position", "kind", "name"},
        defaults={"title": "", "unit": "", "reason": "", "register_number": ""},
        foreign_keys=[
            ("decision_id", "decisions", "id"),
            ("person_id", "people", "id"),
            ("collective_id", "collectives", "id"),
        ],
    )
    db.table("awards").create_index(["decision_id", "position"])
    db.table("awards").create_index(["person_id"])
    db.table("awards").create_index(["collective_id"])
    db.table("certificate_issues").create(
        {
            "id": str,
            "award_id": str,
            "template": str,
            "template_version": str,
            "snapshot": str,  # JSON {field: text as printed}
            "issued_at": str,
            "printer": str,
            "offset_x_mm": float,
            "offset_y_mm": float,
            "reissue_of": str,
        },
        pk="id",
        not_null={"award_id", "template", "issued_at"},
        defaults={"printer": "", "offset_x_mm": 0.0, "offset_y_mm": 0.0},
        foreign_keys=[("award_id", "awards", "id"), ("reissue_of", "certificate_issues", "id")],
    )
    db.table("certificate_issues").create_index(["award_id"])
    for table in SEARCHABLE_TABLES:
        _create_search_index(db, table)


def _create_search_index(db: Database, table: str) -> None:
    """FTS5 over ``search_name`` and ``search_text``, kept current by triggers.

    Written by hand rather than with ``Table.enable_fts`` because the index needs
    ``prefix='1 2 3'``: a search box sends one- to three-letter prefixes ("n", "ng v an"),
    and without prefix indexes each such term scans every matching token (0.5 s on a
    400,000-person directory; bench/search.py).
    """
    fts = f"{table}_fts"
    db.executescript(f"""
        CREATE VIRTUAL TABLE [{fts}] USING fts5(
            search_name, search_text,
            tokenize='{FTS_TOKENIZER}', prefix='1 2 3', content=[{table}]
        );
        CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN
            INSERT INTO [{fts}] (rowid, search_name, search_text)
            VALUES (new.rowid, new.search_name, new.search_text);
        END;
        CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN
            INSERT INTO [{fts}] ([{fts}], rowid, search_name, search_text)
            VALUES ('delete', old.rowid, old.search_name, old.search_text);
        END;
        CREATE TRIGGER [{table}_au] AFTER UPDATE ON [{table}] BEGIN
            INSERT INTO [{fts}] ([{fts}], rowid, search_name, search_text)
            VALUES ('delete', old.rowid, old.search_name, old.search_text);
            INSERT INTO [{fts}] (rowid, search_name, search_text)
            VALUES (new.rowid, new.search_name, new.search_text);
        END;
    """)


@migrations(name="0002_printers")
def printers(db: Database) -> None:
    """Per-printer X/Y offsets in mm, applied when certificates are printed on that printer."""
    db.table("printers").create(
        {"name": str, "offset_x_mm": float, "offset_y_mm": float, "updated_at": str},
        pk="name",
        not_null={"name", "offset_x_mm", "offset_y_mm"},
        defaults={"offset_x_mm": 0.0, "offset_y_mm": 0.0},
    )


@migrations(name="0003_authority")
def authority(db: Database) -> None:
    """The issuing authority as data, and salutations (issue 8).

    Organisations get their proper full name, the head's title, the collective leadership's
    name, and the default signer's relation (and delegator's title); decisions get their
    signer's relation; person awards get a salutation. First-release values are mapped by the
    rules of ``desktop.domain.authority.relation_from_prefix`` (stated in docs/documents.md):
    ``name`` and ``parent`` already are the two header lines and stay as they are; the proper
    name is derived from them; the typed ``signer_prefix`` columns are kept, unread, as the
    record of what was typed. A deputy who signed with no prefix gets the relation "" (not
    known), which the application asks for before printing.
    """
    from desktop.domain.authority import (
        derive_full_name,
        relation_from_prefix,
        suggest_salutation,
    )

    organisations = db.table("organisations")
    for column in ("full_name", "head_title", "collective_name", "signer_delegator_title"):
        organisations.add_column(column, str, not_null_default="")
    organisations.add_column("signer_relation", str, not_null_default="head")
    decisions = db.table("decisions")
    decisions.add_column("signer_relation", str, not_null_default="head")
    decisions.add_column("signer_delegator_title", str, not_null_default="")
    db.table("awards").add_column("salutation", str)

    bodies: dict[str, dict[str, str]] = {}
    for row in list(organisations.rows):
        mapping = relation_from_prefix(
            row["signer_prefix"] or "", row["signer_title"] or "", row["name"], row["style"]
        )
        body = {
            "full_name": derive_full_name(row["name"], row["parent"] or "", row["style"]),
            "head_title": mapping.head_title,
            "collective_name": mapping.collective_name,
        }
        bodies[row["id"]] = body
        empty_signer = not (row["signer_prefix"] or row["signer_title"] or row["signer_name"])
        organisations.update(
            row["id"],
            {
                **body,
                "signer_relation": "head" if empty_signer else mapping.relation,
                "signer_delegator_title": mapping.delegator_title,
            },
        )
    styles = {row["id"]: row["style"] for row in organisations.rows}
    names = {row["id"]: row["name"] for row in organisations.rows}
    for row in list(decisions.rows):
        mapping = relation_from_prefix(
            row["signer_prefix"] or "",
            row["signer_title"] or "",
            names.get(row["organisation_id"], ""),
            styles.get(row["organisation_id"], "state"),
        )
        empty_signer = not (row["signer_prefix"] or row["signer_title"] or row["signer_name"])
        decisions.update(
            row["id"],
            {
                "signer_relation": "head" if empty_signer else mapping.relation,
                "signer_delegator_title": mapping.delegator_title,
            },
        )
        # A body learns its head's title and collective from the decisions it signed.
        learned = bodies.get(row["organisation_id"])
        if learned is not None:
            fill = {
                key: value
                for key, value in (
                    ("head_title", mapping.head_title),
                    ("collective_name", mapping.collective_name),
                )
                if value and not learned[key]
            }
            if fill:
                learned.update(fill)
                organisations.update(row["organisation_id"], fill)
    decision_styles = {
        row["id"]: styles.get(row["organisation_id"], "state") for row in decisions.rows
    }
    for row in list(db.table("awards").rows_where("kind = 'person'")):
        style = decision_styles.get(row["decision_id"], "state")
        db.table("awards").update(row["id"], {"salutation": suggest_salutation(row["name"], style)})


@migrations(name="0004_record_versions")
def record_versions(db: Database) -> None:
    """A version on every editable record, raised by each write (docs/architecture.md).

    A save carries the version it read; a newer one on disk means someone else (a second
    window, the CLI) wrote in between. The triggers raise the version of any update that does
    not set it itself (recycle bin, directory fills), so no writer can change a record unseen.
    Self-contained: it depends on no other migration than ``0001_initial``.
    """
    for table in ("organisations", "meetings", "decisions"):
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
        db.execute(f"""
            CREATE TRIGGER [{table}_version] AFTER UPDATE ON [{table}]
            WHEN new.version = old.version
            BEGIN
                UPDATE [{table}] SET version = old.version + 1 WHERE rowid = new.rowid;
            END
        """)


@migrations(name="0005_reward_money")
def reward_money(db: Database) -> None:
    """The optional article on the reward money, stored with its decision: the amount per
    person and per collective (whole đồng, a Decimal as text; "" = none) and the fund.
    Self-contained: it depends on no other migration than ``0001_initial``.
    """
    for column in ("reward_person", "reward_collective", "reward_fund"):
        db.execute(f"ALTER TABLE decisions ADD COLUMN [{column}] TEXT NOT NULL DEFAULT ''")


@migrations(name="0006_statistics_indexes")
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


@migrations(name="0007_directory_merge")
def directory_merge(db: Database) -> None:
    """One person, one record (issue 13): birth years, merges and their undo.

    ``people.birth_year`` (when known) tells two namesakes apart; ``merged_into`` marks a person
    or collective merged into another (it sits in the recycle bin); ``directory_merges`` keeps
    which awards each merge moved, so restoring the merged record from the recycle bin moves
    exactly those back. Self-contained: it depends on no other migration than ``0001_initial``.
    """
    db.table("people").add_column("birth_year", int)
    for table in ("people", "collectives"):
        db.table(table).add_column("merged_into", str)
    db.table("directory_merges").create(
        {
            "id": str,
            "kind": str,  # person | collective
            "kept_id": str,
            "merged_id": str,
            "award_ids": str,  # JSON list of the awards moved from merged_id to kept_id
            "merged_at": str,
        },
        pk="id",
        not_null={"kind", "kept_id", "merged_id", "award_ids", "merged_at"},
    )
    db.table("directory_merges").create_index(["merged_id"])


@migrations(name="0008_printer_paper")
def printer_paper(db: Database) -> None:
    """Printer offsets per printer AND per paper size: an A3 tray feeds differently from A4.

    ``printers`` is rebuilt with a ``paper`` column ("A4", "A3", "A5", or "<w>x<h>" in mm for a
    custom size, width the smaller) in its primary key. Each printer's offsets of the first
    release are copied to every named size: until now they applied to everything printed on
    that printer, so after the upgrade every certificate prints exactly where it did; the user
    refines a size by calibrating it. Self-contained: it depends only on ``0002_printers``.
    """
    db.executescript("""
        CREATE TABLE [printers_by_paper] (
            [name] TEXT NOT NULL,
            [paper] TEXT NOT NULL,
            [offset_x_mm] FLOAT NOT NULL DEFAULT 0.0,
            [offset_y_mm] FLOAT NOT NULL DEFAULT 0.0,
            [updated_at] TEXT,
            PRIMARY KEY ([name], [paper])
        );
        INSERT INTO [printers_by_paper] (name, paper, offset_x_mm, offset_y_mm, updated_at)
            SELECT p.name, s.paper, p.offset_x_mm, p.offset_y_mm, p.updated_at
            FROM [printers] p, (SELECT 'A3' AS paper UNION ALL SELECT 'A4' UNION ALL SELECT 'A5') s;
        DROP TABLE [printers];
        ALTER TABLE [printers_by_paper] RENAME TO [printers];
    """)


@migrations(name="0009_unit_tallies")
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


@migrations(name="0010_unit_running_tallies")
def unit_running_tallies(db: Database) -> None:
    """Statistics by unit over any range of years within 200 ms (issue 13).

    ``unit_running_tallies`` holds, per unit, form and kind, the awards of every year up to
    and including ``year`` (a running total), with a row for every year from the key's first
    year to the last year counted, so the awards of ``first``..``last`` are the row at ``last``
    less the row at ``first - 1``: two reads of one year each (``…_year_idx``), whatever the
    range. Kept current by triggers on ``unit_year_tallies`` (``0006_statistics_indexes``):
    a change in year Y adds to the key's rows from Y on; a new last year carries every key's
    running total forward (the years are the outer loop, ``CROSS JOIN``, so a write in a year
    already counted reads no row of it); when the last year goes, the rows after it go too.
    Only the years 1945–2100 are kept (the statistics refuse others), so a date typed as 9999
    cannot grow the table. ``statistics_years`` lists those years for the triggers (SQLite
    allows no WITH clause in a trigger). Filled from the tallies already stored.
    Self-contained: it depends only on ``0006_statistics_indexes``.
    """
    first, last = 1945, 2100
    running = "unit_running_tallies"

    def change(row: str, delta: str) -> str:
        key = f"unit_key = {row}.unit_key AND award_form = {row}.award_form AND kind = {row}.kind"
        return f"""
            INSERT INTO {running} (unit_key, award_form, kind, year, n)
                SELECT t.unit_key, t.award_form, t.kind, c.year, t.n
                FROM statistics_years c CROSS JOIN {running} t
                    ON t.year = (SELECT max(year) FROM {running})
                WHERE {row}.year BETWEEN {first} AND {last}
                AND c.year > (SELECT max(year) FROM {running}) AND c.year <= {row}.year;
            INSERT INTO {running} (unit_key, award_form, kind, year, n)
                SELECT {row}.unit_key, {row}.award_form, {row}.kind, c.year, 0
                FROM statistics_years c
                WHERE {row}.year BETWEEN {first} AND {last}
                AND c.year >= {row}.year
                AND c.year <= max({row}.year, coalesce((SELECT max(year) FROM {running}), 0))
                AND NOT EXISTS (SELECT 1 FROM {running} WHERE {key} AND year = {row}.year)
                ON CONFLICT DO NOTHING;
            UPDATE {running} SET n = n + ({delta})
                WHERE {row}.year BETWEEN {first} AND {last} AND ({delta}) <> 0
                AND {key} AND year >= {row}.year;"""

    same = (
        "old.unit_key = new.unit_key AND old.award_form = new.award_form"
        " AND old.kind = new.kind AND old.year = new.year"
    )
    db.executescript(f"""
        CREATE TABLE statistics_years (year INTEGER PRIMARY KEY);
        CREATE TABLE {running} (
            unit_key TEXT NOT NULL, award_form TEXT NOT NULL, kind TEXT NOT NULL,
            year INTEGER NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (unit_key, award_form, kind, year)
        ) WITHOUT ROWID;
    """)
    db.execute(
        "INSERT INTO statistics_years (year) "
        f"WITH RECURSIVE y(year) AS (SELECT {first} UNION ALL "
        f"SELECT year + 1 FROM y WHERE year < {last}) SELECT year FROM y"
    )
    db.executescript(f"""
        INSERT INTO {running} (unit_key, award_form, kind, year, n)
            SELECT k.unit_key, k.award_form, k.kind, c.year, sum(coalesce(y.n, 0)) OVER (
                PARTITION BY k.unit_key, k.award_form, k.kind ORDER BY c.year)
            FROM (
                SELECT unit_key, award_form, kind, min(year) AS first_year
                FROM unit_year_tallies WHERE year BETWEEN {first} AND {last}
                GROUP BY unit_key, award_form, kind
            ) k
            JOIN statistics_years c ON c.year >= k.first_year AND c.year <= (
                SELECT max(year) FROM unit_year_tallies WHERE year BETWEEN {first} AND {last})
            LEFT JOIN unit_year_tallies y ON y.unit_key = k.unit_key
                AND y.award_form = k.award_form AND y.kind = k.kind AND y.year = c.year;
        CREATE INDEX {running}_year_idx ON {running} (year, unit_key, award_form, kind, n);
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
