"""Errors of the storage layer that the user is told about (not bugs)."""

from __future__ import annotations

from desktop.storage.database import StorageError

__all__ = [
    "AmbiguousError",
    "DuplicateError",
    "NotFoundError",
    "StaleRecordError",
    "StorageError",
]


class NotFoundError(StorageError, LookupError):
    """No record matches the id or key the user gave."""


class AmbiguousError(StorageError, LookupError):
    """Several records match the key the user gave; ``candidates`` describes them."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates
        self.details = tuple(candidates)


class DuplicateError(StorageError):
    """The record is already stored (e.g. the same decision loaded twice)."""


class StaleRecordError(StorageError):
    """A save carried an older version than the one on disk: someone else saved in between.

    ``label`` names the record ("Quyết định 15-QĐ/BTGTU"); nothing was written.
    """

    def __init__(self, label: str, expected: int, stored: int) -> None:
        super().__init__(
            f"{label} vừa được sửa ở nơi khác (cửa sổ khác hoặc lệnh vinhdanh) nên không ghi "
            "đè lên được; hãy mở lại để xem bản mới nhất"
        )
        self.label = label
        self.expected = expected
        self.stored = stored
