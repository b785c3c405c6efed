"""Errors of the storage layer that the user is told about (not bugs)."""

from __future__ import annotations

from desktop.storage.database import StorageError

__all__ = ["AmbiguousError", "DuplicateError", "NotFoundError", "StorageError"]


class NotFoundError(StorageError, LookupError):
    """No record matches the id or key the user gave."""


class AmbiguousError(StorageError, LookupError):
    """Several records match the key the user gave; ``candidates`` describes them."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class DuplicateError(StorageError):
    """The record is already stored (e.g. the same decision loaded twice)."""
