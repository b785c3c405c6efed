"""The directory of people and collectives: ``history``, ``duplicates``, ``merge``."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from desktop.cli.common import EXIT_OK, KIND_LABELS, AddCommand, open_library
from desktop.services.errors import InvalidInput


def _cmd_history(args: argparse.Namespace) -> int:
    directory = open_library(args).directory
    entry = directory.find_entry(" ".join(args.recipient))
    awards = directory.history(entry.id)
    if args.json:
        found = {
            "id": entry.id,
            "kind": entry.kind,
            "name": entry.name,
            "title": entry.title,
            "unit": entry.unit,
            "awards": [{"year": a.year, **asdict(a)} for a in reversed(awards)],
        }
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return EXIT_OK
    who = ", ".join(part for part in (entry.title, entry.unit) if part)
    print(f"{KIND_LABELS[entry.kind]} {entry.name}" + (f" — {who}" if who else ""))
    if not awards:
        print("Chưa được khen lần nào.")
    for award in reversed(awards):  # oldest first: a history reads forward
        day = f"{award.date[8:10]}/{award.date[5:7]}/{award.date[:4]}"
        print(f"{award.year}  {award.award_form} — Quyết định số {award.number} ngày {day}")
        if award.reason:
            print(f"      {award.reason}")
    return EXIT_OK


def _cmd_duplicates(args: argparse.Namespace) -> int:
    pairs = open_library(args).directory.duplicates()
    if args.json:
        print(json.dumps([asdict(p) for p in pairs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not pairs:
        print("Không thấy người nào có thể bị nhập hai lần.")
    for pair in pairs:
        print(f"{pair.reason}:")
        for person in (pair.first, pair.second):
            where = ", ".join(part for part in (person.title, person.unit) if part)
            print(f"  {person.name} — {where} ({person.awards} lần khen)  [{person.id}]")
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    directory = open_library(args).directory
    kept = directory.find_entry(args.kept)
    merged = directory.find_entry(args.merged)
    if kept.kind != merged.kind:
        raise InvalidInput(f"Không gộp được {merged.name} vào {kept.name}: một người, một tập thể")
    moved = directory.merge(kept.kind, kept.id, merged.id)
    print(
        f"Đã gộp {merged.name} [{merged.id}] vào {kept.name} [{kept.id}]: {moved} lần khen "
        "chuyển sang. Khôi phục bản ghi đã gộp từ Thùng rác để hoàn tác."
    )
    return EXIT_OK


def add_history(command: AddCommand) -> None:
    p = command("history", _cmd_history, "các lần khen của một người hoặc tập thể, theo năm")
    p.add_argument(
        "recipient", nargs="+", metavar="NAME|ID", help="họ tên (không dấu được) hoặc mã"
    )
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def add_duplicates(command: AddCommand) -> None:
    p = command("duplicates", _cmd_duplicates, "những người có thể bị nhập hai lần trong danh bạ")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def add_merge(command: AddCommand) -> None:
    p = command("merge", _cmd_merge, "gộp hai bản ghi của cùng một người (hoàn tác ở Thùng rác)")
    p.add_argument("kept", metavar="KEPT", help="mã (hoặc tên) bản ghi giữ lại")
    p.add_argument("merged", metavar="MERGED", help="mã (hoặc tên) bản ghi gộp vào và bỏ đi")
