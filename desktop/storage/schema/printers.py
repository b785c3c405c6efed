"""Printer offsets: 0002_printers, and 0008_printer_paper (per paper size)."""

from __future__ import annotations

from sqlite_utils import Database


def printers(db: Database) -> None:
    """Per-printer X/Y offsets in mm, applied when certificates are printed on that printer."""
    db.table("printers").create(
        {"name": str, "offset_x_mm": float, "offset_y_mm": float, "updated_at": str},
        pk="name",
        not_null={"name", "offset_x_mm", "offset_y_mm"},
        defaults={"offset_x_mm": 0.0, "offset_y_mm": 0.0},
    )


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
