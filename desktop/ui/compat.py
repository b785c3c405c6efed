"""Small shims for Python 3.11: ``typing.override`` arrived in 3.12."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

F = TypeVar("F", bound=Callable[..., object])

if TYPE_CHECKING:
    from typing_extensions import override
elif sys.version_info >= (3, 12):
    from typing import override
else:  # only a marker at run time (typing_extensions is ~3 ms to import at start)

    def override(method: F) -> F:
        """Mark a Qt virtual we override (checked by mypy)."""
        return method


__all__ = ["override"]
