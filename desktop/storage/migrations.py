"""Schema versions: every migration, in the order it runs. Append-only: a migration that has
shipped is never edited, renamed or moved in the order.

The steps live in ``desktop.storage.schema`` (one module per group); this module only lists
them. ``desktop.storage.upgrade`` runs the pending ones: all under one write lock
(``BEGIN IMMEDIATE``), scripts statement by statement, after the file was copied aside. The
applied names are kept in ``_sqlite_migrations`` (sqlite-utils ``Migrations``).

A new migration is appended at the END of this file: a self-contained function decorated
with ``@migrations(name="00NN_what")``, or a step in a schema module registered below the
others. Tests upgrade the real databases of each shipped release (tests/data/db).
"""

from __future__ import annotations

from sqlite_utils import Migrations

from desktop.storage.schema import authority, initial, printers, records, statistics

migrations = Migrations("vinhdanh")

migrations(name="0001_initial")(initial.initial)
migrations(name="0002_printers")(printers.printers)
migrations(name="0003_authority")(authority.authority)
migrations(name="0004_record_versions")(records.record_versions)
migrations(name="0005_reward_money")(records.reward_money)
migrations(name="0006_statistics_indexes")(statistics.statistics_indexes)
migrations(name="0007_directory_merge")(records.directory_merge)
migrations(name="0008_printer_paper")(printers.printer_paper)
migrations(name="0009_unit_tallies")(statistics.unit_tallies)

# Append new migrations below this line, in order.
migrations(name="0010_unit_running_tallies")(statistics.unit_running_tallies)
migrations(name="0011_drop_unit_tallies")(statistics.drop_unit_tallies)
