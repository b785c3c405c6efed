"""0001_initial: the first schema, and the search indexes (FTS5) it creates."""

from __future__ import annotations

from sqlite_utils import Database

FTS_TOKENIZER = "unicode61 remove_diacritics 2"
"""``remove_diacritics 2`` also folds letters with two marks (ễ, ố); đ is folded by us."""

SEARCHABLE_TABLES = ("people", "collectives", "meetings", "decisions")
"""Tables with ``search_name`` (the record's name) and ``search_text`` (everything else worth
finding), both folded by ``domain.text.fold`` and indexed by FTS5 as ``<table>_fts``."""

_AUDIT = {"created_at": str, "updated_at": str, "deleted_at": str}


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
