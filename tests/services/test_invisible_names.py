"""Issue 9, item 8: a body's name of only invisible characters is refused by the services."""

from __future__ import annotations

import pytest

from desktop.services import organisations
from desktop.storage.database import open_database


def test_a_body_named_only_by_invisible_characters_is_refused() -> None:
    db = open_database(None)
    try:
        with pytest.raises(ValueError, match="Tên cơ quan ban hành đang trống"):
            organisations.add_organisation(db, "\u200b\u202e\u2060")
        body = organisations.add_organisation(db, "Sở\u200b Nội vụ")
        assert body.name == "Sở Nội vụ"
        body.name = "\ufeff"
        with pytest.raises(ValueError, match="Tên cơ quan ban hành đang trống"):
            organisations.save_organisation(db, body)
    finally:
        db.close()
