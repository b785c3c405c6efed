"""The window's message for an error: the user's mistake in their words, a bug logged."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from desktop.services.errors import InvalidInput
from desktop.ui.errors import user_message


def test_the_users_mistake_is_shown_as_it_is_worded() -> None:
    message = "Năm 1800 nằm ngoài khoảng 1945–2100"
    assert user_message(InvalidInput(message)) == message


def test_a_locked_database_is_told_as_busy(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError) as caught:
        other.execute("BEGIN IMMEDIATE")
    other.close()
    holder.close()
    assert user_message(caught.value).startswith("Cơ sở dữ liệu đang bận")


def test_a_value_error_from_a_bug_is_logged_not_shown(caplog: pytest.LogCaptureFixture) -> None:
    try:
        int("mười")
    except ValueError as exc:
        bug = exc
    with caplog.at_level(logging.ERROR, logger="desktop.ui.errors"):
        message = user_message(bug)
    assert "invalid literal" not in message
    assert "vinhdanh.log" in message  # the sentence names the log file
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[1] is bug]
    assert logged, "the bug is logged with its traceback"
