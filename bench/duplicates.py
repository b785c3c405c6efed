"""Benchmark: the duplicate scan of the directory (one person, one record) over 400,000 people.

Builds (once, cached in the temp folder) a directory of generated Vietnamese people at 2,000
units, about 1 % of them entered a second time the way offices do it (no diacritics, other case,
a letter missing or doubled, the birth year known once), then times
``desktop.services.directory.duplicates`` — the database read and ``domain.matching``'s scan —
against a naive scan in the same run: every pair of people at one unit through the same rule
(plus every pair sharing a name, for the birth year), the loop a hand-written tool would do.
The naive scan is quadratic per unit, so it runs on a slice of whole units and is scaled up by
the number of units (exact for equal unit sizes); the fast scan runs on the same slice too.

    python bench/duplicates.py [--people 400000] [--units 2000] [--rebuild]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from generated import FAMILY, person_name

from desktop.domain.matching import PersonFacts, duplicate_reason, find_duplicates
from desktop.domain.records import new_id
from desktop.domain.text import fold
from desktop.services import directory
from desktop.storage import directory_lists
from desktop.storage.database import open_database


def _typo(name: str, rng: random.Random) -> str:
    """The same name as a second clerk typed it."""
    kind = rng.randrange(4)
    if kind == 0:
        return fold(name).title()  # no diacritics
    if kind == 1:
        return name.upper()
    position = rng.randrange(1, len(name))
    if kind == 2:
        return name[:position] + name[position + 1 :]  # a letter missing
    return name[:position] + name[position] + name[position:]  # a letter doubled


def build(path: Path, people: int, units: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    unit_names = [f"Phòng {i} Sở {rng.choice(FAMILY)} tỉnh {i % 63}" for i in range(units)]
    db = open_database(path)
    rows = []
    for i in range(people):
        unit = unit_names[i % units]
        if i >= units and rng.random() < 0.01:
            earlier = rows[rng.randrange(len(rows))]
            name, unit = _typo(earlier["name"], rng), earlier["unit"]
            year = earlier["birth_year"] or rng.choice([None, 1970 + rng.randrange(30)])
        else:
            name = person_name(rng)
            year = 1965 + rng.randrange(35) if rng.random() < 0.3 else None
        rows.append(
            {
                "id": new_id(),
                "name": name,
                "title": "Chuyên viên",
                "unit": unit,
                "name_fold": fold(name),
                "name_key": "",
                "birth_year": year,
                "created_at": "2026-01-01T00:00:00",
                "updated_at": "2026-01-01T00:00:00",
            }
        )
    with db.atomic():
        db.table("people").insert_all(rows, batch_size=5000)
    db.close()


def naive(facts: list[PersonFacts]) -> int:
    """Every pair at one unit, and every pair sharing a name, through the rule."""
    groups: dict[str, list[PersonFacts]] = defaultdict(list)
    names: dict[str, list[PersonFacts]] = defaultdict(list)
    for person in facts:
        groups[person.unit_fold].append(person)
        names[person.name_fold].append(person)
    found = set()
    for group in itertools.chain(groups.values(), names.values()):
        for a, b in itertools.combinations(group, 2):
            if duplicate_reason(a, b) is not None:
                found.add((a.id, b.id))
    return len(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=400_000)
    parser.add_argument("--units", type=int, default=2_000)
    parser.add_argument("--slice-units", type=int, default=100)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"vinhdanh-bench-duplicates-{args.people}-{args.units}.db"
    if args.rebuild or not path.exists():
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        build(path, args.people, args.units)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    db = open_database(path)

    reports: list[int] = []
    started = time.perf_counter()
    pairs = directory.duplicates(db, lambda done, total: reports.append(done))
    whole = time.perf_counter() - started
    started = time.perf_counter()
    facts = directory_lists.person_facts(db)
    read = time.perf_counter() - started
    print(f"{len(facts):,} people at {args.units:,} units")
    print(
        f"fast scan, whole directory: {whole:.2f} s (goal ≤ 10 s; reading {read:.2f} s), "
        f"{len(pairs):,} pairs, {len(reports)} progress reports"
    )

    units = sorted({f.unit_fold for f in facts})[: args.slice_units]
    chosen = set(units)
    part = [f for f in facts if f.unit_fold in chosen]
    started = time.perf_counter()
    fast_pairs = len(find_duplicates(part))
    fast_part = time.perf_counter() - started
    started = time.perf_counter()
    naive_pairs = naive(part)
    naive_part = time.perf_counter() - started
    scale = args.units / len(units)
    print(
        f"slice of {len(units)} units ({len(part):,} people): fast {fast_part:.3f} s, "
        f"naive {naive_part:.2f} s ({fast_pairs} vs {naive_pairs} pairs, "
        f"{'same' if fast_pairs == naive_pairs else 'DIFFERENT'}) → fast/naive "
        f"{fast_part / naive_part:.3f}×"
    )
    print(f"naive scan scaled to the whole directory: ≈ {naive_part * scale:.0f} s")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
