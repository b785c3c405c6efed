"""The issue log screen's service: newest first, a search without diacritics, reprint logged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
from sqlite_utils import Database

from desktop.services import issue_log
from desktop.services.certificates import issue_certificates
from desktop.storage.decisions import DecisionStore

NUMBER = "15-QĐ/BTGTU"
T0 = dt.datetime(2024, 1, 3, 7, 0, tzinfo=dt.UTC)


def test_the_log_lists_what_was_issued_newest_first(sample_db: Database, tmp_path: Path) -> None:
    decision = DecisionStore(sample_db).find(NUMBER)
    first, second = decision.awards[0], decision.awards[1]
    issue_certificates(sample_db, NUMBER, tmp_path / "a.pdf", awards=[first.id], now=T0)
    later = T0 + dt.timedelta(hours=2)
    issue_certificates(sample_db, NUMBER, tmp_path / "b.pdf", awards=[second.id], now=later)

    entries = issue_log.entries(sample_db)
    assert [e.recipient for e in entries] == [second.name, first.name]
    assert entries[0].decision_number == NUMBER and entries[0].issued_at == later
    assert entries[0].unit == second.unit
    # Drafts (previews, read-only windows) are not in the log.
    issue_certificates(sample_db, NUMBER, tmp_path / "c.pdf", draft=True, now=later)
    assert len(issue_log.entries(sample_db)) == 2
    # A batch reads in the decision's list order (STT 1, 2, 3 …), above the earlier ones.
    batch = decision.awards[2:6]
    latest = later + dt.timedelta(hours=1)
    issue_certificates(
        sample_db, NUMBER, tmp_path / "d.pdf", awards=[a.id for a in batch], now=latest
    )
    names = [e.recipient for e in issue_log.entries(sample_db)]
    assert names == [a.name for a in batch] + [second.name, first.name]


def test_search_ignores_case_and_diacritics_and_needs_every_word(
    sample_db: Database, tmp_path: Path
) -> None:
    issue_certificates(sample_db, NUMBER, tmp_path / "all.pdf", now=T0)
    everyone = issue_log.entries(sample_db)
    nguyen = [e for e in everyone if e.recipient.startswith("Nguyễn")]
    assert nguyen, "the sample has people named Nguyễn"
    assert issue_log.entries(sample_db, "NGUYEN") == nguyen
    assert issue_log.entries(sample_db, "15-qd btgtu") == everyone
    first = nguyen[0]
    given = first.recipient.split()[-1]
    both = issue_log.entries(sample_db, f"nguyen {given.lower()}")
    assert first in both and all("Nguyễn" in e.recipient and given in e.recipient for e in both)
    assert issue_log.entries(sample_db, "không có ai tên này") == []


def test_reprint_writes_the_page_again_and_logs_it_as_a_reissue(
    sample_db: Database, tmp_path: Path
) -> None:
    issue_certificates(sample_db, NUMBER, tmp_path / "all.pdf", now=T0)
    entry = issue_log.entries(sample_db)[3]
    out = tmp_path / "in lại.pdf"
    issue_log.reprint(sample_db, [entry], out)
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 1
    assert entry.recipient.split()[-1] in pages[0].extract_text()
    newest = issue_log.entries(sample_db)[0]
    assert newest.award_id == entry.award_id and newest.reissue_of == entry.issue_id
